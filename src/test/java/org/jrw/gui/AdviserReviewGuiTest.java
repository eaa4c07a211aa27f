package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.jrw.codec.Json;
import org.jrw.i18n.Messages;
import org.jrw.logic.audit.Actor;
import org.jrw.logic.evidence.AnnotationService;
import org.jrw.logic.exchange.ExchangeService;
import org.jrw.logic.settings.Preferences;
import org.jrw.model.Annotation;
import org.jrw.model.AnnotationKind;
import org.jrw.model.Role;
import org.jrw.testing.CliRunner;
import org.jrw.testing.EvidenceFixtures;
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
 * The adviser's side of remote review in the window: 打开审查包 on an encrypted package asks for
 * the password (the dialogs injected) and opens the case with the host's material; the host's
 * annotation received with it is read-only; the adviser adds an annotation through the evidence
 * workspace's view model as the user 李律师 (法律顾问); 导出反馈包 writes a response that the host
 * workspace — which registered the adviser's certificate — imports with {@code package
 * import-response}, signer registered, the annotation merged.
 */
@ExtendWith(ApplicationExtension.class)
class AdviserReviewGuiTest {
    static final String CASE = "西应急罚〔2024〕71号";
    static final String HOST_NOTE = "审批表缺少负责人签字";
    static final String ADVISER_NOTE = "现场照片未注明拍摄时间";
    @TempDir
    static Path tmp;
    static Path host;
    static Path adviser;
    static Path review;
    private AppContext ctx;
    private MainViewModel vm;
    private final List<String> passwordPrompts = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    private static CliRunner.Run ok(Path ws, String... args) {
        List<String> a = new ArrayList<>(List.of("--workspace", ws.toString()));
        a.addAll(List.of(args));
        CliRunner.Run r = CliRunner.run(a.toArray(String[]::new));
        assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isZero();
        return r;
    }

    /**
     * Host: a case with a panel and an annotation, exported as an encrypted review package; the
     * adviser's workstation certificate registered on the host. The adviser's workspace already
     * holds another case (so the window does not load the demo material).
     */
    @BeforeAll
    static void hostAndAdviser() throws Exception {
        host = tmp.resolve("host");
        adviser = tmp.resolve("adviser");
        System.setProperty("jrw.user", "王建国");
        System.setProperty("jrw.role", "OFFICER");
        try {
            ok(host, "case", "import", EvidenceFixtures.pkg(CASE).writeZip(tmp.resolve("in.jrcase")).toString());
            ok(host, "review", "member", CASE, "--name", "王建国", "--role", "OFFICER");
            ok(host, "review", "member", CASE, "--name", "李律师", "--role", "LEGAL_ADVISER");
            ok(host, "annotation", "add", CASE, "--target", "d1", "--author", "王建国", "--role", "OFFICER",
                    "--note", HOST_NOTE, "--kind", "DEFECT", "--rect", "10,10,80,40", "--page", "1");
            Path pw = Files.writeString(tmp.resolve("pw.txt"), "电话告知的口令-42\n");
            review = tmp.resolve("r.jrreview");
            ok(host, "package", "export-review", CASE, "--out", review.toString(), "--password-file", pw.toString());
            ok(adviser, "case", "import",
                    EvidenceFixtures.pkg("西应急罚〔2024〕01号").writeZip(tmp.resolve("other.jrcase")).toString());
            Path cert = tmp.resolve("li.pem");
            ok(adviser, "package", "certificate", "--out", cert.toString());
            ok(host, "package", "trust", "add", cert.toString(), "--name", "李律师");
        } finally {
            System.clearProperty("jrw.user");
            System.clearProperty("jrw.role");
        }
    }

