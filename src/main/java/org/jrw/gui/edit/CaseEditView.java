package org.jrw.gui.edit;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.jrw.i18n.Messages;
import org.jrw.logic.edit.EditFields;
import org.jrw.model.DocumentType;
import org.jrw.model.Dossier;
import org.jrw.model.Evidence;
import org.jrw.model.EvidenceKind;
import org.jrw.model.Finding;
import org.jrw.model.PartyKind;
import org.jrw.model.Violation;

/**
 * The 编辑 tab: forms for every field of the open case with live marks (ControlsFX validation
 * decoration and the reason under the field), provision fields with autocompletion from the law
 * library and the article shown, fines with their statutory range, evidence ↔ violation ticks,
 * documents moved up and down, files replaced, undo/redo (Ctrl+Z / Ctrl+Y) and the 草稿 banner with
 * its 确认 button; the live legality findings on the right. Binds only: the work is the view-model's.
 */
public final class CaseEditView extends BorderPane {
    private final CaseEditViewModel vm;
    private final VBox forms = new VBox(12);
    private ValidationSupport validation = new ValidationSupport();
    /** Listeners this build put on the view-model's fields, removed when the forms are built anew. */
    private final List<Runnable> detach = new java.util.ArrayList<>();
    private final java.util.Map<String, CheckBox> linkBoxes = new java.util.HashMap<>();
    private boolean showing;
    private boolean stale = true;
    private boolean quietLinks;

