package org.jrw.logic.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A typical enforcement case (典型执法案例) in the template of 应急厅函〔2021〕92号 as the published
 * cases show it (../shared/domain/case-template.md A2): 案例名称, 关键词, 要旨, 基本案情, 查处理由和结果
 * (违法依据, 处罚依据, 裁量依据 with the benchmark item, 处理结果) and 案件评析. Every field is
 * editable text; {@link TypicalCaseDrafter} prefills it from the dossier.
 */
public record TypicalCase(String title, String keywords, String gist, String facts, String violationBasis,
                          String penaltyBasis, String discretionBasis, String result, String analysis) {

    /** The fields in template order, with their template label. */
    public static final List<String> FIELDS = List.of("title", "keywords", "gist", "facts", "violationBasis",
            "penaltyBasis", "discretionBasis", "result", "analysis");

    public static String label(String field) {
        return switch (field) {
            case "title" -> "案例名称";
            case "keywords" -> "关键词";
            case "gist" -> "要旨";
            case "facts" -> "基本案情";
            case "violationBasis" -> "违法依据";
            case "penaltyBasis" -> "处罚依据";
            case "discretionBasis" -> "裁量依据";
            case "result" -> "处理结果";
            case "analysis" -> "案件评析";
            default -> field;
        };
    }

    public String get(String field) {
        return switch (field) {
            case "title" -> title;
            case "keywords" -> keywords;
            case "gist" -> gist;
            case "facts" -> facts;
            case "violationBasis" -> violationBasis;
            case "penaltyBasis" -> penaltyBasis;
            case "discretionBasis" -> discretionBasis;
            case "result" -> result;
            case "analysis" -> analysis;
            default -> throw new IllegalArgumentException(field);
        };
    }

    public TypicalCase with(String field, String value) {
        Map<String, String> m = toMap();
        if (!m.containsKey(field)) {
            throw new IllegalArgumentException(field);
        }
        m.put(field, value);
        return fromMap(m);
    }

    public Map<String, String> toMap() {
        Map<String, String> m = new LinkedHashMap<>();
        FIELDS.forEach(f -> m.put(f, get(f) == null ? "" : get(f)));
        return m;
    }

    public static TypicalCase fromMap(Map<String, ?> m) {
        java.util.function.Function<String, String> g = k -> m.get(k) == null ? "" : m.get(k).toString();
        return new TypicalCase(g.apply("title"), g.apply("keywords"), g.apply("gist"), g.apply("facts"),
                g.apply("violationBasis"), g.apply("penaltyBasis"), g.apply("discretionBasis"), g.apply("result"),
                g.apply("analysis"));
    }
}
