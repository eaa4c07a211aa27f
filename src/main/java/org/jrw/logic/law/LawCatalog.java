package org.jrw.logic.law;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jrw.codec.Json;

/**
 * The law library's catalogue ({@code content/laws/catalog.json}): which laws exist, their short
 * keys, aliases and versions with effective dates and sources. Data only — the texts are parsed
 * by {@link LawLibrary}. Name lookup is tolerant of 《》, 中华人民共和国, spaces and full-width
 * brackets.
 */
public final class LawCatalog {
    public static final String BUNDLED = "content/laws/catalog.json";

    /** A version entry: its text file (relative to the catalogue), effective dates and source. */
    public record VersionEntry(String label, String file, LocalDate effectiveFrom, LocalDate effectiveTo,
                               String source, Map<String, LocalDate> articlesEffectiveFrom) {
    }

    /** A law entry. {@code earlierVersionsExist}: versions older than the library's ones existed. */
    public record LawEntry(String key, String title, String kind, List<String> aliases, LocalDate firstEffective,
                           boolean earlierVersionsExist, List<VersionEntry> versions) {
    }

    private final List<LawEntry> laws;
    private final String defaultLaw;
    private final Map<String, LawEntry> byName = new LinkedHashMap<>();

    public LawCatalog(List<LawEntry> laws, String defaultLaw) {
        this.laws = List.copyOf(laws);
        this.defaultLaw = defaultLaw;
        for (LawEntry e : laws) {
            byName.put(normalizeName(e.key()), e);
            byName.put(normalizeName(e.title()), e);
            for (String a : e.aliases()) {
                byName.putIfAbsent(normalizeName(a), e);
            }
        }
    }

    private static volatile LawCatalog bundled;

    /** The catalogue shipped with the program (class path {@value #BUNDLED}). */
    public static LawCatalog bundled() {
        LawCatalog c = bundled;
        if (c == null) {
            synchronized (LawCatalog.class) {
                c = bundled;
                if (c == null) {
                    try (InputStream in = LawCatalog.class.getClassLoader().getResourceAsStream(BUNDLED)) {
                        if (in == null) {
                            throw new IllegalStateException("missing class-path resource " + BUNDLED);
                        }
                        c = read(Json.parse(in.readAllBytes()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    bundled = c;
                }
            }
        }
        return c;
    }

    /** Reads a catalogue document (the structure of {@code catalog.json}). */
    public static LawCatalog read(JsonNode root) {
        List<LawEntry> laws = new ArrayList<>();
        for (JsonNode l : root.path("laws")) {
            List<String> aliases = new ArrayList<>();
            l.path("aliases").forEach(a -> aliases.add(a.asText()));
            List<VersionEntry> versions = new ArrayList<>();
            for (JsonNode v : l.path("versions")) {
                Map<String, LocalDate> artFrom = new LinkedHashMap<>();
                v.path("articlesEffectiveFrom").fields()
                        .forEachRemaining(f -> artFrom.put(f.getKey(), LocalDate.parse(f.getValue().asText())));
                versions.add(new VersionEntry(v.path("label").asText(), v.path("file").asText(),
                        date(v, "effectiveFrom"), date(v, "effectiveTo"), v.path("source").asText(null),
                        Map.copyOf(artFrom)));
            }
            laws.add(new LawEntry(l.path("key").asText(), l.path("title").asText(), l.path("kind").asText(null),
                    List.copyOf(aliases), date(l, "firstEffective"), l.path("earlierVersionsExist").asBoolean(false),
                    List.copyOf(versions)));
        }
        return new LawCatalog(laws, root.path("defaultLaw").asText(null));
    }

    private static LocalDate date(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : LocalDate.parse(v.asText());
    }

    public List<LawEntry> laws() {
        return laws;
    }

    /** The key of the law read for citations that name no law, or null. */
    public String defaultLaw() {
        return defaultLaw;
    }

    /** The law a name refers to (full title, short key or alias, with or without 《》). */
    public Optional<LawEntry> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byName.get(normalizeName(name)));
    }

    /**
     * A law name reduced to a comparable form: no 《》〈〉<> or quotes, no white space, no leading
     * 中华人民共和国, half-width brackets.
     */
    public static String normalizeName(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            switch (c) {
                case '《', '》', '〈', '〉', '<', '>', '“', '”', '"', '\'' -> { }
                case '（' -> b.append('(');
                case '）' -> b.append(')');
                default -> {
                    if (!Character.isWhitespace(c) && c != '\u3000') {
                        b.append(c);
                    }
                }
            }
        }
        String s = b.toString();
        if (s.startsWith("中华人民共和国")) {
            s = s.substring("中华人民共和国".length());
        }
        return s;
    }
}
