package org.jrw.logic.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jrw.logic.law.Resolution;
import org.jrw.logic.jurisdiction.RuleSource;
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
        if (!r.found() || LawChecks.outside(ctx, r)) {
            return Optional.empty();
        }
        return StatutoryRange.of(ctx.penalties(), r, ctx.party(v).orElse(null), CheckContext.circumstances(v),
                CheckContext.proposed(v));
    }

    static Long fine(Violation v) {
        Long f = CheckContext.proposed(v).fineYuan();
        return f == null || f <= 0 ? null : f;
    }

    /** The violation and its party; a draft's violation may name no party yet (List.of refuses a null). */
    static List<String> refs(Violation v) {
        return java.util.Arrays.asList(v.id(), v.partyId());
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
                            basis(ctx, v, range.get()), refs(v), fine, range.get().maxYuan()));
                }
            }
            return out;
        }
    }

    /**
     * FINE_BELOW_STATUTORY_MIN: below the statutory range. Only 减轻 on a ground of 行政处罚法 第三十二条
     * recorded in {@code circumstances.reducing} goes below the minimum (then an info finding, so the
     * panel checks the ground and its evidence); 从轻 ({@code mitigating}) stays within the range, so
     * a fine below the minimum with only 从轻 grounds, or none, is an error.
     */
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
                if (fine == null) {
                    continue;
                }
                Optional<StatutoryRange> range = range(ctx, v);
                if (range.isEmpty() || fine >= range.get().minYuan()) {
                    continue;
                }
                Circumstances c = CheckContext.circumstances(v);
                String basis = basis(ctx, v, range.get()) + "；" + Findings.PENALTY_LAW + "第三十二条";
                List<String> reducing = c.reducing();
                if (!reducing.isEmpty()) {
                    out.add(Findings.of(code(), Severity.INFO, Findings.DISCRETION, "checks.FINE_BELOW_STATUTORY_MIN.reduced",
                            basis, refs(v), fine, range.get().minYuan(), String.join("；", reducing)));
                } else if (c.mitigating() != null && !c.mitigating().isEmpty()) {
                    out.add(Findings.of(code(), Severity.ERROR, Findings.DISCRETION, "checks.FINE_BELOW_STATUTORY_MIN.lighter",
                            basis, refs(v), fine, range.get().minYuan(),
                            String.join("；", c.mitigating())));
                } else {
                    out.add(Findings.of(code(), Severity.ERROR, Findings.DISCRETION, "checks.FINE_BELOW_STATUTORY_MIN",
                            basis, refs(v), fine, range.get().minYuan()));
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
            JsonNode layers = ctx.config().benchmarkFor(ctx.place(), ctx.day());
            if (layers.path("layers").isEmpty()) {
                if (ctx.dossier().violations().stream().anyMatch(v -> fine(v) != null)) {
                    ctx.note("checks.note.benchmark", ctx.place().label(), ctx.day().toString());
                }
                return out;
            }
            Benchmark benchmark = new Benchmark(layers);
            for (Violation v : ctx.dossier().violations()) {
                Long fine = fine(v);
                Resolution r = ctx.penalty(v);
                if (fine == null || !r.found()) {
                    continue;
                }
                Party party = ctx.party(v).orElse(null);
                Optional<Benchmark.Band> band = benchmark.band(ctx.dossier().caseInfo(), r, party,
                        CheckContext.circumstances(v), v.facts());
                if (band.isEmpty()) {
                    List<String> missing = benchmark.missingFacts(ctx.dossier().caseInfo(), r, party,
                            CheckContext.circumstances(v), v.facts());
                    if (!missing.isEmpty()) {
                        ctx.note("checks.note.benchmarkFacts", String.join("、", missing));
                    }
                }
                if (band.isPresent() && (fine < band.get().minYuan() || fine > band.get().maxYuan())) {
                    out.add(Findings.of(code(), Severity.WARNING, Findings.DISCRETION, "checks.FINE_OUTSIDE_BENCHMARK",
                            band.get().basis(), refs(v), fine, band.get().minYuan(),
                            band.get().maxYuan(), band.get().ruleId()));
                }
            }
            return out;
        }
    }

    /**
     * NO_PENALTY_CANDIDATE: a penalty is proposed although 行政处罚法 第三十三条第一款 appears to apply.
     * Its two rules are told apart: 违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚 (shall not:
     * the dossier records the violation as minor, or an applicable list names it as 轻微) and
     * 初次违法且危害后果轻微并及时改正的，可以不予行政处罚 (may not: first offence, corrected in time,
     * no more than slight harm — an applicable 首违不罚 list names the matter, else a finding that the
     * discretion exists and the decision should say why it was not used). Every case is a warning, as
     * the contract's table has it (cli.md); the message tells 应当 from 可以. Either way 第三款: a party not penalised is to be educated.
     * Lists apply only where their jurisdiction covers the case's agency (imported; the built-in list is an example).
     */
    static final class NoPenalty implements Check {
        @Override
        public String code() {
            return "NO_PENALTY_CANDIDATE";
        }

        @Override
        public List<Finding> run(CheckContext ctx) {
            List<Finding> out = new ArrayList<>();
            List<RuleSource> lists = ctx.config().applicable(RuleSource.NO_PENALTY, ctx.place(), ctx.day());
            List<String> markers = new ArrayList<>(CheckConfig.strings(ctx.config().noPenaltyJson().path("minorMarkers")));
            for (RuleSource l : lists) {
                markers.addAll(CheckConfig.strings(l.content().path("minorMarkers")));
            }
            boolean noteListMissing = false;
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
                Optional<Listed> listed = listed(lists, ctx.penalty(v));
                if (listed.isEmpty()) {
                    listed = listed(lists, ctx.violated(v));
                }
                boolean first = Boolean.TRUE.equals(c.firstOffence());
                boolean listedMinor = listed.isPresent() && listed.get().item().path("kind").asText("首违").contains("轻微");
                String law = Findings.PENALTY_LAW;
                if (minor || listedMinor) {
                    String basis = law + "第三十三条第一款、第三款" + listed.map(x -> "；" + x.label()).orElse("");
                    out.add(Findings.of(code(), Severity.WARNING, Findings.DISCRETION, "checks.NO_PENALTY_CANDIDATE.minor",
                            basis, List.of(v.id()), listed.map(x -> "（" + x.item().path("what").asText() + "）").orElse("")));
                } else if (first && listed.isPresent()) {
                    String basis = law + "第三十三条第一款、第三款；" + listed.get().label();
                    out.add(Findings.of(code(), Severity.WARNING, Findings.DISCRETION, "checks.NO_PENALTY_CANDIDATE",
                            basis, List.of(v.id()), listed.get().item().path("what").asText()));
                } else if (first) {
                    out.add(Findings.of(code(), Severity.WARNING, Findings.DISCRETION, "checks.NO_PENALTY_CANDIDATE.first",
                            law + "第三十三条第一款、第三款", List.of(v.id())));
                    noteListMissing |= lists.isEmpty();
                }
            }
            if (noteListMissing) {
                ctx.note("checks.note.noPenalty", ctx.place().label(), ctx.day().toString());
            }
            return out;
        }

        /** A list item that names the provision, with the list's name. */
        record Listed(JsonNode item, String list) {
            String label() {
                String what = item.path("what").asText("");
                return list + (what.isEmpty() ? "" : "“" + what + "”");
            }
        }

        private static Optional<Listed> listed(List<RuleSource> lists, Resolution r) {
            for (int i = lists.size() - 1; i >= 0; i--) {
                for (JsonNode item : lists.get(i).content().path("items")) {
                    if (CheckConfig.names(item, r)) {
                        // a titled list in 书名号; an untitled one by its neutral label as it stands (ADR 0077)
                        RuleSource s = lists.get(i);
                        return Optional.of(new Listed(item, s.content().path("untitled").asBoolean(false)
                                ? s.name() : "《" + s.name() + "》"));
                    }
                }
            }
            return Optional.empty();
        }
    }
}
