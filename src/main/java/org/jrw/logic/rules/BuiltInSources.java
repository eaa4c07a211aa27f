package org.jrw.logic.rules;

import org.jrw.logic.jurisdiction.Region;
import org.jrw.logic.jurisdiction.RuleSource;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jrw.i18n.Messages;
import org.jrw.logic.checks.CheckConfig;
import org.jrw.logic.evaluation.EvaluationModel;
import org.jrw.logic.law.Law;
import org.jrw.logic.law.LawLibrary;
import org.jrw.logic.law.LawVersion;

/**
 * The rule sources shipped with the workbench, as {@code rules list} shows them: the law texts
 * (national, or the province of a local regulation), the national thresholds and periods (each
 * with its validity), and the examples from other places (benchmark, no-penalty list, evaluation
 * model's point values), which never apply to a case.
 */
final class BuiltInSources {
    private BuiltInSources() {
    }

    static List<Map<String, Object>> describe() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Law law : LawLibrary.builtIn().laws()) {
            for (LawVersion v : law.versions()) {
                Region where = law.title().startsWith("中华人民共和国") || law.title().startsWith("国务院")
                        ? Region.NATIONAL : Region.parse(law.title());
                RuleSource s = new RuleSource("law:" + law.id() + "@" + v.id(), RuleSource.LAW,
                        "《" + law.title() + "》（" + v.label() + "）", where, v.effectiveFrom(),
                        v.effectiveTo() == null ? null : v.effectiveTo().minusDays(1), Messages.get("rules.origin.library"),
                        false, null);
                out.add(RuleSources.describe(s, 0));
            }
        }
        JsonNode t = CheckConfig.builtIn().thresholdsJson();
        Iterator<Map.Entry<String, JsonNode>> it = t.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode n = e.getValue();
            if (!n.isObject()) {
                continue;
            }
            List<JsonNode> versions = new ArrayList<>();
            if (n.has("versions")) {
                n.path("versions").forEach(versions::add);
            } else {
                versions.add(n);
            }
            // a plain name, never the configuration key; the basis after it only when there is one
            String plain = Messages.has("rules.threshold.name." + e.getKey())
                    ? Messages.get("rules.threshold.name." + e.getKey()) : Messages.get("rules.gui.kind.thresholds");
            boolean example = n.path("example").asBoolean(false);
            for (JsonNode v : versions) {
                String basis = v.path("basis").asText("").strip();
                RuleSource s = new RuleSource("thresholds:" + e.getKey(), RuleSource.THRESHOLDS,
                        basis.isEmpty() ? plain : Messages.get("rules.threshold.named", plain, basis), Region.NATIONAL,
                        date(v.path("effectiveFrom").asText(null)), date(v.path("effectiveTo").asText(null)),
                        Messages.get(example ? "rules.origin.exampleFigures" : "rules.origin.builtIn"), example, null);
                out.add(RuleSources.describe(s, 1));
            }
        }
        JsonNode b = CheckConfig.builtIn().benchmarkJson();
        for (JsonNode layer : b.path("layers")) {
            out.add(RuleSources.describe(new RuleSource("example:benchmark", RuleSource.BENCHMARK,
                    layer.path("name").asText(), Region.NATIONAL, null, null, Messages.get("rules.origin.exampleBenchmark"),
                    true, null), layer.path("rules").size()));
        }
        JsonNode np = CheckConfig.builtIn().noPenaltyJson();
        out.add(RuleSources.describe(new RuleSource("example:no-penalty", RuleSource.NO_PENALTY,
                np.path("name").asText("样例不予处罚清单"), Region.NATIONAL, null, null, Messages.get("rules.origin.exampleList"),
                true, null), np.path("items").size()));
        EvaluationModel m = EvaluationModel.builtIn();
        out.add(RuleSources.describe(new RuleSource("example:evaluation-model", RuleSource.EVALUATION_MODEL,
                m.name(), Region.NATIONAL, null, null, Messages.get("rules.origin.exampleModel"), true, null),
                m.items().size() + m.vetoes().size()));
        return out;
    }

    private static LocalDate date(String s) {
        return s == null || s.isBlank() ? null : LocalDate.parse(s);
    }
}
