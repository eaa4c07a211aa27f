package org.jrw.logic.rules;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jrw.codec.Json;
import org.jrw.i18n.Messages;
import org.jrw.logic.checks.StatutoryRange;
import org.jrw.logic.checks.TierCondition;
import org.jrw.logic.jurisdiction.Region;
import org.jrw.logic.jurisdiction.RuleSource;
import org.jrw.logic.law.CitationResolver;
import org.jrw.logic.law.LawLibrary;
import org.jrw.logic.law.PenaltyTable;
import org.jrw.logic.law.Resolution;
import org.jrw.model.BadInputException;
import org.jrw.model.Circumstances;
import org.jrw.model.Extra;
import org.jrw.model.Party;
import org.jrw.model.PartyKind;
import org.jrw.model.ProposedPenalty;

/**
 * Reads a bureau's rules from the shipped template (CSV in UTF-8, or the first sheet of an XLSX;
 * lines starting with # are comments; the first other line is the header) and validates every
 * row: the cited provision exists in the library on the effective date, a benchmark band lies
 * inside the provision's statutory range for its party and circumstances, a threshold has a
 * known key, a number and a basis. Any bad row: nothing is imported, and the message lists every
 * bad row (第N行). Kinds and columns are in {@code resources/rules/README.md}.
 */
public final class RulesImporter {
    /** The threshold keys a bureau may set, with the field of the check configuration they fill. */
    static final Map<String, String[]> THRESHOLD_KEYS = new LinkedHashMap<>();

    static {
        THRESHOLD_KEYS.put("statementPeriodDays", new String[] {"statementPeriodDays", "value"});
        THRESHOLD_KEYS.put("hearingThreshold.unitYuan", new String[] {"hearingThreshold", "unitYuan"});
        THRESHOLD_KEYS.put("hearingThreshold.personYuan", new String[] {"hearingThreshold", "personYuan"});
        THRESHOLD_KEYS.put("legalReview.fineYuan", new String[] {"legalReview", "fineYuan"});
        THRESHOLD_KEYS.put("collectiveDiscussion.fineYuan", new String[] {"collectiveDiscussion", "fineYuan"});
    }

    private final CitationResolver resolver;
    private final PenaltyTable penalties;

    public RulesImporter() {
        this(new CitationResolver(LawLibrary.builtIn()), PenaltyTable.builtIn());
    }

    public RulesImporter(CitationResolver resolver, PenaltyTable penalties) {
        this.resolver = resolver;
        this.penalties = penalties;
    }

    /** The columns each kind's template has: any other column is refused, never silently ignored. */
    private static final Map<String, Set<String>> COLUMNS = Map.of(
            RuleSource.BENCHMARK, Set.of("id", "provision", "party", "countMin", "countMax", "uncorrected",
                    "firstOffence", "condition", "minYuan", "maxYuan", "label"),
            RuleSource.NO_PENALTY, Set.of("provision", "what", "kind"),
            RuleSource.THRESHOLDS, Set.of("key", "value", "unit", "basis"));

    /** Reads and validates; throws {@link BadInputException} naming the file and every bad row. */
    public RuleSource read(Path file, String kind, String jurisdiction, LocalDate from, LocalDate to) {
        return read(file, kind, jurisdiction, from, to, null);
    }

