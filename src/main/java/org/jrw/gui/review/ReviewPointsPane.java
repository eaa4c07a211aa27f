package org.jrw.gui.review;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.jrw.i18n.Messages;
import org.jrw.model.Annotation;
import org.jrw.model.Role;
import org.jrw.model.review.MemberView;
import org.jrw.model.review.PanelMember;
import org.jrw.model.review.Review;
import org.jrw.model.review.ReviewPoint;
import org.jrw.model.review.ViewKind;

/**
 * The review points tab of {@link ReviewView}: the grid of points × members, the checks' findings and
 * the annotations beside each point.
 */
final class ReviewPointsPane extends ScrollPane {
    private final ReviewViewModel vm;
    private final Supplier<Window> owner;
    private final GridPane grid = new GridPane();
    private final Map<String, ViewCell> cells = new LinkedHashMap<>();
    private final Map<ReviewPoint, Label> pointStates = new EnumMap<>(ReviewPoint.class);
    private final Map<ReviewPoint, VBox> besides = new EnumMap<>(ReviewPoint.class);
    private final Label editHint = new Label();
    private List<String> gridKey;
    private boolean restoring;

    ReviewPointsPane(ReviewViewModel vm, Supplier<Window> owner) {
        this.vm = vm;
        this.owner = owner;
        grid.setId("reviewGrid");
        grid.getStyleClass().add("review-grid");
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(10, 12, 12, 12));
        editHint.getStyleClass().add("review-hint");
        editHint.setWrapText(true);
        VBox box = new VBox(6, editHint, grid);
        box.setPadding(new Insets(8, 0, 0, 12));
        setContent(box);
        setFitToWidth(true);
        setId("reviewPointsPane");
    }

    /** While set, a shown view does not count as typed over (a refused change is being undone). */
    void setRestoring(boolean restoring) {
        this.restoring = restoring;
    }

    /** Shows the review's views and each point's state; the grid is rebuilt when the panel changed. */
    void show(Review r) {
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
                // 意见一致 only when every member agreed without a supplement, as the opinion words it
                boolean supplemented = r.viewsOn(p).stream()
                        .anyMatch(v -> v.kind() == org.jrw.model.review.ViewKind.SUPPLEMENT);
                st.setText(Messages.get(supplemented ? "fixes.review.point.supplemented" : "review.gui.point.agreed"));
                st.getStyleClass().add("state-agreed");
            }
        }
        var id = vm.identity();
        editHint.setText(id == null ? Messages.get("ux.review.noIdentity", org.jrw.gui.Labels.preferencesMenu())
                : id.role() == Role.CHAIR ? Messages.get("review.gui.edit.chair", id.name())
                : members.stream().anyMatch(m -> m.name().equals(id.name()))
                ? Messages.get("review.gui.edit.own", id.name())
                : Messages.get("review.gui.edit.notMember", id.name()));
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
            state.setId("state-" + p.name());
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
    void fillBesides() {
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
                        + "] " + f.code() + " " + f.message() + (f.basis() == null ? "" : Messages.paren(f.basis()))).toList();
                l.setTooltip(new Tooltip(String.join("\n", lines.stream().limit(12).toList())));
                l.setOnAction(ev -> {
                    Alert a = new Alert(Alert.AlertType.INFORMATION);
                    a.initOwner(owner.get());
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
                    a.initOwner(owner.get());
                    a.setTitle(Messages.get("review.gui.annotations.title", ReviewViewModel.pointLabel(p)));
                    a.setHeaderText(Messages.get("review.gui.annotations.title", ReviewViewModel.pointLabel(p)));
                    TextArea t = new TextArea(String.join("\n", list.stream().map(ReviewPointsPane::annotationLine).toList()));
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
                + (a.author() == null ? "" : a.author()) + Messages.colon() + (a.note() == null ? "" : a.note())
                + (a.status() == Annotation.Status.RESOLVED ? Messages.paren(Messages.get("review.gui.annotation.resolved")) : "");
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
                readOnly();
            }
            style(null);
        }

        /** A view shown read-only: its kind, the badge and the text. */
        private void readOnly() {
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
}
