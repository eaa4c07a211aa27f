package org.jrw.gui.meeting;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jrw.gui.evidence.AnnotationLabels;
import org.jrw.gui.evidence.EvidenceWorkspaceViewModel;
import org.jrw.gui.review.ReviewViewModel;
import org.jrw.i18n.Messages;
import org.jrw.logic.evidence.EvidenceItem;
import org.jrw.model.Annotation;
import org.jrw.model.Finding;
import org.jrw.model.meeting.AgendaItem;
import org.jrw.model.review.MemberView;
import org.jrw.model.review.PanelMember;
import org.jrw.model.review.ViewKind;

/**
 * The chair's console: agenda with per-point timers, a preview of the shared screen with the
 * numbered material, the current point's findings, annotations and members' views with a form to
 * record a view, the meeting's decision, the next point, and a status line. Every action has a
 * key (see {@link ConsoleShortcuts#SHORTCUTS}; {@code F1} shows them); single-letter keys act only while no text
 * field has the focus, {@code Esc} leaves a text field.
 */
public final class PresenterConsole extends StackPane {
    private final MeetingViewModel vm;
    private final SharedScreenView preview;
    private final ListView<AgendaItem> agendaList = new ListView<>();
    private final ListView<EvidenceItem> itemList = new ListView<>();
    private final ListView<Finding> findingList = new ListView<>();
    private final ListView<Annotation> annotationList = new ListView<>();
    private final VBox viewsBox = new VBox(4);
    private final ComboBox<PanelMember> member = new ComboBox<>();
    private final ToggleGroup kind = new ToggleGroup();
    private final TextField viewText = new TextField();
    private final TextArea decision = new TextArea();
    private final Label timer = new Label();
    private final Label upcoming = new Label();
    private final Label status = new Label();
    private final Label jump = new Label();
    private final Label maskState = new Label();
    private final StackPane help = new StackPane();
    private final VBox previewBox = new VBox(6);
    private Supplier<EndChoice> endDialog = () -> new EndChoice(true, null);
    private boolean swallowTyped;
    private Runnable onEnded = () -> { };

