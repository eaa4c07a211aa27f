package org.jrw.logic.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jrw.logic.law.CitationResolver;
import org.jrw.logic.pdf.DocumentText;
import org.jrw.logic.law.Resolution;
import org.jrw.model.Dossier;
import org.jrw.model.DocumentType;
import org.jrw.model.Finding;
import org.jrw.model.Severity;
import org.jrw.model.Violation;

/**
 * The qualification pre-check before a typical case is reported (case-template.md A3): every
 * template field filled, the violated and penalty provisions resolved in the law library, the
 * procedure complete (立案 → 调查 → 告知 → 决定 → 送达 → 执行 → 结案), no error finding, and the case
 * within the 92号 scope (started on or after 2021-01-01).
 */
public final class Qualification {
    /** 92号：案例起始时间 2021-01-01. */
    public static final LocalDate START = LocalDate.of(2021, 1, 1);

    /** One pre-check with its outcome and what is wrong. */
    public record Check(String id, String label, boolean passed, String detail) {
    }

    private Qualification() {
    }

    public static boolean passed(List<Check> checks) {
        return checks.stream().allMatch(Check::passed);
    }

    public static List<Check> run(TypicalCase t, Dossier d, List<Finding> findings, CitationResolver resolver) {
        List<Check> out = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        for (String f : TypicalCase.FIELDS) {
            if (t.get(f) == null || t.get(f).isBlank()) {
                empty.add(TypicalCase.label(f));
            }
        }
        out.add(new Check("fields", "模板字段齐全", empty.isEmpty(), empty.isEmpty() ? "" : "未填写：" + String.join("、", empty)));

        List<String> placeholders = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String f : TypicalCase.FIELDS) {
            String v = t.get(f);
            if (v != null && PLACEHOLDER.matcher(v).find()) {
                placeholders.add(TypicalCase.label(f));
            }
            if (v != null && (DocumentText.hasNotes(v) || v.contains("【样例"))) {
                notes.add(TypicalCase.label(f));
            }
        }
        out.add(new Check("placeholders", "无待填写的提示语", placeholders.isEmpty(),
                placeholders.isEmpty() ? "" : "仍有提示语未替换：" + String.join("、", placeholders)));
        out.add(new Check("notes", "无研究注记、网址或待核实标记", notes.isEmpty(),
                notes.isEmpty() ? "" : "含注记：" + String.join("、", notes)));

        String disc = t.discretionBasis() == null ? "" : t.discretionBasis();
        List<String> samples = sampleBenchmarkNames().stream().filter(disc::contains).toList();
        boolean sample = disc.contains("样例") || !samples.isEmpty();
        // what is checked is that no sample benchmark is cited (an empty field fails "fields" above), so the
        // label claims no more: it never says 本地现行裁量基准 over an empty 裁量依据
        out.add(new Check("benchmark", "裁量依据未引用样例基准", !sample,
                sample ? "裁量依据引用了样例基准" + (samples.isEmpty() ? "" : "（" + samples.get(0) + "）")
                        + "，应当改为本地现行基准或说明未适用基准" : ""));

        String pen = t.penaltyBasis() == null ? "" : t.penaltyBasis();
        boolean truncated = TRUNCATED.matcher(pen).find() || !pen.isBlank() && !PENALTY_WORDS.matcher(pen).find();
        out.add(new Check("quotation", "处罚依据引文完整（含罚则）", !truncated,
                truncated ? "处罚依据的引文未包括处罚种类和幅度，或以省略号截断" : ""));

        out.add(provisions(d, resolver));

        out.add(procedure(d));

        out.add(errorFindings(findings));

