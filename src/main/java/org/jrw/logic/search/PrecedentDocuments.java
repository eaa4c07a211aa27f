package org.jrw.logic.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.jrw.model.PrecedentRecord;

/** A precedent record as the Lucene document of the index: stored fields, analysed texts, facets. */
final class PrecedentDocuments {
    private PrecedentDocuments() {
    }

    /** Facts: stored, with offsets in the postings so highlighting needs no re-analysis. */
    private static final org.apache.lucene.document.FieldType FACTS_TYPE = new org.apache.lucene.document.FieldType(
            TextField.TYPE_STORED);

    static {
        FACTS_TYPE.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        FACTS_TYPE.freeze();
    }

    static Document document(PrecedentRecord r) {
        Document doc = new Document();
        doc.add(new StringField("id", r.id(), Field.Store.YES));
        String title = Fields.title(r);
        doc.add(new TextField("title_bi", title, Field.Store.YES));
        doc.add(new TextField("title_sc", title, Field.Store.NO));
        doc.add(new Field("facts_bi", r.facts(), FACTS_TYPE));
        doc.add(new Field("facts_sc", r.facts(), FACTS_TYPE));
        StringBuilder meta = new StringBuilder();
        for (String s : new String[] {r.industry(), r.region(), r.publisher(), r.partyType(), r.otherSanctions(),
                r.violationBasis(), r.penaltyBasis()}) {
            if (s != null) {
                meta.append(s).append('\n');
            }
        }
        doc.add(new TextField("meta_bi", meta.toString(), Field.Store.NO));
        if (r.industry() != null) {
            doc.add(new TextField("industry_bi", r.industry(), Field.Store.NO));
            String cat = Fields.industryCategory(r.industry());
            doc.add(new StringField("industry_cat", cat, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField("industry", cat));
        }
        if (r.region() != null && !r.region().isBlank()) {
            doc.add(new TextField("region_bi", r.region(), Field.Store.NO));
            String prov = Fields.province(r.region());
            doc.add(new StringField("region_prov", prov, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField("region", prov));
        }
        Integer year = Fields.year(r.date());
        if (year != null) {
            doc.add(new IntPoint("year", year));
            doc.add(new SortedSetDocValuesFacetField("year", year.toString()));
        }
        doc.add(new NumericDocValuesField("date_key", Fields.dateKey(r.date())));
        List<Provision> violated = ProvisionNormalizer.parse(r.violationBasis());
        String defaultLaw = violated.isEmpty() ? null : violated.get(0).law();
        List<Provision> penalty = ProvisionNormalizer.parse(r.penaltyBasis(), defaultLaw);
        Set<String> keys = new LinkedHashSet<>();
        Set<String> articles = new LinkedHashSet<>();
        for (Provision p : concat(violated, penalty)) {
            keys.addAll(p.indexKeys());
            if (p.law() != null) {
                articles.add(p.articleId());
            }
        }
        for (String k : keys) {
            doc.add(new StringField("provision", k, Field.Store.NO));
        }
        for (Provision p : concat(violated, penalty)) {
            doc.add(new StoredField("provision_id", p.id()));
            doc.add(new StoredField("provision_display", p.display()));
        }
        for (String a : articles) {
            doc.add(new SortedSetDocValuesFacetField("provision", a));
        }
        long fine = Fields.fine(r);
        doc.add(new LongPoint("fine", fine));
        doc.add(new NumericDocValuesField("fine_dv", fine));
        doc.add(new SortedSetDocValuesFacetField("fine", Fields.fineBucket(fine)));
        String t = Fields.transferred(r.transferredCriminal());
        doc.add(new StringField("transferred", t, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField("transferred", t));
        if (r.caseId() != null) {
            doc.add(new StringField("case_id", r.caseId(), Field.Store.NO));
        }
        doc.add(new StoredField("record", PrecedentCodec.write(r)));
        return doc;
    }

    static List<Provision> concat(List<Provision> a, List<Provision> b) {
        List<Provision> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
