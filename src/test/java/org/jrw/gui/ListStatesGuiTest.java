package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.jrw.gui.cases.CaseOverviewView;
import org.jrw.gui.cases.CaseOverviewViewModel;
import org.jrw.gui.checks.ChecksView;
import org.jrw.gui.checks.ChecksViewModel;
import org.jrw.gui.search.PrecedentSearchView;
import org.jrw.gui.search.PrecedentSearchViewModel;
import org.jrw.gui.task.TaskRunner;
import org.jrw.i18n.Messages;
import org.jrw.logic.task.Progress;
import org.jrw.model.Dossier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Loading, empty and failed look different on the findings tree, the document and evidence trees and
 * the precedent results (ADR 0166): the placeholder's text, spinner and error style follow the
 * view-model's state, and a failed run never shows the categories as passed.
 */
@ExtendWith(ApplicationExtension.class)
class ListStatesGuiTest {
    @TempDir
    Path tmp;
    private Stage stage;
    private AppContext ctx;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Messages.setLanguage("zh");
        stage.setScene(new Scene(new Pane(), 1100, 700));
        stage.getScene().getStylesheets().add(Appearance.class.getResource("workbench.css").toExternalForm());
        stage.show();
    }

    @AfterEach
    void close() {
        if (ctx != null) {
            ctx.close();
        }
    }

    private void show(FxRobot robot, Parent root) {
        robot.interact(() -> {
            root.setStyle("-fx-font-family: 'Noto Sans CJK SC';");
            stage.getScene().setRoot(root);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Label label(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class);
    }

    /** The placeholder's cover (the box around its label) is shown. */
    private static boolean covered(Label placeholder) {
        return placeholder.getParent().isVisible() && placeholder.isVisible();
    }

    private static ProgressIndicator spinnerOf(Label placeholder) {
        return (ProgressIndicator) placeholder.getParent().getChildrenUnmodifiable().get(0);
    }

    private Dossier demo() {
        ctx = new AppContext(tmp.resolve("ws"), tmp.resolve("config"), TaskRunner.sameThread());
        ctx.loadDemoDossier(Progress.NONE);
        return ctx.dossiers().load(ctx.dossiers().list().get(0).caseId());
    }

    @Test
    void theFindingsTreeShowsNoCaseCheckedOrWhyTheChecksFailed(FxRobot robot) throws Exception {
        Dossier d = demo();
        ChecksViewModel vm = new ChecksViewModel(ctx);
        ChecksView view = new ChecksView(vm, id -> { }, (c, on) -> { });
        show(robot, view);
        Label text = label(robot, "findingsTreePlaceholder");
        TreeView<?> tree = robot.lookup("#findingsTree").queryAs(TreeView.class);
        assertThat(covered(text)).isTrue();
        assertThat(text.getText()).isEqualTo(Messages.get("dialogs.checks.empty"));

        robot.interact(() -> vm.dossierProperty().set(d));
        assertThat(covered(text)).isFalse();
        assertThat(tree.getRoot().getChildren()).hasSize(ChecksViewModel.CATEGORIES.size());

        robot.interact(() -> vm.dossierProperty().set(d.withCaseId("no-such-case")));
        assertThat(covered(text)).isTrue();
        assertThat(text.getText()).startsWith("加载失败：");
        assertThat(text.getStyleClass()).contains("placeholder-error");
        assertThat(spinnerOf(text).isVisible()).isFalse();
        assertThat(tree.getRoot().getChildren()).as("a failed run shows no category as passed").isEmpty();
        KeyboardPathGuiTest.snapshot(robot, view, "list-state-checks-failed");
    }

    @Test
    void theOverviewAndItsTreesShowOpeningEmptyAndFailed(FxRobot robot) throws Exception {
        Dossier d = demo();
        CaseOverviewViewModel vm = new CaseOverviewViewModel();
        CaseOverviewView view = new CaseOverviewView(vm);
        show(robot, view);
        Label overview = label(robot, "overviewPlaceholder");
        assertThat(overview.getText()).isEqualTo(Messages.get("gui.overview.none"));
        assertThat(spinnerOf(overview).isVisible()).isFalse();

        robot.interact(vm::opening); // the first case is being read: not "select a case"
        assertThat(overview.getText()).isEqualTo(Messages.get("dialogs.case.loading"));
        assertThat(spinnerOf(overview).isVisible()).isTrue();

        robot.interact(() -> vm.dossierProperty().set(d));
        selectTab(robot, view, "documentsTab");
        Label documents = label(robot, "documentTreePlaceholder");
        assertThat(covered(documents)).isFalse();

        robot.interact(vm::opening); // the next case is being read: the tree says so over the previous one
        assertThat(covered(documents)).isTrue();
        assertThat(documents.getText()).isEqualTo(Messages.get("dialogs.case.loading"));
        assertThat(spinnerOf(documents).isVisible()).isTrue();

        Dossier bare = new Dossier(d.caseId(), d.formatVersion(), d.caseInfo(), d.parties(), d.officers(),
                d.violations(), java.util.List.of(), java.util.List.of(), d.extra());
        robot.interact(() -> vm.dossierProperty().set(bare));
        assertThat(covered(documents)).isTrue();
        assertThat(documents.getText()).isEqualTo(Messages.get("dialogs.documents.empty"));
        assertThat(documents.getStyleClass()).doesNotContain("placeholder-error");
        KeyboardPathGuiTest.snapshot(robot, view, "list-state-documents-empty");

        robot.interact(vm::opening);
        robot.interact(() -> vm.openFailed(new org.jrw.model.BadInputException("import.file.missing", "案卷.jrcase")));
        Label failed = label(robot, "overviewPlaceholder");
        assertThat(failed.getText()).startsWith("加载失败：").contains("案卷.jrcase");
        assertThat(failed.getStyleClass()).contains("placeholder-error");
        assertThat(robot.lookup("#documentTree").tryQuery()).as("nothing of the previous case stays").isEmpty();
        KeyboardPathGuiTest.snapshot(robot, view, "list-state-case-failed");
    }

    private static void selectTab(FxRobot robot, Node root, String id) {
        robot.interact(() -> {
            javafx.scene.control.TabPane tabs = (javafx.scene.control.TabPane) root.lookup("#overviewTabs");
            tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theResultsSayNothingFoundOrWhyTheSearchFailed(FxRobot robot) throws Exception {
        ctx = new AppContext(tmp.resolve("ws"), tmp.resolve("config"), TaskRunner.sameThread());
        Path index = ctx.openWorkspace().indexDir();
        if (Files.isDirectory(index)) {
            try (var walk = Files.walk(index)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.writeString(index, "not a folder"); // the index cannot be made: every search fails
        PrecedentSearchViewModel vm = new PrecedentSearchViewModel(ctx, () -> null);
        PrecedentSearchView view = new PrecedentSearchView(vm);
        show(robot, view);
        robot.interact(vm::searchNow);
        Label text = label(robot, "searchResultsPlaceholder");
        assertThat(text.getText()).startsWith("加载失败：").isNotEqualTo(Messages.get("dialogs.search.empty"));
        assertThat(text.getStyleClass()).contains("placeholder-error");
        KeyboardPathGuiTest.snapshot(robot, view, "list-state-search-failed");
        robot.interact(vm::close);
    }
}
