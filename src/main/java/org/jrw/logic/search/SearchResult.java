package org.jrw.logic.search;

import java.util.List;
import java.util.Map;

/**
 * Hits of a search, the number of matching precedents, facet counts per dimension (industry,
 * region, year, provision, fine, transferred). Words are ANDed: {@code allWords} precedents
 * contain every word and come first; when they are fewer than asked for, the precedents matching
 * most of the words follow ({@code relaxed}), and {@code total} counts those too.
 */
public record SearchResult(int total, List<Hit> hits, Map<String, List<FacetCount>> facets, int allWords,
                           boolean relaxed) {
    public record FacetCount(String value, int count) {
    }
}
