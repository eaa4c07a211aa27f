package org.jrw.gui.review;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.jrw.i18n.Messages;
import org.jrw.logic.signing.OpinionVerifier;

/** The opinion tab of {@link ReviewView}: the verification report of the last rendered, signed or chosen opinion PDF. */
final class ReviewOpinionPane extends ScrollPane {
    private final ReviewViewModel vm;
    private final TableView<OpinionVerifier.Entry> signatures = new TableView<>();
    private final Label verifyFile = new Label();
    private final Label integrity = new Label();
    private final Label completeness = new Label();
    private final Label verifyDraft = new Label();
    private final VBox problems = new VBox(4);

    ReviewOpinionPane(ReviewViewModel vm) {
        this.vm = vm;
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
        signatures.getColumns().add(ReviewPanelPane.column(Messages.get("review.gui.verify.signer"), e -> ReviewConclusionPane.nz(e.signer()), 140));
        signatures.getColumns().add(ReviewPanelPane.column(Messages.get("review.gui.verify.role"), e -> e.role() == null ? "?"
                : ReviewViewModel.roleLabel(e.role()), 130));
        signatures.getColumns().add(ReviewPanelPane.column(Messages.get("review.gui.verify.time"), e -> org.jrw.model.Timestamps.local(e.signedAt(), "yyyy-MM-dd HH:mm:ss"), 200));
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
        signatures.getColumns().add(ReviewPanelPane.column(Messages.get("gui.seats.verify.registered"), e -> Messages.get(
                e.registered() == null ? "gui.seats.verify.unknown" : e.registered() ? "gui.seats.verify.yes"
                        : "gui.seats.verify.no"), 110));
        signatures.getColumns().add(ReviewPanelPane.column(Messages.get("review.gui.verify.whole"), e -> Messages.get(
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
        setContent(box);
        setFitToWidth(true);
    }

    /** A signing time in the local zone, {@code 2026-11-25 14:39:31}; the raw text when it is not ISO. */
    void show(OpinionVerifier.Report r) {
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
        integrity.setText(Messages.get(!r.intact() ? "review.gui.verify.broken"
                : r.signatures().isEmpty() ? "fixes.verify.unsigned" : "review.gui.verify.intact"));
        integrity.getStyleClass().add(r.intact() ? "verify-ok" : "verify-bad");
        completeness.setText(Messages.get("review.gui.verify.count", r.signed(), r.required()));
        verifyDraft.setVisible(r.draft());
        verifyDraft.setText(r.draft() ? Messages.get("review.gui.verify.draft") : "");
        signatures.getItems().setAll(r.signatures());
        for (String p : r.problems()) {
            Label l = new Label("✗ " + org.jrw.logic.signing.VerifyProblems.message(p, r));
            l.getStyleClass().add("verify-bad");
            l.setWrapText(true);
            problems.getChildren().add(l);
        }
    }
}
