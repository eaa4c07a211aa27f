package org.jrw.gui.evidence;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.jrw.i18n.Messages;
import org.jrw.logic.evidence.EvidenceLinks;
import org.jrw.model.Dossier;
import org.jrw.model.Evidence;
import org.jrw.model.Violation;

/**
 * Evidence ↔ violation matrix: violations as rows, evidence as columns, a tick where the evidence
 * proves the violation (editable, saved at once). A violation with no evidence and evidence linked
 * to nothing are shown in red.
 */
public final class EvidenceMatrixView extends VBox {
    private static final String RED = "-fx-text-fill: #cf222e; -fx-font-weight: bold;";
    private final EvidenceWorkspaceViewModel vm;
    private final GridPane grid = new GridPane();
    private Dossier shown;

    public EvidenceMatrixView(EvidenceWorkspaceViewModel vm) {
        this.vm = vm;
        setId("evidenceMatrix");
        setSpacing(8);
        setPadding(new Insets(10));
        Label hint = new Label(Messages.get("ev.matrix.hint"));
        hint.setWrapText(true);
        grid.setHgap(4);
        grid.setVgap(4);
        grid.setPadding(new Insets(6));
        ScrollPane sp = new ScrollPane(grid);
        VBox.setVgrow(sp, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(hint, sp);
        vm.dossierProperty().addListener((o, a, d) -> fill(d));
        vm.linkedDossierProperty().addListener((o, a, d) -> {
            if (d != null && shown != null && d.caseId().equals(shown.caseId())) {
                fill(d);
            }
        });
        fill(vm.dossierProperty().get());
    }

    private void fill(Dossier d) {
        shown = d;
        grid.getChildren().clear();
        if (d == null) {
            return;
        }
        List<String> unproven = EvidenceLinks.unprovenViolations(d);
        List<String> unlinked = EvidenceLinks.unlinkedEvidence(d);
        Label corner = new Label(Messages.get("ev.matrix.violation"));
        corner.setStyle("-fx-font-weight: bold;");
        grid.add(corner, 0, 0);
        int col = 1;
        for (Evidence e : d.evidence()) {
            Label h = new Label(e.id() + (unlinked.contains(e.id()) ? " · " + Messages.get("ev.matrix.unlinked") : ""));
            h.setRotate(-60);
            h.setTooltip(new Tooltip(e.title() + " (" + e.typeText() + ")"));
            if (unlinked.contains(e.id())) {
                h.setStyle(RED);
                h.getStyleClass().add("matrix-unlinked");
            }
            Group g = new Group(h);
            VBox cell = new VBox(g);
            cell.setAlignment(Pos.BOTTOM_CENTER);
            cell.setMinHeight(70);
            grid.add(cell, col++, 0);
        }
        int row = 1;
        for (Violation v : d.violations()) {
            String facts = v.facts() == null ? "" : v.facts();
            Label l = new Label(v.id() + "  " + (facts.length() > 36 ? facts.substring(0, 36) + "…" : facts)
                    + (unproven.contains(v.id()) ? "  · " + Messages.get("ev.matrix.noEvidence") : ""));
            l.setTooltip(new Tooltip(facts + "\n" + v.violatedProvision()));
            l.setMaxWidth(420);
            if (unproven.contains(v.id())) {
                l.setStyle(RED);
                l.getStyleClass().add("matrix-unproven");
            }
            grid.add(l, 0, row);
            col = 1;
            for (Evidence e : d.evidence()) {
                CheckBox cb = new CheckBox();
                cb.setId("link-" + e.id() + "-" + v.id());
                cb.setSelected(e.proves().contains(v.id()));
                cb.setTooltip(new Tooltip(e.id() + " → " + v.id() + "\n" + e.title()));
                cb.selectedProperty().addListener((o, was, now) -> {
                    cb.setDisable(true);
                    vm.setLink(e.id(), v.id(), now, () -> cb.setDisable(false));
                });
                GridPane.setHalignment(cb, javafx.geometry.HPos.CENTER);
                grid.add(cb, col++, row);
            }
            row++;
        }
    }
}
