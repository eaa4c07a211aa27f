package org.jrw.gui.meeting;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jrw.gui.AppContext;
import org.jrw.gui.review.ReviewViewModel;
import org.jrw.i18n.Messages;
import org.jrw.model.Dossier;
import org.jrw.model.review.Review;

/**
 * Opens a meeting: the start dialog (chair, recorder, place, what to mask, rehearsal), then the
 * presenter console on the primary screen and the audience window full-screen on the second
 * screen; with one screen (or when asked) a rehearsal window shows console and audience side by
 * side.
 */
public final class MeetingWindows {
    private MeetingWindows() {
    }

    /** What the start dialog asks. */
    public record Start(String chair, String recorder, String place, boolean maskNames, boolean rehearsal) {
    }

    /** The start dialog; empty when cancelled. */
    public static Optional<Start> ask(Window owner, String defaultChair, Review review, boolean singleScreen) {
        Dialog<Start> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Messages.get("meeting.gui.start.title"));
        d.setHeaderText(Messages.get("meeting.gui.start.header"));
        TextField chair = new TextField(defaultChair == null ? "" : defaultChair);
        chair.setId("startChair");
        TextField recorder = new TextField();
        recorder.setId("startRecorder");
        TextField place = new TextField(Messages.get("meeting.gui.start.placeDefault"));
        place.setId("startPlace");
        CheckBox names = new CheckBox(Messages.get("meeting.gui.start.maskNames"));
        CheckBox rehearsal = new CheckBox(Messages.get(singleScreen ? "meeting.gui.start.rehearsalOnly"
                : "meeting.gui.start.rehearsal"));
        rehearsal.setSelected(singleScreen);
        rehearsal.setDisable(singleScreen);
        Label panel = new Label(review == null || review.members().isEmpty() ? Messages.get("meeting.gui.start.noPanel")
                : Messages.get("meeting.gui.start.panel", review.members().stream().map(m -> m.name()
                + Messages.paren(ReviewViewModel.roleLabel(m.role()))).collect(Collectors.joining(Messages.enumComma()))));
        panel.setWrapText(true);
        panel.setMaxWidth(460);
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.setPadding(new Insets(10));
        g.addRow(0, new Label(Messages.get("meeting.gui.start.chair")), chair);
        g.addRow(1, new Label(Messages.get("meeting.gui.start.recorder")), recorder);
        g.addRow(2, new Label(Messages.get("meeting.gui.start.place")), place);
        g.add(panel, 0, 3, 2, 1);
        g.add(new Label(Messages.get("meeting.gui.start.maskAlways")), 0, 4, 2, 1);
        g.add(names, 0, 5, 2, 1);
        g.add(rehearsal, 0, 6, 2, 1);
        d.getDialogPane().setContent(g);
        ButtonType go = new ButtonType(Messages.get("meeting.gui.start.go"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(go, new ButtonType(Messages.get("meeting.gui.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().lookupButton(go).disableProperty().bind(chair.textProperty().isEmpty());
        d.setResultConverter(b -> b == go ? new Start(chair.getText().strip(), recorder.getText().strip(),
                place.getText().strip(), names.isSelected(), rehearsal.isSelected()) : null);
        javafx.application.Platform.runLater(chair::requestFocus);
        return d.showAndWait();
    }

    /** Console and audience side by side in one window (rehearsal, or a single screen). */
    public static Parent rehearsal(MeetingViewModel vm, PresenterConsole console) {
        console.setPreviewShown(false);
        SharedScreenView audience = new SharedScreenView(vm, true);
        Label caption = new Label(Messages.get("meeting.gui.rehearsal.caption"));
        caption.setStyle("-fx-text-fill: #bbb; -fx-padding: 4 8;");
        BorderPane right = new BorderPane(audience);
        right.setTop(caption);
        right.setStyle("-fx-background-color: #101418;");
        SplitPane split = new SplitPane(console, right);
        split.setDividerPositions(0.62);
        split.setId("rehearsalSplit");
        return split;
    }

    /**
     * Runs a whole meeting from the start dialog: loads the case, starts the meeting, opens the
     * windows. Returns false when the dialog was cancelled.
     */
    public static void open(AppContext ctx, Window owner, Dossier d, List<String> stylesheets, String rootStyle) {
        MeetingViewModel vm = new MeetingViewModel(ctx, d.caseId());
        vm.load(() -> {
            boolean single = Screen.getScreens().size() < 2;
            var id = ctx.preferences().identity();
            Optional<Start> s = ask(owner, id == null ? null : id.name(), vm.reviewProperty().get(), single);
            if (s.isEmpty()) {
                vm.close();
                return;
            }
            Start st = s.get();
            vm.begin(st.chair(), st.recorder(), st.place(), List.of(), st.maskNames(), () ->
                    show(vm, d, st.rehearsal() || single, stylesheets, rootStyle));
        });
    }

    private static void show(MeetingViewModel vm, Dossier d, boolean rehearsal, List<String> stylesheets,
                             String rootStyle) {
        PresenterConsole console = new PresenterConsole(vm);
        Stage consoleStage = new Stage();
        consoleStage.setTitle(Messages.get("meeting.gui.window.console", d.caseInfo().caseNumber()));
        Stage[] audienceStage = new Stage[1];
        Parent root = rehearsal ? rehearsal(vm, console) : console;
        Scene scene = new Scene(root, rehearsal ? 1400 : 1280, rehearsal ? 860 : 800);
        style(scene, stylesheets, rootStyle);
        consoleStage.setScene(scene);
        List<Screen> screens = Screen.getScreens();
        Rectangle2D primary = Screen.getPrimary().getVisualBounds();
        consoleStage.setX(primary.getMinX());
        consoleStage.setY(primary.getMinY());
        consoleStage.setMaximized(true);
        if (!rehearsal && screens.size() > 1) {
            Screen second = screens.stream().filter(x -> !x.equals(Screen.getPrimary())).findFirst().orElse(screens.get(1));
            Stage a = new Stage();
            a.setTitle(Messages.get("meeting.gui.window.audience"));
            Scene as = new Scene(new StackPane(new SharedScreenView(vm, true)), 1280, 720);
            style(as, stylesheets, rootStyle);
            a.setScene(as);
            Rectangle2D b = second.getBounds();
            a.setX(b.getMinX());
            a.setY(b.getMinY());
            a.setWidth(b.getWidth());
            a.setHeight(b.getHeight());
            a.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            a.setFullScreenExitHint("");
            a.show();
            a.setFullScreen(true);
            audienceStage[0] = a;
        }
        console.setEndDialog(() -> confirmEnd(consoleStage, d, vm));
        console.setOnEnded(() -> {
            // the projector stops showing the case when the meeting ends
            if (audienceStage[0] != null) {
                audienceStage[0].close();
            }
        });
        consoleStage.setOnHidden(e -> {
            if (audienceStage[0] != null) {
                audienceStage[0].close();
            }
            if (!vm.endedProperty().get()) {
                vm.end(null, null); // closing the console ends the meeting; minutes can be printed later
            }
            vm.close();
        });
        consoleStage.show();
        console.requestFocus();
    }

    private static void style(Scene scene, List<String> stylesheets, String rootStyle) {
        if (stylesheets != null) {
            scene.getStylesheets().setAll(stylesheets);
        }
        if (rootStyle != null) {
            scene.getRoot().setStyle(rootStyle);
        }
    }

    /**
     * Ending is final, so the chair confirms: 结束并保存 (default, Enter) writes the minutes to the
     * default file shown, 另存为… picks another, 取消 keeps the meeting running.
     */
    static PresenterConsole.EndChoice confirmEnd(Window owner, Dossier d, MeetingViewModel vm) {
        Path target = defaultMinutes(d);
        javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION);
        a.initOwner(owner);
        a.setTitle(Messages.get("meeting.gui.end.title"));
        a.setHeaderText(Messages.get("meeting.gui.end.header", vm.unresolved().size()));
        a.setContentText(Messages.get("meeting.gui.end.text", target));
        ButtonType save = new ButtonType(Messages.get("meeting.gui.end.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType saveAs = new ButtonType(Messages.get("meeting.gui.end.saveAs"), ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType(Messages.get("meeting.gui.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        a.getButtonTypes().setAll(save, saveAs, cancel);
        var answer = a.showAndWait().orElse(cancel);
        if (answer == save) {
            return new PresenterConsole.EndChoice(true, target);
        }
        if (answer == saveAs) {
            Path p = chooseMinutes(owner, d);
            return p == null ? new PresenterConsole.EndChoice(false, null) : new PresenterConsole.EndChoice(true, p);
        }
        return new PresenterConsole.EndChoice(false, null);
    }

    /** ~/Documents (or the home folder)/联审会议记录/<case number>-<date time>.pdf, not yet existing. */
    static Path defaultMinutes(Dossier d) {
        Path home = Path.of(System.getProperty("user.home"));
        Path docs = java.nio.file.Files.isDirectory(home.resolve("Documents")) ? home.resolve("Documents")
                : java.nio.file.Files.isDirectory(home.resolve("文档")) ? home.resolve("文档") : home; // zh-data: a folder's name
        String stamp = java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmm"));
        return docs.resolve(Messages.get("meeting.gui.minutes.folder")).resolve(
                d.caseInfo().caseNumber().replaceAll("[\\\\/:*?\"<>|〔〕]", "_") + "-" + stamp + ".pdf");
    }

    private static Path chooseMinutes(Window owner, Dossier d) {
        Path f = new org.jrw.gui.FxDialogService(() -> owner).saveFile(Messages.get("meeting.gui.minutes.choose"),
                Messages.get("ux.file.minutes", d.caseInfo().caseNumber().replaceAll("[\\\\/:*?\"<>|〔〕]", "_")),
                List.of(org.jrw.gui.DialogService.FileType.of("PDF", "*.pdf"))).orElse(null);
        if (f == null) {
            return null;
        }
        return f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? f
                : f.resolveSibling(f.getFileName() + ".pdf");
    }
}
