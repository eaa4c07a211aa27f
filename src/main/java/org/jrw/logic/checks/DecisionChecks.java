package org.jrw.logic.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jrw.logic.law.Resolution;
import org.jrw.model.CaseDocument;
import org.jrw.model.DocumentType;
import org.jrw.model.Finding;
import org.jrw.model.ProposedPenalty;
import org.jrw.model.Severity;
import org.jrw.model.Violation;

/** Checks of how the decision was reached (法制审核, 集体讨论) and of what it must contain (mandatory measures). */
final class DecisionChecks {
    private static volatile JsonNode measures;

    private DecisionChecks() {
    }

    static JsonNode measures() {
        JsonNode m = measures;
        if (m == null) {
            m = CheckConfig.read("/checks/mandatory-measures.json");
            measures = m;
        }
        return m;
    }

    /** Whether the case holds a document of {@code type} dated on or before {@code day} (undated: counted). */
    static boolean before(CheckContext ctx, DocumentType type, LocalDate day) {
        return ctx.dossier().documentsOf(type).stream().anyMatch(d -> d.date() == null || !d.date().isAfter(day));
    }

    static List<String> others(Violation v) {
        ProposedPenalty p = CheckContext.proposed(v);
        return p.other() == null ? List.of() : p.other();
    }

    /** The total proposed fine of the case. */
    static long totalFine(CheckContext ctx) {
        long sum = 0;
        for (Violation v : ctx.dossier().violations()) {
            Long f = CheckContext.proposed(v).fineYuan();
            sum += f == null ? 0 : f;
        }
        return sum;
    }

    /**
     * LEGAL_REVIEW_MISSING: the decision needed 法制审核 (行政处罚法 第五十八条第一款: after a hearing —
     * 第（二）项 —, or the bureau's list imported as thresholds legalReview.fineYuan) and no 法制审核
     * document is dated on or before it. 重大公共利益 and 疑难复杂 are the bureau's judgement: a case
     * can say so with {@code case.legalReviewRequired: true}.
     */
    static final class LegalReview extends DecidedCheck {
        LegalReview() {
            super("LEGAL_REVIEW_MISSING");
        }

        @Override
        List<Finding> run(CheckContext ctx, CaseDocument decision, LocalDate decided) {
            JsonNode t = ctx.thresholds().path("legalReview");
            String basis = t.path("basis").asText(Findings.PENALTY_LAW + "第五十八条第一款");
            String reason = null;
            if (t.path("afterHearing").asBoolean(true) && (before(ctx, DocumentType.HEARING_RECORD, decided)
                    || before(ctx, DocumentType.HEARING_REPORT, decided))) {
                reason = org.jrw.i18n.Messages.get("checks.LEGAL_REVIEW_MISSING.hearing");
                basis = Findings.PENALTY_LAW + "第五十八条第一款第（二）项";
            } else if (t.path("fineYuan").canConvertToLong() && t.path("fineYuan").asLong() > 0
                    && totalFine(ctx) >= t.path("fineYuan").asLong()) {
                reason = org.jrw.i18n.Messages.get("checks.LEGAL_REVIEW_MISSING.fine", totalFine(ctx),
                        t.path("fineYuan").asLong());
            } else if (ctx.dossier().caseInfo() != null && ctx.dossier().caseInfo().extra() != null
                    && Boolean.TRUE.equals(ctx.dossier().caseInfo().extra().get("legalReviewRequired"))) {
                reason = org.jrw.i18n.Messages.get("checks.LEGAL_REVIEW_MISSING.marked");
            }
            if (reason == null || before(ctx, DocumentType.LEGAL_REVIEW, decided)) {
                return List.of();
            }
            return List.of(Findings.of(code(), Severity.ERROR, Findings.PROCEDURE, "checks.LEGAL_REVIEW_MISSING", basis,
                    List.of(decision.id()), reason, decided.toString()));
        }
    }

    /**
     * COLLECTIVE_DISCUSSION_MISSING: a penalty for 情节复杂或者重大违法 (行政处罚法 第五十七条第二款: the
     * workbench takes 责令停产停业（整顿）、责令关闭、吊销 as 重大; the bureau adds a fine threshold as
     * collectiveDiscussion.fineYuan) with no 集体讨论记录 dated on or before the decision.
     */
    static final class CollectiveDiscussion extends DecidedCheck {
        CollectiveDiscussion() {
            super("COLLECTIVE_DISCUSSION_MISSING");
        }