    public PresenterConsole(MeetingViewModel vm) {
        this.vm = vm;
        this.preview = new SharedScreenView(vm, false);
        setId("presenterConsole");
        getStyleClass().add("presenter-console");
        BorderPane main = new BorderPane();
        main.setTop(header());
        main.setLeft(agenda());
        SplitPane centre = new SplitPane(centre(), pointPane());
        centre.setDividerPositions(0.6);
        main.setCenter(centre);
        main.setBottom(statusBar());
        help.setId("helpOverlay");
        help.getChildren().add(ConsoleShortcuts.card());
        help.setStyle("-fx-background-color: rgba(0,0,0,0.55);");
        help.setVisible(false);
        help.setOnMouseClicked(e -> help.setVisible(false));
        getChildren().addAll(main, help);
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        // a letter that moved the focus into a text field (D, V) must not be typed there
        addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowTyped) {
                swallowTyped = false;
                e.consume();
            }
        });
        vm.messageProperty().addListener((o, a, b) -> status.setText(b));
        // the meeting may have started before the console was built: show what is there
        status.setText(vm.messageProperty().get());
        fillViews();
        updateUpcoming();
        int cur = vm.currentPointProperty().get();
        decision.setText(cur < vm.agenda().size() ? vm.agenda().get(cur).decision() : "");
        agendaList.getSelectionModel().select(cur);
        itemList.getSelectionModel().select(vm.screenProperty().get().itemIndex());
    }

    /**
     * Hides the preview of the shared screen (rehearsal mode shows the audience window beside the
     * console); the material list takes its place.
     */
    public void setPreviewShown(boolean shown) {
        previewBox.setVisible(shown);
        previewBox.setManaged(shown);
        VBox.setVgrow(itemList, shown ? Priority.NEVER : Priority.ALWAYS);
    }

    /** The chair's answer when asked to end: end or not, and where the minutes go (null: none). */
    public record EndChoice(boolean end, Path minutes) {
    }

    /** Asks before the meeting ends (the application shows a dialog with the default file). */
    public void setEndDialog(Supplier<EndChoice> s) {
        endDialog = s;
    }

    /** Ends without asking; the minutes go to the supplied file. */
    public void setMinutesTarget(Supplier<Path> s) {
        endDialog = () -> new EndChoice(true, s.get());
    }

    public void setOnEnded(Runnable r) {
        onEnded = r;
    }

    public SharedScreenView preview() {
        return preview;
    }

    public boolean helpShown() {
        return help.isVisible();
    }

    // ------------------------------------------------------------------ layout

    private Node header() {
        Label title = new Label();
        title.setId("meetingTitle");
        title.getStyleClass().add("pane-heading");
        title.setMinWidth(0);
        java.util.function.Consumer<org.jrw.model.Dossier> setTitle = d -> title.setText(d == null ? ""
                : Messages.get("meeting.gui.title", d.caseInfo().caseNumber(), d.caseInfo().title()));
        vm.dossierProperty().addListener((o, a, d) -> setTitle.accept(d));
        setTitle.accept(vm.dossierProperty().get());
        timer.setId("meetingTimer");
        // a Latin-only monospace would draw 本项/合计 as boxes
        timer.setStyle("-fx-font-size: 1.4em; -fx-font-weight: bold;" + org.jrw.gui.Appearance.monoStyle());
        Runnable t = () -> timer.setText(Messages.get(vm.timerRunningProperty().get() ? "meeting.gui.timer"
                : "meeting.gui.timerPaused", MeetingViewModel.clock(vm.pointSecondsProperty().get()),
                MeetingViewModel.clock(vm.totalSecondsProperty().get())));
        vm.pointSecondsProperty().addListener((o, a, b) -> t.run());
        vm.totalSecondsProperty().addListener((o, a, b) -> t.run());
        vm.timerRunningProperty().addListener((o, a, b) -> t.run());
        maskState.setId("maskState");
        Runnable ms = () -> {
            boolean on = vm.maskedProperty().get();
            maskState.setText(Messages.get(on ? "meeting.gui.mask.chipOn" : "meeting.gui.mask.chipOff"));
            maskState.setStyle("-fx-padding: 2 8; -fx-background-radius: 8; -fx-text-fill: white; -fx-background-color: "
                    + (on ? "#2e7d32" : "#c62828") + ";");
        };
        vm.maskedProperty().addListener((o, a, b) -> ms.run());
        ms.run();
        Label blank = new Label(Messages.get("meeting.gui.blank.chip"));
        blank.setStyle("-fx-padding: 2 8; -fx-background-radius: 8; -fx-text-fill: white; -fx-background-color: #000;");
        blank.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.screenProperty().get().blank(), vm.screenProperty()));
        Button helpButton = new Button(Messages.get("meeting.gui.help.button"));
        helpButton.setOnAction(e -> toggleHelp());
        helpButton.setFocusTraversable(false);
        Button end = new Button(Messages.get("meeting.gui.end.button"));
        end.setId("endMeetingButton");
        end.setOnAction(e -> endMeeting());
        end.setFocusTraversable(false);
        end.disableProperty().bind(vm.endedProperty());
        HBox h = new HBox(14, title, new Region(), blank, maskState, timer, helpButton, end);
        HBox.setHgrow(h.getChildren().get(1), Priority.ALWAYS);
        for (Node n : List.of(blank, maskState, timer, helpButton, end)) {
            ((javafx.scene.layout.Region) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        h.setAlignment(Pos.CENTER_LEFT);
        h.setPadding(new Insets(8, 12, 8, 12));
        h.getStyleClass().add("case-header");
        return h;
    }

    private Node agenda() {
        agendaList.setId("agendaList");
        agendaList.setItems(vm.agenda());
        agendaList.setPrefWidth(230);
        agendaList.setFocusTraversable(false);
        agendaList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(AgendaItem it, boolean empty) {
                super.updateItem(it, empty);
                if (empty || it == null) {
                    setText(null);
                    setStyle("");
                    return;
                }
                int i = getIndex();
                boolean current = i == vm.currentPointProperty().get();
                var r = vm.reviewProperty().get();
                int views = r == null ? 0 : r.viewsOn(it.point()).size();
                int members = r == null ? 0 : r.members().size();
                String state = Messages.get("meeting.gui.state." + it.state().name());
                setText((i + 1) + ". " + ReviewViewModel.pointLabel(it.point()) + "\n    " + state + " · "
                        + MeetingViewModel.clock(current ? vm.pointSecondsProperty().get() : it.seconds())
                        + " · " + Messages.get("meeting.gui.viewsCount", views, members));
                setStyle(current ? "-fx-font-weight: bold; -fx-border-color: #ffb000; -fx-border-width: 0 0 0 4;" : "");
            }
        });
        vm.currentPointProperty().addListener((o, a, b) -> {
            agendaList.refresh();
            agendaList.getSelectionModel().select(b.intValue());
        });
        vm.reviewProperty().addListener((o, a, b) -> agendaList.refresh());
        vm.pointSecondsProperty().addListener((o, a, b) -> agendaList.refresh()); // the running point's time
        agendaList.setOnMouseClicked(e -> {
            int i = agendaList.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                vm.goToPoint(i);
            }
        });
        Label heading = new Label(Messages.get("meeting.gui.agenda"));
        heading.getStyleClass().add("section-heading");
        VBox box = new VBox(6, heading, agendaList);
        VBox.setVgrow(agendaList, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    private Node centre() {
        itemList.setId("materialList");
        itemList.setItems(vm.items());
        itemList.setFocusTraversable(false);
        itemList.setPrefHeight(150);
        itemList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(EvidenceItem it, boolean empty) {
                super.updateItem(it, empty);
                setText(empty || it == null ? null : (getIndex() + 1) + "　" + it.title());
            }
        });
        vm.screenProperty().addListener((o, a, s) -> {
            itemList.getSelectionModel().select(s.itemIndex());
            itemList.scrollTo(Math.max(0, s.itemIndex() - 2));
        });
        itemList.setOnMouseClicked(e -> {
            int i = itemList.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                vm.jumpTo(i + 1);
            }
        });
        Label heading = new Label(Messages.get("meeting.gui.previewHeading"));
        heading.getStyleClass().add("section-heading");
        Label matHeading = new Label(Messages.get("meeting.gui.material"));
        matHeading.getStyleClass().add("section-heading");
        previewBox.getChildren().setAll(heading, preview);
        VBox.setVgrow(preview, Priority.ALWAYS);
        VBox box = new VBox(6, previewBox, matHeading, itemList);
        VBox.setVgrow(previewBox, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    private Node pointPane() {
        pointLists();

        viewsBox.setId("pointViews");
        vm.pointViews().addListener((javafx.collections.ListChangeListener<MemberView>) c -> fillViews());
        vm.members().addListener((javafx.collections.ListChangeListener<PanelMember>) c -> fillViews());

        member.setId("viewMember");
        member.setItems(vm.members());
        member.setConverter(ReviewViewModel.MEMBER_LABEL);
        member.setPromptText(Messages.get("meeting.gui.view.member"));
        HBox kinds = new HBox(4);
        for (ViewKind k : ViewKind.values()) {
            ToggleButton b = new ToggleButton((k.ordinal() + 1) + " " + ReviewViewModel.viewLabel(k));
            b.setUserData(k);
            b.setToggleGroup(kind);
            b.setId("viewKind" + k.name());
            b.setFocusTraversable(false); // Tab goes from the speaker straight to the text; digits choose the kind
            kinds.getChildren().add(b);
        }
        kind.selectToggle(kind.getToggles().get(0));
        viewText.setId("viewText");
        viewText.setPromptText(Messages.get("meeting.gui.view.text"));
        viewText.setOnAction(e -> recordView());
        Button record = new Button(Messages.get("meeting.gui.view.record"));
        record.setId("recordViewButton");
        record.setOnAction(e -> recordView());
        record.disableProperty().bind(vm.endedProperty());

        decision.setId("decisionText");
        decision.setPromptText(Messages.get("meeting.gui.decision.prompt"));
        decision.setPrefRowCount(3);
        decision.setWrapText(true);
        Button settle = new Button(Messages.get("meeting.gui.decision.settle"));
        settle.setId("settleButton");
        settle.setOnAction(e -> settle());
        settle.disableProperty().bind(vm.endedProperty());
        Button carry = new Button(Messages.get("meeting.gui.carry.button"));
        carry.setId("carryButton");
        carry.setOnAction(e -> vm.carryOver());
        carry.disableProperty().bind(vm.endedProperty());
        vm.currentPointProperty().addListener((o, a, b) -> {
            var it = b.intValue() < vm.agenda().size() ? vm.agenda().get(b.intValue()) : null;
            decision.setText(it == null ? "" : it.decision());
            updateUpcoming();
        });
        upcoming.setId("upcomingPoint");
        upcoming.setWrapText(true);
        vm.agenda().addListener((javafx.collections.ListChangeListener<AgendaItem>) c -> updateUpcoming());

        GridPane form = new GridPane();
        form.setHgap(6);
        form.setVgap(6);
        member.setMaxWidth(Double.MAX_VALUE);
        form.add(member, 0, 0, 2, 1);
        form.add(kinds, 0, 1, 2, 1);
        form.add(viewText, 0, 2, 2, 1);
        form.add(record, 0, 3);
        GridPane.setHgrow(member, Priority.ALWAYS);
        GridPane.setHgrow(viewText, Priority.ALWAYS);

        VBox box = new VBox(6,
                heading("meeting.gui.findings"), findingList,
                heading("meeting.gui.annotations"), annotationList,
                heading("meeting.gui.views"), viewsBox, form,
                heading("meeting.gui.decision"), decision, new HBox(6, settle, carry),
                heading("meeting.gui.next"), upcoming);
        box.setPadding(new Insets(8));
        javafx.scene.control.ScrollPane sp = new javafx.scene.control.ScrollPane(box);
        sp.setFitToWidth(true);
        sp.setMinWidth(360);
        return sp;
    }

    /** The current point's findings and annotations (a click shows an annotation on the screen). */
    private void pointLists() {
        findingList.setId("pointFindings");
        findingList.setItems(vm.pointFindings());
        findingList.setFocusTraversable(false);
        findingList.setPrefHeight(110);
        findingList.setPlaceholder(new Label(Messages.get("meeting.gui.findings.none")));
        findingList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Finding f, boolean empty) {
                super.updateItem(f, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || f == null ? null : "【" + Messages.get("meeting.gui.severity." + f.severity().name()) + "】"
                        + f.message());
            }
        });
        annotationList.setId("pointAnnotations");
        annotationList.setItems(vm.pointAnnotations());
        annotationList.setFocusTraversable(false);
        annotationList.setPrefHeight(110);
        annotationList.setPlaceholder(new Label(Messages.get("meeting.gui.annotation.none")));
        annotationList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Annotation a, boolean empty) {
                super.updateItem(a, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || a == null ? null : AnnotationLabels.kindLabel(a.kind()) + " · " + a.author()
                        + Messages.paren(ReviewViewModel.roleLabel(a.role())) + Messages.colon() + a.note());
            }
        });
        annotationList.setOnMouseClicked(e -> {
            Annotation a = annotationList.getSelectionModel().getSelectedItem();
            if (a != null) {
                vm.showAnnotation(a);
            }
        });
    }

    private static Label heading(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("section-heading");
        return l;
    }

    private void fillViews() {
        viewsBox.getChildren().clear();
        for (PanelMember m : vm.members()) {
            MemberView v = vm.pointViews().stream().filter(x -> x.memberId().equals(m.id())).findFirst().orElse(null);
            Label l = new Label(m.name() + Messages.paren(ReviewViewModel.roleLabel(m.role())) + Messages.colon()
                    + (v == null ? Messages.get("meeting.gui.view.none") : ReviewViewModel.viewLabel(v.kind())
                    + (v.text().isBlank() ? "" : "，" + v.text())));
            l.setWrapText(true);
            if (v != null && v.kind() == ViewKind.OBJECT) {
                l.setStyle("-fx-text-fill: #c62828;");
            }
            viewsBox.getChildren().add(l);
        }
        if (vm.members().isEmpty()) {
            viewsBox.getChildren().add(new Label(Messages.get("meeting.gui.view.noPanel")));
        }
    }

    private void updateUpcoming() {
        AgendaItem next = vm.upcoming();
        upcoming.setText(next == null ? Messages.get("meeting.gui.next.none")
                : ReviewViewModel.pointLabel(next.point()) + " · " + Messages.get("meeting.gui.state." + next.state().name()));
    }

    private Node statusBar() {
        status.setId("meetingStatus");
        jump.setId("jumpBuffer");
        jump.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                vm.jumpBufferProperty().get().isEmpty() ? "" : Messages.get("meeting.gui.jump.typing",
                        vm.jumpBufferProperty().get()), vm.jumpBufferProperty()));
        jump.setStyle("-fx-text-fill: #ffb000; -fx-font-weight: bold;");
        Label hints = new Label(Messages.get("meeting.gui.hints"));
        hints.setStyle("-fx-opacity: 0.75;");
        HBox h = new HBox(16, status, jump, new Region(), hints);
        HBox.setHgrow(h.getChildren().get(2), Priority.ALWAYS);
        h.setPadding(new Insets(4, 12, 4, 12));
        h.getStyleClass().add("status-bar");
        return h;
    }

    // ------------------------------------------------------------------ actions

    public void toggleHelp() {
        help.setVisible(!help.isVisible());
    }

    private void recordView() {
        PanelMember m = member.getValue();
        ViewKind k = kind.getSelectedToggle() == null ? null : (ViewKind) kind.getSelectedToggle().getUserData();
        vm.recordView(m, k, viewText.getText(), () -> {
            viewText.clear();
            int i = vm.members().indexOf(m);
            if (i >= 0 && i + 1 < vm.members().size()) {
                member.getSelectionModel().select(i + 1); // the next member speaks
            }
        });
    }

    private void settle() {
        vm.decide(decision.getText());
        requestFocus();
    }

    private void endMeeting() {
        if (vm.endedProperty().get()) {
            return;
        }
        EndChoice c = endDialog.get();
        if (c == null || !c.end()) {
            return;
        }
        vm.end(c.minutes(), p -> onEnded.run());
    }

    private void key(KeyEvent e) {
        KeyCode c = e.getCode();
        if (c == KeyCode.F1) {
            toggleHelp();
            e.consume();
            return;
        }
        if (c == KeyCode.ESCAPE) {
            if (help.isVisible()) {
                help.setVisible(false);
            } else {
                requestFocus();
            }
            e.consume();
            return;
        }
        boolean typing = getScene() != null && getScene().getFocusOwner() instanceof TextInputControl;
        if (e.isShortcutDown() && c == KeyCode.ENTER) {
            if (decision.isFocused()) {
                settle();
            } else {
                recordView();
            }
            e.consume();
            return;
        }
        if (e.isShortcutDown() && c == KeyCode.E) {
            endMeeting();
            e.consume();
            return;
        }
        if (typing || member.isShowing()) {
            return;
        }
        if (e.isAltDown()) {
            if (c == KeyCode.RIGHT) {
                vm.nextPoint();
            } else if (c == KeyCode.LEFT) {
                vm.previousPoint();
            } else {
                return;
            }
            e.consume();
            return;
        }
        if (e.isShortcutDown()) {
            switch (c) {
                case RIGHT -> vm.nextItem();
                case LEFT -> vm.previousItem();
                case PLUS, ADD, EQUALS -> vm.zoomIn();
                case MINUS, SUBTRACT -> vm.zoomOut();
                case DIGIT0, NUMPAD0 -> vm.zoomFit();
                default -> {
                    return;
                }
            }
            e.consume();
            return;
        }
        if (c.isDigitKey()) {
            digitKey(e, c);
            return;
        }
        letterKey(e, c);
    }

    /** A digit: the kind of view while choosing who speaks, else the material number to jump to. */
    private void digitKey(KeyEvent e, KeyCode c) {
        String t = e.getText();
        char d = t != null && t.length() == 1 && Character.isDigit(t.charAt(0)) ? t.charAt(0)
                : (char) ('0' + (c.getCode() >= KeyCode.NUMPAD0.getCode() ? c.getCode() - KeyCode.NUMPAD0.getCode()
                : c.getCode() - KeyCode.DIGIT0.getCode()));
        if (member.isFocused() || kind.getToggles().stream().anyMatch(x -> ((ToggleButton) x).isFocused())) {
            int k = d - '1'; // while choosing who speaks: 1 同意, 2 有异议, 3 补充意见
            if (k >= 0 && k < kind.getToggles().size()) {
                kind.selectToggle(kind.getToggles().get(k));
            }
            e.consume();
            return;
        }
        vm.typeDigit(d);
        e.consume();
    }

    /** The single-letter and navigation keys (no text field has the focus). */
    private void letterKey(KeyEvent e, KeyCode c) {
        switch (c) {
            case ENTER -> {
                if (!vm.commitJump()) {
                    return;
                }
            }
            case BACK_SPACE -> vm.eraseDigit();
            case RIGHT, PAGE_DOWN, SPACE -> vm.nextPage();
            case LEFT, PAGE_UP -> vm.previousPage();
            case N -> vm.nextItem();
            case P -> vm.previousItem();
            case CLOSE_BRACKET -> vm.nextPoint();
            case OPEN_BRACKET -> vm.previousPoint();
            case A -> vm.nextAnnotation();
            case Z -> vm.toggleCallout();
            case PLUS, ADD, EQUALS -> vm.zoomIn();
            case MINUS, SUBTRACT -> vm.zoomOut();
            case F -> vm.zoomFit();
            case B -> vm.toggleBlank();
            case M -> vm.maskedProperty().set(!vm.maskedProperty().get());
            case T -> vm.toggleTimer();
            case C -> vm.carryOver();
            case V -> {
                member.requestFocus();
                if (member.getValue() == null && !vm.members().isEmpty()) {
                    member.getSelectionModel().select(0);
                }
            }
            case D -> decision.requestFocus();
            default -> {
                return;
            }
        }
        swallowTyped = e.getText() != null && !e.getText().isEmpty(); // only keys that also type a character
        e.consume();
    }
}
