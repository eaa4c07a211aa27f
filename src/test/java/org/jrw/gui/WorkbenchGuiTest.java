package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.jrw.i18n.Messages;
import org.jrw.model.CaseDocument;
import org.jrw.model.CaseSummary;
import org.jrw.model.DocumentType;
import org.jrw.testing.TestPackages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The workbench headless (Monocle): first start loads the demo case; the document tree is in filing order. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchGuiTest {
    @TempDir
    static Path tmp;
    private AppContext ctx;
    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        Messages.setLanguage("zh");
        ctx = new AppContext(tmp.resolve("ws-" + System.nanoTime()));
        vm = new MainViewModel(ctx);
        MainView view = new MainView(vm, stage::close);
        stage.setScene(new Scene(view, 1200, 800));
        stage.show();
        vm.start();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @SuppressWarnings("unchecked")
    private static ListView<CaseSummary> caseList(FxRobot robot) {
        return robot.lookup("#caseList").queryAs(ListView.class);
    }

    @Test
    void firstStartShowsTheDemoCaseWithItsDocumentsInFilingOrder(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !caseList(robot).getItems().isEmpty());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.overview().dossier() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Label number = robot.lookup("#caseNumberLabel").queryAs(Label.class);
        assertThat(number.getText()).isEqualTo(vm.overview().dossier().caseInfo().caseNumber()).contains("〔");

        robot.clickOn(Messages.get("gui.tab.documents", vm.overview().dossier().documents().size()));
        @SuppressWarnings("unchecked")
        TreeView<Object> tree = robot.lookup("#documentTree").queryAs(TreeView.class);
        List<DocumentType> order = new ArrayList<>();
        for (TreeItem<Object> group : tree.getRoot().getChildren()) {
            for (TreeItem<Object> leaf : group.getChildren()) {
                order.add(((CaseDocument) leaf.getValue()).type());
            }
        }
        assertThat(order).hasSize(vm.overview().dossier().documents().size());
        assertThat(order).isSortedAccordingTo(java.util.Comparator.comparingInt(DocumentType::filingOrder));
        assertThat(order).contains(DocumentType.FILING_APPROVAL, DocumentType.PENALTY_NOTICE,
                DocumentType.PENALTY_DECISION);
        assertThat(order.indexOf(DocumentType.PENALTY_NOTICE)).isLessThan(order.indexOf(DocumentType.PENALTY_DECISION));
        assertThat(robot.lookup("#overviewTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId())
                .isEqualTo("documentsTab");
    }

    @Test
    void importedCaseAppearsAndTheFilterNarrowsTheList(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.readyProperty().get());
        int before = caseList(robot).getItems().size();
        Path pkg = TestPackages.valid("西应急罚〔2024〕777号").writeZip(tmp.resolve("gui-" + System.nanoTime() + ".jrcase"));
        robot.interact(() -> vm.importPackages(List.of(pkg)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> caseList(robot).getItems().size() == before + 1);
        robot.clickOn("#caseFilter").write("777");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(caseList(robot).getItems()).extracting(CaseSummary::caseNumber)
                .containsExactly("西应急罚〔2024〕777号");
        // the import confirmation dialog is open; close it
        robot.type(javafx.scene.input.KeyCode.ENTER);
    }
}
