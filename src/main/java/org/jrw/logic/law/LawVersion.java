package org.jrw.logic.law;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One version of a law: from {@code effectiveFrom} until the next version (exclusive), the text
 * parsed lazily on first use. {@code articleSince} holds articles added later than the version's
 * text took effect as a whole (e.g. 刑法 第一百三十四条之一 since 2021-03-01), by article key.
 * {@code successorArticles}, when the next version renumbered the law, maps this version's article
 * keys to the next version's ({@code null} value: the article was dropped); empty when the next
 * version kept the numbering or no concordance is held.
 */
public final class LawVersion {
    private final String id;
    private final String label;
    private final String file;
    private final LocalDate effectiveFrom;
    private final String effectiveFromSource;
    private final Map<String, LocalDate> articleSince;
    private final Supplier<String> source;
    private final Map<String, String> successorArticles;
    private LocalDate effectiveTo;
    private String jurisdiction;
    private volatile LawText text;

    LawVersion(String id, String label, String file, LocalDate effectiveFrom, String effectiveFromSource,
               Map<String, LocalDate> articleSince, Map<String, String> successorArticles, Supplier<String> source) {
        this.id = id;
        this.label = label;
        this.file = file;
        this.effectiveFrom = effectiveFrom;
        this.effectiveFromSource = effectiveFromSource;
        this.articleSince = Map.copyOf(articleSince);
        this.successorArticles = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(successorArticles));
        this.source = source;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public String file() {
        return file;
    }

    /** Whether this version was imported into a workspace ({@code law import}) rather than shipped. */
    public boolean imported() {
        return file.startsWith("imported:");
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    /** The day the next version took effect (this one no longer applies from then), or null. */
    public LocalDate effectiveTo() {
        return effectiveTo;
    }

    void effectiveTo(LocalDate d) {
        this.effectiveTo = d;
    }

    /** The region an imported local regulation or rule binds (e.g. 陕西省西安市); null: the whole country. */
    public String jurisdiction() {
        return jurisdiction;
    }

    void jurisdiction(String region) {
        this.jurisdiction = region == null || region.isBlank() || region.equals("全国") ? null : region;
    }

    public String effectiveFromSource() {
        return effectiveFromSource;
    }

    /** Whether this version is the one in force on a day. */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || day.isBefore(effectiveTo));
    }

    /** Whether a concordance to the next version is held (the next version renumbered the law). */
    public boolean hasConcordance() {
        return !successorArticles.isEmpty();
    }

    /**
     * The key of the article the next version made of this version's article {@code key}: present
     * with a key, present and empty when the article was dropped, absent when the concordance does
     * not say.
     */
    public Optional<Optional<String>> successorArticle(String key) {
        if (!successorArticles.containsKey(key)) {
            return Optional.empty();
        }
        return Optional.of(Optional.ofNullable(successorArticles.get(key)));
    }

    /**
     * The keys of this version's articles that the next version made into its article
     * {@code nextKey} (the concordance read backwards), in article order; empty when none or no
     * concordance is held.
     */
    public java.util.List<String> predecessorsOf(String nextKey) {
        return successorArticles.entrySet().stream().filter(e -> nextKey.equals(e.getValue()))
                .map(Map.Entry::getKey).sorted(java.util.Comparator.comparing(LawVersion::sortKey)).toList();
    }

    private static double sortKey(String key) {
        try {
            int dash = key.indexOf('-');
            return dash < 0 ? Integer.parseInt(key) : Integer.parseInt(key.substring(0, dash))
                    + Integer.parseInt(key.substring(dash + 1)) / 100.0;
        } catch (NumberFormatException e) {
            // not an article number: sorted last
            return Double.MAX_VALUE;
        }
    }

    /** The first day an article of this version applies: its own date if added later, else the version's. */
    public LocalDate articleEffectiveFrom(Article a) {
        LocalDate d = articleSince.get(a.key());
        return d != null ? d : effectiveFrom;
    }

    /** The parsed text (parsed on first call). */
    public LawText text() {
        LawText t = text;
        if (t == null) {
            synchronized (this) {
                t = text;
                if (t == null) {
                    t = LawTextParser.parse(source.get());
                    text = t;
                }
            }
        }
        return t;
    }
}
