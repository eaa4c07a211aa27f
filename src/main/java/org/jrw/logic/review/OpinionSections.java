package org.jrw.logic.review;

import static org.jrw.logic.pdf.DocumentText.blank;
import static org.jrw.logic.pdf.DocumentText.clean;
import static org.jrw.logic.pdf.DocumentText.sentence;
import static org.jrw.logic.review.OpinionContent.NUMERALS;

import org.jrw.logic.review.OpinionContent.Sources;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jrw.logic.checks.Benchmark;
import org.jrw.logic.checks.StatutoryRange;
import org.jrw.logic.law.CitationResolver;
import org.jrw.logic.law.Resolution;
import org.jrw.logic.pdf.DocumentText;
import org.jrw.logic.pdf.OfficialDocument;
import org.jrw.logic.pdf.OpinionPdf;
import org.jrw.model.CaseDocument;
import org.jrw.model.CaseInfo;
import org.jrw.model.Circumstances;
import org.jrw.model.DocumentType;
import org.jrw.model.Dossier;
import org.jrw.model.Evidence;
import org.jrw.model.Finding;
import org.jrw.model.Party;
import org.jrw.model.ProposedPenalty;
import org.jrw.model.Role;
import org.jrw.model.Severity;
import org.jrw.model.Violation;
import org.jrw.model.review.MemberView;
import org.jrw.model.review.PanelMember;
import org.jrw.model.review.Recommendation;
import org.jrw.model.review.Review;
import org.jrw.model.review.ReviewPoint;
import org.jrw.model.review.ViewKind;

/**
 * The sections of the 联审意见书 in words (ADR 0081): parties, chronology, evidence, legal basis,
 * discretion, findings, the panel's opinion per review point, conclusion, signature slots.
 * {@link OpinionContent#build} lays them out in order.
 */
final class OpinionSections {
    private OpinionSections() {
    }

    /** Whether the decision was already made (a decision document, or the case is closed or being enforced). */
    static boolean afterDecision(Dossier d) {
        if (!d.documentsOf(DocumentType.PENALTY_DECISION).isEmpty()
                || !d.documentsOf(DocumentType.PAYMENT_RECEIPT).isEmpty()
                || !d.documentsOf(DocumentType.CLOSING_APPROVAL).isEmpty()) {
            return true;
        }
        String s = d.caseInfo().status();
        return s != null && (s.contains("结案") || s.contains("已作出") || s.contains("已决定") || s.contains("执行")
                || s.contains("已缴"));
    }

    static String decisionPhrase(Dossier d) {
        Optional<CaseDocument> dec = d.documentsOf(DocumentType.PENALTY_DECISION).stream()
                .reduce((a, x) -> x);
        StringBuilder sb = new StringBuilder();
        if (dec.isPresent() && dec.get().date() != null) {
            sb.append("已于").append(OfficialDocument.chineseDate(dec.get().date())).append("作出行政处罚决定");
            if (!blank(dec.get().number())) {
                sb.append("（").append(dec.get().number().strip()).append("）");
            }
        } else {
            sb.append("已作出行政处罚决定");
        }
        d.documentsOf(DocumentType.PAYMENT_RECEIPT).stream().findFirst().ifPresent(p -> sb.append("，当事人")
                .append(p.date() == null ? "已" : "已于" + OfficialDocument.chineseDate(p.date())).append("缴纳罚款"));
        if (!d.documentsOf(DocumentType.CLOSING_APPROVAL).isEmpty()
                || d.caseInfo().status() != null && d.caseInfo().status().contains("结案")) {
            sb.append("，案件已结案");
        }
        return sb.toString();
    }

    /** The parties the violations charge (all parties when no violation names one). */
    static List<Party> chargedParties(Dossier d) {
        Set<String> ids = new LinkedHashSet<>();
        d.violations().forEach(v -> {
            if (v.partyId() != null) {
                ids.add(v.partyId());
            }
        });
        List<Party> out = new ArrayList<>();
        ids.forEach(id -> d.party(id).ifPresent(out::add));
        return out.isEmpty() ? d.parties() : out;
    }

    static String partyLine(Party p) {
        List<String> parts = new ArrayList<>();
        // a name the case does not state is said so, never printed as "null" (a cleared field)
        parts.add("当事人：" + (blank(p.name()) ? "案卷未载明名称" : p.name().strip()));
        if (p.isUnit()) {
            add(parts, "统一社会信用代码：", p.creditCode());
            add(parts, "住所：", p.address());
            add(parts, "法定代表人：", p.legalRepresentative());
            if (p.employees() != null && p.employees() > 0) {
                parts.add("从业人员" + p.employees() + "人");
            }
        } else {
            add(parts, "公民身份号码：", p.idNumber());
            add(parts, "住址：", p.address());
            add(parts, "职务：", p.position());
        }
        return String.join("，", parts) + "。";
    }

