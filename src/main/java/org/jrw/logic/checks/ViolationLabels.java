package org.jrw.logic.checks;

import org.jrw.i18n.Messages;
import org.jrw.model.Dossier;

/**
 * A violation as findings, scores and printed documents name it: by its place in the case (第1项违法行为),
 * never by its internal id (v1), which the user never typed and the opinion must not print.
 */
public final class ViolationLabels {
    private ViolationLabels() {
    }

    public static String of(Dossier d, String violationId) {
        for (int i = 0; i < d.violations().size(); i++) {
            if (d.violations().get(i).id() != null && d.violations().get(i).id().equals(violationId)) {
                return Messages.get("fixes.violation.nth", i + 1);
            }
        }
        return Messages.get("fixes.violation.unknown");
    }
}
