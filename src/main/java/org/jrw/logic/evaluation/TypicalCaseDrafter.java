package org.jrw.logic.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jrw.logic.checks.Benchmark;
import org.jrw.logic.checks.CheckConfig;
import org.jrw.logic.law.CitationResolver;
import org.jrw.logic.law.LawLibrary;
import org.jrw.logic.law.Resolution;
import org.jrw.logic.pdf.DocumentText;
import org.jrw.logic.pdf.OfficialDocument;
import org.jrw.model.CaseDocument;
import org.jrw.model.CaseInfo;
import org.jrw.model.Circumstances;
import org.jrw.model.Dossier;
import org.jrw.model.DocumentType;
import org.jrw.model.Party;
import org.jrw.model.Violation;

/**
 * Prefills a {@link TypicalCase} from a dossier: the name in the “××机关对××公司××行为行政处罚案”
 * form, keywords (industry, the 92号 focus area, the provision), the facts from the inspection to
 * the filing, the violated and penalty provisions with their text from the law library, the
 * discretion basis with the benchmark rule and band, the result from the decision and a draft
 * analysis for the officer to rewrite.
 */
public final class TypicalCaseDrafter {
    /** 92号 选取范围: the focus areas, matched in the facts, title and industry. */
    private static final List<String[]> FOCUS = List.of(
            new String[] {"特种作业", "特种作业人员持证上岗"}, new String[] {"危险化学品", "危险化学品"},
            new String[] {"烟花爆竹", "烟花爆竹"}, new String[] {"安全评价", "安全评价和检测检验机构"},
            new String[] {"检测检验", "安全评价和检测检验机构"}, new String[] {"重大事故隐患", "重大事故隐患"},
            new String[] {"工贸", "工贸"});
    private final CitationResolver resolver;
    private final Benchmark benchmark;

    public TypicalCaseDrafter() {
        this(new CitationResolver(LawLibrary.builtIn()), new Benchmark(CheckConfig.builtIn().benchmarkJson()));
    }

    public TypicalCaseDrafter(CitationResolver resolver, Benchmark benchmark) {
        this.resolver = resolver;
        this.benchmark = benchmark;
    }

    public TypicalCase draft(Dossier d) {
        CaseInfo c = d.caseInfo();
        String agency = nz(c.agency());
        Violation v = d.violations().isEmpty() ? null : d.violations().get(0);
        Party party = v == null ? null : d.party(v.partyId()).orElse(null);
        // a party whose name the case does not state (cleared in the editor, or an imported package
        // without it) is called 当事人, never "null"
        String partyName = party == null || party.name() == null || party.name().isBlank() ? "当事人" : party.name().strip();

        String act = nz(c.title()).replaceFirst("案$", "");
        String title = agency + "对" + (act.startsWith(partyName) ? act : partyName + act) + "行政处罚案";

        Set<String> kw = new LinkedHashSet<>();
        String hay = nz(c.title()) + " " + nz(c.industry()) + " " + (v == null ? "" : nz(v.facts()));
        for (String[] f : FOCUS) {
            if (hay.contains(f[0])) {
                kw.add(f[1]);
            }
        }
        if (c.industry() != null && !c.industry().isBlank()) {
            kw.add(c.industry());
        }
        Resolution violated = v == null ? null : resolver.resolve(nz(v.violatedProvision()), c.violationDate());
        Resolution penalty = v == null ? null : resolver.resolve(nz(v.penaltyProvision()), c.violationDate());
        if (penalty != null && penalty.found()) {
            // the one citation form of printed text (第九十七条第七项), as in 要旨 and 处罚依据
            kw.add(DocumentText.citation(penalty.label()));
        }
        kw.add("行政处罚");

        String gist = gist(v, violated, penalty, party);

        String facts = facts(d, v, agency, partyName, referent(party, partyName));

        String violationBasis = v == null ? "" : cite(v.violatedProvision(), violated) + text(violated);
        String penaltyBasis = v == null ? "" : cite(v.penaltyProvision(), penalty) + text(penalty);

        String disc = v == null || penalty == null ? "" : discretion(c, v, penalty, party);

        String result = result(d, v, agency, partyName);

        // 案件评析 is the officer's own analysis of the case's difficulty: never prefilled with boilerplate
        String analysis = "";

        return new TypicalCase(title, String.join("；", kw), gist, facts, violationBasis, penaltyBasis,
                disc, result, analysis);
    }

