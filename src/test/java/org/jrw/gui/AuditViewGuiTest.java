package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.jrw.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The audit window lists the demo import for the open case and verifies the chain. */
@ExtendWith(ApplicationExtension.class)
class AuditViewGuiTest {
    @TempDir
    static Path tmp;
    private AppContext ctx;
    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        Messages.setLanguage("zh");
        ctx = new AppContext(tmp.resolve("ws-" + System.nanoTime()));
        vm = new MainViewModel(ctx);
        stage.setScene(new Scene(new MainView(vm, stage::close), 1200, 800));
        stage.show();
        vm.start();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAuditWindowShowsTheImportAndVerifiesTheChain(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.overview().dossier() != null);
        var d = vm.overview().dossier();
        robot.interact(() -> org.jrw.gui.audit.AuditView.show(null, ctx, d.caseId(), d.caseInfo().caseNumber()));
        TableView<org.jrw.persistence.AuditDao.Row> table = robot.lookup("#auditTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        assertThat(table.getItems()).allSatisfy(r -> assertThat(r.caseId()).isEqualTo(d.caseId()));
        assertThat(table.getItems().get(0).action()).isEqualTo("case.import");
        robot.clickOn("#auditVerify");
        Label verdict = robot.lookup("#auditVerdict").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !verdict.getText().isEmpty());
        assertThat(verdict.getText()).contains("哈希链无误");
    }
}
