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
        String partyName = party == null ? "" : party.name();

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
            kw.add(penalty.label());
        }
        kw.add("行政处罚");

        String gist = v == null ? "" : "生产经营单位" + shortAct(act, partyName) + "，违反"
                + nz(v.violatedProvision()) + "，依照" + nz(v.penaltyProvision())
                + "予以行政处罚；本案事实清楚、证据确凿，适用法律正确，裁量适当，程序规范。";

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
            facts.append(date(c.filedOn())).append("，").append(agency).append("对该公司涉嫌违法行为立案调查。");
        }
        d.firstOf(DocumentType.RECHECK_OPINION).ifPresent(o -> facts.append(date(o.date())).append("，执法人员复查，该公司")
                .append(Boolean.TRUE.equals(o.states() == null ? null : o.states().get("rectified")) ? "已按期完成整改。" : "进行了整改复查。"));

        String violationBasis = v == null ? "" : nz(v.violatedProvision()) + text(violated);
        String penaltyBasis = v == null ? "" : nz(v.penaltyProvision()) + text(penalty);

        StringBuilder disc = new StringBuilder();
        if (v != null && penalty != null) {
            Circumstances circ = v.circumstances() == null ? Circumstances.NONE : v.circumstances();
            benchmark.band(c, penalty, party, circ).ifPresentOrElse(b -> disc.append("依据").append(b.layer())
                    .append("，规则").append(b.ruleId()).append("（").append(yuan(b.minYuan())).append("至")
                    .append(yuan(b.maxYuan())).append("档）").append(b.sample() ? "【样例基准，报送前按本地现行基准核对】" : "")
                    .append("。"), () -> disc.append("裁量基准：（请填写所适用基准的名称、项号和档次）。"));
            List<String> parts = new ArrayList<>();
            if (circ.isTrue(circ.firstOffence())) {
                parts.add("初次违法");
            }
            if (circ.isTrue(circ.correctedInTime())) {
                parts.add("及时改正");
            }
            if (circ.mitigating() != null) {
                parts.addAll(circ.mitigating());
            }
            if (!parts.isEmpty()) {
                disc.append("从轻情节：").append(String.join("、", parts)).append("。");
            }
            if (circ.aggravating() != null && !circ.aggravating().isEmpty()) {
                disc.append("从重情节：").append(String.join("、", circ.aggravating())).append("。");
            }
        }

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

        String analysis = "本案是" + (kw.isEmpty() ? "" : kw.iterator().next()) + "领域的典型执法案例。"
                + "执法人员在检查中发现问题后当场责令整改，依法立案调查，收集" + kinds(d) + "等证据，"
                + "违法事实清楚；准确区分违法条款（" + nz(v == null ? null : v.violatedProvision()) + "）与罚则（"
                + nz(v == null ? null : v.penaltyProvision()) + "），依照裁量基准确定罚款数额并说明从轻情节；"
                + "履行告知、陈述申辩、决定、送达程序，程序规范。（请结合本案的法律适用难点补充评析。）";

        return new TypicalCase(title, String.join("；", kw), gist, facts.toString(), violationBasis, penaltyBasis,
                disc.toString(), result.toString(), analysis);
    }

    private static String kinds(Dossier d) {
        Set<String> k = new LinkedHashSet<>();
        d.evidence().forEach(e -> e.kind().ifPresent(x -> k.add(x.labelZh())));
        return k.isEmpty() ? "相关" : String.join("、", k);
    }

    private static String shortAct(String act, String partyName) {
        return act.startsWith(partyName) ? act.substring(partyName.length()) : act;
    }

    private static String text(Resolution r) {
        if (r == null || !r.found() || r.text() == null || r.text().isBlank()) {
            return "";
        }
        return "：“" + r.text().strip() + "”";
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