    static void add(List<String> parts, String label, String value) {
        if (!blank(value)) {
            parts.add(label + clean(value));
        }
    }

    /** The documents in date order: date, the document, its number, and for served documents the date of service. */
    static List<String> chronology(Dossier d) {
        List<CaseDocument> dated = d.documentsInFilingOrder().stream().filter(x -> x.date() != null)
                .filter(x -> x.type() != DocumentType.DELIVERY_RECEIPT)
                .sorted(Comparator.comparing(CaseDocument::date)
                        .thenComparingInt(x -> x.type().filingOrder())).toList();
        List<String> out = new ArrayList<>();
        for (CaseDocument doc : dated) {
            StringBuilder sb = new StringBuilder(OfficialDocument.chineseDate(doc.date())).append("，");
            sb.append(event(doc));
            if (doc.type().served()) {
                if (doc.deliveredOn() != null) {
                    sb.append(doc.deliveredOn().equals(doc.date()) ? "，当日送达当事人"
                            : "，" + OfficialDocument.chineseDate(doc.deliveredOn()) + "送达当事人");
                } else {
                    sb.append("，案卷未载明送达日期");
                }
            }
            out.add(sb.append("。").toString());
        }
        return out;
    }

    /**
     * What happened with a document, as an opinion's 办理经过 says it: a whole clause with the document
     * (and its number right after it) in its place — 经《立案审批表》（…）批准立案, never a document's name
     * left dangling after the act (经批准立案，《立案审批表》).
     */
    static String event(CaseDocument doc) {
        String name = "《" + (blank(doc.title()) ? doc.type().labelZh() : clean(doc.title())) + "》"
                + (blank(doc.number()) ? "" : "（" + doc.number().strip() + "）");
        return switch (doc.type()) {
            case INSPECTION_RECORD -> "执法人员现场检查，制作" + name;
            case RECTIFICATION_ORDER -> "下达" + name;
            case ON_SITE_MEASURE -> "作出" + name;
            case RECHECK_OPINION -> "整改复查，制作" + name;
            case FILING_APPROVAL -> "经" + name + "批准立案";
            case INQUIRY_RECORD, SURVEY_RECORD, STATEMENT_RECORD, HEARING_RECORD, SAMPLING_VOUCHER,
                 EVIDENCE_PRESERVATION -> "制作" + name;
            case INVESTIGATION_REPORT -> "调查终结，制作" + name;
            case LEGAL_REVIEW -> "进行法制审核，出具" + name;
            case COLLECTIVE_DISCUSSION -> "负责人集体讨论，形成" + name;
            case PENALTY_NOTICE, HEARING_RIGHTS_NOTICE, INQUIRY_NOTICE, HEARING_NOTICE, INSTALLMENT_APPROVAL -> "制发" + name;
            case PENALTY_DECISION -> "作出" + name;
            case PAYMENT_RECEIPT -> "当事人缴纳罚款（见" + name + "）";
            case CLOSING_APPROVAL -> "经" + name + "批准结案";
            default -> "形成" + name;
        };
    }

    static String evidenceLine(Dossier d, Evidence e) {
        StringBuilder sb = new StringBuilder(blank(e.title()) ? "证据" : clean(e.title()));
        List<String> how = new ArrayList<>();
        e.kind().ifPresent(k -> how.add(k.labelZh()));
        if (e.collectedOn() != null) {
            how.add(OfficialDocument.chineseDate(e.collectedOn()) + "取得");
        }
        if (!blank(e.source())) {
            how.add("来源：" + clean(e.source()));
        }
        if (!how.isEmpty()) {
            sb.append("（").append(String.join("，", how)).append("）");
        }
        List<String> proves = new ArrayList<>();
        List<Violation> vs = d.violations();
        for (String id : e.proves()) {
            int i = -1;
            for (int k = 0; k < vs.size(); k++) {
                if (vs.get(k).id().equals(id)) {
                    i = k;
                }
            }
            if (i >= 0) {
                proves.add(vs.size() > 1 ? "违法事实（" + NUMERALS[i] + "）" : "上述违法事实");
            }
        }
        String purpose = e.extra() == null ? null : asText(e.extra().get("purpose"));
        if (!blank(purpose)) {
            sb.append("，证明").append(sentence(clean(purpose).replaceFirst("^证明", "")));
        } else if (!proves.isEmpty()) {
            sb.append("，用以证明").append(String.join("、", proves)).append("。");
        } else {
            sb.append("，案卷未标明其证明对象。");
        }
        return sb.toString();
    }

