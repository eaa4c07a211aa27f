package org.jrw.logic.law;

/**
 * A heading of a law's table of contents (编, 章, 节): {@code level} 1 for {@code ##}, 2 for
 * {@code ###} and so on; {@code firstArticle} is the key of the first article under it (or null).
 */
public record Heading(int level, String title, String firstArticle) {
}
