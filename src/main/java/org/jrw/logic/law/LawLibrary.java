package org.jrw.logic.law;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jrw.codec.Json;

/**
 * The law library: the laws of {@code law/catalog.json} with their versions, texts parsed lazily
 * from {@code content/laws/}. Looks laws up by title or short name, gives each version's table of
 * contents and articles, and searches article text. Thread-safe; {@link #builtIn()} is shared.
 */
public final class LawLibrary {
    public static final String CATALOG = "/law/catalog.json";
    public static final String TEXTS = "/content/laws/";
    private static volatile LawLibrary builtIn;
    private static volatile byte[] builtInCatalog;
    private static final Map<String, LawLibrary> WITH_IMPORTED = new java.util.concurrent.ConcurrentHashMap<>();

    private final Map<String, Law> laws;
    private final Map<String, Law> byName;
    private final String defaultLawId;

    private LawLibrary(Map<String, Law> laws, String defaultLawId) {
        this.laws = laws;
        this.defaultLawId = defaultLawId;
        this.byName = new HashMap<>();
        for (Law l : laws.values()) {
            byName.put(normalizeName(l.title()), l);
            byName.put(normalizeName(l.shortTitle()), l);
            for (String a : l.aliases()) {
                byName.putIfAbsent(normalizeName(a), l);
            }
        }
    }

