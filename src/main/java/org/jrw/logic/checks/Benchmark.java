package org.jrw.logic.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.jrw.logic.law.Resolution;
import org.jrw.model.CaseInfo;
import org.jrw.model.Circumstances;
import org.jrw.model.Party;

/**
 * The discretion benchmark (裁量权基准): layered rules national → provincial → municipal, read from
 * {@code checks/benchmark.json}. {@link #band} gives the band of the most specific layer that
 * applies to the case's region and has a matching rule.
 */
public final class Benchmark {
    private final JsonNode root;

    public Benchmark(JsonNode root) {
        this.root = root;
    }

    /** A matched rule: the band, the rule id, its layer and source. */
    public record Band(long minYuan, long maxYuan, String ruleId, String layer, boolean sample, String source) {
        public String basis() {
            return label() + "：" + source;
        }

        /** The rule as a reader names it, without its sources (for trainees). */
        public String label() {
            return layer + " " + ruleId + (sample ? "（样例）" : "");
        }
    }

    public Optional<Band> band(CaseInfo c, Resolution r, Party party, Circumstances circ) {
        if (r.law() == null || r.article() == null) {
            return Optional.empty();
        }
        JsonNode layers = root.path("layers");
        String region = c == null ? "" : CheckConfig.regionText(c);
        for (int i = layers.size() - 1; i >= 0; i--) {
            JsonNode layer = layers.get(i);
            if (!appliesTo(layer, region)) {
                continue;
            }
            for (JsonNode rule : layer.path("rules")) {
                if (matches(rule, r, party, circ)) {
                    return Optional.of(new Band(rule.path("minYuan").asLong(0), rule.path("maxYuan").asLong(),
                            rule.path("id").asText(), layer.path("name").asText(), layer.path("sample").asBoolean(),
                            rule.path("source").asText("")));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean appliesTo(JsonNode layer, String region) {
        JsonNode regions = layer.path("regions");
        if (!regions.isArray() || regions.isEmpty()) {
            return true;
        }
        for (JsonNode n : regions) {
            if (region.contains(n.asText())) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(JsonNode rule, Resolution r, Party party, Circumstances c) {
        if (!CheckConfig.names(rule, r)) {
            return false;
        }
        String who = rule.path("party").asText("");
        boolean unit = party == null || party.isUnit();
        if (!who.isEmpty() && who.equals("UNIT") != unit) {
            return false;
        }
        JsonNode w = rule.path("when");
        int count = c.count() == null ? 1 : c.count();
        if (w.hasNonNull("countMin") && count < w.get("countMin").asInt()) {
            return false;
        }
        if (w.hasNonNull("countMax") && count > w.get("countMax").asInt()) {
            return false;
        }
        if (w.hasNonNull("employeesMin") || w.hasNonNull("employeesMax")) {
            Integer e = party == null ? null : party.employees();
            if (e == null) {
                return false;
            }
            if (w.hasNonNull("employeesMin") && e < w.get("employeesMin").asInt()) {
                return false;
            }
            if (w.hasNonNull("employeesMax") && e > w.get("employeesMax").asInt()) {
                return false;
            }
        }
        return flag(w, "uncorrected", c.uncorrectedAfterDeadline()) && flag(w, "firstOffence", c.firstOffence())
                && flag(w, "harmfulConsequence", c.harmfulConsequence())
                && flag(w, "correctedInTime", c.correctedInTime());
    }

    private static boolean flag(JsonNode when, String name, Boolean value) {
        if (!when.hasNonNull(name)) {
            return true;
        }
        return when.get(name).asBoolean() == Boolean.TRUE.equals(value);
    }
}
