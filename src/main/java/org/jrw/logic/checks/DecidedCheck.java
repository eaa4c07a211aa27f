package org.jrw.logic.checks;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jrw.model.CaseDocument;
import org.jrw.model.DocumentType;
import org.jrw.model.Finding;

/**
 * A check of what must come before the penalty decision: it runs only when the case has a penalty decision with
 * a date (the last one), and finds nothing otherwise — a missing or undated decision is another check's finding.
 */
abstract class DecidedCheck implements Check {
    private final String code;

    DecidedCheck(String code) {
        this.code = code;
    }

    @Override
    public final String code() {
        return code;
    }

    @Override
    public final List<Finding> run(CheckContext ctx) {
        Optional<CaseDocument> decision = ctx.last(DocumentType.PENALTY_DECISION);
        if (decision.isEmpty() || decision.get().date() == null) {
            return List.of();
        }
        return run(ctx, decision.get(), decision.get().date());
    }

    /** The check on a case decided on {@code decided} by {@code decision}. */
    abstract List<Finding> run(CheckContext ctx, CaseDocument decision, LocalDate decided);
}
