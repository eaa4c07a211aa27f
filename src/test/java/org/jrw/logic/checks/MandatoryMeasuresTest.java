package org.jrw.logic.checks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.jrw.logic.law.Law;
import org.jrw.logic.law.LawLibrary;
import org.jrw.logic.law.LawVersion;
import org.junit.jupiter.api.Test;

/** Every mandatory measure quotes the words of its provision, as the law text in the library has them. */
class MandatoryMeasuresTest {
    @Test
    void everyQuoteIsInItsProvision() {
        LawLibrary lib = LawLibrary.builtIn();
        JsonNode entries = DecisionChecks.measures().path("entries");
        assertTrue(entries.size() >= 4);
        for (JsonNode e : entries) {
            Law law = lib.law(e.path("law").asText()).orElseThrow(() -> new AssertionError(e.toString()));
            LawVersion v = law.version(e.path("version").asText()).orElseThrow(() -> new AssertionError(e.toString()));
            var article = v.text().article(e.path("article").asInt(), 0).orElseThrow(() -> new AssertionError(e.toString()));
            String text = e.hasNonNull("paragraph")
                    ? article.paragraphs().get(e.get("paragraph").asInt() - 1).fullText() : article.text();
            String quote = e.path("quote").asText();
            assertTrue(text.replaceAll("\\s", "").contains(quote), law.title() + " " + article.key() + ": " + quote
                    + " not in " + text);
            for (JsonNode m : e.path("measures")) {
                String head = m.path("name").asText().replaceAll("以及.*", "");
                assertTrue(quote.contains(head), head + " not in " + quote);
            }
        }
    }
}
