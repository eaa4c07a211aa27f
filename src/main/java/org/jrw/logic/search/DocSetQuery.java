package org.jrw.logic.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * A constant-score query matching the documents of a bit set over the whole index (global doc
 * ids of one reader): the tiers of a search (all words / enough of the query's information)
 * computed once from the concepts' matches. Valid only for the reader it was computed on.
 */
final class DocSetQuery extends Query {
    private final FixedBitSet docs;
    private final String name;

    DocSetQuery(FixedBitSet docs, String name) {
        this.docs = docs;
        this.name = name;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext ctx) throws IOException {
                int base = ctx.docBase;
                int max = ctx.reader().maxDoc();
                DocIdSetIterator it = new DocIdSetIterator() {
                    private int doc = -1;

                    @Override
                    public int docID() {
                        return doc;
                    }

                    @Override
                    public int nextDoc() {
                        return advance(doc + 1);
                    }

                    @Override
                    public int advance(int target) {
                        int g = base + target;
                        if (target >= max || g >= docs.length()) {
                            return doc = NO_MORE_DOCS;
                        }
                        int next = docs.nextSetBit(g);
                        return doc = next == NO_MORE_DOCS || next >= base + max ? NO_MORE_DOCS : next - base;
                    }

                    @Override
                    public long cost() {
                        return max;
                    }
                };
                return new ConstantScoreScorer(this, score(), scoreMode, it);
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return false;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "DocSet(" + name + ", " + docs.cardinality() + ")";
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