    /** 基本案情: the inspection and what it found, the orders made on the spot, the filing and the re-check. */
    private static String facts(Dossier d, Violation v, String agency, String partyName, String referent) {
        CaseInfo c = d.caseInfo();
        StringBuilder facts = new StringBuilder();
        Optional<CaseDocument> inspection = d.firstOf(DocumentType.INSPECTION_RECORD);
        LocalDate inspected = inspection.map(CaseDocument::date).orElse(c.discoveredOn());
        facts.append(date(inspected)).append("，").append(agency).append("执法人员")
                .append(c.source() == null || c.source().isBlank() ? "在执法检查中" : "在" + c.source() + "中")
                .append("对").append(partyName).append("进行检查，发现：").append(v == null ? "" : nz(v.facts()));
        if (!facts.toString().endsWith("。")) {
            facts.append("。");
        }
        d.firstOf(DocumentType.RECTIFICATION_ORDER).ifPresent(o -> facts.append("执法人员当场下达《责令限期整改指令书》")
                .append(o.number() == null ? "" : "（" + o.number() + "）").append("，责令限期整改。"));
        d.firstOf(DocumentType.ON_SITE_MEASURE).ifPresent(o -> facts.append("当场作出《现场处理措施决定书》。"));
        if (c.filedOn() != null) {
            facts.append(date(c.filedOn())).append("，").append(agency).append("对").append(referent).append("涉嫌违法行为立案调查。");
        }
        d.firstOf(DocumentType.RECHECK_OPINION).ifPresent(o -> facts.append(date(o.date())).append("，执法人员复查，").append(referent)
                .append(Boolean.TRUE.equals(o.states() == null ? null : o.states().get("rectified")) ? "已按期完成整改。" : "进行了整改复查。"));
        return facts.toString();
    }

    /** How the facts refer back to the party: 该公司 / 该单位 for a unit, a person by name. */
    static String referent(Party party, String partyName) {
        if (party == null || !party.isUnit()) {
            return partyName;
        }
        return partyName.endsWith("公司") ? "该公司" : "该单位";
    }

    /** 裁量: the benchmark band in force where the case was decided and the circumstances that moved the fine. */
    private String discretion(CaseInfo c, Violation v, Resolution penalty, Party party) {
        StringBuilder disc = new StringBuilder();
        Circumstances circ = v.circumstances() == null ? Circumstances.NONE : v.circumstances();
        // only a benchmark in force where the case was decided; a sample (another place's
        // structure) is never a basis: the field is then left for the officer (pre-check fails)
        // the item as the benchmark names it (第十二项 一般情形), never wrapped in a second 第…项
        benchmark.band(c, penalty, party, circ, v.facts()).filter(b -> !b.sample()).ifPresent(b -> disc.append("依据")
                .append(b.layer()).append("（").append(b.ruleId()).append("，").append(yuan(b.minYuan()))
                .append("至").append(yuan(b.maxYuan())).append("档）。"));
        // each circumstance once (初次违法 is both a flag and, often, a listed mitigating ground)
        Set<String> parts = new LinkedHashSet<>();
        if (circ.isTrue(circ.firstOffence())) {
            parts.add("初次违法");
        }
        if (circ.isTrue(circ.correctedInTime())) {
            parts.add("及时改正");
        }
        if (circ.mitigating() != null) {
            parts.addAll(circ.mitigating());
        }
        if (disc.length() > 0 && !parts.isEmpty()) {
            disc.append("从轻情节：").append(String.join("、", parts)).append("。");
        }
        if (disc.length() > 0 && circ.aggravating() != null && !circ.aggravating().isEmpty()) {
            disc.append("从重情节：").append(String.join("、", circ.aggravating())).append("。");
        }
        return disc.toString();
    }

