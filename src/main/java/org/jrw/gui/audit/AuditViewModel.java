package org.jrw.gui.audit;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jrw.gui.AppContext;
import org.jrw.i18n.Messages;
import org.jrw.logic.audit.Audit;
import org.jrw.persistence.AuditDao;

/** The audit trail viewer: entries filtered by case and person, and the chain's verification. */
public final class AuditViewModel {
    private final AppContext ctx;
    private final ObservableList<AuditDao.Row> rows = FXCollections.observableArrayList();
    private final StringProperty caseId = new SimpleStringProperty();
    private final StringProperty actor = new SimpleStringProperty("");
    private final StringProperty verdict = new SimpleStringProperty("");

    public AuditViewModel(AppContext ctx) {
        this.ctx = ctx;
    }

    public ObservableList<AuditDao.Row> rows() {
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
        ctx.tasks().run(Messages.get("gui.audit.loading"), p -> Audit.list(ctx.openWorkspace(), c, a),
                (List<AuditDao.Row> list) -> rows.setAll(list), t -> verdict.set(t.getMessage()));
    }

    public void verify() {
        ctx.tasks().run(Messages.get("gui.audit.verifying"), p -> Audit.verify(ctx.openWorkspace()), v -> {
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
}
