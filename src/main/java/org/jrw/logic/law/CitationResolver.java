package org.jrw.logic.law;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Resolves citations against the {@link LawLibrary}: finds the law (by title or short name), the
 * version in force on a date, and the article, paragraph (款) and item (项). An item cited without
 * its paragraph ({@code 第九十七条第七项}) is looked up in the first paragraph that has items of
 * that number. A law the library does not hold is reported as {@code LAW_NOT_IN_LIBRARY}, never as
 * a missing article.
 */
public final class CitationResolver {
    private final LawLibrary library;

    public CitationResolver(LawLibrary library) {
        this.library = library;
    }

    public LawLibrary library() {
        return library;
    }

    /** Resolves the first citation in {@code text} as of {@code on} (null: the latest version). */
    public Resolution resolve(String text, LocalDate on) {
        return resolve(text, on, null);
    }

    /**
     * Resolves the first citation in {@code text}; a citation naming no law refers to
     * {@code contextLaw} (a name), else the library's default law.
     */
    public Resolution resolve(String text, LocalDate on, String contextLaw) {
        Optional<Citation> c = CitationParser.parse(text);
        if (c.isEmpty()) {
            return new Resolution(Resolution.Status.UNREADABLE, null, null, null, null, null, null, on);
        }
        return resolve(c.get(), on, contextLaw);
    }

    public Resolution resolve(Citation c, LocalDate on, String contextLaw) {
        Law law;
        if (c.law() != null) {
            Optional<Law> l = library.findLaw(c.law());
            if (l.isEmpty()) {
                return new Resolution(Resolution.Status.LAW_NOT_IN_LIBRARY, c, null, null, null, null, null, on);
            }
            law = l.get();
        } else {
            Optional<Law> l = contextLaw != null ? library.findLaw(contextLaw) : Optional.empty();
            if (l.isEmpty()) {
                l = library.defaultLaw();
            }
            if (l.isEmpty()) {
                return new Resolution(Resolution.Status.LAW_NOT_IN_LIBRARY, c, null, null, null, null, null, on);
            }
            law = l.get();
        }
        LawVersion version;
        boolean inForce = true;
        if (c.edition() != null) {
            Optional<LawVersion> v = law.versions().stream().filter(x -> matchesEdition(x, c.edition())).findFirst();
            if (v.isEmpty()) {
                return new Resolution(Resolution.Status.VERSION_NOT_IN_LIBRARY, c, law, null, null, null, null, on);
            }
            version = v.get();
            inForce = on == null || version.inForceOn(on);
        } else if (on == null) {
            version = law.latest();
        } else {
            Optional<LawVersion> v = law.versionOn(on);
            if (v.isPresent()) {
                version = v.get();
            } else {
                version = on.isBefore(law.earliest().effectiveFrom()) ? law.earliest() : law.latest();
                inForce = false;
            }
        }
        Optional<Article> a = version.text().article(c.article(), c.suffix());
        if (a.isEmpty()) {
            return new Resolution(Resolution.Status.ARTICLE_NOT_FOUND, c, law, version, null, null, null, on);
        }
        Article article = a.get();
        if (on != null && on.isBefore(version.articleEffectiveFrom(article))) {
            inForce = false;
        }
        Paragraph paragraph = null;
        if (c.paragraph() != null) {
            Optional<Paragraph> p = article.paragraph(c.paragraph());
            if (p.isEmpty()) {
                return new Resolution(Resolution.Status.PARAGRAPH_NOT_FOUND, c, law, version, article, null, null, on);
            }
            paragraph = p.get();
        }
        Item item = null;
        if (c.item() != null) {
            if (paragraph != null) {
                item = paragraph.item(c.item()).orElse(null);
            } else {
                for (Paragraph p : article.paragraphs()) {
                    Optional<Item> i = p.item(c.item());
                    if (i.isPresent()) {
                        paragraph = p;
                        item = i.get();
                        break;
                    }
                }
            }
            if (item == null) {
                return new Resolution(Resolution.Status.ITEM_NOT_FOUND, c, law, version, article, paragraph, null, on);
            }
        }
        if (paragraph == null && article.paragraphs().size() == 1) {
            paragraph = article.paragraphs().get(0);
        }
        return new Resolution(inForce ? Resolution.Status.RESOLVED : Resolution.Status.NOT_IN_FORCE, c, law, version,
                article, paragraph, item, on);
    }

    private static boolean matchesEdition(LawVersion v, int year) {
        String y = Integer.toString(year);
        return v.id().equals(y) || v.id().startsWith(y) || v.label().contains(y + "年")
                || (v.file() != null && v.file().contains("-" + y));
    }
}
