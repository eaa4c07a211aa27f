package org.jrw.logic.evaluation;

import org.jrw.i18n.Messages;
import org.jrw.logic.jurisdiction.Region;
import org.jrw.model.Dossier;

/**
 * The caveat beside a score whose model is not the standard of the case's place (an example model, or
 * another jurisdiction's): the 案卷评查 tab shows it above the score, {@code evaluate} prints it with the score.
 */
public final class EvaluationCaveat {
    private EvaluationCaveat() {
    }

    /** The caveat, or null when the model applies; {@code workspaceJurisdiction} may be null (not set). */
    public static String of(EvaluationModel model, Dossier d, String workspaceJurisdiction) {
        Region place = Region.ofCase(d.caseInfo(), workspaceJurisdiction == null ? null : Region.parse(workspaceJurisdiction));
        if (model.appliesTo(place)) {
            return null;
        }
        String here = place.national() ? Messages.get("ux.eval.localAgency") : place.label();
        // the model's places as the data lists them (山东省、浙江省), joined as the interface language joins
        String where = model.jurisdiction().isBlank() ? Messages.get("ux.eval.unknownPlace")
                : model.jurisdiction().replace("、", Messages.enumComma());
        return Messages.get(model.example() ? "ux.eval.caveat.example" : "ux.eval.caveat.elsewhere", where, here);
    }
}
