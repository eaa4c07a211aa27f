package org.jrw.gui.audit;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jrw.gui.AppContext;
import org.jrw.i18n.Messages;
import org.jrw.logic.audit.Audit;

/** The audit trail viewer: entries filtered by case and person, and the chain's verification. */
public final class AuditViewModel {
    private final AppContext ctx;
    private final ObservableList<Audit.Line> rows = FXCollections.observableArrayList();
    private final StringProperty caseId = new SimpleStringProperty();
    private final StringProperty actor = new SimpleStringProperty("");
    private final StringProperty verdict = new SimpleStringProperty("");

    private final org.jrw.gui.ListState rowsState = new org.jrw.gui.ListState("gui.audit.loading",
            "screens.audit.empty");

    /** Until the window installs its own: errors to the verdict line, choosers cancelled. */
    private org.jrw.gui.DialogService dialogs = org.jrw.gui.DialogService.quiet(verdict::set);
    private java.util.function.Supplier<char[]> packagePassword = () -> null;

    public AuditViewModel(AppContext ctx) {
        this.ctx = ctx;
    }

    /**
     * How the window asks: the files sent out through the dialog service (ADR 0166), the password of
     * encrypted packages through {@code packagePassword} (null or empty: none).
     */
    public void setDialogs(org.jrw.gui.DialogService d, java.util.function.Supplier<char[]> packagePassword) {
        this.dialogs = d;
        this.packagePassword = packagePassword;
    }

    /**
     * 对照外发文件核验…: asks for the files sent out (opinion PDFs, review and response packages), for
     * a password when a package is among them, and checks them against this history; a cancelled
     * chooser does nothing.
     */
    public void chooseAndVerifyAgainst() {
        List<java.nio.file.Path> files = dialogs.openFiles(Messages.get("gui.seats.audit.choose"), List.of(
                org.jrw.gui.DialogService.FileType.of(Messages.get("gui.seats.audit.filter"), "*.pdf", "*.jrreview",
                        "*.jrresponse"),
                org.jrw.gui.DialogService.FileType.of(Messages.get("gui.filter.all"), "*.*")));
        if (files.isEmpty()) {
            return;
        }
        boolean packages = files.stream().anyMatch(f -> !f.getFileName().toString()
                .toLowerCase(java.util.Locale.ROOT).endsWith(".pdf"));
        verifyAgainst(files, packages ? packagePassword.get() : null);
    }

    /** The table's loading, empty (nothing recorded for this filter) and failed states. */
    public org.jrw.gui.ListState rowsState() {
        return rowsState;
    }

    public ObservableList<Audit.Line> rows() {
        return rows;
    }

    /** The case to show (null: all cases). */
    public StringProperty caseIdProperty() {
        return caseId;
    }

    public StringProperty actorProperty() {
        return actor;
    }

    public StringProperty verdictProperty() {
        return verdict;
    }

    public void load() {
        String c = caseId.get();
        String a = actor.get() == null || actor.get().isBlank() ? null : actor.get().strip();
        rows.clear();
        rowsState.loading();
        ctx.tasks().run(Messages.get("gui.audit.loading"), p -> ctx.auditLines(c, a),
                (List<Audit.Line> list) -> {
                    rows.setAll(list);
                    rowsState.loaded(list.size());
                }, t -> {
                    rowsState.failed(t);
                    verdict.set(t.getMessage());
                });
    }

    public void verify() {
        ctx.tasks().run(Messages.get("gui.audit.verifying"), p -> ctx.verifyAudit(), v -> {
            StringBuilder sb = new StringBuilder(Messages.get(v.intact() ? "audit.verify.intact" : "audit.verify.broken",
                    v.entries()));
            for (String problem : v.problems()) {
                String[] parts = problem.split(":");
                sb.append("\n• ").append(Messages.get(parts[0],
                        (Object[]) java.util.Arrays.copyOfRange(parts, 1, parts.length)));
            }
            verdict.set(sb.toString());
        }, t -> verdict.set(t.getMessage()));
    }

    /**
     * Checks the audit anchors of files sent out (opinion PDFs, packages) against this history
     * (ADR 0091), in the background; the password (encrypted packages) is cleared afterwards.
     */
    public void verifyAgainst(List<java.nio.file.Path> files, char[] password) {
        ctx.tasks().run(Messages.get("gui.audit.verifying"), p -> {
            try {
                return ctx.checkAnchors(files, password);
            } finally {
                if (password != null) {
                    java.util.Arrays.fill(password, '\0');
                }
            }
        }, (org.jrw.logic.signing.AuditAnchors.Check c) -> {
            StringBuilder sb = new StringBuilder(Messages.get(c.intact() ? "seats.anchor.intact" : "seats.anchor.broken",
                    c.chain().entries(), c.anchors().size()));
            for (var a : c.anchors()) {
                if (a.held()) {
                    sb.append("\n").append(Messages.get("seats.anchor.held", a.file(), a.anchor().seq(),
                            org.jrw.model.Timestamps.local(a.anchor().at(), "yyyy-MM-dd HH:mm")));
                }
            }
            java.util.List<String> problems = new java.util.ArrayList<>(c.chain().problems());
            problems.addAll(c.problems());
            for (String problem : problems) {
                String[] parts = problem.split(":");
                sb.append("\n• ").append(Messages.get(parts[0],
                        (Object[]) java.util.Arrays.copyOfRange(parts, 1, parts.length)));
            }
            verdict.set(sb.toString());
        }, t -> verdict.set(t.getMessage()));
    }
}
