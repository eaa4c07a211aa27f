package org.jrw.logic.search;

import java.util.List;
import java.util.Map;

/**
 * Hits of a search, the number of matching precedents, facet counts per dimension (industry,
 * region, year, provision, fine, transferred) and whether the AND query found nothing so that
 * the results are those matching most of the terms ({@code relaxed}).
 */
public record SearchResult(int total, List<Hit> hits, Map<String, List<FacetCount>> facets, boolean relaxed) {
    public record FacetCount(String value, int count) {
    }
}
