package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jrw.gui.task.TaskRunner;
import org.jrw.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main menu's file actions without a window (ADR 0166): each asks the scripted dialog service,
 * writes where it was told (with the type's extension added), and a cancelled chooser writes nothing.
 */
class MainFileActionsTest {
    @TempDir
    Path tmp;

    /** Answers the password questions with {@code answers} in order (null: cancelled; none left: cancelled). */
    private static MainViewModel.ExchangeDialogs passwords(char[]... answers) {
        List<char[]> queue = new ArrayList<>(java.util.Arrays.asList(answers));
        return new MainViewModel.ExchangeDialogs() {
            @Override
            public char[] password(String prompt) {
                return queue.isEmpty() ? null : queue.remove(0);
            }

            @Override
            public MainViewModel.MergeChoice confirmMerge(org.jrw.logic.exchange.ExchangeService.MergeResult preview) {
                return null;
            }
        };
    }

    private static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void everyMenuFileGoesThroughTheDialogServiceAndACancelWritesNothing() throws Exception {
        Messages.setLanguage("zh");
        Path out = Files.createDirectories(tmp.resolve("out"));
        FakeDialogs dialogs = new FakeDialogs();
        RecordingNotifier notes = new RecordingNotifier();
        try (AppContext ctx = new AppContext(tmp.resolve("ws"), tmp.resolve("config"), TaskRunner.sameThread())) {
            MainViewModel vm = new MainViewModel(ctx);
            vm.setNotifier(notes);
            vm.start();
            String number = vm.overview().dossier().caseInfo().caseNumber();
            MainFileActions actions = new MainFileActions(vm, dialogs, passwords(new char[0], null), notes);

            // cancelled everywhere: nothing asked beyond the chooser, nothing written, nothing said
            actions.exportPackage();
            actions.exportReview();
            actions.exportResponse();
            actions.exportCommentPdf();
            actions.anonymize();
            actions.minutes();
            assertThat(dialogs.choosers).hasSize(6);
            assertThat(files(out)).isEmpty();
            assertThat(notes.infos).isEmpty();
            assertThat(notes.errors).isEmpty();

            // a name typed without the extension gets it; the offered name is the case number's
            dialogs.choose(out.resolve("案卷"));
            actions.exportPackage();
            assertThat(out.resolve("案卷.jrcase")).isRegularFile();
            assertThat(dialogs.initialNames.get(6)).isEqualTo(MainFileActions.safeName(number) + ".jrcase");
            assertThat(dialogs.chooserTypes.get(6)).singleElement()
                    .satisfies(t -> assertThat(t.patterns()).containsExactly("*.jrcase"));
            assertThat(notes.infos).singleElement().asString().contains("案卷.jrcase");

            // a review package: where, then the password (empty: not encrypted); a cancelled password writes nothing
            dialogs.choose(out.resolve("审查包.jrreview"));
            actions.exportReview();
            assertThat(out.resolve("审查包.jrreview")).isRegularFile();
            dialogs.choose(out.resolve("第二个.jrreview"));
            actions.exportReview();
            assertThat(out.resolve("第二个.jrreview")).doesNotExist();

            // the comment PDF and a de-identified training copy
            dialogs.choose(out.resolve("批注"));
            actions.exportCommentPdf();
            assertThat(out.resolve("批注.pdf")).isRegularFile();
            dialogs.choose(out.resolve("培训"));
            actions.anonymize();
            assertThat(out.resolve("培训.jrcase")).isRegularFile();
            assertThat(dialogs.initialNames.get(dialogs.initialNames.size() - 1))
                    .isEqualTo(Messages.get("ux.file.training", MainFileActions.safeName(number)));

            // no meeting held yet: the minutes are refused with a message, no file
            dialogs.choose(out.resolve("记录.pdf"));
            actions.minutes();
            assertThat(out.resolve("记录.pdf")).doesNotExist();
            assertThat(notes.errors).hasSize(1);
            assertThat(dialogs.errors).isEmpty();
        }

        // another workstation imports the package chosen in its open dialog
        try (AppContext other = new AppContext(tmp.resolve("ws2"), tmp.resolve("config2"), TaskRunner.sameThread())) {
            MainViewModel vm = new MainViewModel(other);
            RecordingNotifier n = new RecordingNotifier();
            vm.setNotifier(n);
            FakeDialogs d = new FakeDialogs();
            MainFileActions actions = new MainFileActions(vm, d, passwords(), n);
            actions.importPackages();
            assertThat(vm.cases().allCases()).isEmpty();
            d.choose(out.resolve("案卷.jrcase"));
            actions.importPackages();
            assertThat(vm.cases().allCases()).hasSize(1);
            assertThat(d.chooserTypes.get(1)).extracting(DialogService.FileType::patterns)
                    .containsExactly(List.of("*.jrcase"), List.of("*"));
            assertThat(n.errors).isEmpty();
        }
    }
}
