package org.jrw.logic.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The analysis chains: SmartChineseAnalyzer (HMM word segmentation) for {@code *_sc} fields, CJK
 * character bigrams for {@code *_bi} fields, keywords for the rest. Both text chains run on the
 * same text (separate fields), see {@code docs/decisions/0020-chinese-analysis.md}.
 */
final class Analyzers {
    /** Changing an analyzer, the field layout or what is stored (e.g. generated titles) must bump this: old indexes are then rebuilt. */
    static final String SCHEMA = "jrw-precedents/7;smartcn+cjkbigram;lucene-9";

    static final Analyzer SMARTCN = new SmartChineseAnalyzer();
    static final Analyzer BIGRAM = new CJKAnalyzer();
    static final Analyzer PER_FIELD = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(
            "facts_sc", SMARTCN, "title_sc", SMARTCN,
            "facts_bi", BIGRAM, "title_bi", BIGRAM, "meta_bi", BIGRAM, "industry_bi", BIGRAM, "region_bi", BIGRAM));

    private Analyzers() {
    }

    static List<String> tokens(Analyzer a, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("x", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(t.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
