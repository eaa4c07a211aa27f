package org.jrw.logic.law;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jrw.codec.Json;

/**
 * Fines of the law library as data ({@code law/penalties/*.json}): for a resolved provision, the
 * entries that cover it. Built-in tables are listed in {@code law/penalties/index.json}.
 */
public final class PenaltyTable {
    private static volatile PenaltyTable builtIn;
    private final List<PenaltyProvision> provisions;

    public PenaltyTable(List<PenaltyProvision> provisions) {
        this.provisions = List.copyOf(provisions);
    }

    public static PenaltyTable builtIn() {
        PenaltyTable t = builtIn;
        if (t == null) {
            synchronized (PenaltyTable.class) {
                t = builtIn;
                if (t == null) {
                    List<PenaltyProvision> all = new ArrayList<>();
                    JsonNode index = read("/law/penalties/index.json");
                    for (JsonNode f : index.path("files")) {
                        all.addAll(parse(read("/law/penalties/" + f.asText())));
                    }
                    t = new PenaltyTable(all);
                    builtIn = t;
                }
            }
        }
        return t;
    }

    private static JsonNode read(String resource) {
        try (InputStream in = PenaltyTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return Json.parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses one table file. A provision with {@code follows} ({@code {"article", "paragraph",
     * "condition", "text"}}) also gets the tiers of the provisions of this file it refers to, under
     * the given condition if one is named.
     */
    public static List<PenaltyProvision> parse(JsonNode root) {
        List<PenaltyProvision> own = new ArrayList<>();
        String law = root.path("law").asText();
        String version = root.path("version").asText();
        for (JsonNode p : root.path("provisions")) {
            List<String> other = new ArrayList<>();
            p.path("other").forEach(o -> other.add(o.asText()));
            List<PenaltyTier> tiers = new ArrayList<>();
            for (JsonNode t : p.path("tiers")) {
                tiers.add(new PenaltyTier(t.path("target").asText(), t.path("condition").asText("BASE"),
                        lng(t, "minYuan"), lng(t, "maxYuan"), integer(t, "minPercent"), integer(t, "maxPercent"),
                        integer(t, "gainMultipleMin"), integer(t, "gainMultipleMax"),
                        integer(t, "baseMultipleMin"), integer(t, "baseMultipleMax"), t.path("of").asText(null),
                        t.path("text").asText("")));
            }
            JsonNode f = p.path("follows");
            PenaltyProvision.Follows follows = f.isObject()
                    ? new PenaltyProvision.Follows(f.path("article").asInt(), f.path("suffix").asInt(0),
                            integer(f, "paragraph"), f.path("condition").asText(null), f.path("text").asText(""))
                    : null;
            own.add(new PenaltyProvision(law, version, p.path("article").asInt(), p.path("suffix").asInt(0),
                    integer(p, "paragraph"), integer(p, "item"), List.copyOf(other), List.copyOf(tiers), follows));
        }
        List<PenaltyProvision> out = new ArrayList<>();
        for (PenaltyProvision p : own) {
            if (p.follows() == null) {
                out.add(p);
                continue;
            }
            PenaltyProvision.Follows f = p.follows();
            List<PenaltyTier> tiers = new ArrayList<>(p.tiers());
            for (PenaltyProvision q : own) {
                if (q != p && q.article() == f.article() && q.suffix() == f.suffix() && q.follows() == null
                        && (f.paragraph() == null || f.paragraph().equals(q.paragraph()))) {
                    for (PenaltyTier t : q.tiers()) {
                        tiers.add(f.condition() == null ? t : t.withCondition(f.condition()));
                    }
                }
            }
            if (tiers.size() == p.tiers().size()) {
                throw new IllegalStateException(law + " " + p.article() + ": follows " + f.article()
                        + ", which has no entry in the table");
            }
            out.add(new PenaltyProvision(p.law(), p.version(), p.article(), p.suffix(), p.paragraph(), p.item(),
                    p.other(), List.copyOf(tiers), f));
        }
        return out;
    }

    private static Long lng(JsonNode n, String f) {
        return n.hasNonNull(f) ? n.get(f).asLong() : null;
    }

    private static Integer integer(JsonNode n, String f) {
        return n.hasNonNull(f) ? n.get(f).asInt() : null;
    }

    public List<PenaltyProvision> all() {
        return provisions;
    }

    /** The entries covering a resolved provision of a law version. */
    public List<PenaltyProvision> find(String lawId, String versionId, int article, int suffix, Integer paragraph,
                                       Integer item) {
        return provisions.stream().filter(p -> p.law().equals(lawId) && p.version().equals(versionId)
                && p.covers(article, suffix, paragraph, item)).toList();
    }

    /** The entries covering a resolution (empty when it did not resolve to an article). */
    public List<PenaltyProvision> find(Resolution r) {
        if (r.law() == null || r.version() == null || r.article() == null) {
            return List.of();
        }
        List<PenaltyProvision> own = find(r.law().id(), r.version().id(), r.article().number(), r.article().suffix(),
                r.paragraph() == null ? null : r.paragraph().number(), r.item() == null ? null : r.item().number());
        if (!own.isEmpty() || !r.version().imported()) {
            return own;
        }
        // an imported text has no table: the range its own words state plainly, if they do (ADR 0077)
        String words = r.paragraph() != null ? r.paragraph().fullText()
                : String.join("\n", r.article().paragraphs().stream().map(Paragraph::fullText).toList());
        return FineWording.tiers(words).map(tiers -> List.of(new PenaltyProvision(r.law().id(), r.version().id(),
                r.article().number(), r.article().suffix(), r.paragraph() == null ? null : r.paragraph().number(),
                null, List.of(), tiers, null))).orElse(List.of());
    }
}