    static String asText(Object o) {
        return o == null ? null : o.toString();
    }

    /** The violated and the penalty provision with their text as applied on the violation date. */
    static String lawLine(Violation v, CaseInfo ci, Sources src) {
        StringBuilder sb = new StringBuilder();
        if (!blank(v.violatedProvision())) {
            Optional<Resolution> r = resolve(src, v.violatedProvision(), ci.violationDate());
            sb.append("当事人的上述行为违反了").append(cite(v.violatedProvision(), r)).append("的规定");
            r.map(OpinionSections::quote).ifPresent(q -> sb.append("：“").append(q).append("”"));
            closeSentence(sb);
        }
        if (!blank(v.penaltyProvision())) {
            Optional<Resolution> r = resolve(src, v.penaltyProvision(), ci.violationDate());
            sb.append("依据").append(cite(v.penaltyProvision(), r)).append("予以处罚");
            r.map(OpinionSections::quote).ifPresent(q -> sb.append("：“").append(q).append("”"));
            closeSentence(sb);
        }
        return sb.toString();
    }

    /** Ends a sentence: a quotation that ends with its own full stop closes it (“…作业。”). */
    static void closeSentence(StringBuilder sb) {
        int n = sb.length();
        if (n >= 2 && sb.charAt(n - 1) == '”' && "。！？".indexOf(sb.charAt(n - 2)) >= 0) {
            return;
        }
        sb.append("。");
    }

    static Optional<Resolution> resolve(Sources src, String citation, LocalDate on) {
        if (src.resolver() == null) {
            return Optional.empty();
        }
        try {
            Resolution r = src.resolver().resolve(citation, on);
            return r.found() && r.text() != null && !r.text().isBlank() ? Optional.of(r) : Optional.empty();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(OpinionSections.class).debug("citation {} not resolved", citation, e);
            return Optional.empty();
        }
    }

    static String cite(String written, Optional<Resolution> r) {
        return DocumentText.citation(r.map(Resolution::label).orElse(clean(written)));
    }

    /** The provision's words; an item follows its paragraph's lead-in (处…罚款 stands there). */
    static String quote(Resolution r) {
        String q;
        if (r.item() != null && r.paragraph() != null && !blank(r.paragraph().text())) {
            q = r.paragraph().text().strip() + "……" + r.item().label() + r.item().text().strip();
        } else {
            q = r.text().strip();
        }
        return DocumentText.punctuation(DocumentText.amounts(q.replaceAll("\\s+", "")));
    }

