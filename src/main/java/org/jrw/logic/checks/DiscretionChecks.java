package org.jrw.logic.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jrw.logic.law.Resolution;
import org.jrw.model.Circumstances;
import org.jrw.model.Finding;
import org.jrw.model.Party;
import org.jrw.model.Severity;
import org.jrw.model.Violation;

/** Checks of the amount (罚多少) and of whether to fine at all (罚不罚). */
final class DiscretionChecks {
    private DiscretionChecks() {
    }

    static Optional<StatutoryRange> range(CheckContext ctx, Violation v) {
        Resolution r = ctx.penalty(v);
        if (!r.found()) {
            return Optional.empty();
        }
        return StatutoryRange.of(ctx.penalties(), r, ctx.party(v).orElse(null), CheckContext.circumstances(v),
                CheckContext.proposed(v));
    }

    static Long fine(Violation v) {
        Long f = CheckContext.proposed(v).fineYuan();
        return f == null || f <= 0 ? null : f;
    }

    static String basis(CheckContext ctx, Violation v, StatutoryRange range) {
        return ctx.penalty(v).label() + "：" + range.quote();
    }

    /** FINE_ABOVE_STATUTORY_MAX: the proposed fine exceeds the provision's range for the recorded circumstances. */
    static final class AboveMax implements Check {
        @Override
        public String code() {
            return "FINE_ABOVE_STATUTORY_MAX";
        }

        @Override
        public List<Finding> run(CheckContext ctx) {
            List<Finding> out = new ArrayList<>();
            for (Violation v : ctx.dossier().violations()) {
                Long fine = fine(v);
                if (fine == null) {
                    continue;
                }
                Optional<StatutoryRange> range = range(ctx, v);
                if (range.isPresent() && fine > range.get().maxYuan()) {
                    out.add(Findings.of(code(), Severity.ERROR, Findings.DISCRETION, "checks.FINE_ABOVE_STATUTORY_MAX",
                            basis(ctx, v, range.get()), List.of(v.id(), v.partyId()), fine, range.get().maxYuan()));
                }
            }
            return out;
        }
    }

    /** FINE_BELOW_STATUTORY_MIN: below the range with no mitigating circumstance (从轻、减轻) recorded. */
    static final class BelowMin implements Check {
        @Override
        public String code() {
            return "FINE_BELOW_STATUTORY_MIN";
        }

        @Override
        public List<Finding> run(CheckContext ctx) {
            List<Finding> out = new ArrayList<>();
            for (Violation v : ctx.dossier().violations()) {
                Long fine = fine(v);
                Circumstances c = CheckContext.circumstances(v);
                if (fine == null || (c.mitigating() != null && !c.mitigating().isEmpty())) {
                    continue;
                }
                Optional<StatutoryRange> range = range(ctx, v);
                if (range.isPresent() && fine < range.get().minYuan()) {
                    out.add(Findings.of(code(), Severity.WARNING, Findings.DISCRETION, "checks.FINE_BELOW_STATUTORY_MIN",
                            basis(ctx, v, range.get()), List.of(v.id(), v.partyId()), fine, range.get().minYuan()));
                }
            }
            return out;
        }
    }

    /** FINE_OUTSIDE_BENCHMARK: outside the discretion benchmark's band for the recorded circumstances. */
    static final class OutsideBenchmark implements Check {
        @Override
        public String code() {
            return "FINE_OUTSIDE_BENCHMARK";
        }

        @Override
        public List<Finding> run(CheckContext ctx) {
            List<Finding> out = new ArrayList<>();
            Benchmark benchmark = new Benchmark(ctx.config().benchmarkJson());
            for (Violation v : ctx.dossier().violations()) {
                Long fine = fine(v);
                Resolution r = ctx.penalty(v);
                if (fine == null || !r.found()) {
                    continue;
                }
                Party party = ctx.party(v).orElse(null);
                Optional<Benchmark.Band> band = benchmark.band(ctx.dossier().caseInfo(), r, party,
                        CheckContext.circumstances(v));
                if (band.isPresent() && (fine < band.get().minYuan() || fine > band.get().maxYuan())) {
                    out.add(Findings.of(code(), Severity.WARNING, Findings.DISCRETION, "checks.FINE_OUTSIDE_BENCHMARK",
                            band.get().basis(), List.of(v.id(), v.partyId()), fine, band.get().minYuan(),
                            band.get().maxYuan(), band.get().ruleId()));
                }
            }
            return out;
        }
    }

    /**
     * NO_PENALTY_CANDIDATE: a penalty is proposed although the conditions of 第三十三条 appear met:
     * corrected in time, no harmful consequence, and first offence or recorded as minor, for a
     * provision on the configured no-penalty list or a violation the dossier itself calls minor.
     */
    static final class NoPenalty implements Check {
        @Override
        public String code() {
            return "NO_PENALTY_CANDIDATE";
        }

        @Override
        public List<Finding> run(CheckContext ctx) {
            List<Finding> out = new ArrayList<>();
            JsonNode list = ctx.config().noPenaltyJson();
            List<String> markers = CheckConfig.strings(list.path("minorMarkers"));
            for (Violation v : ctx.dossier().violations()) {
                Circumstances c = CheckContext.circumstances(v);
                if (fine(v) == null || !Boolean.TRUE.equals(c.correctedInTime())
                        || !Boolean.FALSE.equals(c.harmfulConsequence())
                        || Boolean.TRUE.equals(c.uncorrectedAfterDeadline())
                        || (c.aggravating() != null && !c.aggravating().isEmpty())) {
                    continue;
                }
                boolean minor = CheckContext.hasAny(String.join(" ", c.mitigating() == null ? List.of() : c.mitigating()),
                        markers) || CheckContext.hasAny(v.facts(), markers);
                Optional<JsonNode> listed = listed(list, ctx.penalty(v));
                if (listed.isEmpty()) {
                    listed = listed(list, ctx.violated(v));
                }
                boolean first = Boolean.TRUE.equals(c.firstOffence());
                if ((listed.isPresent() && (first || minor)) || (listed.isEmpty() && minor)) {
                    String basis = Findings.PENALTY_LAW + "第三十三条第一款"
                            + listed.map(n -> "；" + n.path("source").asText()).orElse("");
                    out.add(Findings.of(code(), Severity.WARNING, Findings.DISCRETION,
                            listed.isPresent() ? "checks.NO_PENALTY_CANDIDATE" : "checks.NO_PENALTY_CANDIDATE.minor",
                            basis, List.of(v.id()), listed.map(n -> n.path("what").asText()).orElse("")));
                }
            }
            return out;
        }

        private static Optional<JsonNode> listed(JsonNode list, Resolution r) {
            for (JsonNode i : list.path("items")) {
                if (CheckConfig.names(i, r)) {
                    return Optional.of(i);
                }
            }
            return Optional.empty();
        }
    }
}
