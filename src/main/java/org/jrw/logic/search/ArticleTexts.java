package org.jrw.logic.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a cited article from the bundled law texts ({@code content/laws/*.md}), for the
 * result detail's "cited articles". A deliberately small reader (title, article headings, item
 * lines) until the law library's parser is merged; laws that are not bundled have no text.
 */
final class ArticleTexts {
    private static final List<String> FILES = List.of("work-safety-law-2021.md", "administrative-penalty-law-2021.md",
            "criminal-law.md", "fire-protection-law-2021.md", "special-equipment-safety-law-2013.md",
            "hazardous-chemicals-regulation-2013.md", "safety-production-license-regulation-2014.md",
            "construction-safety-regulation-2003.md", "coal-mine-safety-regulation-2024.md",
            "production-safety-emergency-regulation-2019.md", "accident-reporting-investigation-regulation-2007.md",
            "emergency-response-law-2024.md", "administrative-compulsion-law-2011.md",
            "administrative-reconsideration-law-2023.md", "administrative-litigation-law-2017.md",
            "major-accident-accountability-provisions-2001.md", "zhejiang-comprehensive-admin-enforcement-regulation-2021.md");
    private static final Pattern HEADING = Pattern.compile(
            "(?m)^第([零〇一二两三四五六七八九十百千]+)条(?:之([一二三四五六七八九十]+))?[\\s\\u3000]");
    private static final Pattern ITEM = Pattern.compile("(?m)^[(（]([零〇一二三四五六七八九十]+)[)）].*$");
    private static volatile Map<String, String> articles;

    private ArticleTexts() {
    }

    /** The article's text (for an item: the article's opening line and the item), if bundled. */
    static Optional<String> of(Provision p) {
        if (p.law() == null) {
            return Optional.empty();
        }
        String text = load().get(p.law() + "#" + p.article() + "#" + p.sub());
        if (text == null) {
            return Optional.empty();
        }
        if (p.item() > 0) {
            Matcher m = ITEM.matcher(text);
            while (m.find()) {
                if (ProvisionNormalizer.number(m.group(1)) == p.item()) {
                    String first = text.lines().findFirst().orElse("");
                    return Optional.of(first + "\n" + m.group().strip());
                }
            }
        }
        return Optional.of(text.length() > 800 ? text.substring(0, 800) + "…" : text);
    }

    private static Map<String, String> load() {
        Map<String, String> a = articles;
        if (a != null) {
            return a;
        }
        Map<String, String> out = new HashMap<>();
        for (String f : FILES) {
            try (InputStream in = ArticleTexts.class.getClassLoader().getResourceAsStream("content/laws/" + f)) {
                if (in == null) {
                    continue;
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                String title = text.lines().filter(l -> l.startsWith("# ")).findFirst().orElse("").substring(2).strip();
                String law = ProvisionNormalizer.canonicalLaw(title);
                Matcher m = HEADING.matcher(text);
                int prevStart = -1;
                String prevKey = null;
                while (true) {
                    boolean found = m.find();
                    int end = found ? m.start() : text.length();
                    if (prevKey != null) {
                        String body = text.substring(prevStart, end);
                        int chapter = body.indexOf("\n#");
                        body = (chapter >= 0 ? body.substring(0, chapter) : body).replaceAll("\n{2,}", "\n").strip();
                        out.putIfAbsent(prevKey, body);
                    }
                    if (!found) {
                        break;
                    }
                    int sub = m.group(2) == null ? 0 : ProvisionNormalizer.number(m.group(2));
                    prevKey = law + "#" + ProvisionNormalizer.number(m.group(1)) + "#" + sub;
                    prevStart = m.start();
                }
            } catch (IOException | RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(ArticleTexts.class)
                        .warn("bundled law text {} not read; its articles are not shown", f, e);
                // a law text that cannot be read simply has no article texts
            }
        }
        articles = out;
        return out;
    }
}