    @Start
    void start(Stage stage) {
        Messages.setLanguage("zh");
        ctx = new AppContext(adviser, Preferences.defaults()
                .withIdentity(new Preferences.Identity("李律师", Role.LEGAL_ADVISER, "某律师事务所")));
        vm = new MainViewModel(ctx);
        stage.setScene(new Scene(new MainView(vm, stage::close), 1200, 800));
        // the dialogs the window would show, answered by the test
        vm.setExchangeDialogs(new MainViewModel.ExchangeDialogs() {
            @Override
            public char[] password(String prompt) {
                passwordPrompts.add(prompt);
                return "电话告知的口令-42".toCharArray();
            }

            @Override
            public MainViewModel.MergeChoice confirmMerge(ExchangeService.MergeResult preview) {
                return null;
            }
        });
        vm.setNotifier(new MainViewModel.Notifier() {
            @Override
            public void info(String title, String text) {
            }

            @Override
            public void error(String title, String text) {
                errors.add(text);
            }
        });
        stage.show();
        vm.start();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> robot.listWindows().stream().filter(w -> w instanceof Stage s && s.getOwner() != null)
                .map(w -> (Stage) w).toList().forEach(Stage::close));
        ctx.close();
        Actor.setCurrent(null);
    }

    private void waitFor(String what, Callable<Boolean> c) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
                if (!errors.isEmpty()) {
                    throw new AssertionError("error shown: " + errors);
                }
                return c.call();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what + " (errors: " + errors + ")", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void openReviewAnnotateAndExportAResponseTheHostImports(FxRobot robot) throws Exception {
        waitFor("the workspace", () -> vm.readyProperty().get() && !ctx.tasks().runningProperty().get());
        robot.interact(() -> vm.openReview(review, null));
        waitFor("the received case", () -> vm.overview().dossier() != null
                && CASE.equals(vm.overview().dossier().caseInfo().caseNumber()));
        assertThat(passwordPrompts).hasSize(1);
        String caseId = vm.overview().dossier().caseId();
        assertThat(vm.cases().shownCases()).extracting(c -> c.caseNumber()).contains(CASE);

        // the evidence workspace of the open case, as the window's evidence tab drives it
        var ev = new org.jrw.gui.evidence.EvidenceWorkspaceViewModel(ctx);
        robot.interact(() -> ev.dossierProperty().bind(vm.overview().dossierProperty()));
        waitFor("the received annotation", FxWait.onFx(() -> ev.annotations().stream().anyMatch(a -> HOST_NOTE.equals(a.note()))));
        Annotation received = ev.annotations().stream().filter(a -> HOST_NOTE.equals(a.note())).findFirst()
                .orElseThrow();
        assertThat(received.author()).isEqualTo("王建国");

        // received material is read-only: editing the host's annotation is refused with a message
        robot.interact(() -> ev.edit(received, "改掉主办方的批注", AnnotationKind.NOTE));
        waitFor("the refusal", () -> ev.messageProperty().get() != null && ev.messageProperty().get().contains("只读"));
        AnnotationService annotations = new AnnotationService(ctx.openWorkspace());
        assertThat(annotations.get(received.id()).note()).isEqualTo(HOST_NOTE);

        // the adviser's own annotation, on an evidence item
        var item = ev.items().stream().filter(i -> i.id().equals("e1")).findFirst().orElseThrow();
        robot.interact(() -> {
            ev.markRegion(item, null, new Annotation.Rect(12, 24, 100, 60));
            assertThat(ev.savePending(AnnotationKind.DEFECT, ADVISER_NOTE)).isTrue();
        });
        waitFor("the adviser's annotation", () -> annotations.list(caseId).stream()
                .anyMatch(a -> ADVISER_NOTE.equals(a.note())));
        Annotation mine = annotations.list(caseId).stream().filter(a -> ADVISER_NOTE.equals(a.note())).findFirst()
                .orElseThrow();
        assertThat(mine.author()).isEqualTo("李律师");
        assertThat(mine.role()).isEqualTo(Role.LEGAL_ADVISER);

        // 导出反馈包
        Path response = tmp.resolve("r-" + System.nanoTime() + ".jrresponse");
        robot.interact(() -> vm.exportResponse(response));
        waitFor("the response", () -> Files.exists(response) && !ctx.tasks().runningProperty().get());
        assertThat(errors).isEmpty();

        // the host accepts it: signer registered, the adviser's annotation merged, nothing in conflict
        CliRunner.Run r = ok(host, "package", "import-response", response.toString(), "--json");
        var json = Json.parse(r.out());
        assertThat(json.toString()).contains("李律师");
        ctx.close();
        var hostWs = org.jrw.persistence.Workspace.open(host);
        try {
            List<Annotation> onHost = new AnnotationService(hostWs).list(CASE);
            assertThat(onHost).extracting(Annotation::note).contains(HOST_NOTE, ADVISER_NOTE);
            Annotation merged = onHost.stream().filter(a -> ADVISER_NOTE.equals(a.note())).findFirst().orElseThrow();
            assertThat(merged.author()).isEqualTo("李律师");
            assertThat(merged.targetId()).isEqualTo("e1");
            assertThat(merged.rects()).containsExactly(new Annotation.Rect(12, 24, 100, 60));
            assertThat(onHost.stream().filter(a -> HOST_NOTE.equals(a.note())).findFirst().orElseThrow().note())
                    .isEqualTo(HOST_NOTE);
            var preview = new ExchangeService(hostWs).preview(response);
            assertThat(preview.alreadyImported()).isTrue();
            assertThat(preview.adviserRegistered()).isTrue();
            assertThat(preview.registeredAdviser()).isEqualTo("李律师");
        } finally {
            hostWs.close();
        }
        assertThat(Set.copyOf(passwordPrompts)).hasSize(1);
    }
}
