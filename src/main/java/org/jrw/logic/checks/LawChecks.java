package org.jrw.logic.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jrw.i18n.Messages;
import org.jrw.logic.law.LawVersion;
import org.jrw.logic.law.Resolution;
import org.jrw.model.CaseDocument;
import org.jrw.model.Circumstances;
import org.jrw.model.DocumentType;
import org.jrw.model.Finding;
import org.jrw.model.Severity;
import org.jrw.model.Violation;

/** Checks of the law applied (法律适用): citations, force in time, limitation, criminal transfer. */
final class LawChecks {
    private LawChecks() {
    }

    /** Each violation's two citations with what they are (违法条款 / 处罚依据). */
    record Cited(Violation violation, String field, String text, Resolution resolution) {
    }

    static List<Cited> cited(CheckContext ctx) {
        List<Cited> out = new ArrayList<>();
        for (Violation v : ctx.dossier().violations()) {
            add(out, ctx, v, Messages.get("checks.field.violated"), v.violatedProvision(), ctx.violated(v), null);
            String context = ctx.violated(v).law() != null ? ctx.violated(v).law().title() : null;
            add(out, ctx, v, Messages.get("checks.field.penalty"), v.penaltyProvision(), ctx.penalty(v), context);
        }
        return out;
    }

    /** The first citation of a field (shared resolution), then any further citations in the same text. */
    private static void add(List<Cited> out, CheckContext ctx, Violation v, String field, String text, Resolution first,
                            String context) {
        out.add(new Cited(v, field, text, first));
        List<org.jrw.logic.law.Citation> all = org.jrw.logic.law.CitationParser.parseAll(text);
        for (int i = 1; i < all.size(); i++) {
            out.add(new Cited(v, field, text, ctx.resolver().resolve(all.get(i), ctx.actDate(v), context)));
        }
    }

    /** PROVISION_NOT_FOUND: the cited law is in the library but the article, paragraph or item is not; or no citation. */
    static final class NotFound implements Check {
        @Override
        public String code() {
            return "PROVISION_NOT_FOUND";
        }

        @Override
        public List<Finding> run(CheckContext ctx) {
            List<Finding> out = new ArrayList<>();
            for (Cited c : cited(ctx)) {
                Resolution r = c.resolution();
                String text = c.text() == null ? "" : c.text().strip();
                String key = switch (r.status()) {
                    case UNREADABLE -> text.isEmpty() ? "checks.PROVISION_NOT_FOUND.missing" : "checks.PROVISION_NOT_FOUND.unreadable";
                    case ARTICLE_NOT_FOUND, PARAGRAPH_NOT_FOUND, ITEM_NOT_FOUND -> "checks.PROVISION_NOT_FOUND";
                    default -> null;
                };
                if (key != null) {
                    String basis = r.law() != null ? "《" + r.law().title() + "》（" + r.version().label() + "）"
                            : Findings.PENALTY_LAW + "第三十八条";
                    out.add(Findings.of(code(), Severity.ERROR, Findings.LAW, key, basis,
                            List.of(c.violation().id()), c.field(), text));
                }
            }
            return out;
        }
    }

    /**
     * Whether the provision is of an imported local regulation or rule whose region does not cover
     * the case's place: it binds elsewhere, so no range is taken from it.
     */
    static boolean outside(CheckContext ctx, Resolution r) {
        return r.found() && r.version().jurisdiction() != null
                && !org.jrw.logic.jurisdiction.Region.parse(r.version().jurisdiction()).covers(ctx.place());
    }

    /** PROVISION_UNVERIFIED: the cited law (or edition) is not in the library, so the citation was not checked. */
    static final class Unverified implements Check {
        @Override
        public String code() {
            return "PROVISION_UNVERIFIED";
        }

        @Override
        public List<Finding> run(CheckContext ctx) {
            List<Finding> out = new ArrayList<>();
            for (Cited c : cited(ctx)) {
                Resolution r = c.resolution();
                if (r.status() == Resolution.Status.LAW_NOT_IN_LIBRARY
                        || r.status() == Resolution.Status.VERSION_NOT_IN_LIBRARY) {
                    String law = r.citation() != null && r.citation().law() != null ? r.citation().law()
                            : r.law() != null ? r.law().shortTitle() : "";
                    out.add(Findings.of(code(), Severity.INFO, Findings.LAW, "checks.PROVISION_UNVERIFIED",
                            "法规库", List.of(c.violation().id()), c.field(), c.text(), law));
                }
            }
            for (Violation v : ctx.dossier().violations()) {
                Resolution r = ctx.penalty(v);
                Long fine = CheckContext.proposed(v).fineYuan();
                if (outside(ctx, r)) {
                    // a local regulation of another place: its fines are not this case's range (ADR 0077)
                    out.add(Findings.of(code(), Severity.INFO, Findings.LAW, "checks.PROVISION_UNVERIFIED.region",
                            "法规库", List.of(v.id()), Messages.get("checks.field.penalty"), r.label(),
                            r.version().jurisdiction(), ctx.place().label()));
                    continue;
                }
                // an imported text whose words state no plain fine range: the amount cannot be checked (ADR 0077)
                if (fine != null && fine > 0 && r.found() && r.version().imported() && ctx.penalties().find(r).isEmpty()) {
                    out.add(Findings.of(code(), Severity.INFO, Findings.LAW, "checks.PROVISION_UNVERIFIED.range",
                            "法规库", List.of(v.id()), Messages.get("checks.field.penalty"), r.label()));
                }
            }
            return out;
        }
    }