    /**
     * Reads and validates under the title findings cite it by (e.g. 西安市应急管理行政处罚裁量基准);
     * without one (the contract makes {@code --title} optional) under a neutral label that is plainly
     * not a document's name — the workbench never invents one (ADR 0077).
     */
    public RuleSource read(Path file, String kind, String jurisdiction, LocalDate from, LocalDate to, String title) {
        if (!Set.of(RuleSource.BENCHMARK, RuleSource.NO_PENALTY, RuleSource.THRESHOLDS).contains(kind)) {
            throw new BadInputException("rules.kind.invalid", String.valueOf(kind));
        }
        Region region = RuleSources.parseRegion(jurisdiction, "--jurisdiction");
        if (from == null) {
            throw new BadInputException("rules.effective.missing");
        }
        if (to != null && to.isBefore(from)) {
            throw new BadInputException("rules.until.beforeEffective", to.toString(), from.toString());
        }
        List<Map<String, String>> rows = rows(file);
        List<String> errors = new ArrayList<>();
        if (!rows.isEmpty()) {
            List<String> unknown = rows.get(0).keySet().stream().filter(c -> !c.startsWith("#") && !c.isBlank()
                    && !COLUMNS.get(kind).contains(c)).toList();
            if (!unknown.isEmpty()) {
                throw new BadInputException("rules.column.unknown", file.getFileName().toString(),
                        String.join("、", unknown), String.join(",", COLUMNS.get(kind).stream().sorted().toList()));
            }
        }
        ObjectNode content = Json.object();
        int n = 0;
        List<Map<String, String>> real = new ArrayList<>();
        for (Map<String, String> r : rows) {
            // a formula or error cell is one more bad row, reported with the others (never evaluated)
            if (r.containsKey("#problems")) {
                errors.add(r.get("#problems"));
            } else if (r.entrySet().stream().anyMatch(e -> !e.getKey().startsWith("#") && e.getValue().contains("【示例】"))) {
                errors.add(row(r, "rules.row.example"));
            } else {
                real.add(r);
            }
        }
        rows = real;
        switch (kind) {
            case RuleSource.BENCHMARK -> {
                ArrayNode rules = content.putArray("rules");
                for (Map<String, String> r : rows) {
                    benchmark(r, from, rules, errors);
                }
                n = rules.size();
            }
            case RuleSource.NO_PENALTY -> {
                ArrayNode items = content.putArray("items");
                for (Map<String, String> r : rows) {
                    noPenalty(r, from, items, errors);
                }
                n = items.size();
            }
            default -> {
                ObjectNode values = content.putObject("values");
                for (Map<String, String> r : rows) {
                    threshold(r, values, errors);
                }
                n = rows.size();
            }
        }
        if (!errors.isEmpty()) {
            throw new BadInputException("rules.import.invalid", file.getFileName().toString(), String.join("；", errors));
        }
        if (n == 0) {
            throw new BadInputException("rules.import.empty", file.getFileName().toString());
        }
        content.put("count", n);
        // a finding cites the source by this name: the bureau's document's own title, or else a neutral
        // label that is plainly no document's name (never in 书名号), never a made-up official title (ADR 0077)
        String name = title == null ? "" : title.strip().replaceAll("^《|》$", "").strip();
        if (name.isEmpty()) {
            name = Messages.get("rules.untitled", Messages.get("rules.gui.kind." + kind), region.label(), from.toString());
            content.put("untitled", true);
        }
        String id = kind + ":" + region.label() + ":" + from + ":" + Long.toHexString(System.nanoTime());
        return new RuleSource(id, kind, name, region, from, to, file.getFileName().toString(), false, content);
    }

    // ---------------------------------------------------------------- rows

    /** The rows as header → cell text (see {@link RuleRows}). */
    static List<Map<String, String>> rows(Path file) {
        return RuleRows.read(file);
    }

    // ---------------------------------------------------------------- kinds

    private Optional<Resolution> provision(Map<String, String> r, LocalDate on, List<String> errors) {
        String text = r.getOrDefault("provision", "");
        if (text.isBlank()) {
            errors.add(row(r, "rules.row.provisionMissing"));
            return Optional.empty();
        }
        Resolution res = resolver.resolve(text, on, null);
        if (res.status() != Resolution.Status.RESOLVED) {
            errors.add(row(r, "rules.row.provisionNotFound", text, on.toString()));
            return Optional.empty();
        }
        return Optional.of(res);
    }

    private void benchmark(Map<String, String> r, LocalDate on, ArrayNode rules, List<String> errors) {
        Optional<Resolution> res = provision(r, on, errors);
        Long min = number(r, "minYuan", errors, true);
        Long max = number(r, "maxYuan", errors, true);
        Long countMin = number(r, "countMin", errors, false);
        Long countMax = number(r, "countMax", errors, false);
        String party = r.getOrDefault("party", "").strip();
        boolean unit = !party.equals("个人") && !party.equalsIgnoreCase("PERSON");
        Boolean uncorrected = yesNo(r, "uncorrected", errors);
        Boolean first = yesNo(r, "firstOffence", errors);
        String condition = condition(r, errors);
        if (res.isEmpty() || min == null || max == null || condition == null) {
            return;
        }
        if (min > max) {
            errors.add(row(r, "rules.row.bandInverted", min, max));
            return;
        }
        Party p = new Party("p", unit ? PartyKind.UNIT : PartyKind.PERSON, "", null, null, null, null, null, null, null,
                Extra.NONE);
        Circumstances c = new Circumstances(first, null, uncorrected, null, countMin == null ? null : countMin.intValue(),
                List.of(), List.of(), Extra.NONE);
        Optional<StatutoryRange> range = StatutoryRange.of(penalties, res.get(), p, c, ProposedPenalty.NONE);
        if (range.isPresent() && (min < range.get().minYuan() || max > range.get().maxYuan())) {
            errors.add(row(r, "rules.row.outsideStatutory", min, max, range.get().minYuan(), range.get().maxYuan(),
                    res.get().label()));
            return;
        }
        ObjectNode rule = rules.addObject();
        rule.put("id", r.getOrDefault("id", "").isBlank() ? "R" + rules.size() : r.get("id"));
        rule.put("label", r.getOrDefault("label", "").isBlank() ? rule.path("id").asText() : r.get("label"));
        names(rule, res.get());
        rule.put("party", unit ? "UNIT" : "PERSON");
        ObjectNode when = rule.putObject("when");
        if (countMin != null) {
            when.put("countMin", countMin);
        }
        if (countMax != null) {
            when.put("countMax", countMax);
        }
        if (uncorrected != null) {
            when.put("uncorrected", uncorrected);
        }
        if (first != null) {
            when.put("firstOffence", first);
        }
        if (!condition.isEmpty()) {
            when.put("expr", condition);
        }
        rule.put("minYuan", min);
        rule.put("maxYuan", max);
    }

