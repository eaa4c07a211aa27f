package org.jrw.gui.review;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.jrw.i18n.Messages;
import org.jrw.logic.signing.OpinionVerifier;
import org.jrw.model.Annotation;
import org.jrw.model.Role;
import org.jrw.model.review.Conclusion;
import org.jrw.model.review.MemberView;
import org.jrw.model.review.PanelMember;
import org.jrw.model.review.Recommendation;
import org.jrw.model.review.Review;
import org.jrw.model.review.ReviewPoint;
import org.jrw.model.review.ViewKind;

/**
 * The joint review tab (联审): a toolbar with the opinion's state and the actions (生成意见书, 签名,
 * 验证), then the review points grid (points × members, the checks' findings and annotations
 * beside each point), the panel, the conclusion with the recommended penalty, and the
 * verification panel. Binds to {@link ReviewViewModel}; all work happens there, in the background.
 */
public final class ReviewView extends BorderPane {
    private final ReviewViewModel vm;
    private final TabPane tabs = new TabPane();
    private final Tab pointsTab;
    private final Tab panelTab;
    private final Tab conclusionTab;
    private final Tab opinionTab;

    // points grid
    private final GridPane grid = new GridPane();
    private final Map<String, ViewCell> cells = new LinkedHashMap<>();
    private final Map<ReviewPoint, Label> pointStates = new EnumMap<>(ReviewPoint.class);
    private final Map<ReviewPoint, VBox> besides = new EnumMap<>(ReviewPoint.class);
    private final Label editHint = new Label();
    private List<String> gridKey;

    // panel
    private final TableView<PanelMember> memberTable = new TableView<>();
    private final TextField newName = new TextField();
    private final TextField newOrg = new TextField();
    private final ComboBox<Role> newRole = ReviewDialogs.roleBox();

    // conclusion
    private final ComboBox<Conclusion> conclusion = new ComboBox<>();
    private final TextField penalty = new TextField();
    private final TextField fine = new TextField();
    private final TextField statutoryRange = new TextField();
    private final TextField benchmarkBand = new TextField();
    private final TextArea mitigating = new TextArea();
    private final TextArea aggravating = new TextArea();
    private final TextArea reasoning = new TextArea();
    private final TextArea precedents = new TextArea();
    private final Label conclusionNote = new Label();
    private boolean formDirty;
    private boolean fillingForm;
    private boolean restoring;

    // verification
    private final TableView<OpinionVerifier.Entry> signatures = new TableView<>();
    private final Label verifyFile = new Label();
    private final Label integrity = new Label();
    private final Label completeness = new Label();
    private final Label verifyDraft = new Label();
    private final VBox problems = new VBox(4);

