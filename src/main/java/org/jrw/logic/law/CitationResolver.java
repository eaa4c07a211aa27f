package org.jrw.logic.law;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Resolves citations against the {@link LawLibrary}: finds the law (by title or short name), the
 * version in force on a date, and the article, paragraph (款) and item (项). An item cited without
 * its paragraph ({@code 第九十七条第七项}) is looked up in the first paragraph that has items of
 * that number. A law the library does not hold is reported as {@code LAW_NOT_IN_LIBRARY}, never as
 * a missing article. A citation that does not exist in the version in force on the date but does
 * in another version is {@code NOT_IN_FORCE} with that version (another version's numbering).
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
        if (c.edition() != null) {
            Optional<LawVersion> v = law.versions().stream().filter(x -> matchesEdition(x, c.edition())).findFirst();
            if (v.isEmpty()) {
                return new Resolution(Resolution.Status.VERSION_NOT_IN_LIBRARY, c, law, null, null, null, null, on);
            }
            return locate(c, law, v.get(), on, on == null || v.get().inForceOn(on));
        }
        if (on == null) {
            return locate(c, law, law.latest(), null, true);
        }
        Optional<LawVersion> v = law.versionOn(on);
        if (v.isEmpty()) {
            if (on.isBefore(law.earliest().effectiveFrom()) && law.existedOn(on)) {
                // the law was in force then, in an edition the library does not hold: the citation
                // cannot be checked against that day's text (not "not yet in force")
                return new Resolution(Resolution.Status.VERSION_NOT_IN_LIBRARY, c, law, null, null, null, null, on);
            }
            LawVersion held = on.isBefore(law.earliest().effectiveFrom()) ? law.earliest() : law.latest();
            return locate(c, law, held, on, false);
        }
        Resolution r = locate(c, law, v.get(), on, true);
        if (r.found() || law.versions().size() < 2) {
            return r;
        }
        // not in the version in force on the date: a citation in another version's numbering
        // (2021 numbering for a 2019 violation) names a text that was not in force then
        for (int i = law.versions().size() - 1; i >= 0; i--) {
            LawVersion other = law.versions().get(i);
            if (other != v.get()) {
                Resolution o = locate(c, law, other, on, false);
                if (o.found()) {
                    return o;
                }
            }
        }
        return r;
    }

    /** The citation's article, paragraph and item in one version. */
    private static Resolution locate(Citation c, Law law, LawVersion version, LocalDate on, boolean inForce) {
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

    /**
     * The provision a resolved citation became in the version in force on {@code day} (行政处罚法
     * 第三十七条: the rule at the decision): the same version when it is still in force; across a
     * renumbering the article the concordance names and within it the paragraph and item whose words
     * are closest; without a concordance the same numbering. Empty when that cannot be told (no
     * version in force on the day, or no close paragraph or item); a resolution that is not found
     * when the later version dropped the provision.
     */
    public Optional<Resolution> counterpartOn(Resolution r, LocalDate day) {
        if (!r.found() || r.law() == null || day == null) {
            return Optional.empty();
        }
        Optional<LawVersion> target = r.law().versionOn(day);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        Resolution cur = r;
        List<LawVersion> versions = r.law().versions();
        int i = versions.indexOf(r.version());
        int to = versions.indexOf(target.get());
        if (i < 0 || to < i) {
            return Optional.empty();
        }
        while (i < to) {
            LawVersion from = versions.get(i);
            LawVersion next = versions.get(i + 1);
            Optional<Resolution> step = from.hasConcordance() ? across(cur, next)
                    : Optional.of(locate(cur.citation(), cur.law(), next, null, true));
            if (step.isEmpty() || !step.get().found()) {
                return step;
            }
            cur = step.get();
            i++;
        }
        return Optional.of(new Resolution(cur.status(), cur.citation(), cur.law(), cur.version(), cur.article(),
                cur.paragraph(), cur.item(), day));
    }

    /**
     * The provision a later version's citation corresponds to in the earlier version in force on
     * {@code day} (行政处罚法 第三十七条: the law at the time of the act applies): back through the
     * concordance, the closest paragraph and item by wording; empty when the day's version is not
     * earlier or no counterpart is close enough.
     */
    public Optional<Resolution> predecessorOn(Resolution r, LocalDate day) {
        if (!r.found() || r.law() == null || day == null || r.article() == null) {
            return Optional.empty();
        }
        Optional<LawVersion> target = r.law().versionOn(day);
        List<LawVersion> versions = r.law().versions();
        int i = versions.indexOf(r.version());
        int to = target.map(versions::indexOf).orElse(-1);
        if (i < 0 || to < 0 || to >= i) {
            return Optional.empty();
        }
        Resolution cur = r;
        while (i > to) {
            LawVersion prev = versions.get(i - 1);
            List<String> keys = prev.hasConcordance() ? prev.predecessorsOf(cur.article().key())
                    : List.of(cur.article().key());
            if (keys.isEmpty()) {
                return Optional.empty();
            }
            String key = keys.get(0);
            Optional<Article> a = prev.text().articles().values().stream().filter(x -> x.key().equals(key)).findFirst();
            if (a.isEmpty()) {
                return Optional.empty();
            }
            Article article = a.get();
            Citation c = cur.citation();
            Integer paragraph = null;
            Integer item = null;
            if (c != null && (c.paragraph() != null || c.item() != null) && cur.paragraph() != null) {
                Paragraph best = closest(article.paragraphs(), cur.paragraph().fullText(), Paragraph::fullText);
                if (best == null) {
                    return Optional.empty();
                }
                paragraph = best.number();
                if (cur.item() != null) {
                    Item it = closest(best.items(), cur.item().text(), Item::text);
                    if (it == null) {
                        return Optional.empty();
                    }
                    item = it.number();
                }
            }
            Citation moved = new Citation(c == null ? null : c.law(), null, article.number(), article.suffix(),
                    (c != null && c.paragraph() != null) || article.paragraphs().size() > 1 ? paragraph : null, item,
                    c == null ? null : c.raw());
            cur = locate(moved, r.law(), prev, null, true);
            if (!cur.found()) {
                return Optional.empty();
            }
            i--;
        }
        return Optional.of(new Resolution(cur.status(), cur.citation(), cur.law(), cur.version(), cur.article(),
                cur.paragraph(), cur.item(), day));
    }

    /** One step over a renumbering: the concordance's article, the closest paragraph and item. */
    private static Optional<Resolution> across(Resolution r, LawVersion next) {
        Optional<Optional<String>> key = r.version().successorArticle(r.article().key());
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Citation c = r.citation();
        if (key.get().isEmpty()) {
            return Optional.of(new Resolution(Resolution.Status.ARTICLE_NOT_FOUND, c, r.law(), next, null, null, null,
                    null));
        }
        Optional<Article> a = next.text().articles().values().stream()
                .filter(x -> x.key().equals(key.get().get())).findFirst();
        if (a.isEmpty()) {
            return Optional.empty();
        }
        Article article = a.get();
        Integer paragraph = null;
        Integer item = null;
        boolean citedPart = c.paragraph() != null || c.item() != null;
        if (citedPart && r.paragraph() != null) {
            Paragraph best = closest(article.paragraphs(), r.paragraph().fullText(), Paragraph::fullText);
            if (best == null) {
                return Optional.empty();
            }
            paragraph = best.number();
            if (r.item() != null) {
                Item it = closest(best.items(), r.item().text(), Item::text);
                if (it == null) {
                    return Optional.empty();
                }
                item = it.number();
            }
        }
        Citation moved = new Citation(c.law(), null, article.number(), article.suffix(),
                c.paragraph() != null || article.paragraphs().size() > 1 ? paragraph : null, item, c.raw());
        return Optional.of(locate(moved, r.law(), next, null, true));
    }

    /** The element whose text is closest to {@code text}, if close enough to be the same rule. */
    private static <T> T closest(List<T> candidates, String text, java.util.function.Function<T, String> textOf) {
        T best = null;
        double score = 0;
        for (T t : candidates) {
            double s = TextSimilarity.of(text, textOf.apply(t));
            if (s > score) {
                score = s;
                best = t;
            }
        }
        return score >= TextSimilarity.SAME_RULE ? best : null;
    }

    private static boolean matchesEdition(LawVersion v, int year) {
        String y = Integer.toString(year);
        return v.id().equals(y) || v.id().startsWith(y) || v.label().contains(y + "年")
                || (v.file() != null && v.file().contains("-" + y));
    }
}
