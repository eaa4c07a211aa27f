package org.jrw.gui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.jrw.gui.AppContext;
import org.jrw.gui.ListState;
import org.jrw.i18n.Messages;
import org.jrw.logic.demo.DemoContent;
import org.jrw.logic.evidence.EvidenceItem;
import org.jrw.logic.settings.Preferences;
import org.jrw.logic.task.Progress;
import org.jrw.model.Annotation;
import org.jrw.model.AnnotationKind;
import org.jrw.model.Dossier;
import org.jrw.model.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The evidence reader's view-model without its window (the toolkit only: its callbacks come on the
 * JavaFX thread): items of the case, the annotation list's states, an annotation refused without an
 * identity, saved with one, filtered, undone and redone.
 */
@ExtendWith(ApplicationExtension.class)
class EvidenceWorkspaceViewModelTest {
    @TempDir
    static Path tmp;
    private AppContext ctx;
    private Dossier dossier;

    @Start
    void start(Stage stage) {
        Messages.setLanguage("zh");
        ctx = new AppContext(tmp.resolve("ws-" + System.nanoTime()), tmp.resolve("cfg-" + System.nanoTime()));
        DemoContent.loadDemoDossier(ctx.openWorkspace(), Progress.NONE);
        dossier = ctx.dossiers().load(ctx.dossiers().list().get(0).caseId());
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private static void settle(java.util.concurrent.Callable<Boolean> c) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, c);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void annotateFilterUndoRedo(FxRobot robot) throws Exception {
        EvidenceWorkspaceViewModel vm = new EvidenceWorkspaceViewModel(ctx);
        robot.interact(() -> vm.dossierProperty().set(dossier));
        settle(() -> vm.annotationsState().kind() != ListState.Kind.LOADING);
        assertThat(vm.items()).isNotEmpty();
        int before = vm.annotations().size();
        assertThat(vm.annotationsState().kind()).isEqualTo(before == 0 ? ListState.Kind.EMPTY : ListState.Kind.SHOWN);
        EvidenceItem item = vm.items().get(0);

        // no identity yet: refused with a message naming the preferences, nothing written
        robot.interact(() -> vm.markRegion(item, 1, new Annotation.Rect(0.1, 0.1, 0.2, 0.1)));
        boolean[] saved = {true};
        robot.interact(() -> saved[0] = vm.savePending(AnnotationKind.QUESTION, "签名与笔迹不一致"));
        assertThat(saved[0]).isFalse();
        assertThat(vm.messageProperty().get()).isNotBlank();

        ctx.savePreferences(ctx.preferences().withIdentity(new Preferences.Identity("刘某律", Role.LEGAL_ADVISER, "某律师事务所")));
        robot.interact(() -> saved[0] = vm.savePending(AnnotationKind.QUESTION, "签名与笔迹不一致"));
        assertThat(saved[0]).isTrue();
        settle(() -> vm.annotations().size() == before + 1);
        assertThat(vm.annotationsState().kind()).isEqualTo(ListState.Kind.SHOWN);
        Annotation mine = vm.annotations().stream().filter(a -> "签名与笔迹不一致".equals(a.note())).findFirst().orElseThrow();
        assertThat(mine.author()).isEqualTo("刘某律");
        assertThat(vm.canUndoProperty().get()).isTrue();

        // the kind filter shows it; another kind hides it
        robot.interact(() -> vm.filterKindProperty().set(AnnotationKind.QUESTION));
        assertThat(vm.shownAnnotations()).contains(mine);
        robot.interact(() -> vm.filterKindProperty().set(AnnotationKind.DEFECT));
        assertThat(vm.shownAnnotations()).doesNotContain(mine);
        robot.interact(() -> vm.filterKindProperty().set(null));

        robot.interact(vm::undo);
        settle(() -> vm.annotations().size() == before);
        assertThat(vm.canRedoProperty().get()).isTrue();
        robot.interact(vm::redo);
        settle(() -> vm.annotations().size() == before + 1);
        vm.shutdown();
    }
}