    /** The library shipped with the program (catalog and texts on the class path). */
    public static LawLibrary builtIn() {
        LawLibrary l = builtIn;
        if (l == null) {
            synchronized (LawLibrary.class) {
                l = builtIn;
                if (l == null) {
                    try (InputStream in = LawLibrary.class.getResourceAsStream(CATALOG)) {
                        if (in == null) {
                            throw new IllegalStateException("missing " + CATALOG);
                        }
                        builtInCatalog = in.readAllBytes();
                        l = fromCatalog(builtInCatalog, LawLibrary::classpathText);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    builtIn = l;
                }
            }
        }
        return l;
    }

    /** One imported version of a law: which law (an existing id, or a new one), its validity and its text. */
    public record ImportedVersion(String lawId, String versionId, String title, String shortTitle,
                                  LocalDate effectiveFrom, LocalDate effectiveTo, String text, String jurisdiction) {
    }

    /**
     * The built-in library with a workspace's imported texts (ADR 0071): a version of a law the
     * library holds stands beside its built-in versions; another law is added. Cached per set of
     * imports, so texts are parsed once; none imported: the built-in library itself.
     */
    public static LawLibrary withImported(List<ImportedVersion> imported) {
        LawLibrary base = builtIn();
        if (imported.isEmpty()) {
            return base;
        }
        StringBuilder key = new StringBuilder();
        for (ImportedVersion v : imported) {
            key.append(v.lawId()).append('@').append(v.versionId()).append('#').append(v.text().hashCode())
                    .append('/').append(v.jurisdiction()).append(';');
        }
        return WITH_IMPORTED.computeIfAbsent(key.toString(), k -> {
            try {
                com.fasterxml.jackson.databind.node.ObjectNode root =
                        (com.fasterxml.jackson.databind.node.ObjectNode) Json.parse(builtInCatalog);
                Map<String, String> texts = new HashMap<>();
                for (ImportedVersion v : imported) {
                    com.fasterxml.jackson.databind.node.ObjectNode law = null;
                    for (JsonNode l : root.path("laws")) {
                        if (l.path("id").asText().equals(v.lawId())) {
                            law = (com.fasterxml.jackson.databind.node.ObjectNode) l;
                        }
                    }
                    if (law == null) {
                        law = ((com.fasterxml.jackson.databind.node.ArrayNode) root.get("laws")).addObject();
                        law.put("id", v.lawId());
                        law.put("title", v.title());
                        law.put("kind", "");
                        var aliases = law.putArray("aliases");
                        if (v.shortTitle() != null && !v.shortTitle().isBlank()) {
                            aliases.add(v.shortTitle());
                        }
                        law.putArray("versions");
                    }
                    String file = "imported:" + v.lawId() + "@" + v.versionId();
                    var ver = law.withArray("versions").addObject();
                    ver.put("id", v.versionId());
                    ver.put("label", v.effectiveFrom() + "起施行（导入）");
                    ver.put("file", file);
                    ver.put("effectiveFrom", v.effectiveFrom().toString());
                    if (v.effectiveTo() != null) {
                        ver.put("effectiveTo", v.effectiveTo().toString());
                    }
                    if (v.jurisdiction() != null && !v.jurisdiction().isBlank()) {
                        ver.put("jurisdiction", v.jurisdiction());
                    }
                    texts.put(file, v.text());
                }
                return fromCatalog(Json.write(root).getBytes(StandardCharsets.UTF_8),
                        f -> texts.containsKey(f) ? texts.get(f) : classpathText(f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A library from a folder holding {@code catalog.json} and the text files it names. */
    public static LawLibrary fromDirectory(Path dir) throws IOException {
        byte[] catalog = Files.readAllBytes(dir.resolve("catalog.json"));
        return fromCatalog(catalog, file -> {
            try {
                return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A library from catalog JSON, reading each version's text through {@code texts} (file name → text). */
    public static LawLibrary fromCatalog(byte[] catalogJson, Function<String, String> texts) throws IOException {
        JsonNode root = Json.parse(catalogJson);
        Map<String, Law> laws = new LinkedHashMap<>();
        for (JsonNode l : root.path("laws")) {
            List<LawVersion> versions = new ArrayList<>();
            for (JsonNode v : l.path("versions")) {
                String file = v.path("file").asText();
                Map<String, LocalDate> since = new HashMap<>();
                v.path("articleSince").fields().forEachRemaining(e -> since.put(e.getKey(),
                        LocalDate.parse(e.getValue().asText())));
                Map<String, String> successor = new HashMap<>();
                v.path("successor").path("articles").fields().forEachRemaining(e -> successor.put(e.getKey(),
                        e.getValue().isNull() ? null : e.getValue().asText()));
                versions.add(new LawVersion(v.path("id").asText(), v.path("label").asText(""), file,
                        LocalDate.parse(v.path("effectiveFrom").asText()), v.path("effectiveFromSource").asText(""),
                        since, successor, () -> texts.apply(file)));
                if (v.hasNonNull("jurisdiction")) {
                    versions.get(versions.size() - 1).jurisdiction(v.get("jurisdiction").asText());
                }
            }
            if (versions.isEmpty()) {
                continue;
            }
            versions.sort(Comparator.comparing(LawVersion::effectiveFrom));
            for (int i = 0; i + 1 < versions.size(); i++) {
                versions.get(i).effectiveTo(versions.get(i + 1).effectiveFrom());
            }
            // an explicit last day in force (inclusive), e.g. a rule repealed with no successor in the library
            for (JsonNode v : l.path("versions")) {
                if (v.hasNonNull("effectiveTo")) {
                    LocalDate end = LocalDate.parse(v.get("effectiveTo").asText()).plusDays(1);
                    for (LawVersion lv : versions) {
                        if (lv.id().equals(v.path("id").asText())
                                && (lv.effectiveTo() == null || end.isBefore(lv.effectiveTo()))) {
                            lv.effectiveTo(end);
                        }
                    }
                }
            }
            List<String> aliases = new ArrayList<>();
            l.path("aliases").forEach(a -> aliases.add(a.asText()));
            String first = l.path("firstEffective").asText(null);
            Law law = new Law(l.path("id").asText(), l.path("title").asText(), l.path("kind").asText(""),
                    List.copyOf(aliases), first == null ? null : LocalDate.parse(first), List.copyOf(versions));
            laws.put(law.id(), law);
        }
        return new LawLibrary(laws, root.path("defaultLaw").asText(null));
    }

    private static String classpathText(String file) {
        try (InputStream in = LawLibrary.class.getResourceAsStream(TEXTS + file)) {
            if (in == null) {
                throw new IllegalStateException("missing law text " + TEXTS + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Law> laws() {
        return List.copyOf(laws.values());
    }

    public Optional<Law> law(String id) {
        return Optional.ofNullable(laws.get(id));
    }

    /** The law assumed for a citation that names none (the 安全生产法), if configured. */
    public Optional<Law> defaultLaw() {
        return defaultLawId == null ? Optional.empty() : law(defaultLawId);
    }

    /** The law a cited name means: full title, title without 中华人民共和国, or a short name. */
    public Optional<Law> findLaw(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(byName.get(normalizeName(name)));
    }

    /**
     * A law name reduced for lookup: no book-title marks, brackets with a year or edition, spaces,
     * 中华人民共和国 prefix; full-width brackets as half-width.
     */
    public static String normalizeName(String name) {
        String s = name.strip().replace('（', '(').replace('）', ')').replace('〈', '<').replace('〉', '>');
        s = s.replaceAll("[《》<>\\s\u3000]", "");
        s = s.replaceAll("\\((?:\\d{4}|[0-9０-９]{4})[^)]*\\)", "");
        s = s.replaceAll("\\((?:19|20)\\d{2}年[^)]*\\)", "");
        if (s.startsWith("中华人民共和国")) {
            s = s.substring("中华人民共和国".length());
        }
        return s.toLowerCase(Locale.ROOT);
    }

    /** One search hit: a law version's article whose text contains every term. */
    public record ArticleHit(Law law, LawVersion version, Article article, String snippet) {
    }

    /**
     * Articles containing every whitespace-separated term of {@code query}, in library order; at
     * most {@code limit}. Searches the latest version of each law (or only {@code lawId}).
     */
    public List<ArticleHit> search(String query, String lawId, int limit) {
        List<ArticleHit> hits = new ArrayList<>();
        if (query == null || query.isBlank()) {
            return hits;
        }
        String[] terms = query.strip().split("\\s+");
        for (Law l : laws.values()) {
            if (lawId != null && !l.id().equals(lawId)) {
                continue;
            }
            LawVersion v = l.latest();
            for (Article a : v.text().articles().values()) {
                String t = a.text();
                boolean all = true;
                for (String term : terms) {
                    if (!t.contains(term)) {
                        all = false;
                        break;
                    }
                }
                if (all) {
                    int at = t.indexOf(terms[0]);
                    int from = Math.max(0, at - 30);
                    int to = Math.min(t.length(), at + terms[0].length() + 60);
                    hits.add(new ArticleHit(l, v, a, t.substring(from, to).replace('\n', ' ')));
                    if (hits.size() >= limit) {
                        return hits;
                    }
                }
            }
        }
        return hits;
    }
}
