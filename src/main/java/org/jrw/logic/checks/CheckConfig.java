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
import org.jrw.codec.Json;
import org.jrw.model.CaseInfo;

/**
 * The configuration of the legality checks, read from JSON under {@code checks/}: thresholds and
 * periods with their sources ({@code thresholds.json}, with regional overrides), the discretion
 * benchmark ({@code benchmark.json}), the no-penalty list ({@code no-penalty-list.json}), the
 * criminal-transfer indicators ({@code criminal-indicators.json}) and the working-day calendar
 * ({@code holidays.json}) for periods counted in working days.
 */
public final class CheckConfig {
    private static volatile CheckConfig builtIn;
    private final JsonNode thresholds;
    private final JsonNode benchmark;
    private final JsonNode noPenalty;
    private final JsonNode indicators;
    private final WorkingDays calendar;

    public CheckConfig(JsonNode thresholds, JsonNode benchmark, JsonNode noPenalty, JsonNode indicators,
                       JsonNode holidays) {
        this.thresholds = thresholds;
        this.benchmark = benchmark;
        this.noPenalty = noPenalty;
        this.indicators = indicators;
        this.calendar = WorkingDays.read(holidays);
    }

    private CheckConfig(JsonNode thresholds, CheckConfig base) {
        this.thresholds = thresholds;
        this.benchmark = base.benchmark;
        this.noPenalty = base.noPenalty;
        this.indicators = base.indicators;
        this.calendar = base.calendar;
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

    /** A copy with other thresholds (for tests and regional configuration). */
    public CheckConfig withThresholds(JsonNode t) {
        return new CheckConfig(t, this);
    }

    /** The working-day calendar (statutory holidays and make-up working days by year). */
    public WorkingDays calendar() {
        return calendar;
    }

    public JsonNode thresholdsJson() {
        return thresholds;
    }

    public JsonNode benchmarkJson() {
        return benchmark;
    }

    public JsonNode noPenaltyJson() {
        return noPenalty;
    }

    public JsonNode indicatorsJson() {
        return indicators;
    }

    /** The thresholds for a case: national values overridden by every region the case names. */
    public JsonNode thresholdsFor(CaseInfo c) {
        JsonNode regions = thresholds.path("regions");
        if (!regions.isArray() || regions.isEmpty() || c == null) {
            return thresholds;
        }
        String where = regionText(c);
        ObjectNode merged = thresholds.deepCopy();
        for (JsonNode r : regions) {
            String name = r.path("region").asText("");
            if (!name.isEmpty() && where.contains(name)) {
                Iterator<Map.Entry<String, JsonNode>> it = r.path("values").fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    JsonNode base = merged.get(e.getKey());
                    if (base instanceof ObjectNode o && e.getValue().isObject()) {
                        o.setAll((ObjectNode) e.getValue());
                    } else {
                        merged.set(e.getKey(), e.getValue());
                    }
                }
            }
        }
        return merged;
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
