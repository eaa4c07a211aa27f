package org.jrw.logic.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.time.LocalDate;
import java.util.Comparator;
import org.jrw.codec.Json;
import org.jrw.logic.jurisdiction.Region;
import org.jrw.logic.jurisdiction.RuleSource;
import org.jrw.model.CaseInfo;

/**
 * The configuration of the legality checks, read from JSON under {@code checks/}: thresholds and
 * periods with their sources ({@code thresholds.json}, with regional overrides), the discretion
 * benchmark ({@code benchmark.json}), the no-penalty list ({@code no-penalty-list.json}), the
 * criminal-transfer indicators ({@code criminal-indicators.json}) and the working-day calendar
 * ({@code holidays.json}) for periods counted in working days.
 *
 * <p>Rules apply by place and day (ADR 0070): the workspace's jurisdiction completes the case's
 * agency into a {@link Region}; national thresholds of the built-in file apply in their validity;
 * rule sources a bureau imported ({@link RuleSource}: benchmark, no-penalty list, thresholds) apply
 * where their jurisdiction covers the case's place on the relevant day, the most specific last.
 * The built-in benchmark and no-penalty list are examples from other places: never applied.
 */
public final class CheckConfig {
    private static volatile CheckConfig builtIn;
    private final JsonNode thresholds;
    private final JsonNode benchmark;
    private final JsonNode noPenalty;
    private final JsonNode indicators;
    private final WorkingDays calendar;
    private final Region workspace;
    private final List<RuleSource> imported;

    public CheckConfig(JsonNode thresholds, JsonNode benchmark, JsonNode noPenalty, JsonNode indicators,
                       JsonNode holidays) {
        this.thresholds = thresholds;
        this.benchmark = benchmark;
        this.noPenalty = noPenalty;
        this.indicators = indicators;
        this.calendar = WorkingDays.read(holidays);
        this.workspace = Region.NATIONAL;
        this.imported = List.of();
    }

    private CheckConfig(JsonNode thresholds, CheckConfig base, Region workspace, List<RuleSource> imported) {
        this.thresholds = thresholds;
        this.benchmark = base.benchmark;
        this.noPenalty = base.noPenalty;
        this.indicators = base.indicators;
        this.calendar = base.calendar;
        this.workspace = workspace;
        this.imported = List.copyOf(imported);
    }

    public static CheckConfig builtIn() {
        CheckConfig c = builtIn;
        if (c == null) {
            synchronized (CheckConfig.class) {
                c = builtIn;
                if (c == null) {
                    c = new CheckConfig(read("/checks/thresholds.json"), read("/checks/benchmark.json"),
                            read("/checks/no-penalty-list.json"), read("/checks/criminal-indicators.json"),
                            read("/checks/holidays.json"));
                    builtIn = c;
                }
            }
        }
        return c;
    }