        @Override
        List<Finding> run(CheckContext ctx, CaseDocument decision, LocalDate decided) {
            if (before(ctx, DocumentType.COLLECTIVE_DISCUSSION, decided)) {
                return List.of();
            }
            JsonNode t = ctx.thresholds().path("collectiveDiscussion");
            List<String> sanctions = CheckConfig.strings(t.path("sanctions"));
            String basis = t.path("basis").asText(Findings.PENALTY_LAW + "第五十七条第二款");
            List<String> refs = new ArrayList<>();
            String what = null;
            for (Violation v : ctx.dossier().violations()) {
                for (String o : others(v)) {
                    if (CheckContext.hasAny(o, sanctions)) {
                        what = what == null ? o : what;
                        refs.add(v.id());
                    }
                }
            }
            if (what == null && t.path("fineYuan").canConvertToLong() && t.path("fineYuan").asLong() > 0
                    && totalFine(ctx) >= t.path("fineYuan").asLong()) {
                what = org.jrw.i18n.Messages.get("checks.COLLECTIVE_DISCUSSION_MISSING.fine", totalFine(ctx),
                        t.path("fineYuan").asLong());
            }
            if (what == null) {
                return List.of();
            }
            refs.add(decision.id());
            return List.of(Findings.of(code(), Severity.ERROR, Findings.PROCEDURE, "checks.COLLECTIVE_DISCUSSION_MISSING",
                    basis, refs, what, decided.toString()));
        }
    }

    /**
     * MANDATORY_MEASURE_MISSING: the penalty provision prescribes a measure without discretion
     * ({@code checks/mandatory-measures.json}: e.g. 危险化学品安全管理条例 第七十七条第三款 责令停止经营活动、
     * 没收; 安全生产法 第一百零二条 拒不执行 → 责令停产停业整顿) that the proposed penalty lacks.
     */
    static final class MandatoryMeasure implements Check {
        @Override
        public String code() {
            return "MANDATORY_MEASURE_MISSING";
        }

        @Override
        public List<Finding> run(CheckContext ctx) {
            List<Finding> out = new ArrayList<>();
            for (Violation v : ctx.dossier().violations()) {
                Resolution r = ctx.penalty(v);
                if (!r.found()) {
                    continue;
                }
                boolean uncorrected = Boolean.TRUE.equals(CheckContext.circumstances(v).uncorrectedAfterDeadline());
                for (JsonNode e : measures().path("entries")) {
                    String condition = e.path("condition").asText("BASE");
                    if (!names(e, r) || (condition.equals("UNCORRECTED") && !uncorrected)
                            || (condition.equals("GAIN") && !gain(ctx, v))) {
                        continue;
                    }
                    for (JsonNode m : e.path("measures")) {
                        if (!proposes(v, m)) {
                            String where = articleLabel(r, e);
                            out.add(Findings.of(code(), Severity.ERROR, Findings.LAW, "checks.MANDATORY_MEASURE_MISSING",
                                    where + "：" + e.path("quote").asText(), List.of(v.id()),
                                    where, m.path("name").asText(), e.path("quote").asText()));
                        }
                    }
                }
            }
            return out;
        }

        /** Whether the case shows illegal income (分档事实 违法所得, or 违法所得…元 in the facts). */
        private static boolean gain(CheckContext ctx, Violation v) {
            java.math.BigDecimal g = TierCondition.facts(ctx.party(v).orElse(null), CheckContext.circumstances(v),
                    v.facts()).get("违法所得");
            return g != null && g.signum() > 0;
        }

        /** The provision as the entry names it: the law, the article and, when the entry gives it, the paragraph. */
        private static String articleLabel(Resolution r, JsonNode e) {
            String a = "第" + org.jrw.logic.law.ChineseNumerals.format(r.article().number()) + "条";
            if (e.hasNonNull("paragraph")) {
                a += "第" + org.jrw.logic.law.ChineseNumerals.format(e.get("paragraph").asInt()) + "款";
            }
            return "《" + r.law().title() + "》" + a;
        }

        /** The entry names the resolved provision: law, version, article, and paragraph/item when it gives them. */
        private static boolean names(JsonNode e, Resolution r) {
            if (r.law() == null || r.article() == null || r.version() == null) {
                return false;
            }
            if (!e.path("law").asText().equals(r.law().id()) || !e.path("version").asText().equals(r.version().id())
                    || e.path("article").asInt() != r.article().number() || r.article().suffix() != 0) {
                return false;
            }
            if (e.hasNonNull("paragraph") && (r.paragraph() == null
                    ? !e.path("wholeArticle").asBoolean(false) : r.paragraph().number() != e.get("paragraph").asInt())) {
                return false;
            }
            return !e.hasNonNull("item") || (r.item() != null && r.item().number() == e.get("item").asInt());
        }

        private static boolean proposes(Violation v, JsonNode m) {
            if (m.path("confiscation").asBoolean(false)) {
                Long c = CheckContext.proposed(v).confiscationYuan();
                if (c != null && c > 0) {
                    return true;
                }
            }
            List<String> words = CheckConfig.strings(m.path("anyOf"));
            for (String o : others(v)) {
                if (CheckContext.hasAny(o, words)) {
                    return true;
                }
            }
            return false;
        }
    }
}
