package org.jrw.logic.review;

import static org.jrw.logic.pdf.DocumentText.blank;
import static org.jrw.logic.pdf.DocumentText.clean;
import static org.jrw.logic.pdf.DocumentText.sentence;
import static org.jrw.logic.review.OpinionSections.*;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jrw.logic.checks.Benchmark;
import org.jrw.logic.law.CitationResolver;
import org.jrw.logic.law.PenaltyTable;
import org.jrw.logic.pdf.OfficialDocument;
import org.jrw.logic.pdf.OpinionPdf;
import org.jrw.model.CaseInfo;
import org.jrw.model.Dossier;
import org.jrw.model.Evidence;
import org.jrw.model.Finding;
import org.jrw.model.Party;
import org.jrw.model.Violation;
import org.jrw.model.review.Recommendation;
import org.jrw.model.review.Review;
import org.jrw.model.review.ReviewPoint;

/**
 * The text of a joint review opinion (联审意见书) as a 法制审核/联审 opinion states a review (ADR 0081):
 * 当事人基本情况 (the charged parties; the legal representative as their attribute), 案件来源与办理经过
 * (the documents' chronology with the dates of service), 违法事实, 证据 (each item with what it proves),
 * 法律依据 (the provisions' text as applied), 裁量理由 (statutory range, the benchmark with its
 * jurisdiction or that none applies, circumstances), 合法性审查发现 (errors and warnings of the
 * automatic checks and where the panel dealt with them), 审查意见 per point — summarised from the
 * recorded views (unanimous only when every view agrees; 补充意见 and 保留意见 named) —,
 * 结论与处罚建议, 参考案例, 落款 and 成文日期, and the signature slots. A review made after the
 * decision is labelled 事后审查 and recommends accordingly. A field with nothing to say is left out.
 */