    /** 处理结果: the decision, the sanctions and whether the fine was paid and the case closed. */
    private static String result(Dossier d, Violation v, String agency, String partyName) {
        StringBuilder result = new StringBuilder();
        Optional<CaseDocument> decision = d.documentsOf(DocumentType.PENALTY_DECISION).stream().reduce((a, b) -> b);
        if (decision.isPresent()) {
            CaseDocument dec = decision.get();
            result.append(date(dec.date())).append("，").append(agency).append("作出《行政处罚决定书》")
                    .append(dec.number() == null ? "" : "（" + dec.number() + "）").append("，");
        }
        if (v != null && v.proposed() != null) {
            result.append("对").append(partyName);
            List<String> sanctions = new ArrayList<>();
            if (v.proposed().fineYuan() != null && v.proposed().fineYuan() > 0) {
                sanctions.add("处罚款人民币" + yuan(v.proposed().fineYuan()));
            }
            if (v.proposed().confiscationYuan() != null && v.proposed().confiscationYuan() > 0) {
                sanctions.add("没收违法所得人民币" + yuan(v.proposed().confiscationYuan()));
            }
            if (v.proposed().other() != null) {
                sanctions.addAll(v.proposed().other());
            }
            result.append(String.join("，", sanctions)).append("。");
        }
        d.firstOf(DocumentType.PAYMENT_RECEIPT).ifPresent(p -> result.append("当事人已于").append(date(p.date()))
                .append("缴纳罚款，").append(d.firstOf(DocumentType.CLOSING_APPROVAL).isPresent() ? "案件已结案。" : "案件待结案。"));
        return result.toString();
    }

    /**
     * 要旨: the rule the case applies, from the case itself — the duty of the violated provision
     * (its text), the act, the penalty provision and the penalty decided, and the circumstances that
     * moved the fine. Empty (the pre-check then fails) when the provisions cannot be read.
     */
    static String gist(Violation v, Resolution violated, Resolution penalty, Party party) {
        if (v == null || violated == null || !violated.found() || penalty == null || !penalty.found()
                || violated.text() == null) {
            return "";
        }
        String duty = violated.text().strip().replaceAll("\\s+", "").replaceAll("[。；]$", "");
        StringBuilder sb = new StringBuilder();
        sb.append(DocumentText.citation(violated.label())).append("规定，").append(duty).append("。");
        String who = party == null || party.isUnit() ? "生产经营单位" : "当事人";
        sb.append(who).append("违反该规定的，依照").append(DocumentText.citation(penalty.label())).append("予以处罚");
        if (v.proposed() != null && v.proposed().fineYuan() != null && v.proposed().fineYuan() > 0) {
            sb.append("；本案处罚款").append(yuan(v.proposed().fineYuan()));
        }
        Circumstances circ = v.circumstances() == null ? Circumstances.NONE : v.circumstances();
        List<String> light = new ArrayList<>();
        if (circ.isTrue(circ.firstOffence())) {
            light.add("初次违法");
        }
        if (circ.isTrue(circ.correctedInTime())) {
            light.add("及时改正");
        }
        if (!light.isEmpty()) {
            sb.append("，考虑当事人").append(String.join("且", light)).append("，在法定幅度内从轻处罚");
        }
        return sb.append("。").toString();
    }

    private static String cite(String written, Resolution r) {
        return DocumentText.citation(r != null && r.found() ? r.label() : nz(written));
    }

    /** The provision's words in full; an item follows its paragraph's lead-in (where the penalty stands). */
    private static String text(Resolution r) {
        if (r == null || !r.found() || r.text() == null || r.text().isBlank()) {
            return "";
        }
        String q = r.item() != null && r.paragraph() != null && r.paragraph().text() != null
                && !r.paragraph().text().isBlank()
                ? r.paragraph().text().strip() + "……" + r.item().label() + r.item().text().strip() : r.text().strip();
        return "：“" + DocumentText.punctuation(q.replaceAll("\\s+", "")) + "”";
    }

    static String yuan(long y) {
        return y % 10000 == 0 && y >= 10000 ? (y / 10000) + "万元" : y + "元";
    }

    private static String date(LocalDate d) {
        return d == null ? "" : OfficialDocument.chineseDate(d);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