    /** 裁量理由: statutory range, benchmark (with its jurisdiction, or none applicable), circumstances, the panel's reasons. */
    static List<String> discretion(Dossier d, Recommendation rec, Sources src) {
        List<String> out = new ArrayList<>();
        CaseInfo ci = d.caseInfo();
        Set<String> mitigating = new LinkedHashSet<>();
        Set<String> reducing = new LinkedHashSet<>();
        Set<String> aggravating = new LinkedHashSet<>();
        for (Violation v : d.violations()) {
            Party party = d.party(v.partyId()).orElse(null);
            Circumstances c = v.circumstances() == null ? Circumstances.NONE : v.circumstances();
            Optional<Resolution> pen = src.resolver() == null || blank(v.penaltyProvision()) ? Optional.empty()
                    : Optional.ofNullable(safeResolve(src.resolver(), v.penaltyProvision(), ci.violationDate()))
                    .filter(Resolution::found);
            String range = null;
            if (!blank(rec.statutoryRange())) {
                range = clean(rec.statutoryRange());
            } else if (pen.isPresent() && src.penalties() != null) {
                range = StatutoryRange.of(src.penalties(), pen.get(), party, c,
                        v.proposed() == null ? ProposedPenalty.NONE : v.proposed())
                        .map(s -> s.minYuan() == 0 ? DocumentText.yuan(s.maxYuan()) + "以下罚款"
                                : DocumentText.yuan(s.minYuan()) + "以上" + DocumentText.yuan(s.maxYuan()) + "以下罚款")
                        .orElse(null);
            }
            if (range != null && out.stream().noneMatch(x -> x.startsWith("法定处罚幅度"))) {
                out.add("法定处罚幅度：" + sentence(range));
            }
            Optional<Benchmark.Band> band = pen.isPresent() && src.benchmark() != null
                    ? src.benchmark().band(ci, pen.get(), party, c, v.facts()) : Optional.empty();
            if (out.stream().noneMatch(x -> x.startsWith("裁量基准"))) {
                if (band.isPresent() && !band.get().sample()) {
                    Benchmark.Band bb = band.get();
                    out.add("裁量基准：适用" + bb.layer() + "（" + bb.ruleId() + "），该档次罚款"
                            + DocumentText.yuan(bb.minYuan()) + "至" + DocumentText.yuan(bb.maxYuan()) + "。");
                } else if (!blank(rec.benchmarkBand()) && !rec.benchmarkBand().contains("样例")) {
                    out.add("裁量基准：" + sentence(clean(rec.benchmarkBand())));
                } else {
                    out.add("裁量基准：本案管辖地无可适用的行政处罚裁量基准（未录入本地现行基准），"
                            + "依法定处罚幅度并结合案件情节裁量。");
                }
            }
            if (c.isTrue(c.firstOffence())) {
                mitigating.add("初次违法");
            }
            if (c.isTrue(c.correctedInTime())) {
                mitigating.add("及时改正");
            }
            if (c.isTrue(c.uncorrectedAfterDeadline())) {
                aggravating.add("逾期未改正");
            }
            if (c.isTrue(c.harmfulConsequence())) {
                aggravating.add("造成危害后果");
            }
            sort(c.mitigating(), mitigating, reducing);
            aggravating.addAll(cleaned(c.aggravating()));
        }
        sort(rec.mitigating(), mitigating, reducing);
        aggravating.addAll(cleaned(rec.aggravating()));
        if (!mitigating.isEmpty()) {
            out.add("从轻情节：" + String.join("；", mitigating) + "。");
        }
        if (!reducing.isEmpty()) {
            out.add("减轻情节：" + String.join("；", reducing) + "。");
        }
        if (!aggravating.isEmpty()) {
            out.add("从重情节：" + String.join("；", aggravating) + "。");
        }
        if (mitigating.isEmpty() && reducing.isEmpty() && aggravating.isEmpty()) {
            out.add("案卷未载明从轻、减轻或者从重处罚的情节。");
        }
        List<String> proposed = d.violations().stream().map(Violation::proposed)
                .filter(p -> p != null && p.fineYuan() != null)
                .map(p -> "罚款" + DocumentText.yuan(p.fineYuan())).toList();
        if (!proposed.isEmpty()) {
            // a review after the decision speaks of the penalty decided, not of one still proposed
            out.add((afterDecision(d) ? "已作出的行政处罚决定为" : "承办机构拟处") + String.join("、", proposed) + "。");
        }
        if (!blank(rec.reasoning())) {
            out.add("联审小组认为：" + sentence(clean(rec.reasoning())));
        }
        return out;
    }

    static Resolution safeResolve(CitationResolver resolver, String citation, LocalDate on) {
        try {
            return resolver.resolve(citation, on);
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(OpinionSections.class).debug("citation {} not resolved", citation, e);
            return null;
        }
    }

    static void sort(List<String> items, Set<String> mitigating, Set<String> reducing) {
        for (String s : cleaned(items)) {
            (s.contains("减轻") ? reducing : mitigating).add(s);
        }
    }

    static List<String> cleaned(List<String> items) {
        if (items == null) {
            return List.of();
        }
        return items.stream().filter(s -> !blank(s)).map(s -> clean(s).replaceAll("[。；]+$", ""))
                .filter(s -> !s.isBlank()).toList();
    }