    /**
     * PROVISION_NOT_IN_FORCE: the cited text was not in force on the violation date (a later version's,
     * or an earlier version's already replaced); or, by the decision date, a later version had replaced
     * it with a lighter rule or none (第三十七条). The later rule is found across a renumbering through
     * the law's concordance ({@link org.jrw.logic.law.CitationResolver#counterpartOn}).
     */
    static final class NotInForce implements Check {
        @Override
        public String code() {
            return "PROVISION_NOT_IN_FORCE";
        }

        @Override
        public List<Finding> run(CheckContext ctx) {
            List<Finding> out = new ArrayList<>();
            LocalDate decided = ctx.last(DocumentType.PENALTY_DECISION).map(CaseDocument::date).orElse(null);
            for (Cited c : cited(ctx)) {
                Resolution r = c.resolution();
                String basis = Findings.PENALTY_LAW + "第三十七条";
                if (r.status() == Resolution.Status.NOT_IN_FORCE) {
                    // the text cited is of a version not in force on the violation date: a later one
                    // (not yet in force), or an earlier one already replaced
                    LocalDate to = r.version().effectiveTo();
                    boolean replaced = to != null && r.on() != null && !r.on().isBefore(to);
                    // the provision in the text in force on the violation date, to cite instead
                    Optional<Resolution> then = ctx.resolver().predecessorOn(r, r.on());
                    String proposal = then.filter(Resolution::found)
                            .map(x -> org.jrw.i18n.Messages.get("checks.PROVISION_NOT_IN_FORCE.cite",
                                    x.version().label(), x.label()))
                            .orElse("");
                    if (!replaced && decided != null && c.field().equals(Messages.get("checks.field.penalty"))
                            && then.filter(Resolution::found).isPresent() && r.version().inForceOn(decided)
                            && lighter(ctx, c.violation(), then.get(), r)) {
                        // 第三十七条 but-clause: the later, lighter rule in force at the decision is rightly applied
                        continue;
                    }
                    out.add(Findings.of(code(), Severity.ERROR, Findings.LAW,
                            (replaced ? "checks.PROVISION_NOT_IN_FORCE.replaced" : "checks.PROVISION_NOT_IN_FORCE")
                                    + (c.violation().continuing() ? ".continuing" : ""),
                            basis, List.of(c.violation().id()), c.field(), r.label(), String.valueOf(r.on()),
                            replaced ? to.toString() : r.version().articleEffectiveFrom(r.article()).toString(),
                            r.version().label(), proposal));
                } else if (r.status() == Resolution.Status.RESOLVED && decided != null && r.on() != null
                        && !r.version().inForceOn(decided)) {
                    Optional<LawVersion> later = r.law().versionOn(decided);
                    // the provision the cited one became (across a renumbering by the concordance)
                    Optional<Resolution> counterpart = ctx.resolver().counterpartOn(r, decided);
                    if (later.isEmpty() || counterpart.isEmpty()) {
                        continue;
                    }
                    Resolution now = counterpart.get();
                    boolean gone = !now.found();
                    boolean lighter = false;
                    if (!gone && c.field().equals(Messages.get("checks.field.penalty"))) {
                        lighter = lighter(ctx, c.violation(), r, now);
                    }
                    if (gone || lighter) {
                        out.add(Findings.of(code(), Severity.ERROR, Findings.LAW,
                                gone ? "checks.PROVISION_NOT_IN_FORCE.repealed" : "checks.PROVISION_NOT_IN_FORCE.lighter",
                                basis, List.of(c.violation().id()), c.field(), r.label(), decided.toString(),
                                later.get().label() + (gone ? "" : " " + now.label())));
                    }
                }
            }
            return out;
        }
    }

    /** Whether the provision {@code now} fines less than {@code old} for this violation's party and circumstances. */
    static boolean lighter(CheckContext ctx, Violation v, Resolution old, Resolution now) {
        Circumstances circ = CheckContext.circumstances(v);
        var party = ctx.party(v).orElse(null);
        var a = StatutoryRange.of(ctx.penalties(), old, party, circ, CheckContext.proposed(v));
        var b = StatutoryRange.of(ctx.penalties(), now, party, circ, CheckContext.proposed(v));
        return a.isPresent() && b.isPresent() && b.get().maxYuan() < a.get().maxYuan();
    }

