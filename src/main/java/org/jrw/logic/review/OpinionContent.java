package org.jrw.logic.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jrw.logic.pdf.FieldTable;
import org.jrw.logic.pdf.OfficialDocument;
import org.jrw.logic.pdf.OpinionPdf;
import org.jrw.model.Dossier;
import org.jrw.model.Party;
import org.jrw.model.Role;
import org.jrw.model.Violation;
import org.jrw.model.review.MemberView;
import org.jrw.model.review.PanelMember;
import org.jrw.model.review.Recommendation;
import org.jrw.model.review.Review;
import org.jrw.model.review.ReviewPoint;
import org.jrw.model.review.ViewKind;

/**
 * The text of a joint review opinion (联审意见书), laid out as an official document: the case,
 * each review point with the panel's conclusion and supplementary views, dissent as 保留意见, the
 * conclusion with the recommended penalty and its discretion reasoning, precedents, and the
 * signature slots (one per member; one per required role while the panel is not yet named).
 */
record OpinionContent(OfficialDocument document, String slotsHeading, String slotsNote, List<OpinionPdf.Slot> slots) {
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    static OpinionContent build(Dossier d, Review r, boolean draft, LocalDate date) {
        return build(d, r, draft, date, id -> id);
    }

    /** {@code precedent} describes a referenced precedent by its id (the id itself when unknown). */
    static OpinionContent build(Dossier d, Review r, boolean draft, LocalDate date,
                                java.util.function.Function<String, String> precedent) {
        var ci = d.caseInfo();
        OfficialDocument.Builder b = OfficialDocument.builder("联审意见书")
                .organ(ci.agency())
                .number("联审意见 第" + r.version() + "版")
                .info(ci.agency(), "联审意见书 " + ci.caseNumber(), "联审;" + ci.caseNumber());
        if (draft) {
            b.subtitle("（草稿：" + draftReason(r) + "）");
        }
        String parties = d.parties().stream().map(Party::name).collect(Collectors.joining("、"));
        b.fields(FieldTable.builder(new float[] {16, 34, 16, 34})
                .row("案件名称", ci.title())
                .row("案　　号", ci.caseNumber(), "承办机关", nz(ci.agency()))
                .row("当 事 人", parties)
                .row("联审日期", OfficialDocument.chineseDate(date), "案件状态", nz(ci.status()))
                .build());

        int sec = 0;
        b.heading(NUMERALS[sec++] + "、案件基本情况");
        for (Violation v : d.violations()) {
            StringBuilder sb = new StringBuilder(nz(v.facts()));
            if (v.violatedProvision() != null) {
                sb.append("上述行为违反了").append(v.violatedProvision()).append("的规定");
                sb.append(v.penaltyProvision() != null ? "，依据" + v.penaltyProvision() + "予以处罚。" : "。");
            }
            if (v.proposed() != null && v.proposed().fineYuan() != null) {
                sb.append("承办机构拟处罚款人民币").append(yuan(v.proposed().fineYuan())).append("元");
                if (v.proposed().other() != null && !v.proposed().other().isEmpty()) {
                    sb.append("，并").append(String.join("、", v.proposed().other()));
                }
                sb.append("。");
            }
            b.paragraph(sb.toString());
        }
        String panel = r.members().isEmpty() ? "联审小组尚未组成。"
                : "联审小组由" + r.members().stream().map(m -> m.name() + "（" + m.role().labelZh() + "）")
                .collect(Collectors.joining("、")) + "组成，对本案进行了联合审查。";
        b.paragraph(panel);

        b.heading(NUMERALS[sec++] + "、审查要点及意见");
        int i = 0;
        for (ReviewPoint p : ReviewPoint.values()) {
            b.paragraph("（" + NUMERALS[i++] + "）" + p.labelZh() + "：" + pointVerdict(r, p));
            for (MemberView v : r.viewsOn(p)) {
                if (v.kind() == ViewKind.SUPPLEMENT || v.kind() == ViewKind.AGREE && !v.text().isBlank()) {
                    b.paragraph(memberLabel(r, v.memberId()) + (v.kind() == ViewKind.SUPPLEMENT ? "补充意见：" : "：")
                            + v.text());
                }
            }
        }

        b.heading(NUMERALS[sec++] + "、保留意见");
        List<MemberView> dissent = r.views().stream().filter(v -> v.kind() == ViewKind.OBJECT).toList();
        if (dissent.isEmpty()) {
            b.paragraph("无。");
        }
        for (MemberView v : dissent) {
            b.paragraph(memberLabel(r, v.memberId()) + "对“" + v.point().labelZh() + "”持保留意见：" + v.text());
        }

        Recommendation rec = r.recommendation();
        b.heading(NUMERALS[sec++] + "、联审结论及处罚建议");
        b.paragraph("联审结论：" + (rec.conclusion() == null ? "尚未形成。" : rec.conclusion().labelZh() + "。"));
        if (rec.penalty() != null && !rec.penalty().isBlank()) {
            b.paragraph("建议处罚：" + rec.penalty() + (rec.penalty().endsWith("。") ? "" : "。"));
        }
        List<String> reasoning = new ArrayList<>();
        if (rec.statutoryRange() != null) {
            reasoning.add("法定处罚幅度：" + rec.statutoryRange());
        }
        if (rec.benchmarkBand() != null) {
            reasoning.add("裁量基准档次：" + rec.benchmarkBand());
        }
        if (!rec.mitigating().isEmpty()) {
            reasoning.add("从轻、减轻情节：" + String.join("；", rec.mitigating()));
        }
        if (!rec.aggravating().isEmpty()) {
            reasoning.add("从重情节：" + String.join("；", rec.aggravating()));
        }
        if (!reasoning.isEmpty() || rec.reasoning() != null) {
            b.paragraph("裁量理由：" + String.join("。", reasoning) + (reasoning.isEmpty() ? "" : "。")
                    + nz(rec.reasoning()));
        }

        b.heading(NUMERALS[sec++] + "、参考案例");
        if (rec.precedents().isEmpty()) {
            b.paragraph("无。");
        }
        int k = 1;
        for (String p : rec.precedents()) {
            b.plain(k++ + ". " + precedent.apply(p));
        }

        return new OpinionContent(b.build(), NUMERALS[sec] + "、联审成员签名",
                "本意见书由联审成员以数字签名逐一签署，签名后内容不得更改；如需修改，应形成新版本并重新签署。"
                + "机器可读的联审记录（" + OpinionPdf.ATTACHMENT_NAME + "）作为附件嵌入本文件。", slots(r));
    }

