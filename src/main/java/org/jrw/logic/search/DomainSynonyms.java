package org.jrw.logic.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The concepts of precedent search as data ({@code src/main/resources/search/concepts.json}, ADR
 * 0100): groups of domain terms that mean the same in work-safety enforcement texts (无证 /
 * 未取得…操作证, 焊工 / 焊接与热切割作业 …), each with the provisions whose text states it and the
 * record flag that states it (移送 ↔ the transferred flag), and with its source. A query term
 * containing one member also finds the others. Members must be specific enough to not flood
 * the results.
 */
public final class DomainSynonyms {
    /** One concept: its members, the provisions and record flag that state it, look-alikes that are not it. */
    public record Concept(int index, List<String> terms, List<Provision> provisions, String flagField,
                          String flagValue, List<String> distinct, String source) {
        public String label() {
            return terms.get(0);
        }
    }

    static final List<Concept> CONCEPTS;
    static final float ALTERNATIVE_WEIGHT;
    static final List<List<String>> GROUPS;
    /** Words that mean something else inside some compounds (事故 in 事故隐患), with those compounds. */
    static final java.util.Map<String, List<String>> NOT_WHEN_PART_OF;

    static {
        try (InputStream in = DomainSynonyms.class.getResourceAsStream("/search/concepts.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            ALTERNATIVE_WEIGHT = (float) root.path("alternativeWeight").asDouble(0.6);
            List<Concept> cs = new ArrayList<>();
            for (JsonNode c : root.path("concepts")) {
                List<String> terms = strings(c.path("terms"));
                List<Provision> provisions = new ArrayList<>();
                for (String cite : strings(c.path("provisions"))) {
                    provisions.addAll(ProvisionNormalizer.parse(cite));
                }
                JsonNode flag = c.path("flag");
                cs.add(new Concept(cs.size(), terms, List.copyOf(provisions),
                        flag.isObject() ? flag.path("field").asText() : null,
                        flag.isObject() ? flag.path("value").asText() : null, strings(c.path("distinct")),
                        c.path("source").asText("")));
            }
            CONCEPTS = List.copyOf(cs);
            java.util.Map<String, List<String>> not = new java.util.LinkedHashMap<>();
            root.path("notWhenPartOf").fields().forEachRemaining(e -> {
                if (e.getValue().isArray()) {
                    not.put(e.getKey(), strings(e.getValue()));
                }
            });
            NOT_WHEN_PART_OF = java.util.Map.copyOf(not);
            GROUPS = CONCEPTS.stream().map(Concept::terms).toList();
        } catch (IOException | RuntimeException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static List<String> strings(JsonNode a) {
        List<String> out = new ArrayList<>();
        a.forEach(n -> out.add(n.asText()));
        return List.copyOf(out);
    }

    private DomainSynonyms() {
    }

    /** A member of a concept found in a text, with the concept's other members. */
    public record Match(String term, int start, List<String> alternatives, Concept concept) {
        public int end() {
            return start + term.length();
        }
    }

    /**
     * The concept members occurring in {@code text}, longest first and without overlaps, in text
     * order. Each comes with its concept's other members.
     */
    public static List<Match> find(String text) {
        List<Match> all = new ArrayList<>();
        for (Concept g : CONCEPTS) {
            for (String m : g.terms()) {
                int i = text.indexOf(m);
                while (i >= 0) {
                    List<String> alts = g.terms().stream().filter(x -> !x.equals(m)).toList();
                    all.add(new Match(m, i, alts, g));
                    i = text.indexOf(m, i + 1);
                }
            }
        }
        all.sort(Comparator.comparingInt((Match x) -> -x.term().length()).thenComparingInt(Match::start));
        List<Match> chosen = new ArrayList<>();
        boolean[] used = new boolean[text.length()];
        for (Match m : all) {
            boolean free = true;
            for (int k = m.start(); k < m.end(); k++) {
                free &= !used[k];
            }
            if (free) {
                for (int k = m.start(); k < m.end(); k++) {
                    used[k] = true;
                }
                chosen.add(m);
            }
        }
        chosen.sort(Comparator.comparingInt(Match::start));
        return chosen;
    }
}