    /** The tier's condition expression, validated ({@link TierCondition}); "" when none, null when bad. */
    private static String condition(Map<String, String> r, List<String> errors) {
        String text = r.getOrDefault("condition", "").strip();
        if (text.isEmpty()) {
            return "";
        }
        try {
            return TierCondition.parse(text).text();
        } catch (BadInputException e) {
            errors.add(row(r, "rules.row.conditionInvalid", column(r, "condition"), e.getMessage()));
            return null;
        }
    }

    private void noPenalty(Map<String, String> r, LocalDate on, ArrayNode items, List<String> errors) {
        Optional<Resolution> res = provision(r, on, errors);
        String what = r.getOrDefault("what", "");
        String kind = r.getOrDefault("kind", "").strip();
        if (what.isBlank()) {
            errors.add(row(r, "rules.row.whatMissing"));
        }
        if (!kind.equals("轻微") && !kind.equals("首违")) {
            errors.add(row(r, "rules.row.kindInvalid", kind));
        }
        if (res.isEmpty() || what.isBlank() || !(kind.equals("轻微") || kind.equals("首违"))) {
            return;
        }
        ObjectNode item = items.addObject();
        names(item, res.get());
        item.put("what", what);
        item.put("kind", kind);
    }

    private static void threshold(Map<String, String> r, ObjectNode values, List<String> errors) {
        String key = r.getOrDefault("key", "").strip();
        String[] target = THRESHOLD_KEYS.get(key);
        if (target == null) {
            errors.add(row(r, "rules.row.keyInvalid", key, String.join("、", THRESHOLD_KEYS.keySet())));
            return;
        }
        Long value = number(r, "value", errors, true);
        String basis = r.getOrDefault("basis", "").strip();
        if (basis.isEmpty()) {
            errors.add(row(r, "rules.row.basisMissing"));
        }
        String unit = r.getOrDefault("unit", "").strip();
        if (key.endsWith("Days") && !unit.equals("日") && !unit.equals("工作日")) {
            errors.add(row(r, "rules.row.unitInvalid", unit));
            return;
        }
        if (value == null || basis.isEmpty()) {
            return;
        }
        ObjectNode entry = values.has(target[0]) ? (ObjectNode) values.get(target[0]) : values.putObject(target[0]);
        entry.put(target[1], value);
        entry.put("basis", basis);
        if (!unit.isEmpty()) {
            entry.put("unit", unit);
        }
    }

    private static void names(ObjectNode n, Resolution r) {
        n.put("law", r.law().id());
        n.put("version", r.version().id());
        n.put("article", r.article().number());
        if (r.article().suffix() != 0) {
            n.put("suffix", r.article().suffix());
        }
        if (r.item() != null) {
            n.put("item", r.item().number());
        }
    }

    private static Long number(Map<String, String> r, String col, List<String> errors, boolean required) {
        String s = r.getOrDefault(col, "").replace(",", "").strip();
        if (s.isEmpty()) {
            if (required) {
                errors.add(row(r, "rules.row.numberMissing", column(r, col)));
            }
            return null;
        }
        try {
            long v = Long.parseLong(s.endsWith(".0") ? s.substring(0, s.length() - 2) : s);
            if (v < 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            // expected input error: reported with the row and column
            errors.add(row(r, "rules.row.numberInvalid", column(r, col), s));
            return null;
        }
    }

    private static Boolean yesNo(Map<String, String> r, String col, List<String> errors) {
        String s = r.getOrDefault(col, "").strip();
        return switch (s) {
            case "" -> null;
            case "是", "true", "TRUE", "Y", "yes" -> Boolean.TRUE;
            case "否", "false", "FALSE", "N", "no" -> Boolean.FALSE;
            default -> {
                errors.add(row(r, "rules.row.yesNoInvalid", column(r, col), s));
                yield null;
            }
        };
    }

    /** Where the row is: 第N行, or for a workbook 工作表“S”第N行. */
    static String row(Map<String, String> r, String key, Object... args) {
        if (r.containsKey("#sheet")) {
            return Messages.get("rules.row.sheet", r.get("#sheet"), r.get("#line"), Messages.get(key, args));
        }
        return Messages.get("rules.row", r.get("#line"), Messages.get(key, args));
    }

    /** A column by its header, with its letter in a workbook: minYuan（H列）. */
    static String column(Map<String, String> r, String col) {
        String letter = r.get("#col." + col);
        return letter == null ? col : Messages.get("rules.column.letter", col, letter);
    }
}
