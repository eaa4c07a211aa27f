package org.jrw.logic.law;

import java.util.List;
import java.util.Optional;

/** A paragraph (款) of an article: its lead text and its items (项), if any. Numbered from 1. */
public record Paragraph(int number, String text, List<Item> items) {
    public Optional<Item> item(int n) {
        return items.stream().filter(i -> i.number() == n).findFirst();
    }

    /** The paragraph with its items, one per line. */
    public String fullText() {
        StringBuilder sb = new StringBuilder(text);
        for (Item i : items) {
            sb.append('\n').append(i.label()).append(i.text());
        }
        return sb.toString();
    }
}