        LocalDate start = d.caseInfo().filedOn() != null ? d.caseInfo().filedOn() : d.caseInfo().discoveredOn();
        boolean inScope = start != null && !start.isBefore(START);
        out.add(new Check("period", "案件起始不早于2021年1月1日（应急厅函〔2021〕92号）", inScope,
                inScope ? "" : "立案日期：" + start));
        return out;
    }

    /** The violated and penalty provisions of every violation resolve against the law library. */
    private static Check provisions(Dossier d, CitationResolver resolver) {
        List<String> unresolved = new ArrayList<>();
        for (Violation v : d.violations()) {
            for (String[] which : new String[][] {{"违法依据", v.violatedProvision()}, {"处罚依据", v.penaltyProvision()}}) {
                String p = which[1];
                Resolution r = p == null || p.isBlank() ? null : resolver.resolve(p, d.caseInfo().violationDate());
                if (r == null || !r.found()) {
                    // named as the user reads it (第1项违法行为的处罚依据), never by its internal id
                    unresolved.add(p == null || p.isBlank()
                            ? org.jrw.logic.checks.ViolationLabels.of(d, v.id()) + "的" + which[0] + "（未载明）" : p);
                }
            }
        }
        if (d.violations().isEmpty()) {
            unresolved.add("无违法行为");
        }
        return new Check("provisions", "违法依据、处罚依据条款项可核对", unresolved.isEmpty(),
                unresolved.isEmpty() ? "" : "未能解析：" + String.join("、", unresolved));
    }

    /** The procedure's nodes each have their document (立案→调查→告知→决定→送达→执行→结案). */
    private static Check procedure(Dossier d) {
        List<String> missing = new ArrayList<>();
        need(d, missing, "立案", DocumentType.FILING_APPROVAL);
        need(d, missing, "调查", DocumentType.INQUIRY_RECORD, DocumentType.SURVEY_RECORD, DocumentType.INVESTIGATION_REPORT);
        need(d, missing, "告知", DocumentType.PENALTY_NOTICE);
        need(d, missing, "决定", DocumentType.PENALTY_DECISION);
        boolean served = d.documentsOf(DocumentType.PENALTY_DECISION).stream().anyMatch(x -> x.deliveredOn() != null)
                || !d.documentsOf(DocumentType.DELIVERY_RECEIPT).isEmpty();
        if (!served) {
            missing.add("送达");
        }
        need(d, missing, "执行", DocumentType.PAYMENT_RECEIPT, DocumentType.ENFORCEMENT_APPLICATION,
                DocumentType.INSTALLMENT_APPROVAL);
        need(d, missing, "结案", DocumentType.CLOSING_APPROVAL);
        return new Check("procedure", "程序节点齐全（立案→调查→告知→决定→送达→执行→结案）", missing.isEmpty(),
                missing.isEmpty() ? "" : "缺少：" + String.join("、", missing));
    }

    /** No error finding; those there are named as the user reads them (their messages), never by their codes. */
    private static Check errorFindings(List<Finding> findings) {
        List<String> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR)
                .map(f -> f.message() == null || f.message().isBlank() ? f.code() : f.message().strip())
                .distinct().toList();
        return new Check("findings", "无错误级审查发现", errors.isEmpty(), errors.isEmpty() ? ""
                : "有" + errors.size() + "项错误：" + String.join("；", errors));
    }

    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile(
            "请(?:结合|填写|补充|核对|根据|输入|修改)|（待[^）]{0,20}）|\\(待[^)]{0,20}\\)|××|ＸＸ|XX|＿{2,}|_{3,}|此处填写");
    /** A quotation cut off: an ellipsis right before the closing quotation mark. */
    private static final java.util.regex.Pattern TRUNCATED = java.util.regex.Pattern.compile("(?:…|\\.\\.\\.)”");
    private static final java.util.regex.Pattern PENALTY_WORDS = java.util.regex.Pattern.compile(
            "罚款|警告|没收|停产停业|停业整顿|吊销|暂扣|关闭|拘留|通报批评|限制从业|责令停止");

    /** Names and rule ids of the sample (non-binding) benchmark layers, which a report may not cite. */
    static List<String> sampleBenchmarkNames() {
        List<String> out = new ArrayList<>();
        try {
            for (var layer : org.jrw.logic.checks.CheckConfig.builtIn().benchmarkJson().path("layers")) {
                if (!layer.path("sample").asBoolean()) {
                    continue;
                }
                String name = layer.path("name").asText("");
                if (!name.isBlank() && !name.startsWith("（")) {
                    out.add(name);
                }
                for (var rule : layer.path("rules")) {
                    String id = rule.path("id").asText("");
                    if (!id.isBlank()) {
                        out.add(id);
                    }
                }
            }
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(Qualification.class)
                    .warn("built-in benchmark configuration not readable; no benchmark comparison", e);
            // no benchmark configuration: nothing to compare with
        }
        return out;
    }

    private static void need(Dossier d, List<String> missing, String node, DocumentType... any) {
        for (DocumentType t : any) {
            if (!d.documentsOf(t).isEmpty()) {
                return;
            }
        }
        missing.add(node);
    }
}
