package org.jrw.logic.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.jrw.logic.law.Resolution;
import org.jrw.model.CaseInfo;
import org.jrw.model.Circumstances;
import org.jrw.model.Party;

/**
 * The discretion benchmark (裁量权基准): layers ordered from the least to the most specific
 * (national → provincial → municipal). {@link #band} gives the band of the most specific layer
 * that has a matching rule. For the checks the layers are the imported benchmarks that apply to
 * the case ({@link CheckConfig#benchmarkFor}); layers marked {@code example} (the built-in sample
 * from other places) are read only by {@link #withExamples} for training.
 */
public final class Benchmark {
    private final JsonNode root;
    private final boolean examples;

    public Benchmark(JsonNode root) {
        this(root, false);
    }

    private Benchmark(JsonNode root, boolean examples) {
        this.root = root;
        this.examples = examples;
    }

    /** A benchmark that also reads example layers: for training material, labelled 样例, never for a finding. */
    public static Benchmark withExamples(JsonNode root) {
        return new Benchmark(root, true);
    }

    /** A matched rule: the band, the rule id, its layer and source. */
    public record Band(long minYuan, long maxYuan, String ruleId, String layer, boolean sample, String source) {
        /** The benchmark and item as the user reads them (no provenance notes). */
        public String basis() {
            return label();
        }

        /** The rule as a reader names it, without its sources (for trainees). */
        public String label() {
            return layer + " " + ruleId + (sample ? "（样例）" : "");
        }
    }

    public Optional<Band> band(CaseInfo c, Resolution r, Party party, Circumstances circ) {
        return band(c, r, party, circ, null);
    }

    /**
     * The band for a violation whose facts are {@code factsText}: a tier's condition expression
     * ({@code when.expr}, {@link TierCondition}) may name facts read from that text.
     */
    public Optional<Band> band(CaseInfo c, Resolution r, Party party, Circumstances circ, String factsText) {
        if (r.law() == null || r.article() == null) {
            return Optional.empty();
        }
        JsonNode layers = root.path("layers");
        String region = c == null ? "" : CheckConfig.regionText(c);
        // the violation's facts, read once and only when a tier's condition needs them
        var memo = new java.util.concurrent.atomic.AtomicReference<java.util.Map<String, java.math.BigDecimal>>();
        java.util.function.Supplier<java.util.Map<String, java.math.BigDecimal>> facts = () -> {
            if (memo.get() == null) {
                memo.set(TierCondition.facts(party, circ, factsText));
            }
            return memo.get();
        };
        for (int i = layers.size() - 1; i >= 0; i--) {
            JsonNode layer = layers.get(i);
            if (!appliesTo(layer, region) || (!examples && layer.path("example").asBoolean(false))) {
                continue;
            }
            for (JsonNode rule : layer.path("rules")) {
                if (matches(rule, r, party, circ, facts)) {
                    return Optional.of(new Band(rule.path("minYuan").asLong(0), rule.path("maxYuan").asLong(),
                            rule.path("label").asText(rule.path("id").asText()), layer.path("name").asText(),
                            layer.path("example").asBoolean(layer.path("sample").asBoolean()),
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

    /** The facts a rule for this provision needs and the case does not record (for the review's note). */
    public java.util.List<String> missingFacts(CaseInfo c, Resolution r, Party party, Circumstances circ, String factsText) {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (r.law() == null || r.article() == null) {
            return out;
        }
        java.util.Map<String, java.math.BigDecimal> facts = null;
        for (JsonNode layer : root.path("layers")) {
            if (!examples && layer.path("example").asBoolean(false)) {
                continue;
            }
            for (JsonNode rule : layer.path("rules")) {
                String expr = rule.path("when").path("expr").asText("");
                if (!expr.isEmpty() && CheckConfig.names(rule, r)) {
                    if (facts == null) {
                        facts = TierCondition.facts(party, circ, factsText);
                    }
                    for (String f : TierCondition.parse(expr).missing(facts)) {
                        if (!out.contains(f)) {
                            out.add(f);
                        }
                    }
                }
            }
        }
        return out;
    }

    private static boolean matches(JsonNode rule, Resolution r, Party party, Circumstances c,
            java.util.function.Supplier<java.util.Map<String, java.math.BigDecimal>> facts) {
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
        String expr = w.path("expr").asText("");
        if (!expr.isEmpty() && !TierCondition.parse(expr).test(facts.get())) {
            return false;
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
