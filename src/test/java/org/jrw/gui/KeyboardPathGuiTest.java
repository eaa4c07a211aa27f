package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jrw.gui.intake.IntakeView;
import org.jrw.gui.law.LawViewerView;
import org.jrw.gui.law.LawViewerViewModel;
import org.jrw.gui.rules.RuleSourcesView;
import org.jrw.gui.task.TaskRunner;
import org.jrw.gui.training.TrainingView;
import org.jrw.gui.training.TrainingViewModel;
import org.jrw.i18n.Messages;
import org.jrw.logic.settings.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 23, a keyboard path through each screen: Tab reaches every actionable control in reading
 * order and comes back to the first (no focus trap); Escape closes the windows and dialogs that
 * have a cancel; Enter is the main action where there is one.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardPathGuiTest {
    @TempDir
    static Path tmp;
    private AppContext ctx;
    private Stage owner;

    @Start
    void start(Stage stage) {
        Messages.setLanguage("zh");
        System.setProperty("jrw.ocr", "off");
        owner = stage;
        ctx = new AppContext(tmp.resolve("ws-" + System.nanoTime()), tmp.resolve("config-" + System.nanoTime()));
        stage.setScene(new Scene(new StackPane(new Label("host")), 600, 400));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != owner).forEach(Window::hide));
        System.clearProperty("jrw.ocr");
        ctx.close();
    }

    private static void inOrder(KeyboardPath p, String... ids) {
        int last = -1;
        for (String id : ids) {
            int at = p.indexOf(id);
            assertThat(at).as("%s on the Tab path %s", id, p.ids()).isGreaterThan(last);
            last = at;
        }
    }

    private static void complete(FxRobot robot, KeyboardPath p, javafx.scene.Parent root) {
        assertThat(p.cycled).as("Tab comes back to the first control (no trap): %s", p.ids()).isTrue();
        assertThat(p.unreached(root)).as("controls Tab never reaches").isEmpty();
        // what Tab reaches can be named by a screen reader, and every button says what it does
        List<String> unnamed = new java.util.ArrayList<>();
        List<String> helpless = new java.util.ArrayList<>();
        robot.interact(() -> {
            Accessibility.describe(root);
            unnamed.addAll(AccessibilityGuiTest.unnamed(root, "screen"));
            helpless(root, helpless);
        });
        assertThat(unnamed).as("controls without accessible text").isEmpty();
        assertThat(helpless).as("buttons without help (tooltip)").isEmpty();
    }

    /** A picture of the screen (target/screenshots/keyboard-<name>.png), CJK font set as the themed windows have it. */
    static void snapshot(FxRobot robot, javafx.scene.Parent root, String name) throws Exception {
        javafx.scene.image.WritableImage[] shot = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> {
            if (root.getStyle() == null || root.getStyle().isBlank()) {
                root.setStyle("-fx-font-family: 'Noto Sans CJK SC';");
            }
            root.applyCss();
            root.layout();
            shot[0] = root.snapshot(null, null);
        });
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage((int) shot[0].getWidth(),
                (int) shot[0].getHeight(), java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                img.setRGB(x, y, shot[0].getPixelReader().getArgb(x, y));
            }
        }
        Path dir = Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(dir);
        javax.imageio.ImageIO.write(img, "png", dir.resolve("keyboard-" + name + ".png").toFile());
    }

    private static void helpless(Node n, List<String> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof javafx.scene.control.Button b && !(b.getParent() instanceof javafx.scene.control.ButtonBar)
                && !isInButtonBar(b) && b.getTooltip() == null
                && (b.getAccessibleHelp() == null || b.getAccessibleHelp().isBlank())) {
            out.add(b.getText() + (b.getId() == null ? "" : " #" + b.getId()));
        }
        if (n instanceof javafx.scene.Parent p && !(n instanceof javafx.scene.control.ComboBoxBase<?>)) {
            p.getChildrenUnmodifiable().forEach(c -> helpless(c, out));
        }
    }

    private static boolean isInButtonBar(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ButtonBar) {
                return true;
            }
        }
        return false;
    }

    @Test
    void trainingMaterialThenTheCaseThenTheAnswerThenTheExports(FxRobot robot) throws Exception {
        Stage stage = openTraining(robot, 1240);
        @SuppressWarnings("unchecked")
        ListView<Object> material = robot.lookup("#trainingMaterial").queryAs(ListView.class);
        robot.interact(() -> material.getSelectionModel().select(0));
        KeyboardPath p = KeyboardPath.walk(robot, material, 60);
        inOrder(p, "trainingMaterial", "trainingStart", "trainingFacts", "trainingEvidence", "trainingTrainee",
                "trainingViolated", "trainingPenalty", "trainingFine", "trainingSubmit", "trainingFeedback",
                "trainingResults", "trainingExportCsv", "trainingExportPdf", "trainingBooklet", "trainingBookletAnswers");
        complete(robot, p, stage.getScene().getRoot());
        snapshot(robot, stage.getScene().getRoot(), "training");
    }

    @Test
    void ruleSourcesJurisdictionThenTheTableThenBothImports(FxRobot robot) throws Exception {
        AtomicReference<Stage> s = new AtomicReference<>();
        robot.interact(() -> s.set(RuleSourcesView.open(owner, ctx)));
        Node first = robot.lookup("#jurisdictionField").query();
        KeyboardPath p = KeyboardPath.walk(robot, first, 60);
        inOrder(p, "jurisdictionField", "jurisdictionSave", "ruleSourcesTable", "rulesKind", "rulesTitleField",
                "importRulesButton", "rulesTemplates", "lawTitleField", "importLawButton");
        complete(robot, p, s.get().getScene().getRoot());
        snapshot(robot, s.get().getScene().getRoot(), "rules");
    }

    @Test
    void lawLibraryLawVersionCitationThenArticlesThenText(FxRobot robot) throws Exception {
        TaskRunner tasks = new TaskRunner();
        LawViewerViewModel vm = new LawViewerViewModel(tasks);
        AtomicReference<Stage> s = new AtomicReference<>();
        robot.interact(() -> {
            Stage st = new Stage();
            st.setScene(new Scene(new LawViewerView(vm), 1200, 800));
            st.show();
            s.set(st);
            vm.load();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.articleProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        KeyboardPath p = KeyboardPath.walk(robot, robot.lookup("#lawChoice").query(), 40);
        inOrder(p, "lawCite", "lawToc", "lawText");
        complete(robot, p, s.get().getScene().getRoot());
        tasks.shutdown();
    }

    @Test
    void intakeChooseFilesFolderFieldsCancelCreateAndEscapeCloses(FxRobot robot) throws Exception {
        AtomicReference<Stage> s = new AtomicReference<>();
        robot.interact(() -> s.set(IntakeView.open(owner, ctx, List.of(), id -> { })));
        KeyboardPath p = KeyboardPath.walk(robot, robot.lookup("#intakeChooseFiles").query(), 40);
        inOrder(p, "intakeChooseFiles", "intakeChooseFolder", "intakeFiles", "intakeAcceptAll", "intakeFields",
                "intakeCancel");
        complete(robot, p, s.get().getScene().getRoot());
        snapshot(robot, s.get().getScene().getRoot(), "intake");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(s.get().isShowing()).as("Escape cancels the intake window").isFalse();
    }

    @Test
    void preferencesIdentityThenDisplayThenWorkspaceAndEscapeCancels(FxRobot robot) throws Exception {
        AtomicReference<PreferencesDialog> d = new AtomicReference<>();
        robot.interact(() -> {
            d.set(new PreferencesDialog(owner, Preferences.defaults(), false, tmp));
            d.get().show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        KeyboardPath p = KeyboardPath.walk(robot, robot.lookup("#prefName").query(), 40);
        inOrder(p, "prefName", "prefRole", "prefOrganisation", "prefLanguage", "prefScale", "prefTheme",
                "prefWorkspace", "prefBrowse", "prefThreshold-hearingThresholdUnitYuan");
        complete(robot, p, d.get().getDialogPane());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(d.get().isShowing()).as("Escape cancels the preferences").isFalse();
        assertThat(d.get().getResult()).isNull();
    }

    @Test
    void theTrainingPlaceholdersAndHelpAreInEnglishInTheEnglishUi(FxRobot robot) throws Exception {
        Messages.setLanguage("en");
        try {
            Stage stage = openTraining(robot, 1280);
            @SuppressWarnings("unchecked")
            ListView<Object> material = robot.lookup("#trainingMaterial").queryAs(ListView.class);
            Label evidence = robot.lookup("#trainingEvidencePlaceholder").queryAs(Label.class);
            assertThat(evidence.getText()).startsWith("No exercise case yet");
            javafx.scene.control.Button csv = robot.lookup("#trainingExportCsv").queryButton();
            assertThat(csv.getTooltip().getText()).isEqualTo("Save the class results as a CSV table");
            snapshot(robot, stage.getScene().getRoot(), "training-en");
        } finally {
            Messages.setLanguage("zh");
        }
    }

    /** The training window on its own stage, its material listed. */
    private Stage openTraining(FxRobot robot, int width) throws Exception {
        TrainingViewModel vm = new TrainingViewModel(ctx, null);
        AtomicReference<Stage> s = new AtomicReference<>();
        robot.interact(() -> {
            Stage st = new Stage();
            st.setScene(new Scene(new TrainingView(vm), width, 800));
            st.show();
            s.set(st);
            vm.loadMaterial();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#trainingMaterial")
                .queryAs(ListView.class).getItems().isEmpty());
        return s.get();
    }
}
