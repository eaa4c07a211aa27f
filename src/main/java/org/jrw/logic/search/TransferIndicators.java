package org.jrw.logic.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jrw.logic.checks.CheckConfig;
import org.jrw.model.Dossier;
import org.jrw.model.DocumentType;
import org.jrw.model.Violation;

/**
 * Whether a case shows indicators of a work-safety crime, for similar cases (ADR 0102): a
 * 涉嫌犯罪案件移送书 in the dossier, a violation citing the 刑法, facts naming a transfer (移送,
 * 涉嫌犯罪 — the transfer concept of {@code search/concepts.json}), or facts meeting an indicator of
 * the legality checks' {@code checks/criminal-indicators.json} (one word of every group of its
 * {@code allOf}: 关闭…报警, 拒不执行…重大事故隐患, 未经许可…危险物品 …). An indication for
 * ranking precedents, not a finding.
 */
final class TransferIndicators {
    private static final JsonNode INDICATORS = CheckConfig.builtIn().indicatorsJson().path("indicators");

    private TransferIndicators() {
    }

    static boolean indicated(Dossier d) {
        if (!d.documentsOf(DocumentType.CRIMINAL_TRANSFER).isEmpty()) {
            return true;
        }
        DomainSynonyms.Concept transfer = DomainSynonyms.CONCEPTS.stream().filter(c -> c.flagField() != null)
                .findFirst().orElse(null);
        for (Violation v : d.violations()) {
            String facts = v.facts() == null ? "" : v.facts();
            if ((v.violatedProvision() != null && v.violatedProvision().contains("刑法"))
                    || (v.penaltyProvision() != null && v.penaltyProvision().contains("刑法"))) {
                return true;
            }
            if (transfer != null && transfer.terms().stream().anyMatch(facts::contains)) {
                return true;
            }
            for (JsonNode ind : INDICATORS) {
                if (meets(ind.path("allOf"), facts)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean meets(JsonNode allOf, String facts) {
        if (!allOf.isArray() || allOf.isEmpty() || facts.isBlank()) {
            return false;
        }
        for (JsonNode group : allOf) {
            boolean any = false;
            for (JsonNode w : group) {
                any |= facts.contains(w.asText());
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

}
