package org.jrw.logic.law;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One version of a law: from {@code effectiveFrom} until the next version (exclusive), the text
 * parsed lazily on first use. {@code articleSince} holds articles added later than the version's
 * text took effect as a whole (e.g. 刑法 第一百三十四条之一 since 2021-03-01), by article key.
 */
public final class LawVersion {
    private final String id;
    private final String label;
    private final String file;
    private final LocalDate effectiveFrom;
    private final String effectiveFromSource;
    private final Map<String, LocalDate> articleSince;
    private final Supplier<String> source;
    private LocalDate effectiveTo;
    private volatile LawText text;

    LawVersion(String id, String label, String file, LocalDate effectiveFrom, String effectiveFromSource,
               Map<String, LocalDate> articleSince, Supplier<String> source) {
        this.id = id;
        this.label = label;
        this.file = file;
        this.effectiveFrom = effectiveFrom;
        this.effectiveFromSource = effectiveFromSource;
        this.articleSince = Map.copyOf(articleSince);
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

    public String effectiveFromSource() {
        return effectiveFromSource;
    }

    /** Whether this version is the one in force on a day. */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || day.isBefore(effectiveTo));
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
