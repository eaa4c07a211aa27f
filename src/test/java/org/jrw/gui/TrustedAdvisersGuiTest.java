package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jrw.i18n.Messages;
import org.jrw.logic.exchange.TrustedAdvisers;
import org.jrw.testing.CliRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 受信任的法律顾问证书: a file that is not a certificate is refused with a Chinese message naming
 * it and nothing registered; an adviser's certificate (written by {@code package certificate} in
 * the adviser's workspace) is added under a name and listed with its subject, fingerprint and
 * date; removing it asks for confirmation (declined: still there; confirmed: gone); this
 * workstation's own certificate is exported to a PEM file.
 */
@ExtendWith(ApplicationExtension.class)
class TrustedAdvisersGuiTest {
    @TempDir
    static Path tmp;
    static Path adviserCert;
    private AppContext ctx;
    private Stage owner;

    @BeforeAll
    static void anAdvisersCertificate() {
        adviserCert = tmp.resolve("li-adviser.pem");
        CliRunner.Run r = CliRunner.run("--workspace", tmp.resolve("adviser").toString(), "package", "certificate",
                "--out", adviserCert.toString());
        assertThat(r.code()).as(r.err()).isZero();
    }

    @Start
    void start(Stage stage) {
        Messages.setLanguage("zh");
        ctx = new AppContext(tmp.resolve("host-" + System.nanoTime()), tmp.resolve("config-" + System.nanoTime()));
        owner = stage;
        stage.setScene(new Scene(new StackPane(new Label("host")), 1000, 700));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> robot.listWindows().stream().filter(w -> w instanceof Stage s && s.getOwner() != null)
                .map(w -> (Stage) w).toList().forEach(Stage::close));
        ctx.close();
    }

    private static void waitFor(String what, Callable<Boolean> c) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, c);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scripted answers to the file choosers and the confirmation. */
    static final class Scripted implements TrustedAdvisersDialog.Choices {
        final Deque<Path> toAdd = new ArrayDeque<>();
        Path target;
        final Deque<Boolean> confirms = new ArrayDeque<>();
        int asked;

        @Override
        public Path certificateToAdd(Window o) {
            return toAdd.poll();
        }

        @Override
        public Path certificateTarget(Window o) {
            return target;
        }

        @Override
        public boolean confirmRemove(Window o, TrustedAdvisers.Registered r) {
            asked++;
            return Boolean.TRUE.equals(confirms.poll());
        }
    }

    @Test
    void addListRemoveAndExportFromTheDialog(FxRobot robot) throws Exception {
        Scripted choices = new Scripted();
        TrustedAdvisersViewModel tvm = new TrustedAdvisersViewModel(ctx);
        robot.interact(() -> TrustedAdvisersDialog.open(owner, tvm, choices));
        waitFor("the empty list", () -> !tvm.busyProperty().get() && robot.lookup("#trustTable").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<TrustedAdvisers.Registered> table = robot.lookup("#trustTable").queryAs(TableView.class);
        assertThat(table.getItems()).isEmpty();
        assertThat(robot.lookup("#trustRemove").queryAs(Button.class).isDisabled()).isTrue();

        // a file that is not a certificate: refused, named, nothing written
        Path bad = Files.writeString(tmp.resolve("不是证书.pem"), "-----BEGIN CERTIFICATE-----\nabc\n", StandardCharsets.UTF_8);
        choices.toAdd.add(bad);
        robot.clickOn("#trustAdd");
        waitFor("the refusal", () -> !tvm.errorProperty().get().isEmpty());
        String error = robot.lookup("#trustError").queryAs(Label.class).getText();
        assertThat(error).contains("不是证书.pem", "无法登记证书文件", "未写入任何内容");
        assertThat(table.getItems()).isEmpty();
        assertThat(new TrustedAdvisers(ctx.openWorkspace()).list()).isEmpty();

        // the adviser's certificate under a name
        choices.toAdd.add(adviserCert);
        robot.clickOn("#trustName").write("李律师（外聘）");
        robot.clickOn("#trustAdd");
        waitFor("the registration", () -> table.getItems().size() == 1 && !tvm.busyProperty().get());
        TrustedAdvisers.Registered r = table.getItems().get(0);
        assertThat(r.name()).isEqualTo("李律师（外聘）");
        assertThat(r.sha256()).matches("[0-9a-f]{64}");
        assertThat(r.subject()).isNotBlank();
        assertThat(robot.lookup("#trustError").queryAs(Label.class).getText()).isEmpty();
        assertThat(robot.lookup("#trustMessage").queryAs(Label.class).getText()).contains("已登记", "李律师（外聘）");
        assertThat(robot.lookup("#trustName").queryAs(TextField.class).getText()).isEmpty();
        assertThat(new TrustedAdvisers(ctx.openWorkspace()).list()).extracting(TrustedAdvisers.Registered::sha256)
                .containsExactly(r.sha256());
        // the row shows name, subject, the fingerprint with colons and when it was added
        List<String> cells = robot.lookup("#trustTable .table-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.TableCell<?, ?>)
                .map(n -> ((javafx.scene.control.TableCell<?, ?>) n).getText()).filter(t -> t != null && !t.isEmpty())
                .toList();
        assertThat(cells).contains("李律师（外聘）", r.subject(), TrustedAdvisersDialog.colons(r.sha256()));
        assertThat(String.join("|", cells)).containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");

        // removal asks first: declined keeps it, confirmed removes it
        robot.interact(() -> table.getSelectionModel().select(0));
        choices.confirms.add(false);
        robot.clickOn("#trustRemove");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(choices.asked).isEqualTo(1);
        assertThat(table.getItems()).hasSize(1);
        robot.interact(() -> table.getSelectionModel().select(0));
        choices.confirms.add(true);
        robot.clickOn("#trustRemove");
        waitFor("the removal", () -> table.getItems().isEmpty() && !tvm.busyProperty().get());
        assertThat(choices.asked).isEqualTo(2);
        assertThat(new TrustedAdvisers(ctx.openWorkspace()).list()).isEmpty();
        assertThat(robot.lookup("#trustMessage").queryAs(Label.class).getText()).contains("已删除", "李律师（外聘）");

        // this workstation's certificate, for the other side to register
        choices.target = tmp.resolve("本机-" + System.nanoTime() + ".pem");
        robot.clickOn("#trustExportOwn");
        waitFor("the export", () -> Files.exists(choices.target) && !tvm.busyProperty().get());
        assertThat(Files.readString(choices.target)).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(robot.lookup("#trustMessage").queryAs(Label.class).getText()).contains("本机工作站证书已导出");
    }
}