record OpinionContent(OfficialDocument document, String slotsHeading, String slotsNote, List<OpinionPdf.Slot> slots) {
    static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
        "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"};

    /**
     * What the opinion draws on besides the dossier and the review: the legality findings, the law
     * library, the penalty table and the discretion benchmark (each may be null: the section then
     * says less), and how a referenced precedent is described.
     */
    record Sources(List<Finding> findings, CitationResolver resolver, PenaltyTable penalties, Benchmark benchmark,
                   Function<String, String> precedent) {
        static final Sources NONE = new Sources(List.of(), null, null, null, id -> id);
    }

    static OpinionContent build(Dossier d, Review r, boolean draft, LocalDate date) {
        return build(d, r, draft, date, Sources.NONE);
    }

    static OpinionContent build(Dossier d, Review r, boolean draft, LocalDate date, Sources src) {
        CaseInfo ci = d.caseInfo();
        boolean afterDecision = afterDecision(d);
        String agency = blank(ci.agency()) ? null : ci.agency().strip();
        OfficialDocument.Builder b = OfficialDocument.builder("联审意见书")
                .organ(agency)
                .numberPlacement(OfficialDocument.NumberPlacement.RIGHT)
                .number("第" + r.version() + "版")
                .info(agency, "联审意见书 " + ci.caseNumber(), "联审;" + ci.caseNumber());
        if (draft) {
            b.subtitle("（草稿：" + draftReason(r) + "）");
        } else if (afterDecision) {
            b.subtitle("（事后审查）");
        }

        List<Party> charged = chargedParties(d);
        String partyNames = charged.stream().map(Party::name).collect(Collectors.joining("、"));
        StringBuilder intro = new StringBuilder();
        intro.append(blank(ci.title()) ? "本案" : "“" + clean(ci.title()) + "”一案").append("（案号：")
                .append(ci.caseNumber()).append("）");
        intro.append(r.members().isEmpty() ? "，联审小组尚未组成。"
                : "，由" + r.members().stream().sorted(Comparator.comparingInt(m -> m.role().ordinal()))
                .map(m -> m.name() + "（" + m.role().labelZh() + "）").collect(Collectors.joining("、"))
                + "组成联审小组，于" + OfficialDocument.chineseDate(date) + "进行了联合审查。");
        if (afterDecision) {
            intro.append("本案").append(decisionPhrase(d)).append("，本次审查系处罚决定作出后的事后审查，"
                    + "审查意见用于执法监督和案件质量评查，不改变已经作出的行政处罚决定。");
        }
        intro.append("现将审查意见报告如下：");
        b.paragraph(intro.toString());

        int[] sec = {0};
        partiesAndCourse(b, d, charged, sec);
        factsEvidenceAndLaw(b, d, src, sec);
        opinionAndConclusion(b, d, r, src, afterDecision, sec);
        String organ = agency == null ? "联审小组" : agency + "联审小组";
        b.signature(organ, date, null);

        return new OpinionContent(b.build(), "联审成员签名",
                "本意见书由联审成员以数字签名逐一签署，签名后内容不得更改；如需修改，应形成新版本并重新签署。"
                + "机器可读的联审记录（" + OpinionPdf.ATTACHMENT_NAME + "）作为附件嵌入本文件。", OpinionSections.slots(r));
    }

    /** 一、当事人基本情况 and 二、案件来源与办理经过. */
    private static void partiesAndCourse(OfficialDocument.Builder b, Dossier d, List<Party> charged, int[] sec) {
        CaseInfo ci = d.caseInfo();
        // 一、当事人基本情况
        b.heading(NUMERALS[sec[0]++] + "、当事人基本情况");
        if (charged.isEmpty()) {
            b.paragraph("案卷未载明当事人。");
        }
        for (Party p : charged) {
            b.paragraph(partyLine(p));
        }

        // 二、案件来源与办理经过
        List<String> course = chronology(d);
        b.heading(NUMERALS[sec[0]++] + "、案件来源与办理经过");
        String source = blank(ci.source()) ? null : clean(ci.source());
        StringBuilder origin = new StringBuilder();
        if (source != null) {
            origin.append("本案来源于").append(source.replaceFirst("^来源于", "")).append("。");
        }
        if (ci.discoveredOn() != null) {
            origin.append(OfficialDocument.chineseDate(ci.discoveredOn())).append("发现涉嫌违法行为");
            origin.append(ci.filedOn() != null ? "，" + OfficialDocument.chineseDate(ci.filedOn()) + "立案。" : "。");
        } else if (ci.filedOn() != null) {
            origin.append(OfficialDocument.chineseDate(ci.filedOn())).append("立案。");
        }
        if (origin.length() > 0) {
            b.paragraph(origin.toString());
        }
        if (!course.isEmpty()) {
            b.paragraph("办理经过如下：");
            int n = 1;
            for (String line : course) {
                b.paragraph(n++ + ". " + line);
            }
        } else if (origin.length() == 0) {
            b.paragraph("案卷未载明办理经过。");
        }

    }

    /** 三、违法事实, 四、证据 and 五、法律依据. */
    private static void factsEvidenceAndLaw(OfficialDocument.Builder b, Dossier d, Sources src, int[] sec) {
        CaseInfo ci = d.caseInfo();
        // 三、违法事实
        b.heading(NUMERALS[sec[0]++] + "、违法事实");
        List<Violation> vs = d.violations();
        if (vs.isEmpty()) {
            b.paragraph("案卷未载明违法事实。");
        }
        for (int i = 0; i < vs.size(); i++) {
            Violation v = vs.get(i);
            String who = d.party(v.partyId()).map(Party::name).orElse("当事人");
            String facts = blank(v.facts()) ? "案卷未载明具体事实" : clean(v.facts());
            String prefix = vs.size() > 1 ? "（" + NUMERALS[i] + "）" : "";
            facts = facts.replaceFirst("^(该公司|该单位|该企业|当事人)", "");
            b.paragraph(prefix + "经查，" + (facts.startsWith(who) ? "" : who) + sentence(facts));
        }

        // 四、证据
        b.heading(NUMERALS[sec[0]++] + "、证据");
        if (d.evidence().isEmpty()) {
            b.paragraph("案卷未附证据目录。");
        } else {
            b.paragraph("认定上述事实的证据有：");
            int n = 1;
            for (Evidence e : d.evidence()) {
                b.paragraph(n++ + ". " + evidenceLine(d, e));
            }
        }

        // 五、法律依据
        b.heading(NUMERALS[sec[0]++] + "、法律依据");
        boolean anyLaw = false;
        for (int i = 0; i < vs.size(); i++) {
            Violation v = vs.get(i);
            String text = lawLine(v, ci, src);
            if (!text.isEmpty()) {
                b.paragraph((vs.size() > 1 ? "（" + NUMERALS[i] + "）" : "") + text);
                anyLaw = true;
            }
        }
        if (!anyLaw) {
            b.paragraph("案卷未载明违反的规定和处罚依据。");
        }

    }

    /** 六、裁量理由 to 九、结论与处罚建议, and 十、参考案例 when the panel cited precedents. */
    private static void opinionAndConclusion(OfficialDocument.Builder b, Dossier d, Review r, Sources src,
                                             boolean afterDecision, int[] sec) {
        // 六、裁量理由
        Recommendation rec = r.recommendation();
        b.heading(NUMERALS[sec[0]++] + "、裁量理由");
        for (String p : discretion(d, rec, src)) {
            b.paragraph(p);
        }

        // 七、合法性审查发现
        b.heading(NUMERALS[sec[0]++] + "、合法性审查发现");
        for (String p : findings(r, src.findings())) {
            b.paragraph(p);
        }

        // 八、审查意见
        b.heading(NUMERALS[sec[0]++] + "、审查意见");
        int i = 0;
        for (ReviewPoint p : ReviewPoint.values()) {
            b.heading2("（" + NUMERALS[i++] + "）" + p.labelZh());
            for (String s : pointOpinion(r, p)) {
                b.paragraph(s);
            }
        }

        // 九、结论与处罚建议
        b.heading(NUMERALS[sec[0]++] + "、结论与处罚建议");
        for (String p : conclusion(d, r, afterDecision)) {
            b.paragraph(p);
        }

        // 十、参考案例 (only when the panel cited some)
        if (!rec.precedents().isEmpty()) {
            b.heading(NUMERALS[sec[0]++] + "、参考案例");
            int k = 1;
            for (String p : rec.precedents()) {
                b.paragraph(k++ + ". " + clean(src.precedent().apply(p)));
            }
        }

    }

    /** The panel's opinion on one review point ({@link OpinionSections#pointOpinion}). */
    static List<String> pointOpinion(Review r, ReviewPoint p) {
        return OpinionSections.pointOpinion(r, p);
    }
}