    private static List<OpinionPdf.Slot> slots(Review r) {
        List<OpinionPdf.Slot> out = new ArrayList<>();
        int n = 1;
        if (r.members().isEmpty()) {
            for (Role role : ReviewService.REQUIRED_ROLES) {
                out.add(new OpinionPdf.Slot(OpinionPdf.fieldName(n++, role.name()), role.labelZh(), null, null));
            }
            return out;
        }
        List<PanelMember> ordered = new ArrayList<>(r.members());
        ordered.sort(java.util.Comparator.comparingInt(m -> m.role().ordinal()));
        for (PanelMember m : ordered) {
            out.add(new OpinionPdf.Slot(OpinionPdf.fieldName(n++, m.role().name()), m.role().labelZh(), m.name(),
                    m.organisation()));
        }
        return out;
    }

    private static String pointVerdict(Review r, ReviewPoint p) {
        if (r.members().isEmpty()) {
            return "尚在审查。";
        }
        if (r.isOpen(p)) {
            return "尚在审查（" + r.viewsOn(p).size() + "/" + r.members().size() + "名成员已发表意见）。";
        }
        Map<ViewKind, Long> counts = r.viewsOn(p).stream()
                .collect(Collectors.groupingBy(MemberView::kind, Collectors.counting()));
        long objections = counts.getOrDefault(ViewKind.OBJECT, 0L);
        if (objections == 0) {
            return "联审成员一致认为" + affirm(p) + "。";
        }
        return "多数成员认为" + affirm(p) + "，" + objections + "名成员有异议（见保留意见）。";
    }

    private static String affirm(ReviewPoint p) {
        return switch (p) {
            case SUBJECT -> "当事人主体适格";
            case FACTS -> "违法事实清楚";
            case EVIDENCE -> "证据确实充分";
            case LAW -> "适用法律正确";
            case PROCEDURE -> "程序合法";
            case DISCRETION -> "裁量适当";
            case DOCUMENTS -> "文书规范";
        };
    }

    private static String draftReason(Review r) {
        if (r.members().isEmpty()) {
            return "联审小组尚未组成";
        }
        if (!ReviewService.compositionProblems(r).isEmpty()) {
            return "联审小组组成不全";
        }
        if (!r.openPoints().isEmpty()) {
            return r.openPoints().size() + "项审查要点尚未审结";
        }
        return "尚未形成联审结论";
    }

    private static String memberLabel(Review r, String id) {
        return r.member(id).map(m -> m.name() + "（" + m.role().labelZh() + "）").orElse(id);
    }

    private static String yuan(long y) {
        return String.format("%,d", y);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
