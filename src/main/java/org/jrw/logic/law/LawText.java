package org.jrw.logic.law;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parsed text of one version of a law: title, the promulgation history lines, the table of
 * contents and the articles in order (keyed by {@link Article#key()}).
 */
public record LawText(String title, List<String> history, List<Heading> headings, Map<String, Article> articles) {

    public Optional<Article> article(int number, int suffix) {
        return Optional.ofNullable(articles.get(Article.key(number, suffix)));
    }

    public List<Article> articleList() {
        return List.copyOf(articles.values());
    }

    public Map<String, Article> articleMap() {
        return Collections.unmodifiableMap(articles);
    }
}