    public CaseEditView(CaseEditViewModel vm) {
        this.vm = vm;
        setId("caseEdit");
        getStylesheets().add(CaseEditView.class.getResource("edit.css").toExternalForm());
        getStyleClass().add("case-edit");
        setTop(new VBox(banner(), toolbar()));
        forms.setPadding(new Insets(12, 16, 24, 16));
        ScrollPane sp = new ScrollPane(forms);
        sp.setFitToWidth(true);
        sp.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sp.setId("editForms");
        ListView<Finding> list = new ListView<>(vm.findings());
        list.setId("editFindings");
        list.setCellFactory(l -> new FindingCell());
        Label none = new Label(Messages.get("edit.gui.findings.none"));
        none.setWrapText(true);
        list.setPlaceholder(none);
        Label head = new Label(Messages.get("edit.gui.findings"));
        head.getStyleClass().add("section-heading");
        VBox right = new VBox(6, head, list);
        right.setPadding(new Insets(8));
        VBox.setVgrow(list, Priority.ALWAYS);
        SplitPane split = new SplitPane(sp, right);
        split.setDividerPositions(0.72);
        setCenter(split);
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN).match(e)) {
                vm.undo();
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN).match(e)
                    || new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)
                    .match(e)) {
                vm.redo();
                e.consume();
            }
        });
        vm.structureProperty().addListener((o, a, b) -> {
            stale = true;
            if (showing) {
                build();
            }
        });
        vm.dossierProperty().addListener((o, a, d) -> updateLinks(d));
    }

    /**
     * Whether the tab is on screen. The forms (hundreds of controls for a large case) are built only
     * while it is shown; the view-model checks and computes findings only then too.
     */
    public void setShowing(boolean on) {
        showing = on;
        vm.setActive(on);
        if (on && stale) {
            build();
        }
    }

    private void updateLinks(Dossier d) {
        if (d == null) {
            return;
        }
        quietLinks = true;
        try {
            for (Evidence e : d.evidence()) {
                for (Violation v : d.violations()) {
                    CheckBox cb = linkBoxes.get(e.id() + "|" + v.id());
                    if (cb != null) {
                        cb.setSelected(e.proves().contains(v.id()));
                    }
                }
            }
        } finally {
            quietLinks = false;
        }
    }

    /** The id of a field's control: {@code parties[p1].creditCode} → {@code edit_parties_p1__creditCode}. */
    public static String idOf(String path) {
        return "edit_" + path.replaceAll("[^A-Za-z0-9]", "_");
    }

    private Node banner() {
        Label text = new Label(Messages.get("edit.gui.draft.banner"));
        text.getStyleClass().add("draft-text");
        Button confirm = new Button(Messages.get("edit.gui.draft.confirm"));
        confirm.setId("confirmDraft");
        confirm.setOnAction(e -> {
            vm.flush();
            vm.confirm();
        });
        Label problems = new Label();
        problems.setId("draftProblems");
        problems.setWrapText(true);
        problems.textProperty().bind(vm.draftProblemsProperty());
        problems.visibleProperty().bind(vm.draftProblemsProperty().isNotEmpty());
        problems.managedProperty().bind(problems.visibleProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(12, text, gap, confirm);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, row, problems);
        box.setId("draftBanner");
        box.getStyleClass().add("draft-banner");
        box.visibleProperty().bind(vm.draftProperty());
        box.managedProperty().bind(vm.draftProperty());
        return box;
    }

    private Node toolbar() {
        Button undo = new Button(Messages.get("edit.gui.undo"));
        undo.setId("editUndo");
        undo.setOnAction(e -> vm.undo());
        undo.disableProperty().bind(vm.canUndoProperty().not());
        undo.setTooltip(new Tooltip("Ctrl+Z"));
        Button redo = new Button(Messages.get("edit.gui.redo"));
        redo.setId("editRedo");
        redo.setOnAction(e -> vm.redo());
        redo.disableProperty().bind(vm.canRedoProperty().not());
        redo.setTooltip(new Tooltip("Ctrl+Y"));
        Button markDraft = new Button(Messages.get("edit.gui.draft.mark"));
        markDraft.setId("markDraft");
        markDraft.setOnAction(e -> vm.markDraft());
        markDraft.visibleProperty().bind(vm.draftProperty().not().and(vm.dossierProperty().isNotNull()));
        markDraft.managedProperty().bind(markDraft.visibleProperty());
        Label status = new Label();
        status.setId("editStatus");
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add("edit-status");
        status.setTooltip(new Tooltip(Messages.get("edit.gui.autosave")));
        status.setMinWidth(0);
        HBox.setHgrow(status, Priority.ALWAYS);
        for (Button b : List.of(undo, redo, markDraft)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(8, undo, redo, markDraft, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 12, 6, 12));
        bar.getStyleClass().add("edit-toolbar");
        return bar;
    }

    // ------------------------------------------------------------------ forms

    private void build() {
        stale = false;
        detach.forEach(Runnable::run);
        detach.clear();
        linkBoxes.clear();
        validation = new ValidationSupport();
        validation.setValidationDecorator(new GraphicValidationDecoration());
        Dossier d = vm.dossierProperty().get();
        forms.getChildren().clear();
        if (d == null) {
            forms.getChildren().add(new Label(Messages.get("gui.overview.none")));
            return;
        }
        forms.getChildren().add(section(Messages.get("edit.gui.section.case"), grid(vm.itemFields("case"), 2)));

        VBox parties = new VBox(8);
        for (String id : vm.items("parties")) {
            String at = "parties[" + id + "]";
            parties.getChildren().add(card(EditFields.label(org.jrw.logic.edit.EditPath.parse(at)),
                    grid(vm.itemFields(at), 2), removeButton(at)));
        }
        parties.getChildren().add(addButton("parties", "edit.gui.add.party"));
        forms.getChildren().add(section(Messages.get("edit.list.parties"), parties));

        VBox officers = new VBox(6);
        for (String i : vm.items("officers")) {
            String at = "officers[" + i + "]";
            HBox row = new HBox(8, new Label(Integer.toString(Integer.parseInt(i) + 1) + "."),
                    grid(vm.itemFields(at), 2), removeButton(at));
            row.setAlignment(Pos.TOP_LEFT);
            officers.getChildren().add(row);
        }
        officers.getChildren().add(addButton("officers", "edit.gui.add.officer"));
        forms.getChildren().add(section(Messages.get("edit.list.officers"), officers));

        VBox violations = new VBox(8);
        for (String id : vm.items("violations")) {
            String at = "violations[" + id + "]";
            violations.getChildren().add(card(EditFields.label(org.jrw.logic.edit.EditPath.parse(at)),
                    grid(vm.itemFields(at), 1), removeButton(at)));
        }
        violations.getChildren().add(addButton("violations", "edit.gui.add.violation"));
        forms.getChildren().add(section(Messages.get("edit.list.violations"), violations));

        int docs = d.documents().size();
        forms.getChildren().add(lazySection(Messages.get("edit.gui.section.documents") + Messages.paren(docs),
                docs <= EAGER_ITEMS, this::documentCards));
        int items = d.evidence().size();
        forms.getChildren().add(lazySection(Messages.get("edit.gui.section.evidence") + Messages.paren(items),
                items <= EAGER_ITEMS, this::evidenceCards));
        forms.getChildren().add(lazySection(Messages.get("edit.gui.section.links"),
                items * Math.max(1, d.violations().size()) <= EAGER_ITEMS * 4, () -> links(vm.dossierProperty().get())));
    }

    /** Sections of more items than this are built when first opened (CSS and layout of ~6 controls per item). */
    static final int EAGER_ITEMS = 10;

    private static TitledPane lazySection(String title, boolean eager, java.util.function.Supplier<Node> content) {
        if (eager) {
            return section(title, content.get());
        }
        TitledPane tp = section(title, new Label(Messages.get("edit.gui.section.closed")));
        tp.setExpanded(false);
        tp.expandedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now) {
                    o.removeListener(this);
                    tp.setContent(content.get());
                }
            }
        });
        return tp;
    }

    private Node documentCards() {
        Dossier d = vm.dossierProperty().get();
        VBox documents = new VBox(8);
        List<String> docIds = vm.items("documents");
        for (int i = 0; i < docIds.size(); i++) {
            String id = docIds.get(i);
            String at = "documents[" + id + "]";
            Button up = small("▲", "edit.gui.up", "up_" + id, () -> vm.move("documents", id, -1));
            up.setDisable(i == 0);
            Button down = small("▼", "edit.gui.down", "down_" + id, () -> vm.move("documents", id, 1));
            down.setDisable(i == docIds.size() - 1);
            String file = d.document(id).map(x -> x.file()).orElse("");
            Node card = card((i + 1) + ". " + EditFields.label(org.jrw.logic.edit.EditPath.parse(at))
                    + "  " + file, grid(vm.itemFields(at), 2), up, down, replaceButton(at));
            draggable(card, id, i);
            documents.getChildren().add(card);
        }
        return documents;
    }

    /** A document card can be dragged by its title row and dropped on another card to take its place. */
    private void draggable(Node card, String id, int position) {
        Node head = ((VBox) card).getChildren().get(0);
        head.setOnDragDetected(e -> {
            javafx.scene.input.Dragboard db = head.startDragAndDrop(javafx.scene.input.TransferMode.MOVE);
            javafx.scene.input.ClipboardContent c = new javafx.scene.input.ClipboardContent();
            c.putString("jrw-document:" + id);
            db.setContent(c);
            e.consume();
        });
        card.setOnDragOver(e -> {
            String s = e.getDragboard().getString();
            if (s != null && s.startsWith("jrw-document:")) {
                if (!s.equals("jrw-document:" + id)) {
                    e.acceptTransferModes(javafx.scene.input.TransferMode.MOVE);
                }
                e.consume(); // files dragged from outside go on to the window (import, intake)
            }
        });
        card.setOnDragDropped(e -> {
            String s = e.getDragboard().getString();
            if (s != null && s.startsWith("jrw-document:")) {
                vm.moveTo("documents", s.substring("jrw-document:".length()), position);
                e.setDropCompleted(true);
                e.consume();
            }
        });
    }

    private Node evidenceCards() {
        Dossier d = vm.dossierProperty().get();
        VBox evidence = new VBox(8);
        for (String id : vm.items("evidence")) {
            String at = "evidence[" + id + "]";
            String file = d.evidenceItem(id).map(Evidence::file).orElse("");
            evidence.getChildren().add(card(EditFields.label(org.jrw.logic.edit.EditPath.parse(at)) + "  " + file,
                    grid(vm.itemFields(at), 2), replaceButton(at)));
        }
        return evidence;
    }

    private static TitledPane section(String title, Node content) {
        TitledPane tp = new TitledPane(title, content);
        tp.setCollapsible(true);
        tp.getStyleClass().add("edit-section");
        return tp;
    }

    private static Node card(String title, Node body, Node... actions) {
        Label t = new Label(title);
        t.getStyleClass().add("card-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(6, t, gap);
        head.getChildren().addAll(actions);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, head, body);
        box.getStyleClass().add("card");
        return box;
    }

    private Button removeButton(String itemPath) {
        return small("✕", "edit.gui.remove", "remove_" + itemPath.replaceAll("[^A-Za-z0-9]", "_"),
                () -> vm.remove(itemPath));
    }

    private Button addButton(String collection, String key) {
        Button b = new Button(Messages.get(key));
        b.setId("add_" + collection);
        b.setOnAction(e -> vm.add(collection));
        return b;
    }

    private Button replaceButton(String itemPath) {
        Button b = new Button(Messages.get("edit.gui.replaceFile"));
        b.setId("replace_" + itemPath.replaceAll("[^A-Za-z0-9]", "_"));
        b.setOnAction(e -> org.jrw.gui.FxDialogService.of(this).openFile(Messages.get("edit.gui.replaceFile"),
                java.util.List.of()).ifPresent(f -> vm.replaceFile(itemPath, f)));
        return b;
    }

    private static Button small(String text, String tipKey, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(Messages.get(tipKey)));
        b.setOnAction(e -> action.run());
        b.getStyleClass().add("small-button");
        return b;
    }

    /** Label and editor of each field, {@code columns} pairs per row; the reason and hint under the editor. */
    private GridPane grid(List<CaseEditViewModel.Field> fields, int columns) {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        int i = 0;
        for (CaseEditViewModel.Field f : fields) {
            int col = (i % columns) * 2;
            int row = i / columns;
            Label l = new Label(f.label());
            l.getStyleClass().add("field-label");
            l.setMinWidth(Region.USE_PREF_SIZE);
            g.add(l, col, row);
            g.add(editor(f), col + 1, row);
            i++;
        }
        for (int c = 0; c < columns; c++) {
            javafx.scene.layout.ColumnConstraints lc = new javafx.scene.layout.ColumnConstraints();
            lc.setMinWidth(Region.USE_PREF_SIZE);
            // the editors share what is left; their width never comes from a long reason or article text
            javafx.scene.layout.ColumnConstraints ec = new javafx.scene.layout.ColumnConstraints(90, 120,
                    Double.MAX_VALUE);
            ec.setHgrow(Priority.ALWAYS);
            ec.setFillWidth(true);
            g.getColumnConstraints().addAll(lc, ec);
        }
        return g;
    }

    private Node editor(CaseEditViewModel.Field f) {
        Control c;
        switch (f.type()) {
            case BOOLEAN -> c = combo(f, List.of("", Messages.get("edit.gui.yes"), Messages.get("edit.gui.no")), false);
            case PARTY_KIND -> c = combo(f, List.of(PartyKind.UNIT.labelZh(), PartyKind.PERSON.labelZh()), false);
            case DOCUMENT_TYPE -> c = combo(f, java.util.Arrays.stream(DocumentType.values())
                    .map(DocumentType::labelZh).toList(), false);
            case EVIDENCE_TYPE -> c = combo(f, java.util.Arrays.stream(EvidenceKind.values())
                    .map(EvidenceKind::labelZh).toList(), true);
            case PARTY_REF -> c = combo(f, vm.items("parties"), false);
            default -> {
                TextInputControl t;
                if (f.path().endsWith(".facts")) {
                    TextArea a = new TextArea();
                    a.setWrapText(true);
                    a.setPrefRowCount(3);
                    t = a;
                } else {
                    t = new TextField();
                }
                t.textProperty().bindBidirectional(f.textProperty());
                t.focusedProperty().addListener((o, was, now) -> {
                    if (!now) {
                        vm.flush();
                    }
                });
                if (t instanceof TextField tf) {
                    tf.setOnAction(e -> vm.flush());
                    if (f.type() == EditFields.Type.PROVISION) {
                        TextFields.bindAutoCompletion(tf, req -> vm.suggestProvisions(req.getUserText(), f.path()));
                    }
                    if (f.type() == EditFields.Type.DATE) {
                        tf.setPromptText(Messages.get("edit.gui.datePrompt"));
                    }
                }
                c = t;
            }
        }
        c.setId(idOf(f.path()));
        c.setMaxWidth(Double.MAX_VALUE);
        // ControlsFX decoration (the mark in the field's corner, the reason as its tooltip); the
        // validator reads the view-model's problem and is re-run when it changes
        ValidationSupport support = validation;
        support.registerValidator(c, false, (Control x, Object v) -> ValidationResult.fromMessageIf(x,
                f.problemProperty().get(), "error".equals(f.levelProperty().get()) ? Severity.ERROR
                        : Severity.WARNING, !f.problemProperty().get().isEmpty()));
        javafx.beans.value.ChangeListener<String> revalidate = (o, a, b) -> support.revalidate(c);
        f.problemProperty().addListener(revalidate);
        detach.add(() -> f.problemProperty().removeListener(revalidate));
        Label reason = new Label();
        reason.setId(idOf(f.path()) + "_reason");
        reason.setWrapText(true);
        reason.setMinWidth(0);
        reason.setPrefWidth(0);
        reason.setMaxWidth(Double.MAX_VALUE);
        reason.textProperty().bind(f.problemProperty());
        reason.visibleProperty().bind(f.problemProperty().isNotEmpty());
        reason.managedProperty().bind(reason.visibleProperty());
        reason.styleProperty().bind(Bindings.when(f.levelProperty().isEqualTo("error"))
                .then("-fx-text-fill: #cf222e;").otherwise("-fx-text-fill: #9a6700;"));
        Label hint = new Label();
        hint.setId(idOf(f.path()) + "_hint");
        hint.setWrapText(true);
        hint.setMinWidth(0);
        hint.setPrefWidth(0);
        hint.setMaxWidth(Double.MAX_VALUE);
        hint.getStyleClass().add("hint");
        hint.textProperty().bind(f.hintProperty());
        hint.visibleProperty().bind(f.hintProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());
        return new VBox(2, c, reason, hint);
    }

    /** A choice of fixed values (a light ChoiceBox), or of suggested values one may also type (an editable ComboBox). */
    private Control combo(CaseEditViewModel.Field f, List<String> items, boolean editable) {
        List<String> all = new java.util.ArrayList<>(items);
        if (!all.contains(f.text()) && !f.text().isEmpty()) {
            all.add(f.text());
        }
        javafx.beans.property.ObjectProperty<String> value;
        Control c;
        if (editable) {
            ComboBox<String> cb = new ComboBox<>();
            cb.getItems().setAll(all);
            cb.setEditable(true);
            value = cb.valueProperty();
            c = cb;
        } else {
            javafx.scene.control.ChoiceBox<String> cb = new javafx.scene.control.ChoiceBox<>();
            cb.getItems().setAll(all);
            value = cb.valueProperty();
            c = cb;
        }
        value.set(f.text());
        value.addListener((o, a, b) -> {
            if (b != null && !b.equals(f.text())) {
                f.textProperty().set(b);
                vm.flush();
            }
        });
        javafx.beans.value.ChangeListener<String> follow = (o, a, b) -> {
            if (b != null && !b.equals(value.get())) {
                value.set(b);
            }
        };
        f.textProperty().addListener(follow);
        detach.add(() -> f.textProperty().removeListener(follow));
        return c;
    }

    /** Evidence as columns, violations as rows, a tick where the evidence proves the violation. */
    private Node links(Dossier d) {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(6);
        int col = 1;
        for (Evidence e : d.evidence()) {
            Label h = new Label(e.id());
            h.setTooltip(new Tooltip(e.title()));
            g.add(h, col++, 0);
        }
        int row = 1;
        for (Violation v : d.violations()) {
            String facts = v.facts() == null ? "" : v.facts();
            Label vl = new Label(v.id() + "  " + (facts.length() > 12 ? facts.substring(0, 12) + "…" : facts));
            vl.setTooltip(new Tooltip(facts));
            g.add(vl, 0, row);
            col = 1;
            for (Evidence e : d.evidence()) {
                CheckBox cb = new CheckBox();
                cb.setId("editLink_" + e.id() + "_" + v.id());
                cb.setAccessibleText(Messages.get("ux.a11y.proves", e.id() + " " + e.title(), v.id()));
                cb.setSelected(e.proves().contains(v.id()));
                cb.selectedProperty().addListener((o, was, now) -> {
                    if (!quietLinks) {
                        vm.link(e.id(), v.id(), now);
                    }
                });
                linkBoxes.put(e.id() + "|" + v.id(), cb);
                g.add(cb, col++, row);
            }
            row++;
        }
        if (d.violations().isEmpty() || d.evidence().isEmpty()) {
            return new Label(Messages.get("gui.none"));
        }
        // many evidence items: the grid scrolls sideways instead of widening the form
        ScrollPane sp = new ScrollPane(g);
        sp.setFitToHeight(true);
        sp.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sp.setMinWidth(0);
        sp.setPrefViewportHeight(g.prefHeight(-1) + 40);
        return sp;
    }

    private static final class FindingCell extends ListCell<Finding> {
        @Override
        protected void updateItem(Finding f, boolean empty) {
            super.updateItem(f, empty);
            getStyleClass().removeAll("finding-error", "finding-warning", "finding-info");
            if (empty || f == null) {
                setText(null);
                return;
            }
            getStyleClass().add("finding-" + f.severity().name().toLowerCase(java.util.Locale.ROOT));
            setWrapText(true);
            setPrefWidth(0);
            setText("【" + f.category() + "】" + f.message());
        }
    }
}
