package org.jrw.gui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jrw.gui.AppContext;
import org.jrw.gui.FakeDialogs;
import org.jrw.gui.task.TaskRunner;
import org.jrw.i18n.Messages;
import org.jrw.logic.demo.DemoContent;
import org.jrw.logic.task.Progress;
import org.jrw.model.Dossier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review tab's PDF choosers through the dialog service (ADR 0166), without a window: the opinion
 * is rendered where the user says (.pdf added), the next one is asked for in the last one's folder,
 * the signed copy is offered beside the opinion with the next signature's name, a cancelled chooser
 * does nothing.
 */
class OpinionFilesTest {
    @TempDir
    Path tmp;

    @Test
    void opinionsAreAskedForBesideTheLastOneAndACancelDoesNothing() throws Exception {
        Messages.setLanguage("zh");
        try (AppContext ctx = new AppContext(tmp.resolve("ws"), tmp.resolve("config"), TaskRunner.sameThread())) {
            DemoContent.loadDemoDossier(ctx.openWorkspace(), Progress.NONE);
            Dossier d = ctx.dossiers().load(ctx.dossiers().list().get(0).caseId());
            ReviewViewModel vm = new ReviewViewModel(ctx);
            FakeDialogs dialogs = new FakeDialogs();
            vm.setDialogs(dialogs);
            vm.dossierProperty().set(d);
            OpinionFiles files = new OpinionFiles(vm);

            // nothing rendered yet: signing asks which opinion; cancelled, nothing happens
            assertThat(files.toSign()).isEmpty();
            assertThat(dialogs.choosers).containsExactly(Messages.get("review.gui.sign.choosePdf"));
            assertThat(files.render()).isFalse();
            assertThat(files.verify()).isFalse();
            assertThat(vm.lastPdfProperty().get()).isNull();
            assertThat(vm.reportProperty().get()).isNull();

            Path folder = Files.createDirectories(tmp.resolve("意见书"));
            dialogs.choose(folder.resolve("第一稿"));
            assertThat(files.render()).isTrue();
            Path first = folder.resolve("第一稿.pdf");
            assertThat(first).isRegularFile();
            assertThat(vm.lastPdfProperty().get()).isEqualTo(first);
            assertThat(dialogs.initialNames.get(3)).isEqualTo(vm.suggestedName());
            assertThat(dialogs.chooserTypes.get(3)).singleElement()
                    .satisfies(t -> assertThat(t.patterns()).containsExactly("*.pdf"));

            // the next render opens in the last opinion's folder
            dialogs.choose(folder.resolve("第二稿.PDF"));
            files.render();
            assertThat(folder.resolve("第二稿.PDF")).isRegularFile();
            assertThat(dialogs.folders.get(4)).isEqualTo(folder.toAbsolutePath());

            // signing takes the last opinion without asking; its copy is offered beside it
            Path last = vm.lastPdfProperty().get();
            int asked = dialogs.choosers.size();
            assertThat(files.toSign()).contains(last);
            assertThat(dialogs.choosers).hasSize(asked);
            dialogs.choose(folder.resolve("已签"));
            assertThat(files.signedCopy(last)).contains(folder.resolve("已签.pdf"));
            assertThat(dialogs.folders.get(asked)).isEqualTo(folder.toAbsolutePath());
            assertThat(dialogs.initialNames.get(asked)).isEqualTo(ReviewViewModel.signedName(last, 1));
            assertThat(files.signedCopy(last)).isEmpty();

            // verify: the chosen PDF's report is shown
            dialogs.choose(first);
            assertThat(files.verify()).isTrue();
            assertThat(vm.reportProperty().get()).isNotNull();
            assertThat(dialogs.errors).isEmpty();
        }
    }
}