    public ReviewView(ReviewViewModel vm) {
        this.vm = vm;
        setId("reviewView");
        getStyleClass().add("review-view");
        getStylesheets().add(Objects.requireNonNull(ReviewView.class.getResource("review.css")).toExternalForm());
        vm.setDialogs(new org.jrw.gui.FxDialogService(this::window));
        setTop(toolbar());
        pointsTab = new Tab(Messages.get("review.gui.tab.points"), pointsPane());
        pointsTab.setId("reviewPointsTab");
        panelTab = new Tab(Messages.get("review.gui.tab.panel"), panelPane());
        panelTab.setId("reviewPanelTab");
        conclusionTab = new Tab(Messages.get("review.gui.tab.conclusion"), conclusionPane());
        conclusionTab.setId("reviewConclusionTab");
        opinionTab = new Tab(Messages.get("review.gui.tab.opinion"), verifyPane());
        opinionTab.setId("reviewOpinionTab");
        tabs.getTabs().addAll(pointsTab, panelTab, conclusionTab, opinionTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("review-tabs");
        tabs.setId("reviewTabs");
        setCenter(tabs);
        vm.reviewProperty().addListener((o, a, r) -> showReview(r));
        vm.restoredProperty().addListener((o, a, n) -> restore());
        vm.annotations().addListener((javafx.collections.ListChangeListener<Annotation>) c -> fillBesides());
        vm.findings().addListener((javafx.collections.ListChangeListener<org.jrw.model.Finding>) c -> fillBesides());
        vm.reportProperty().addListener((o, a, r) -> showReport(r));
        showReview(vm.review());
        showReport(vm.reportProperty().get());
    }

    public ReviewViewModel viewModel() {
        return vm;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    // ------------------------------------------------------------------ toolbar

    private Node toolbar() {
        Label status = new Label();
        status.setId("reviewStatus");
        status.textProperty().bind(vm.statusProperty());
        status.setWrapText(true);
        status.getStyleClass().add("review-status");
        vm.draftProperty().addListener((o, a, d) -> draftStyle(status, d));
        draftStyle(status, vm.draftProperty().get());
        Label msg = new Label();
        msg.setId("reviewMessage");
        msg.textProperty().bind(vm.messageProperty());
        msg.getStyleClass().add("review-message");
        msg.setWrapText(true);
        Button render = new Button(Messages.get("review.gui.action.render"));
        render.setId("renderButton");
        render.setOnAction(e -> chooseRender());
        Button sign = new Button(Messages.get("review.gui.action.sign"));
        sign.setId("signButton");
        sign.setOnAction(e -> chooseSign());
        Button verify = new Button(Messages.get("review.gui.action.verify"));
        verify.setId("verifyButton");
        verify.setOnAction(e -> chooseVerify());
        render.disableProperty().bind(vm.reviewProperty().isNull().or(vm.busyProperty()));
        sign.disableProperty().bind(vm.reviewProperty().isNull().or(vm.busyProperty()).or(vm.draftProperty()));
        verify.disableProperty().bind(vm.busyProperty());
        render.setTooltip(new Tooltip(Messages.get("review.gui.action.renderTip")));
        Node signHolder = SignGate.explain(sign, vm);
        verify.setTooltip(new Tooltip(Messages.get("review.gui.action.verifyTip")));
        render.getStyleClass().add("review-primary");
        VBox left = new VBox(2, status, msg);
        HBox.setHgrow(left, Priority.ALWAYS);
        left.setMaxWidth(Double.MAX_VALUE);
        HBox buttons = new HBox(6, render, signHolder, verify);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(12, left, buttons);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.getStyleClass().add("review-toolbar");
        return bar;
    }

    private static void draftStyle(Label l, boolean draft) {
        l.getStyleClass().removeAll("review-draft", "review-ready");
        l.getStyleClass().add(draft ? "review-draft" : "review-ready");
    }

    private void chooseRender() {
        FileChooser fc = pdfChooser();
        fc.setInitialFileName(vm.suggestedName());
        Path last = vm.lastPdfProperty().get();
        if (last != null && last.toAbsolutePath().getParent() != null) {
            fc.setInitialDirectory(last.toAbsolutePath().getParent().toFile());
        }
        File f = fc.showSaveDialog(window());
        if (f != null) {
            vm.render(f.toPath());
            tabs.getSelectionModel().select(opinionTab);
        }
    }

    private void chooseSign() {
        Path pdf = vm.lastPdfProperty().get();
        if (pdf == null) {
            FileChooser fc = pdfChooser();
            fc.setTitle(Messages.get("review.gui.sign.choosePdf"));
            File f = fc.showOpenDialog(window());
            if (f == null) {
                return;
            }
            pdf = f.toPath();
        }
        List<PanelMember> members = vm.members();
        if (members.isEmpty()) {
            vm.messageProperty().set(Messages.get("review.gui.why.noPanel"));
            return;
        }
        PanelMember preferred = members.stream().filter(m -> vm.identity() != null
                && m.name().equals(vm.identity().name())).findFirst().orElse(null);
        Path in = pdf;
        ReviewDialogs.sign(window(), members, preferred, in, vm::keystoreOf).ifPresent(req -> {
            FileChooser out = pdfChooser();
            out.setTitle(Messages.get("review.gui.sign.saveAs"));
            out.setInitialFileName(ReviewViewModel.signedName(in, signedCount() + 1));
            if (in.toAbsolutePath().getParent() != null) {
                out.setInitialDirectory(in.toAbsolutePath().getParent().toFile());
            }
            File f = out.showSaveDialog(window());
            if (f == null) {
                java.util.Arrays.fill(req.password(), '\0');
                return;
            }
            vm.sign(req.member(), in, req.keystore(), req.password(), f.toPath());
            tabs.getSelectionModel().select(opinionTab);
        });
    }

    private int signedCount() {
        OpinionVerifier.Report r = vm.reportProperty().get();
        return r == null ? 0 : r.signed();
    }

    private void chooseVerify() {
        FileChooser fc = pdfChooser();
        fc.setTitle(Messages.get("review.gui.verify.choose"));
        File f = fc.showOpenDialog(window());
        if (f != null) {
            vm.verify(f.toPath());
            tabs.getSelectionModel().select(opinionTab);
        }
    }

    private static FileChooser pdfChooser() {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF (*.pdf)", "*.pdf"));
        return fc;
    }

    // ------------------------------------------------------------------ review points grid

    private Node pointsPane() {
        grid.setId("reviewGrid");
        grid.getStyleClass().add("review-grid");
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(10, 12, 12, 12));
        editHint.getStyleClass().add("review-hint");
        editHint.setWrapText(true);
        VBox box = new VBox(6, editHint, grid);
        box.setPadding(new Insets(8, 0, 0, 12));
        ScrollPane sp = new ScrollPane(box);
        sp.setFitToWidth(true);
        sp.setId("reviewPointsPane");
        return sp;
    }

    /** A refused change: the stored review over what was typed, the conclusion form included. */
    private void restore() {
        formDirty = false;
        restoring = true;
        try {
            showReview(vm.review());
        } finally {
            restoring = false;
        }
    }

    private void showReview(Review r) {
        List<PanelMember> members = r == null ? List.of() : r.members();
        List<String> key = new ArrayList<>();
        members.forEach(m -> key.add(m.id() + "|" + m.name() + "|" + m.role() + "|" + vm.canEdit(m)));
        if (!key.equals(gridKey)) {
            gridKey = key;
            buildGrid(members);
        }
        for (ViewCell c : cells.values()) {
            c.show(r == null ? null : r.view(c.point, c.member.id()).orElse(null));
        }
        for (ReviewPoint p : ReviewPoint.values()) {
            Label st = pointStates.get(p);
            if (st == null) {
                continue;
            }
            st.getStyleClass().removeAll("state-open", "state-disputed", "state-agreed");
            if (r == null || r.isOpen(p)) {
                long done = r == null ? 0 : r.members().stream().filter(m -> r.view(p, m.id()).isPresent()).count();
                st.setText(Messages.get("review.gui.point.open", done, members.size()));
                st.getStyleClass().add("state-open");
            } else if (r.isDisputed(p)) {
                st.setText(Messages.get("review.gui.point.disputed"));
                st.getStyleClass().add("state-disputed");
            } else {
                st.setText(Messages.get("review.gui.point.agreed"));
                st.getStyleClass().add("state-agreed");
            }
        }
        var id = vm.identity();
        editHint.setText(id == null ? Messages.get("ux.review.noIdentity", org.jrw.gui.Labels.preferencesMenu())
                : id.role() == Role.CHAIR ? Messages.get("review.gui.edit.chair", id.name())
                : members.stream().anyMatch(m -> m.name().equals(id.name()))
                ? Messages.get("review.gui.edit.own", id.name())
                : Messages.get("review.gui.edit.notMember", id.name()));
        memberTable.getItems().setAll(members);
        fillForm(r);
        fillBesides();
    }

    private void buildGrid(List<PanelMember> members) {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        cells.clear();
        pointStates.clear();
        besides.clear();
        ColumnConstraints pointCol = new ColumnConstraints(130, 150, 170);
        grid.getColumnConstraints().add(pointCol);
        // no panel yet: one column saying so, the checks and annotations beside it still shown
        int memberCols = Math.max(1, members.size());
        int besideCol = memberCols + 1;
        for (int i = 0; i < memberCols; i++) {
            ColumnConstraints c = new ColumnConstraints(150, 200, Double.MAX_VALUE);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
        }
        grid.getColumnConstraints().add(new ColumnConstraints(170, 210, 260));
        Label corner = new Label(Messages.get("review.gui.grid.point"));
        corner.getStyleClass().add("grid-head");
        grid.add(corner, 0, 0);
        for (int i = 0; i < members.size(); i++) {
            PanelMember m = members.get(i);
            Label name = new Label(m.name());
            name.getStyleClass().add("grid-head");
            Label role = new Label(ReviewViewModel.roleLabel(m.role()) + (vm.canEdit(m) ? "" : " · "
                    + Messages.get("review.gui.grid.readOnly")));
            role.getStyleClass().add("grid-sub");
            VBox head = new VBox(1, name, role);
            grid.add(head, i + 1, 0);
        }
        Label beside = new Label(Messages.get("review.gui.grid.beside"));
        beside.getStyleClass().add("grid-head");
        grid.add(beside, besideCol, 0);
        if (members.isEmpty()) {
            Label empty = new Label(Messages.get("review.gui.grid.noMembers"));
            empty.getStyleClass().add("review-empty");
            empty.setWrapText(true);
            empty.setId("reviewNoMembers");
            GridPane.setValignment(empty, javafx.geometry.VPos.TOP);
            grid.add(empty, 1, 1, 1, ReviewPoint.values().length);
        }
        int row = 1;
        for (ReviewPoint p : ReviewPoint.values()) {
            Label name = new Label(ReviewViewModel.pointLabel(p));
            name.getStyleClass().add("point-name");
            name.setWrapText(true);
            Label state = new Label();
            state.getStyleClass().add("point-state");
            pointStates.put(p, state);
            VBox head = new VBox(4, name, state);
            head.getStyleClass().add("point-head");
            grid.add(head, 0, row);
            for (int i = 0; i < members.size(); i++) {
                PanelMember m = members.get(i);
                ViewCell c = new ViewCell(p, m, vm.canEdit(m));
                cells.put(p.name() + "/" + m.id(), c);
                grid.add(c.root, i + 1, row);
            }
            VBox side = new VBox(4);
            side.getStyleClass().add("point-beside");
            besides.put(p, side);
            grid.add(side, besideCol, row);
            row++;
        }
    }

    /** The checks' findings of each point's category and the annotations that concern it. */
    private void fillBesides() {
        for (Map.Entry<ReviewPoint, VBox> e : besides.entrySet()) {
            ReviewPoint p = e.getKey();
            VBox side = e.getValue();
            List<org.jrw.model.Finding> fs = ReviewViewModel.findingsFor(p, vm.findings());
            Node findings;
            if (vm.findingsErrorProperty().get() != null) {
                Label l = new Label(Messages.get("review.gui.findings.failed", vm.findingsErrorProperty().get()));
                l.getStyleClass().add("review-error");
                l.setWrapText(true);
                findings = l;
            } else if (fs.isEmpty()) {
                Label l = new Label(Messages.get("review.gui.findings.none", org.jrw.gui.Labels.checkCategory(p.findingCategory())));
                l.getStyleClass().add("review-empty");
                l.setWrapText(true);
                findings = l;
            } else {
                long errors = fs.stream().filter(f -> f.severity() == org.jrw.model.Severity.ERROR).count();
                Hyperlink l = new Hyperlink(Messages.get("review.gui.findings.count", org.jrw.gui.Labels.checkCategory(p.findingCategory()), fs.size(),
                        errors));
                l.setId("findings-" + p.name());
                l.setWrapText(true);
                l.getStyleClass().add(errors > 0 ? "findings-error" : "findings-warning");
                List<String> lines = fs.stream().map(f -> "[" + Messages.get("review.gui.severity." + f.severity().name())
                        + "] " + f.code() + " " + f.message() + (f.basis() == null ? "" : "（" + f.basis() + "）")).toList();
                l.setTooltip(new Tooltip(String.join("\n", lines.stream().limit(12).toList())));
                l.setOnAction(ev -> {
                    Alert a = new Alert(Alert.AlertType.INFORMATION);
                    a.initOwner(window());
                    String title = Messages.get("review.gui.findings.title", ReviewViewModel.pointLabel(p));
                    a.setTitle(title);
                    a.setHeaderText(title);
                    TextArea t = new TextArea(String.join("\n", lines));
                    t.setEditable(false);
                    t.setWrapText(true);
                    t.setPrefSize(560, 300);
                    a.getDialogPane().setContent(t);
                    a.show();
                });
                findings = l;
            }
            List<Annotation> list = ReviewViewModel.annotationsFor(p, vm.annotations(), vm.dossierProperty().get());
            long open = list.stream().filter(a -> a.status() == Annotation.Status.OPEN).count();
            Node ann;
            if (list.isEmpty()) {
                Label none = new Label(Messages.get("review.gui.annotations.none"));
                none.getStyleClass().add("review-empty");
                ann = none;
            } else {
                Hyperlink link = new Hyperlink(Messages.get("review.gui.annotations.count", list.size(), open));
                link.setId("annotations-" + p.name());
                link.setWrapText(true);
                StringBuilder tip = new StringBuilder();
                list.stream().limit(12).forEach(a -> tip.append(annotationLine(a)).append('\n'));
                link.setTooltip(new Tooltip(tip.toString().strip()));
                link.setOnAction(ev -> {
                    Alert a = new Alert(Alert.AlertType.INFORMATION);
                    a.initOwner(window());
                    a.setTitle(Messages.get("review.gui.annotations.title", ReviewViewModel.pointLabel(p)));
                    a.setHeaderText(Messages.get("review.gui.annotations.title", ReviewViewModel.pointLabel(p)));
                    TextArea t = new TextArea(String.join("\n", list.stream().map(ReviewView::annotationLine).toList()));
                    t.setEditable(false);
                    t.setWrapText(true);
                    t.setPrefSize(560, 300);
                    a.getDialogPane().setContent(t);
                    a.show();
                });
                ann = link;
            }
            side.getChildren().setAll(findings, ann);
        }
    }

    private static String annotationLine(Annotation a) {
        String where = a.targetId() + (a.page() != null ? " p." + a.page() : "");
        return "[" + Messages.get("review.gui.annotation.kind." + a.kind().name()) + "] " + where + " · "
                + (a.author() == null ? "" : a.author()) + "：" + (a.note() == null ? "" : a.note())
                + (a.status() == Annotation.Status.RESOLVED ? "（" + Messages.get("review.gui.annotation.resolved") + "）" : "");
    }

    /** One member's view on one point: a chooser and the text, or the recorded view read-only. */
    private final class ViewCell {
        final ReviewPoint point;
        final PanelMember member;
        final boolean editable;
        final VBox root = new VBox(4);
        final ComboBox<ViewKind> kind = new ComboBox<>();
        final TextArea text = new TextArea();
        final Label badge = new Label();
        final Label shown = new Label();
        final Label hint = new Label();
        MemberView current;
        boolean updating;

        ViewCell(ReviewPoint point, PanelMember member, boolean editable) {
            this.point = point;
            this.member = member;
            this.editable = editable;
            root.setId("cell-" + point.name() + "-" + member.id());
            root.widthProperty().addListener((o, a, b) -> {
                if (editable) {
                    fitText();
                }
            });
            root.getStyleClass().add("view-cell");
            badge.getStyleClass().add("view-badge");
            badge.setMinWidth(Region.USE_PREF_SIZE);
            hint.getStyleClass().add("review-error");
            hint.setWrapText(true);
            hint.setManaged(false);
            hint.setVisible(false);
            if (editable) {
                kind.setId("view-" + point.name() + "-" + member.id());
                kind.getItems().setAll(ViewKind.values());
                kind.setPromptText(Messages.get("review.gui.view.none"));
                kind.setMaxWidth(Double.MAX_VALUE);
                kind.setConverter(new StringConverter<>() {
                    @Override
                    public String toString(ViewKind k) {
                        return ReviewViewModel.viewLabel(k);
                    }

                    @Override
                    public ViewKind fromString(String s) {
                        return null;
                    }
                });
                kind.setButtonCell(new ListCell<>() {
                    @Override
                    protected void updateItem(ViewKind k, boolean empty) {
                        super.updateItem(k, empty);
                        setText(empty || k == null ? Messages.get("review.gui.view.none") : ReviewViewModel.viewLabel(k));
                    }
                });
                text.setId("text-" + point.name() + "-" + member.id());
                text.setWrapText(true);
                text.setPrefRowCount(2);
                text.textProperty().addListener((o, a, b) -> fitText());
                fitText();
                text.setTooltip(new Tooltip(Messages.get("review.gui.view.textTip")));
                text.setPromptText(Messages.get("review.gui.view.textPrompt"));
                kind.valueProperty().addListener((o, a, b) -> {
                    style(b);
                    if (!updating) {
                        commit();
                    }
                });
                text.focusedProperty().addListener((o, a, f) -> {
                    if (!f && !updating) {
                        commit();
                    }
                });
                text.setOnKeyPressed(e -> {
                    if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                        commit();
                        e.consume();
                    }
                });
                HBox top = new HBox(6, kind, badge);
                top.setAlignment(Pos.CENTER_LEFT);
                HBox.setHgrow(kind, Priority.ALWAYS);
                root.getChildren().addAll(top, text, hint);
            } else {
                shown.setWrapText(true);
                shown.getStyleClass().add("view-text");
                Label kindLabel = new Label();
                kindLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> ReviewViewModel.viewLabel(kind.getValue()), kind.valueProperty()));
                kindLabel.getStyleClass().add("view-kind");
                HBox top = new HBox(6, kindLabel, badge);
                top.setAlignment(Pos.CENTER_LEFT);
                root.getChildren().addAll(top, shown);
                kind.valueProperty().addListener((o, a, b) -> style(b));
            }
            style(null);
        }

        /** Two lines for short views, up to six for long reasons, so a dissent reads without scrolling. */
        private void fitText() {
            String t = text.getText() == null ? "" : text.getText();
            double width = Math.max(120, root.getWidth() - 24);
            double perLine = Math.max(6, width / 15.5);
            int lines = (int) Math.ceil(t.length() / perLine + 0.4) + (int) t.chars().filter(ch -> ch == '\n').count();
            double h = 10 + 20 * Math.max(2, Math.min(6, lines));
            text.setPrefHeight(h);
            text.setMinHeight(h);
        }

        void show(MemberView v) {
            if (!restoring && editable && text.isFocused() && current != null && v != null && v.kind() == kind.getValue()) {
                current = v;
                return;
            }
            current = v;
            updating = true;
            try {
                kind.setValue(v == null ? null : v.kind());
                text.setText(v == null ? "" : v.text());
                shown.setText(v == null ? "" : v.text());
                style(v == null ? null : v.kind());
                setHint(null);
            } finally {
                updating = false;
            }
        }

        private void style(ViewKind k) {
            root.getStyleClass().removeAll("view-agree", "view-object", "view-supplement", "view-none");
            root.getStyleClass().add(k == null ? "view-none" : switch (k) {
                case AGREE -> "view-agree";
                case OBJECT -> "view-object";
                case SUPPLEMENT -> "view-supplement";
            });
            badge.setText(k == ViewKind.OBJECT ? Messages.get("review.gui.dissent") : "");
            badge.setVisible(k == ViewKind.OBJECT);
        }

        private void setHint(String s) {
            hint.setText(s == null ? "" : s);
            hint.setVisible(s != null);
            hint.setManaged(s != null);
        }

        /** Records the view when it is complete (a reason for 有异议 and 补充意见) and changed. */
        void commit() {
            ViewKind k = kind.getValue();
            String t = text.getText() == null ? "" : text.getText().strip();
            if (k == null) {
                return;
            }
            if (k != ViewKind.AGREE && t.isEmpty()) {
                setHint(Messages.get("review.view.textRequired", ReviewViewModel.viewLabel(k)));
                return;
            }
            setHint(null);
            if (current != null && current.kind() == k && current.text().equals(t)) {
                return;
            }
            vm.recordView(member, point, k, t);
        }
    }

    // ------------------------------------------------------------------ panel

    private Node panelPane() {
        memberTable.setId("memberTable");
        memberTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        memberTable.getColumns().add(column(Messages.get("review.gui.member.name"), m -> m.name(), 120));
        memberTable.getColumns().add(column(Messages.get("review.gui.member.org"), m -> m.organisation() == null ? ""
                : m.organisation(), 200));
        memberTable.getColumns().add(column(Messages.get("review.gui.member.role"),
                m -> ReviewViewModel.roleLabel(m.role()), 120));
        memberTable.getColumns().add(column(Messages.get("review.gui.member.certificate"), m -> m.certificateSha256() == null
                ? Messages.get("review.gui.member.noCertificate")
                : m.certificateSubject() + " · SHA-256 " + m.certificateSha256().substring(0, 16) + "…", 300));
        memberTable.setPlaceholder(new Label(Messages.get("review.gui.grid.noMembers")));
        memberTable.setPrefHeight(220);

        Label composition = new Label();
        composition.setId("compositionLabel");
        composition.textProperty().bind(vm.compositionProperty());
        composition.setWrapText(true);
        vm.compositionOkProperty().addListener((o, a, ok) -> compositionStyle(composition, ok));
        compositionStyle(composition, vm.compositionOkProperty().get());

        newName.setId("memberName");
        newName.setPromptText(Messages.get("review.gui.member.name"));
        newOrg.setId("memberOrg");
        newOrg.setPromptText(Messages.get("review.gui.member.org"));
        newOrg.setPrefColumnCount(16);
        newRole.setId("memberRole");
        newRole.setAccessibleText(Messages.get("review.gui.member.role"));
        Button add = new Button(Messages.get("review.gui.member.add"));
        add.setId("addMemberButton");
        add.setOnAction(e -> {
            vm.addMember(newName.getText(), newOrg.getText(), newRole.getValue());
            newName.clear();
        });
        Button create = new Button(Messages.get("review.gui.member.createIdentity"));
        create.setId("createIdentityButton");
        create.setOnAction(e -> identityDialog(true));
        Button imp = new Button(Messages.get("review.gui.member.importIdentity"));
        imp.setId("importIdentityButton");
        imp.setOnAction(e -> identityDialog(false));
        Button remove = new Button(Messages.get("review.gui.member.remove"));
        remove.setId("removeMemberButton");
        remove.disableProperty().bind(memberTable.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> {
            PanelMember m = memberTable.getSelectionModel().getSelectedItem();
            if (m != null) {
                vm.removeMember(m);
            }
        });
        for (Button b : List.of(add, create, imp)) {
            b.disableProperty().bind(vm.busyProperty().or(vm.reviewProperty().isNull()));
        }
        // a member's certificate is replaced only by an explicit, audited renewal (ADR 0090)
        Button renew = new Button(Messages.get("gui.seats.renew.button"));
        renew.setId("renewCertificateButton");
        renew.disableProperty().bind(vm.busyProperty().or(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> memberTable.getSelectionModel().getSelectedItem() == null
                        || memberTable.getSelectionModel().getSelectedItem().certificateSha256() == null,
                memberTable.getSelectionModel().selectedItemProperty())));
        renew.setOnAction(e -> {
            PanelMember m = memberTable.getSelectionModel().getSelectedItem();
            if (m != null) {
                ReviewDialogs.renewal(window(), m).ifPresent(r -> vm.renewCertificate(m, r.file(), r.password(),
                        r.reason()));
            }
        });
        HBox form = new HBox(6, newName, newOrg, newRole, add);
        form.setAlignment(Pos.CENTER_LEFT);
        HBox more = new HBox(6, create, imp, renew, remove);
        Label formHead = new Label(Messages.get("review.gui.member.addHeading"));
        formHead.getStyleClass().add("section-heading");
        Label idHint = new Label(Messages.get("review.gui.member.identityHint"));
        idHint.getStyleClass().add("review-hint");
        idHint.setWrapText(true);
        Label head = new Label(Messages.get("review.gui.tab.panel"));
        head.getStyleClass().add("section-heading");
        VBox box = new VBox(8, head, composition, memberTable, formHead, form, more, idHint);
        box.setPadding(new Insets(12, 16, 16, 16));
        memberTable.getSelectionModel().selectedItemProperty().addListener((o, a, m) -> {
            if (m != null) {
                newName.setText(m.name());
                newOrg.setText(m.organisation() == null ? "" : m.organisation());
                newRole.setValue(m.role());
            }
        });
        ScrollPane sp = new ScrollPane(box);
        sp.setFitToWidth(true);
        return sp;
    }

    private static void compositionStyle(Label l, boolean ok) {
        l.getStyleClass().removeAll("review-draft", "review-ready");
        l.getStyleClass().add(ok ? "review-ready" : "review-draft");
    }

    private void identityDialog(boolean create) {
        ReviewDialogs.identity(window(), create, newName.getText(), newOrg.getText(), newRole.getValue())
                .ifPresent(r -> {
                    if (r.create()) {
                        vm.createIdentity(r.name(), r.organisation(), r.role(), r.file(), r.password());
                    } else {
                        vm.importIdentity(r.name(), r.organisation(), r.role(), r.file(), r.password());
                    }
                });
    }

    private static <T> TableColumn<T, String> column(String title, java.util.function.Function<T, String> f, double w) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(f.apply(cd.getValue())));
        c.setPrefWidth(w);
        return c;
    }

    // ------------------------------------------------------------------ conclusion

    private Node conclusionPane() {
        conclusion.setId("conclusionBox");
        conclusion.getItems().setAll(Conclusion.values());
        conclusion.setPromptText(Messages.get("review.gui.conclusion.none"));
        conclusion.setConverter(new StringConverter<>() {
            @Override
            public String toString(Conclusion c) {
                return ReviewViewModel.conclusionLabel(c);
            }

            @Override
            public Conclusion fromString(String s) {
                return null;
            }
        });
        penalty.setId("penaltyField");
        fine.setId("fineField");
        statutoryRange.setId("statutoryRangeField");
        benchmarkBand.setId("benchmarkBandField");
        mitigating.setId("mitigatingArea");
        aggravating.setId("aggravatingArea");
        reasoning.setId("reasoningArea");
        precedents.setId("precedentsArea");
        penalty.setPromptText(Messages.get("review.gui.conclusion.penaltyPrompt"));
        statutoryRange.setPromptText(Messages.get("review.gui.conclusion.rangePrompt"));
        benchmarkBand.setPromptText(Messages.get("review.gui.conclusion.bandPrompt"));
        precedents.setPromptText(Messages.get("review.gui.conclusion.precedentsPrompt"));
        for (TextArea a : List.of(mitigating, aggravating, reasoning, precedents)) {
            a.setWrapText(true);
            a.setPrefRowCount(3);
        }
        mitigating.setPromptText(Messages.get("review.gui.conclusion.linesPrompt"));
        aggravating.setPromptText(Messages.get("review.gui.conclusion.linesPrompt"));
        for (var p : List.of(penalty.textProperty(), fine.textProperty(), statutoryRange.textProperty(),
                benchmarkBand.textProperty(), mitigating.textProperty(), aggravating.textProperty(),
                reasoning.textProperty(), precedents.textProperty())) {
            p.addListener((o, a, b) -> dirty());
        }
        conclusion.valueProperty().addListener((o, a, b) -> dirty());
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        ColumnConstraints l = new ColumnConstraints(110, 130, 160);
        ColumnConstraints f = new ColumnConstraints(200, 420, Double.MAX_VALUE);
        f.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(l, f);
        int row = 0;
        g.addRow(row++, label("review.gui.conclusion.conclusion"), conclusion);
        g.addRow(row++, label("review.gui.conclusion.penalty"), penalty);
        g.addRow(row++, label("review.gui.conclusion.fine"), fine);
        g.addRow(row++, label("review.gui.conclusion.range"), statutoryRange);
        g.addRow(row++, label("review.gui.conclusion.band"), benchmarkBand);
        g.addRow(row++, label("review.gui.conclusion.mitigating"), mitigating);
        g.addRow(row++, label("review.gui.conclusion.aggravating"), aggravating);
        g.addRow(row++, label("review.gui.conclusion.reasoning"), reasoning);
        g.addRow(row++, label("review.gui.conclusion.precedents"), precedents);
        Button save = new Button(Messages.get("review.gui.conclusion.save"));
        save.setId("saveConclusionButton");
        save.getStyleClass().add("review-primary");
        save.disableProperty().bind(vm.reviewProperty().isNull().or(vm.busyProperty()));
        save.setOnAction(e -> saveConclusion());
        conclusionNote.getStyleClass().add("review-hint");
        conclusionNote.setWrapText(true);
        HBox actions = new HBox(10, save, conclusionNote);
        actions.setAlignment(Pos.CENTER_LEFT);
        g.add(actions, 1, row);
        Label head = new Label(Messages.get("review.gui.tab.conclusion"));
        head.getStyleClass().add("section-heading");
        VBox box = new VBox(10, head, g);
        box.setPadding(new Insets(12, 16, 16, 16));
        ScrollPane sp = new ScrollPane(box);
        sp.setFitToWidth(true);
        return sp;
    }

    private void dirty() {
        if (!fillingForm) {
            formDirty = true;
            conclusionNote.setText(Messages.get("review.gui.conclusion.unsaved"));
        }
    }

    private static Label label(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("field-label");
        l.setWrapText(true);
        return l;
    }

    private void fillForm(Review r) {
        if (formDirty || r == null) {
            return;
        }
        Recommendation rec = r.recommendation();
        boolean suggested = rec.conclusion() == null && rec.penalty() == null && rec.fineYuan() == null
                && vm.dossierProperty().get() != null;
        if (suggested) {
            rec = ReviewViewModel.suggestion(vm.dossierProperty().get());
        }
        fillingForm = true;
        try {
            conclusion.setValue(rec.conclusion());
            penalty.setText(nz(rec.penalty()));
            fine.setText(rec.fineYuan() == null ? "" : String.valueOf(rec.fineYuan()));
            statutoryRange.setText(nz(rec.statutoryRange()));
            benchmarkBand.setText(nz(rec.benchmarkBand()));
            mitigating.setText(String.join("\n", rec.mitigating()));
            aggravating.setText(String.join("\n", rec.aggravating()));
            reasoning.setText(nz(rec.reasoning()));
            precedents.setText(String.join("\n", rec.precedents()));
        } finally {
            fillingForm = false;
        }
        conclusionNote.setText(suggested ? Messages.get("review.gui.conclusion.suggested")
                : r.updatedAt() == null ? "" : Messages.get("review.gui.conclusion.saved"));
    }

    private void saveConclusion() {
        Long fineYuan = null;
        String f = fine.getText().strip().replace(",", "").replace("，", "");
        if (!f.isEmpty()) {
            try {
                fineYuan = Long.parseLong(f);
            } catch (NumberFormatException e) {
                conclusionNote.setText(Messages.get("review.gui.conclusion.fineInvalid", f));
                return;
            }
        }
        formDirty = false;
        vm.conclude(new Recommendation(conclusion.getValue(), blank(penalty.getText()), fineYuan,
                blank(statutoryRange.getText()), blank(benchmarkBand.getText()), lines(mitigating.getText()),
                lines(aggravating.getText()), blank(reasoning.getText()), lines(precedents.getText())));
    }

    private static List<String> lines(String s) {
        return s == null ? List.of() : s.lines().map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    // ------------------------------------------------------------------ verification

    private Node verifyPane() {
        Label head = new Label(Messages.get("review.gui.verify.heading"));
        head.getStyleClass().add("section-heading");
        verifyFile.setId("verifyFile");
        verifyFile.setWrapText(true);
        verifyFile.getStyleClass().add("field-label");
        integrity.setId("verifyIntegrity");
        integrity.setWrapText(true);
        completeness.setId("verifyCompleteness");
        completeness.getStyleClass().add("verify-count");
        verifyDraft.setId("verifyDraft");
        verifyDraft.setWrapText(true);
        verifyDraft.getStyleClass().add("review-draft");
        verifyDraft.managedProperty().bind(verifyDraft.visibleProperty());
        signatures.setId("signatureTable");
        signatures.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        signatures.setPlaceholder(new Label(Messages.get("review.gui.verify.noSignatures")));
        signatures.getColumns().add(column(Messages.get("review.gui.verify.signer"), e -> nz(e.signer()), 140));
        signatures.getColumns().add(column(Messages.get("review.gui.verify.role"), e -> e.role() == null ? "?"
                : ReviewViewModel.roleLabel(e.role()), 130));
        signatures.getColumns().add(column(Messages.get("review.gui.verify.time"), e -> org.jrw.model.Timestamps.local(e.signedAt(), "yyyy-MM-dd HH:mm:ss"), 200));
        TableColumn<OpinionVerifier.Entry, OpinionVerifier.Entry> valid = new TableColumn<>(
                Messages.get("review.gui.verify.valid"));
        valid.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        valid.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(OpinionVerifier.Entry e, boolean empty) {
                super.updateItem(e, empty);
                getStyleClass().removeAll("cell-ok", "cell-bad");
                if (empty || e == null) {
                    setText(null);
                    return;
                }
                setText(Messages.get(e.valid() ? "review.gui.verify.yes" : "review.gui.verify.no"));
                getStyleClass().add(e.valid() ? "cell-ok" : "cell-bad");
            }
        });
        valid.setPrefWidth(90);
        signatures.getColumns().add(valid);
        signatures.getColumns().add(column(Messages.get("gui.seats.verify.registered"), e -> Messages.get(
                e.registered() == null ? "gui.seats.verify.unknown" : e.registered() ? "gui.seats.verify.yes"
                        : "gui.seats.verify.no"), 110));
        signatures.getColumns().add(column(Messages.get("review.gui.verify.whole"), e -> Messages.get(
                e.coversWholeDocument() ? "review.gui.verify.wholeYes" : "review.gui.verify.wholeNo"), 200));
        signatures.setPrefHeight(200);
        Label explain = new Label(Messages.get("review.gui.verify.explain"));
        explain.getStyleClass().add("review-hint");
        explain.setWrapText(true);
        HBox summary = new HBox(16, completeness, integrity);
        summary.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(10, head, verifyFile, summary, verifyDraft, signatures, problems, explain);
        box.setPadding(new Insets(12, 16, 16, 16));
        box.setId("verifyPanel");
        ScrollPane sp = new ScrollPane(box);
        sp.setFitToWidth(true);
        return sp;
    }

    /** A signing time in the local zone, {@code 2026-11-25 14:39:31}; the raw text when it is not ISO. */
    private void showReport(OpinionVerifier.Report r) {
        Path file = vm.reportFileProperty().get();
        integrity.getStyleClass().removeAll("verify-ok", "verify-bad");
        problems.getChildren().clear();
        if (r == null) {
            verifyFile.setText(Messages.get("review.gui.verify.none"));
            integrity.setText("");
            completeness.setText("");
            verifyDraft.setText("");
            verifyDraft.setVisible(false);
            signatures.getItems().clear();
            return;
        }
        verifyFile.setText(Messages.get("review.gui.verify.file", file == null ? "" : file.toString()));
        integrity.setText(Messages.get(r.intact() ? "review.gui.verify.intact" : "review.gui.verify.broken"));
        integrity.getStyleClass().add(r.intact() ? "verify-ok" : "verify-bad");
        completeness.setText(Messages.get("review.gui.verify.count", r.signed(), r.required()));
        verifyDraft.setVisible(r.draft());
        verifyDraft.setText(r.draft() ? Messages.get("review.gui.verify.draft") : "");
        signatures.getItems().setAll(r.signatures());
        for (String p : r.problems()) {
            String[] parts = p.split(":", -1);
            Label l = new Label("✗ " + Messages.get(parts[0], (Object[]) java.util.Arrays.copyOfRange(parts, 1,
                    parts.length)));
            l.getStyleClass().add("verify-bad");
            l.setWrapText(true);
            problems.getChildren().add(l);
        }
    }

    /** Selects a sub-tab by its id (for tests and the screenshots). */
    public void select(String tabId) {
        tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }
}
