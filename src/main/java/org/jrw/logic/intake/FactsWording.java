package org.jrw.logic.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jrw.model.PartyKind;

/**
 * Wording rules on the facts as a document states them: a decision or notice addresses the party
 * (你单位…, 你于…) while the manifest's facts describe it (该单位…); and an act stated over a span
 * (自2024年2月26日起…, …以来, …至今) is a continuing one (继续或者连续状态, 行政处罚法 第三十六条第二款),
 * ended on the day the wording says it stopped (至…止, 于…停止).
 */
final class FactsWording {
    private FactsWording() {
    }

    private static final String DATE = "((?:\\d{4}|[〇○零一二三四五六七八九]{4})\\s*年\\s*[0-9一二三四五六七八九十]{1,3}\\s*月(?:\\s*[0-9一二三四五六七八九十]{1,3}\\s*日)?)";
    /** 自…起, 从…开始, …以来, …至今: the act spans a time. */
    private static final Pattern SPAN = Pattern.compile(
            "(?:自|从)\\s*" + DATE + "\\s*(?:起|开始|以来)|" + DATE + "\\s*以来|至今");
    /** 至…止, 至…为止, 于…停止, …停止了违法行为: the day the act ended. */
    private static final Pattern ENDED = Pattern.compile(
            "至\\s*" + DATE + "\\s*(?:止|为止|停止|结束)|(?:于|在)\\s*" + DATE + "\\s*(?:停止|终止|结束)");
    private static final Pattern UNIT_YOU = Pattern.compile("你(公司|单位|厂|店|矿|站|场|中心|合作社|企业)");

    /** Documents that recount how the act stopped (李某强已于2024年3月12日停止电焊作业), most telling first. */
    private static final List<org.jrw.model.DocumentType> RECOUNT = List.of(org.jrw.model.DocumentType.RECHECK_OPINION,
            org.jrw.model.DocumentType.INVESTIGATION_REPORT, org.jrw.model.DocumentType.PENALTY_DECISION);

    /**
     * Readings of {@code violations[0].continuing} and {@code .endedOn}: from the facts, and for a
     * continuing act whose facts do not say when it stopped, from the sentence of a recheck, report
     * or decision that does (于…停止).
     */
    static List<Reading> continuing(Map<String, List<Reading>> byField, List<Extractor.Doc> docs) {
        List<Reading> out = continuing(byField);
        boolean cont = out.stream().anyMatch(r -> r.field().equals("violations[0].continuing"));
        boolean ended = out.stream().anyMatch(r -> r.field().equals("violations[0].endedOn"));
        if (!cont || ended) {
            return out;
        }
        for (org.jrw.model.DocumentType t : RECOUNT) {
            for (Extractor.Doc d : docs) {
                if (d.type() != t || d.text() == null) {
                    continue;
                }
                for (String s : d.text().all().replace("\n", "").split("(?<=[。；])")) {
                    Matcher e = ENDED.matcher(s);
                    if (e.find()) {
                        LocalDate day = Dates.first(e.group(1) != null ? e.group(1) : e.group(2));
                        if (day != null) {
                            out.add(new Reading("violations[0].endedOn", day,
                                    new Reading.Source(d.file(), d.text().pageNumber(0), s.strip()), d.type(), "continuing.stopped"));
                            return out;
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Readings of {@code violations[i].continuing} and {@code .endedOn} from each violation's facts. */
    static List<Reading> continuing(Map<String, List<Reading>> byField) {
        List<Reading> out = new ArrayList<>();
        byField.forEach((field, readings) -> {
            if (!field.matches("violations\\[\\d+]\\.facts") || readings.isEmpty()) {
                return;
            }
            Reading r = readings.get(0);
            String facts = String.valueOf(r.value());
            String v = field.substring(0, field.length() - "facts".length());
            if (SPAN.matcher(facts).find()) {
                out.add(new Reading(v + "continuing", Boolean.TRUE, r.source(), r.from(), "continuing.span"));
                Matcher e = ENDED.matcher(facts);
                if (e.find()) {
                    LocalDate ended = Dates.first(e.group(1) != null ? e.group(1) : e.group(2));
                    if (ended != null) {
                        out.add(new Reading(v + "endedOn", ended, r.source(), r.from(), "continuing.ended"));
                    }
                }
            }
        });
        return out;
    }

    /** Every facts reading's value in the third person, the party's kind and name as first read. */
    static void inThirdPerson(Map<String, List<Reading>> byField) {
        List<Reading> kinds = byField.getOrDefault("parties[0].kind", List.of());
        List<Reading> names = byField.getOrDefault("parties[0].name", List.of());
        PartyKind kind = !kinds.isEmpty() && "person".equals(kinds.get(0).value()) ? PartyKind.PERSON : PartyKind.UNIT;
        String name = names.isEmpty() ? null : String.valueOf(names.get(0).value());
        byField.replaceAll((field, readings) -> !field.matches("violations\\[\\d+]\\.facts") ? readings
                : readings.stream().map(r -> new Reading(r.field(), thirdPerson(String.valueOf(r.value()), kind, name),
                        r.source(), r.from(), r.rule())).toList());
    }

    /**
     * The facts in the third person: 你公司 → 该公司, 你单位 → 该单位; a person addressed as 你 is
     * named (or 当事人 while the name is not known). The source keeps the printed wording.
     */
    static String thirdPerson(String facts, PartyKind kind, String partyName) {
        if (facts == null || !facts.contains("你")) {
            return facts;
        }
        String s = UNIT_YOU.matcher(facts).replaceAll("该$1");
        String who = kind == PartyKind.PERSON ? (partyName != null && !partyName.equals(Proposal.PROVISIONAL_PARTY)
                ? partyName : "当事人") : "该单位";
        return s.replaceAll("你们?", Matcher.quoteReplacement(who));
    }
}