    /** 合法性审查发现: errors and warnings, each with the point where the panel took it up. */
    static List<String> findings(Review r, List<Finding> findings) {
        if (findings == null) {
            return List.of("自动合法性审查未能完成，联审小组应当逐项人工审查。");
        }
        List<Finding> shown = findings.stream()
                .filter(f -> f.severity() == Severity.ERROR || f.severity() == Severity.WARNING).toList();
        List<String> out = new ArrayList<>();
        if (shown.isEmpty()) {
            out.add("经自动合法性审查，未发现错误或者需要提示的问题。");
            return out;
        }
        long errors = shown.stream().filter(f -> f.severity() == Severity.ERROR).count();
        out.add("经自动合法性审查，发现" + (errors > 0 ? "错误" + errors + "项" : "")
                + (errors > 0 && shown.size() > errors ? "、" : "")
                + (shown.size() > errors ? "需提示的问题" + (shown.size() - errors) + "项" : "") + "，联审小组逐项审查如下：");
        int n = 1;
        for (Finding f : shown) {
            StringBuilder sb = new StringBuilder();
            sb.append(n++).append(". ").append(f.severity() == Severity.ERROR ? "（错误）" : "（提示）")
                    .append(sentence(clean(f.message())));
            Optional<ReviewPoint> point = pointOf(f);
            point.ifPresent(p -> sb.append("处理情况：").append(dealtWith(r, p)));
            out.add(sb.toString());
        }
        return out;
    }

