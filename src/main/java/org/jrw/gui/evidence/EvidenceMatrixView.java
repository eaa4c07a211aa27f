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
    private final Label hover = new Label(" ");
    private Dossier shown;
    private Dossier wanted;
    private boolean showing;

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
        hover.setId("matrixHover");
        hover.setStyle("-fx-text-fill: #555;");
        getChildren().addAll(hint, hover, sp);
        vm.dossierProperty().addListener((o, a, d) -> want(d));
        vm.linkedDossierProperty().addListener((o, a, d) -> {
            if (d != null && wanted != null && d.caseId().equals(wanted.caseId())) {
                want(d);
            }
        });
        want(vm.dossierProperty().get());
    }

    /**
     * Whether the matrix is on screen (its tab selected). The grid (violations × evidence cells;
     * 900 for 300 items) is built only while it is shown, so opening a large case stays fast.
     */
    public void setShowing(boolean on) {
        showing = on;
        want(wanted);
    }

    private void want(Dossier d) {
        wanted = d;
        if (showing && d != shown) {
            fill(d);
        } else if (d == null) {
            fill(null);
        }
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
            String about = e.id() + "  " + e.title() + " (" + e.typeText() + ")";
            h.setOnMouseEntered(x -> hover.setText(about));
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
                cb.setAccessibleText(Messages.get("ux.a11y.proves", e.id() + " " + e.title(), v.id()));
                cb.setSelected(e.proves().contains(v.id()));
                // one hover line instead of a Tooltip per cell (each Tooltip is a popup with its own scene)
                String about = e.id() + " → " + v.id() + "  " + e.title();
                cb.setOnMouseEntered(x -> hover.setText(about));
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