    static JsonNode read(String resource) {
        try (InputStream in = CheckConfig.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return Json.parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy with other national thresholds (for tests). */
    public CheckConfig withThresholds(JsonNode t) {
        return new CheckConfig(t, this, workspace, imported);
    }

    /** A copy for a workspace: its jurisdiction and the rule sources its bureau imported. */
    public CheckConfig forWorkspace(Region jurisdiction, List<RuleSource> sources) {
        return new CheckConfig(thresholds, this, jurisdiction == null ? Region.NATIONAL : jurisdiction, sources);
    }

    /** The working-day calendar (statutory holidays and make-up working days by year). */
    public WorkingDays calendar() {
        return calendar;
    }

    public JsonNode thresholdsJson() {
        return thresholds;
    }

    /** The built-in benchmark file: examples from other places, for training only. */
    public JsonNode benchmarkJson() {
        return benchmark;
    }

    /** The built-in no-penalty list: examples from other places, for training only. */
    public JsonNode noPenaltyJson() {
        return noPenalty;
    }

    public JsonNode indicatorsJson() {
        return indicators;
    }

    public Region workspace() {
        return workspace;
    }

    public List<RuleSource> imported() {
        return imported;
    }

    /** Where a case's agency sits, completed by the workspace's jurisdiction. */
    public Region place(CaseInfo c) {
        return Region.ofCase(c, workspace);
    }

    /** The imported sources of a kind that apply at {@code place} on {@code day}, the least specific first. */
    public List<RuleSource> applicable(String kind, Region place, LocalDate day) {
        return imported.stream().filter(s -> s.kind().equals(kind) && s.appliesTo(place, day))
                .sorted(Comparator.comparingInt((RuleSource s) -> s.jurisdiction().level())
                        .thenComparing(s -> s.effectiveFrom() == null ? LocalDate.MIN : s.effectiveFrom()))
                .toList();
    }

    /** The benchmark that applies at {@code place} on {@code day}, as layers for {@link Benchmark} (none: no layer). */
    public JsonNode benchmarkFor(Region place, LocalDate day) {
        ObjectNode root = Json.object();
        var layers = root.putArray("layers");
        for (RuleSource s : applicable(RuleSource.BENCHMARK, place, day)) {
            ObjectNode layer = layers.addObject();
            layer.put("name", s.name());
            layer.put("example", false);
            layer.set("rules", s.content().path("rules"));
        }
        return root;
    }

    /**
     * The thresholds and periods for a case at {@code place} on {@code day}: the built-in national
     * entries in force that day (dated versions resolved, examples left out), overridden value by
     * value by every imported thresholds source that applies, the most specific last.
     */
    public JsonNode thresholdsFor(Region place, LocalDate day) {
        ObjectNode merged = Json.object();
        Iterator<Map.Entry<String, JsonNode>> it = thresholds.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (!v.isObject()) {
                continue;
            }
            if (v.path("example").asBoolean(false)) {
                continue;
            }
            if (v.has("versions")) {
                for (JsonNode ver : v.path("versions")) {
                    if (inForce(ver, day)) {
                        merged.set(e.getKey(), ver.deepCopy());
                    }
                }
            } else if (inForce(v, day)) {
                merged.set(e.getKey(), v.deepCopy());
            }
        }
        for (RuleSource s : applicable(RuleSource.THRESHOLDS, place, day)) {
            Iterator<Map.Entry<String, JsonNode>> vs = s.content().path("values").fields();
            while (vs.hasNext()) {
                Map.Entry<String, JsonNode> e = vs.next();
                JsonNode base = merged.get(e.getKey());
                if (base instanceof ObjectNode o && e.getValue().isObject()) {
                    o.setAll(((ObjectNode) e.getValue()).deepCopy());
                    o.remove("example");
                } else {
                    merged.set(e.getKey(), e.getValue().deepCopy());
                }
            }
        }
        return merged;
    }

    private static boolean inForce(JsonNode n, LocalDate day) {
        if (day == null) {
            return true;
        }
        LocalDate from = date(n.path("effectiveFrom").asText(null));
        LocalDate to = date(n.path("effectiveTo").asText(null));
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    private static LocalDate date(String s) {
        try {
            return s == null || s.isBlank() ? null : LocalDate.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            // not an ISO date: no date (the rule is not dated)
            return null;
        }
    }

    /** The thresholds for a case with the workspace's place, on today's date (for callers without a day). */
    public JsonNode thresholdsFor(CaseInfo c) {
        return thresholdsFor(place(c), LocalDate.now());
    }

    static String regionText(CaseInfo c) {
        return (c.agency() == null ? "" : c.agency()) + " " + (c.district() == null ? "" : c.district());
    }

    /**
     * Whether a list entry naming a provision ({@code law}, {@code article}, optional {@code suffix},
     * {@code item}, {@code version}) names the resolved one. Entries are written against one version's
     * numbering: the one they name, else the law's latest, so an earlier version's article of the
     * same number (renumbered since) is not taken for it.
     */
    static boolean names(JsonNode entry, org.jrw.logic.law.Resolution r) {
        if (r.law() == null || r.article() == null || r.version() == null) {
            return false;
        }
        String version = entry.hasNonNull("version") ? entry.get("version").asText() : r.law().latest().id();
        return entry.path("law").asText().equals(r.law().id()) && version.equals(r.version().id())
                && entry.path("article").asInt() == r.article().number()
                && entry.path("suffix").asInt(0) == r.article().suffix()
                && (!entry.hasNonNull("item") || (r.item() != null && r.item().number() == entry.get("item").asInt()));
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