    static Optional<ReviewPoint> pointOf(Finding f) {
        for (ReviewPoint p : ReviewPoint.values()) {
            if (p.findingCategory().equals(f.category())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    static String dealtWith(Review r, ReviewPoint p) {
        String point = "“" + p.labelZh() + "”";
        if (r.members().isEmpty() || r.viewsOn(p).isEmpty()) {
            return "尚待联审小组在" + point + "中审查。";
        }
        if (r.isOpen(p)) {
            return "联审小组正在" + point + "中审查。";
        }
        if (r.isDisputed(p)) {
            return "联审小组在" + point + "中审查，意见见第八部分。";
        }
        boolean supplement = r.viewsOn(p).stream().anyMatch(v -> v.kind() == ViewKind.SUPPLEMENT);
        return "联审小组在" + point + "中审查" + (supplement ? "，并提出补充意见（见第八部分）。" : "，意见见第八部分。");
    }

    /**
     * The panel's opinion on one point, from the recorded views: unanimous only when every member
     * agrees without a supplement; a supplement is named; with objections, the majority (or the
     * split) and each 保留意见.
     */
    static List<String> pointOpinion(Review r, ReviewPoint p) {
        List<String> out = new ArrayList<>();
        if (r.members().isEmpty()) {
            out.add("联审小组尚未组成，本要点尚未审查。");
            return out;
        }
        List<MemberView> views = r.viewsOn(p);
        if (r.isOpen(p)) {
            out.add("尚在审查（" + views.size() + "/" + r.members().size() + "名成员已发表意见）。");
            for (MemberView v : views) {
                out.add(memberLabel(r, v.memberId()) + v.kind().labelZh() + (blank(v.text()) ? "。" : "：" + sentence(clean(v.text()))));
            }
            return out;
        }
        Map<ViewKind, List<MemberView>> by = new LinkedHashMap<>();
        for (ViewKind k : ViewKind.values()) {
            by.put(k, views.stream().filter(v -> v.kind() == k).toList());
        }
        List<MemberView> agree = by.get(ViewKind.AGREE);
        List<MemberView> supplement = by.get(ViewKind.SUPPLEMENT);
        List<MemberView> object = by.get(ViewKind.OBJECT);
        String affirm = affirm(p);
        int total = views.size();
        int inFavour = agree.size() + supplement.size();
        if (object.isEmpty() && supplement.isEmpty()) {
            out.add("联审成员一致认为" + affirm + "。");
        } else if (object.isEmpty()) {
            out.add("联审成员均认为" + affirm + "，" + names(r, supplement) + "提出补充意见。");
        } else if (inFavour > object.size()) {
            out.add("经合议，多数成员（" + inFavour + "/" + total + "）认为" + affirm + "；"
                    + names(r, object) + "有异议，持保留意见。");
        } else if (inFavour == object.size()) {
            out.add("联审成员意见分歧：" + inFavour + "名成员认为" + affirm + "，" + object.size()
                    + "名成员有异议，未形成多数意见，提请主持人或者集体讨论决定。");
        } else {
            out.add("经合议，多数成员（" + object.size() + "/" + total + "）对“" + p.labelZh() + "”有异议"
                    + (inFavour > 0 ? "；" + names(r, agree.isEmpty() ? supplement : agree) + "认为" + affirm : "")
                    + "。");
        }
        for (MemberView v : agree) {
            if (!blank(v.text())) {
                out.add(memberLabel(r, v.memberId()) + "认为：" + sentence(clean(v.text())));
            }
        }
        for (MemberView v : supplement) {
            out.add(memberLabel(r, v.memberId()) + "补充意见：" + (blank(v.text()) ? "未载明具体内容。" : sentence(clean(v.text()))));
        }
        for (MemberView v : object) {
            out.add(memberLabel(r, v.memberId()) + "对“" + p.labelZh() + "”持保留意见："
                    + (blank(v.text()) ? "未载明理由。" : sentence(clean(v.text()))));
        }
        return out;
    }

    static String names(Review r, List<MemberView> views) {
        return views.stream().map(v -> memberLabel(r, v.memberId())).collect(Collectors.joining("、"));
    }

    /** 结论与处罚建议; after the decision: what the review found and what follows for the decision made. */
    static List<String> conclusion(Dossier d, Review r, boolean afterDecision) {
        Recommendation rec = r.recommendation();
        List<String> out = new ArrayList<>();
        if (rec.conclusion() == null) {
            out.add("联审小组尚未形成结论。");
            return out;
        }
        String penalty = blank(rec.penalty()) ? null : clean(rec.penalty());
        if (penalty == null && rec.fineYuan() != null) {
            penalty = "罚款" + DocumentText.yuan(rec.fineYuan());
        }
        if (!afterDecision) {
            out.add("联审结论：" + rec.conclusion().labelZh() + "。");
            switch (rec.conclusion()) {
                case APPROVE -> out.add("联审小组同意承办机构的处罚意见" + (penalty == null ? "。"
                        : "，建议对" + partyNames(d) + "给予" + sentence(penalty.replaceFirst("^给予", ""))));
                case APPROVE_WITH_CHANGES -> out.add("建议承办机构按本意见修改后作出决定" + (penalty == null ? "。"
                        : "，处罚建议为：" + sentence(penalty)));
                case FURTHER_INVESTIGATION -> out.add("建议承办机构就本意见指出的问题补充调查后重新提请审查。");
                case REJECT -> out.add("联审小组不同意承办机构的处罚意见，建议承办机构依照本意见重新研究处理。");
                default -> { }
            }
            return out;
        }
        out.add("联审结论（事后审查）：" + rec.conclusion().labelZh() + "。");
        switch (rec.conclusion()) {
            case APPROVE -> out.add("联审小组认为，已作出的行政处罚决定认定事实清楚，适用法律正确，裁量适当，程序合法，"
                    + "无需纠正。" + (penalty == null ? "" : "联审小组认同的处罚为：" + sentence(penalty)));
            case APPROVE_WITH_CHANGES -> out.add("联审小组认为，已作出的行政处罚决定总体适当，但存在本意见指出的问题，"
                    + "建议承办机构在今后办案中予以改正；确属应当纠正的，依法定程序处理。"
                    + (penalty == null ? "" : "联审小组认为适当的处罚为：" + sentence(penalty)));
            case FURTHER_INVESTIGATION -> out.add("联审小组认为，本案存在需要查清的问题，建议承办机构补充核查；"
                    + "已作出的处罚决定确有错误的，依法定程序予以纠正。");
            case REJECT -> out.add("联审小组认为，已作出的行政处罚决定存在本意见指出的错误，建议依照《中华人民共和国行政处罚法》"
                    + "第七十五条的规定报请主动纠正，并对案件质量问题予以整改。"
                    + (penalty == null ? "" : "联审小组认为适当的处罚为：" + sentence(penalty)));
            default -> { }
        }
        return out;
    }

    static String partyNames(Dossier d) {
        String s = chargedParties(d).stream().map(Party::name).collect(Collectors.joining("、"));
        return s.isEmpty() ? "当事人" : s;
    }

    static List<OpinionPdf.Slot> slots(Review r) {
        List<OpinionPdf.Slot> out = new ArrayList<>();
        int n = 1;
        if (r.members().isEmpty()) {
            for (Role role : ReviewService.REQUIRED_ROLES) {
                out.add(new OpinionPdf.Slot(OpinionPdf.fieldName(n++, role.name()), role.labelZh(), null, null));
            }
            return out;
        }
        List<PanelMember> ordered = new ArrayList<>(r.members());
        ordered.sort(Comparator.comparingInt(m -> m.role().ordinal()));
        for (PanelMember m : ordered) {
            out.add(new OpinionPdf.Slot(OpinionPdf.fieldName(n++, m.role().name()), m.role().labelZh(), m.name(),
                    m.organisation()));
        }
        return out;
    }

    static String affirm(ReviewPoint p) {
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

    static String draftReason(Review r) {
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

    static String memberLabel(Review r, String id) {
        return r.member(id).map(m -> m.name() + "（" + m.role().labelZh() + "）").orElse("联审成员");
    }
}
