package org.jrw.logic.search;

import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.jrw.model.BadInputException;

/** The search syntax's field filters ({@code 地区:}, {@code 罚款:}, {@code 条款:} …) and the form's facet filters as Lucene queries. */
final class FieldFilters {

    private static final QueryBuilder BI = new QueryBuilder(Analyzers.BIGRAM);

    private FieldFilters() {
    }

    /**
     * A field prefix's filter, or null when the prefix is not a known field (then it is a word).
     * Values separated by {@code |} are alternatives ({@code 地区:浙江省|江苏省}: either region) —
     * the search window's facets, several ticked in one group.
     */
    static Query fieldFilter(String field, String value) {
        if (value.indexOf('|') < 0) {
            return oneFieldFilter(field, value);
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String part : value.split("\\|")) {
            if (!part.isBlank()) {
                Query q = oneFieldFilter(field, part);
                if (q == null) {
                    return null;
                }
                b.add(q, Occur.SHOULD);
            }
        }
        return b.build();
    }

    private static Query oneFieldFilter(String field, String value) {
        return switch (field.strip().toLowerCase(Locale.ROOT)) {
            case "罚款", "fine" -> fineBucketFilter(value);
            case "行业", "industry" -> industryFilter(value);
            case "地区", "地域", "region" -> regionFilter(value);
            case "年份", "年度", "year" -> yearFilter(value);
            case "条款", "法条", "依据", "provision" -> provisionFilter(value);
            case "移送", "transferred" -> transferredFilter(value);
            default -> null;
        };
    }

    static Query industryFilter(String value) {
        String v = value.strip();
        Query ph = BI.createPhraseQuery("industry_bi", v);
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(new TermQuery(new Term("industry_cat", v)), Occur.SHOULD);
        if (ph != null) {
            b.add(ph, Occur.SHOULD);
        }
        return b.build();
    }

    static Query regionFilter(String value) {
        String v = value.strip();
        Query ph = BI.createPhraseQuery("region_bi", v);
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(new TermQuery(new Term("region_prov", v)), Occur.SHOULD);
        if (ph != null) {
            b.add(ph, Occur.SHOULD);
        }
        return b.build();
    }

    static Query yearFilter(String value) {
        String v = value.strip();
        try {
            int dash = v.indexOf('-', 1);
            if (dash > 0) {
                return IntPoint.newRangeQuery("year", Integer.parseInt(v.substring(0, dash).strip()),
                        Integer.parseInt(v.substring(dash + 1).strip()));
            }
            return IntPoint.newExactQuery("year", Integer.parseInt(v.replace("年", "")));
        } catch (NumberFormatException e) {
            throw new BadInputException("search.year.invalid", value);
        }
    }

    static Query provisionFilter(String value) {
        List<Provision> ps = ProvisionNormalizer.parse(value);
        if (ps.isEmpty()) {
            throw new BadInputException("search.provision.invalid", value);
        }
        return provisionQuery(ps);
    }

    static Query provisionQuery(List<Provision> ps) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Provision p : ps) {
            b.add(new TermQuery(new Term("provision", p.id())), Occur.SHOULD);
        }
        return new BoostQuery(b.build(), 2f);
    }

    static Query transferredFilter(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        String t = switch (v) {
            case "是", "true", "yes", "已移送" -> "是";
            case "否", "false", "no", "未移送" -> "否";
            case "不详", "unknown", "null" -> "不详";
            default -> throw new BadInputException("search.transferred.invalid", value);
        };
        return new TermQuery(new Term("transferred", t));
    }

    /** A fine facet's bucket ({@code 1万–3万元}, {@code 无罚款}, {@code 不详}) as the range of fines it holds. */
    static Query fineBucketFilter(String value) {
        String v = value.strip();
        if (v.equals("不详")) {
            return LongPoint.newExactQuery("fine", -1); // an unknown fine is indexed as −1
        }
        long low = 0;
        for (java.util.Map.Entry<Long, String> b : Fields.FINE_BUCKETS) {
            if (b.getValue().equals(v)) {
                return LongPoint.newRangeQuery("fine", low, b.getKey());
            }
            low = b.getKey() + 1;
        }
        throw new BadInputException("search.fine.invalid", value);
    }

    static Query fineFilter(Long min, Long max) {
        if (min == null && max == null) {
            return null;
        }
        return LongPoint.newRangeQuery("fine", min == null ? 0 : min, max == null ? Long.MAX_VALUE : max);
    }
}
