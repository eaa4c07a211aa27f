package org.jrw.gui.evidence;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.util.StringConverter;
import org.jrw.i18n.Messages;
import org.jrw.model.Annotation;
import org.jrw.model.AnnotationKind;
import org.jrw.model.Role;

/**
 * The annotation side panel: the form for a new annotation (when a place is marked), filters
 * (author, role, kind, status, this file only), the list (click jumps to the place), and the
 * selected annotation's thread with reply, resolve/reopen and delete; undo and redo.
 */
final class AnnotationPanel extends VBox {
    private final EvidenceWorkspaceViewModel vm;
    private final VBox form = new VBox(6);
    private final Label formWhere = new Label();
    private final TextArea note = new TextArea();
    private final ComboBox<AnnotationKind> kind = new ComboBox<>();
    private final ListView<Annotation> list = new ListView<>();
    private final VBox thread = new VBox(4);
    private final VBox entries = new VBox(4);
    private final javafx.scene.control.ScrollPane entriesScroll = new javafx.scene.control.ScrollPane(entries);
    private final TextArea reply = new TextArea();

    AnnotationPanel(EvidenceWorkspaceViewModel vm) {
        this.vm = vm;
        setId("annotationPanel");
        setSpacing(8);
        setPadding(new Insets(8));
        setMinWidth(260);
        setPrefWidth(320);

        Label title = new Label(Messages.get("ev.ann.title"));
        title.getStyleClass().add("section-heading");
        title.setId("annotationHeading");
        Button undo = EvidenceWorkspaceView.compact("↶", "ev.ann.undo", "controls.ann.undo.help");
        undo.setId("annotationUndo");
        undo.disableProperty().bind(vm.canUndoProperty().not());
        undo.setOnAction(e -> vm.undo());
        Button redo = EvidenceWorkspaceView.compact("↷", "ev.ann.redo", "controls.ann.redo.help");
        redo.setId("annotationRedo");
        redo.disableProperty().bind(vm.canRedoProperty().not());
        redo.setOnAction(e -> vm.redo());
        Region sp = new Region();
        HBox.setHgrow(sp, Priority.ALWAYS);
        title.setMinWidth(Region.USE_PREF_SIZE);
        undo.setMinWidth(Region.USE_PREF_SIZE);
        redo.setMinWidth(Region.USE_PREF_SIZE);
        HBox head = new HBox(6, title, sp, undo, redo);
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        buildForm();
        javafx.scene.layout.GridPane filters = filters();

        list.setId("annotationList");
        org.jrw.gui.Placeholders.install(list, vm.annotationsState());
        list.setItems(vm.shownAnnotations());
        list.setCellFactory(l -> new Cell());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && (vm.selectedProperty().get() == null || !vm.selectedProperty().get().id().equals(b.id()))) {
                // after the list's own selection event: jumping re-filters the list
                javafx.application.Platform.runLater(() -> vm.jumpTo(b));
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setPrefHeight(240);
        list.setMinHeight(110);
        vm.selectedProperty().addListener((o, a, b) -> {
            showThread(b);
            if (b != null && list.getSelectionModel().getSelectedItem() != b) {
                list.getSelectionModel().select(b);
            }
        });
        vm.annotations().addListener((javafx.collections.ListChangeListener<Annotation>) c ->
                showThread(vm.selectedProperty().get()));
        thread.setId("annotationThread");
        Label status = new Label();
        status.setId("annotationStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.messageProperty());
        status.setStyle("-fx-text-fill: #555;");
        // the thread's notes scroll (long notes and many replies wrap, never cut off) and take at most
        // a third of the panel; the reply box and the buttons under them stay in view
        entriesScroll.setId("annotationThreadScroll");
        entriesScroll.setFitToWidth(true);
        entriesScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        entriesScroll.maxHeightProperty().bind(heightProperty().multiply(0.35));
        entriesScroll.setStyle("-fx-background-color: transparent; -fx-background: #f6f8fa;"); // light: text stays dark
        entries.setMinWidth(0);
        entriesScroll.setMinHeight(100); // the first note whole (who, what, the note); longer threads scroll
        getChildren().addAll(head, form, filters, list, thread, status);
        showThread(null);
    }

    private void buildForm() {
        Label h = new Label(Messages.get("ev.ann.new"));
        h.setStyle("-fx-font-weight: bold;");
        kind.getItems().setAll(AnnotationKind.values());
        kind.setValue(AnnotationKind.QUESTION);
        kind.setId("annotationKind");
        kind.setConverter(converter(AnnotationLabels::kindLabel));
        note.setId("annotationNote");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        Button save = new Button(Messages.get("ev.ann.save"));
        save.setId("saveAnnotation");
        save.setDefaultButton(false);
        save.disableProperty().bind(note.textProperty().isEmpty());
        save.setOnAction(e -> {
            if (vm.savePending(kind.getValue(), note.getText())) {
                note.clear();
            }
        });
        Button cancel = new Button(Messages.get("ev.ann.cancel"));
        cancel.setOnAction(e -> vm.cancelPending());
        form.getChildren().addAll(h, formWhere, kind, note, new HBox(6, save, cancel));
        form.setPadding(new Insets(8));
        form.setStyle("-fx-background-color: #fff8e1; -fx-border-color: #f0c36d; -fx-background-radius: 4; -fx-border-radius: 4;");
        form.visibleProperty().bind(vm.pendingProperty().isNotNull());
        form.managedProperty().bind(form.visibleProperty());
        vm.pendingProperty().addListener((o, a, p) -> {
            if (p != null) {
                String where = p.page() != null ? Messages.get("ev.ann.where.page", p.page())
                        : p.timeFrom() != null ? Messages.get("ev.ann.where.time",
                        AnnotationLabels.time(p.timeFrom()), AnnotationLabels.time(p.timeTo()))
                        : p.textStart() != null ? Messages.get("ev.ann.where.text", p.textStart(), p.textEnd())
                        : "▭";
                formWhere.setText(p.item().id() + " · " + Messages.get("ev.ann.newAt", where));
                javafx.application.Platform.runLater(note::requestFocus);
            }
        });
    }

    private javafx.scene.layout.GridPane filters() {
        TextField author = new TextField();
        author.setId("filterAuthor");
        author.textProperty().bindBidirectional(vm.filterAuthorProperty());
        ComboBox<Role> role = new ComboBox<>();
        role.setId("filterRole");
        role.getItems().add(null);
        role.getItems().addAll(Role.values());
        role.setConverter(converter(AnnotationLabels::roleLabel));
        role.valueProperty().bindBidirectional(vm.filterRoleProperty());
        ComboBox<AnnotationKind> k = new ComboBox<>();
        k.setId("filterKind");
        k.getItems().add(null);
        k.getItems().addAll(AnnotationKind.values());
        k.setConverter(converter(AnnotationLabels::kindLabel));
        k.valueProperty().bindBidirectional(vm.filterKindProperty());
        ComboBox<Annotation.Status> st = new ComboBox<>();
        st.setId("filterStatus");
        st.getItems().add(null);
        st.getItems().addAll(Annotation.Status.values());
        st.setConverter(converter(s -> s == null ? Messages.get("ev.ann.filter.all")
                : Messages.get("annotation.status." + s.name())));
        st.valueProperty().bindBidirectional(vm.filterStatusProperty());
        CheckBox only = new CheckBox(Messages.get("ev.ann.filter.thisItem"));
        only.setId("filterCurrent");
        only.selectedProperty().bindBidirectional(vm.filterCurrentOnlyProperty());
        // two label + control pairs a row, the controls sharing what the panel's width leaves: three
        // rows at any width (pairs that wrapped one a row took five rows, and the list's height, at 1280)
        javafx.scene.layout.GridPane g = new javafx.scene.layout.GridPane();
        g.setHgap(6);
        g.setVgap(4);
        g.setId("annotationFilters");
        addPair(g, 0, 0, "ev.ann.filter.author", author);
        addPair(g, 2, 0, "ev.ann.filter.role", role);
        addPair(g, 0, 1, "ev.ann.filter.kind", k);
        addPair(g, 2, 1, "ev.ann.filter.status", st);
        g.add(only, 0, 2, 4, 1);
        author.setPrefColumnCount(4);
        for (var c : List.<Region>of(author, role, k, st)) {
            c.setPrefWidth(90);
            c.setMinWidth(60);
            c.setMaxWidth(Double.MAX_VALUE);
            javafx.scene.layout.GridPane.setHgrow(c, Priority.ALWAYS);
        }
        only.setMinWidth(Region.USE_PREF_SIZE);
        return g;
    }

    private static void addPair(javafx.scene.layout.GridPane g, int col, int row, String labelKey, Region control) {
        Label l = new Label(Messages.get(labelKey));
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setLabelFor(control);
        g.add(l, col, row);
        g.add(control, col + 1, row);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private void showThread(Annotation a) {
        thread.getChildren().clear();
        thread.setVisible(a != null);
        thread.setManaged(a != null);
        if (a == null) {
            return;
        }
        List<javafx.scene.Node> nodes = new ArrayList<>();
        nodes.add(entry(a, true));
        for (Annotation r : vm.replies(a)) {
            Region pad = new Region();
            pad.setMinWidth(14);
            nodes.add(new HBox(pad, entry(r, false)));
        }
        reply.setPromptText(Messages.get("ev.ann.replyPrompt"));
        reply.setPrefRowCount(2);
        reply.setWrapText(true);
        reply.setId("annotationReply");
        Button send = new Button(Messages.get("ev.ann.reply"));
        send.setId("sendReply");
        send.disableProperty().bind(reply.textProperty().isEmpty());
        send.setOnAction(e -> {
            vm.reply(a, reply.getText());
            reply.clear();
        });
        Button resolve = new Button(Messages.get(a.status() == Annotation.Status.OPEN ? "ev.ann.resolve" : "ev.ann.reopen"));
        resolve.setId("resolveAnnotation");
        resolve.setOnAction(e -> vm.toggleResolved(a));
        Button delete = new Button(Messages.get("ev.ann.delete"));
        delete.setId("deleteAnnotation");
        delete.setOnAction(e -> vm.delete(a));
        entries.getChildren().setAll(nodes);
        entriesScroll.setVvalue(0);
        thread.getChildren().setAll(entriesScroll, reply, new HBox(6, send, resolve, delete));
        thread.setPadding(new Insets(6));
        thread.setStyle("-fx-background-color: #f6f8fa; -fx-border-color: #d0d7de; -fx-background-radius: 4; -fx-border-radius: 4;");
    }

    private static VBox entry(Annotation a, boolean head) {
        Label who = new Label(a.author() + " · " + AnnotationLabels.roleLabel(a.role())
                + (a.organisation() == null ? "" : " · " + a.organisation()));
        who.setStyle("-fx-font-weight: bold; -fx-text-fill: " + web(PageCanvas.colour(a.role())) + ";");
        Label meta = new Label((head ? AnnotationLabels.kindLabel(a.kind()) + " · "
                + Messages.get("annotation.status." + a.status().name()) + " · " + a.targetId() + " "
                + AnnotationLabels.where(a) + " · " : "") + org.jrw.model.Timestamps.local(a.createdAt(), "yyyy-MM-dd HH:mm"));
        meta.setStyle("-fx-text-fill: #666; -fx-font-size: 0.9em;");
        Label text = new Label(a.note());
        text.setId("annotationThreadNote");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE); // wrap onto as many lines as needed instead of "…"
        who.setWrapText(true);
        meta.setWrapText(true);
        VBox box = new VBox(1, who, meta, text);
        box.setMinWidth(0);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    static String web(javafx.scene.paint.Color c) {
        return String.format("#%02x%02x%02x", (int) (c.getRed() * 255), (int) (c.getGreen() * 255), (int) (c.getBlue() * 255));
    }

    private final class Cell extends ListCell<Annotation> {
        @Override
        protected void updateItem(Annotation a, boolean empty) {
            super.updateItem(a, empty);
            if (empty || a == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Rectangle swatch = new Rectangle(10, 10, PageCanvas.colour(a.role()));
            int replies = vm.replies(a).size();
            setGraphic(swatch);
            setText("[" + AnnotationLabels.kindLabel(a.kind()) + "] " + a.targetId() + " "
                    + AnnotationLabels.where(a) + " · " + a.author()
                    + (a.status() == Annotation.Status.RESOLVED ? " ✓" : "")
                    + (replies > 0 ? " · " + Messages.get("ev.ann.replies", replies) : "")
                    + (vm.onChangedFile(a) ? "\n⚠ " + Messages.get("ev.ann.changedFile") : "")
                    + "\n" + a.note().replace('\n', ' '));
            setWrapText(true);
            setPrefWidth(0);
        }
    }
}