    /**
     * LIMITATION_EXPIRED: discovered more than two years (five where life and health safety was
     * harmed) after the violation (行政处罚法 第三十六条第一款). For a continuing or repeated act
     * ({@code continuing}) the period runs from the day it ended ({@code endedOn}; 第三十六条第二款);
     * one still going on when discovered has not begun to run.
     */
    static final class Limitation implements Check {
        @Override
        public String code() {
            return "LIMITATION_EXPIRED";
        }

        @Override
        public List<Finding> run(CheckContext ctx) {
            LocalDate violated = ctx.violationDate();
            var info = ctx.dossier().caseInfo();
            LocalDate discovered = info == null ? null : info.discoveredOn() != null ? info.discoveredOn() : ctx.filedOn();
            if (discovered == null) {
                return List.of();
            }
            JsonNode t = ctx.thresholds().path("limitationYears");
            List<Finding> out = new ArrayList<>();
            for (Violation v : ctx.dossier().violations()) {
                boolean harmful = Boolean.TRUE.equals(CheckContext.circumstances(v).harmfulConsequence());
                int years = harmful ? t.path("lifeHealthValue").asInt(5) : t.path("value").asInt(2);
                if (v.continuing()) {
                    LocalDate ended = v.endedOn();
                    if (ended == null || !discovered.isAfter(ended.plusYears(years))) {
                        continue;
                    }
                    out.add(Findings.of(code(), Severity.ERROR, Findings.LAW, "checks.LIMITATION_EXPIRED.continuing",
                            Findings.PENALTY_LAW + "第三十六条", List.of(v.id()), ended.toString(),
                            discovered.toString(), years));
                } else if (violated != null && discovered.isAfter(violated.plusYears(years))) {
                    out.add(Findings.of(code(), Severity.ERROR, Findings.LAW, "checks.LIMITATION_EXPIRED",
                            Findings.PENALTY_LAW + "第三十六条第一款", List.of(v.id()), violated.toString(),
                            discovered.toString(), years));
                }
            }
            return out;
        }
    }

    /**
     * CRIMINAL_TRANSFER_SUGGESTED: the facts meet an indicator of a work-safety crime (危险作业罪,
     * 刑法 第一百三十四条之一; an accident with the consequences of 第一百三十四条/第一百三十五条; an
     * accident not reported; forged certificates), as configured in {@code criminal-indicators.json}.
     */
    static final class CriminalTransfer implements Check {
        @Override
        public String code() {
            return "CRIMINAL_TRANSFER_SUGGESTED";
        }

        @Override
        public List<Finding> run(CheckContext ctx) {
            if (!ctx.dossier().documentsOf(DocumentType.CRIMINAL_TRANSFER).isEmpty()) {
                return List.of();
            }
            List<Finding> out = new ArrayList<>();
            for (Violation v : ctx.dossier().violations()) {
                AccidentConsequences stated = AccidentConsequences.of(v.facts());
                for (JsonNode ind : ctx.config().indicatorsJson().path("indicators")) {
                    boolean byConsequences = reaches(ind.path("consequences"), stated);
                    if (byConsequences || citesOne(ind.path("provisions"), ctx.penalty(v))
                            || citesOne(ind.path("provisions"), ctx.violated(v)) || factsMatch(ind.path("allOf"), v.facts())) {
                        String what = ind.path("what").asText()
                                + (byConsequences ? "（事实记载：" + stated.describe() + "）" : "");
                        out.add(Findings.of(code(), Severity.WARNING, Findings.LAW, "checks.CRIMINAL_TRANSFER_SUGGESTED",
                                ind.path("basis").asText() + "；" + Findings.PENALTY_LAW + "第二十七条第一款；"
                                        + "《行政执法机关移送涉嫌犯罪案件的规定》；"
                                        + "《安全生产行政执法与刑事司法衔接工作办法》（应急〔2019〕54号）", List.of(v.id()),
                                what, ind.path("crime").asText("危险作业罪")));
                        break;
                    }
                }
            }
            return out;
        }

        private static boolean citesOne(JsonNode provisions, Resolution r) {
            for (JsonNode p : provisions) {
                if (CheckConfig.names(p, r)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the consequences stated reach any threshold of the indicator (none: never). */
        private static boolean reaches(JsonNode t, AccidentConsequences c) {
            if (!t.isObject()) {
                return false;
            }
            return at(t, "deathsAtLeast", c.deaths()) || at(t, "seriousInjuriesAtLeast", c.seriousInjuries())
                    || at(t, "directLossYuanAtLeast", c.directLossYuan());
        }

        private static boolean at(JsonNode t, String field, long value) {
            JsonNode n = t.path(field);
            return n.canConvertToLong() && n.asLong() > 0 && value >= n.asLong();
        }

        private static boolean factsMatch(JsonNode allOf, String facts) {
            if (facts == null || facts.isBlank() || !allOf.isArray() || allOf.isEmpty()) {
                return false;
            }
            for (JsonNode group : allOf) {
                if (!CheckContext.hasAny(facts, CheckConfig.strings(group))) {
                    return false;
                }
            }
            return true;
        }
    }
}
