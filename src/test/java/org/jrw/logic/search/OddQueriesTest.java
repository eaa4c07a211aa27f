package org.jrw.logic.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.jrw.i18n.Messages;
import org.jrw.model.BadInputException;
import org.jrw.persistence.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries as users type them on the real corpus: a fine range, year ranges and field prefixes
 * (valid and not), a prefix that is no field, OR at the start, a lone quote, provisions in short
 * forms; bad values are refused with the value named, never a crash or an empty list passed off
 * as "nothing found".
 */
class OddQueriesTest {
    @TempDir
    static Path tmp;
    static Workspace ws;
    static PrecedentService service;

    @BeforeAll
    static void open() {
        Messages.setLanguage("zh");
        ws = Workspace.open(tmp.resolve("ws"));
        service = new PrecedentService(ws);
        assertThat(service.importJsonl(PrecedentServiceTest.corpus(), "cases.jsonl").rejected()).isEmpty();
    }

    @AfterAll
    static void close() {
        service.close();
        ws.close();
    }

    private static long fine(Hit h) {
        BigDecimal b = h.penaltyUnitYuan() != null ? h.penaltyUnitYuan() : h.penaltyPersonYuan();
        return b == null ? -1 : b.longValue();
    }

    @Test
    void aFineRangeKeepsOnlyCasesInsideIt() {
        List<Hit> all = service.search(SearchQuery.of("").withLimit(100)).hits();
        long inRange = all.stream().filter(h -> fine(h) >= 20000 && fine(h) <= 50000).count();
        assertThat(inRange).as("the corpus has cases on both sides of the range").isBetween(1L, (long) all.size() - 1);
        SearchResult r = service.search(SearchQuery.of("").withFine(20000L, 50000L).withLimit(100));
        assertThat(r.hits()).isNotEmpty().allSatisfy(h -> assertThat(fine(h)).isBetween(20000L, 50000L));
        // the total counts every record in range, near-duplicates grouped under a hit too
        var records = service.records(false);
        assertThat((long) r.total()).isEqualTo(records.stream().filter(x -> Fields.fine(x) >= 20000 && Fields.fine(x) <= 50000).count());
        // an open upper end
        SearchResult from = service.search(SearchQuery.of("").withFine(100000L, null).withLimit(100));
        assertThat(from.hits()).isNotEmpty().allSatisfy(h -> assertThat(fine(h)).isGreaterThanOrEqualTo(100000L));
        assertThat((long) from.total()).isEqualTo(records.stream().filter(x -> Fields.fine(x) >= 100000).count());
    }

    @Test
    void fieldPrefixesFilterAndBadValuesAreRefusedByValue() {
        SearchResult years = service.search(SearchQuery.of("年份:2020-2022").withLimit(100));
        assertThat(years.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.year()).isBetween(2020, 2022));
        SearchResult one = service.search(SearchQuery.of("年度：2021年").withLimit(100));
        assertThat(one.hits()).allSatisfy(h -> assertThat(h.year()).isEqualTo(2021));
        SearchResult notSent = service.search(SearchQuery.of("移送:否").withLimit(100));
        assertThat(notSent.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.transferred()).isNotEqualTo(Boolean.TRUE));
        assertThatThrownBy(() -> service.search(SearchQuery.of("年份:去年"))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("去年");
        assertThatThrownBy(() -> service.search(SearchQuery.of("移送:也许"))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("也许");
        assertThatThrownBy(() -> service.search(SearchQuery.of("条款:某某"))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("某某");
        assertThatThrownBy(() -> service.search(SearchQuery.of("焊接").withLimit(0))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("0");
        assertThatThrownBy(() -> service.search(SearchQuery.of("焊接").withLimit(SearchQuery.MAX_LIMIT + 1)))
                .isInstanceOf(BadInputException.class);
    }

    @Test
    void oddSyntaxIsReadAsWords() {
        SearchResult plain = service.search(SearchQuery.of("焊接").withLimit(100));
        assertThat(plain.total()).isPositive();
        // an unknown prefix is a word, not a filter and not an error
        assertThat(service.search(SearchQuery.of("备注:焊接").withLimit(100)).total()).isPositive();
        // OR with nothing before it is ignored; a quote left open runs to the end of the query
        assertThat(service.search(SearchQuery.of("OR 焊接").withLimit(100)).total()).isEqualTo(plain.total());
        assertThat(service.search(SearchQuery.of("\" 焊接").withLimit(100)).total())
                .isEqualTo(service.search(SearchQuery.of("\"焊接\"").withLimit(100)).total()).isPositive();
        // either word
        int either = service.search(SearchQuery.of("焊接 或 粉尘").withLimit(100)).total();
        int dust = service.search(SearchQuery.of("粉尘").withLimit(100)).total();
        assertThat(either).isGreaterThanOrEqualTo(Math.max(plain.total(), dust));
        // an exclusion removes what the word finds
        assertThat(service.search(SearchQuery.of("焊接 -焊接").withLimit(100)).hits())
                .noneSatisfy(h -> assertThat(h.facts()).contains("焊接"));
    }

    @Test
    void provisionsInShortFormsAndOtherEditions() {
        // a plain law name with the edition's year in brackets: the 2014 numbering, mapped
        assertThat(ids("安全生产法(2014)96条6项")).containsExactly("安全生产法第99条第6项");
        assertThat(ids("安全生产法（2014年）第九十六条第六项")).containsExactly("安全生产法第99条第6项");
        assertThat(ids("刑法134条之1")).containsExactly("刑法第134条之1");
        assertThat(ids("９７条７项")).containsExactly("*第97条第7项");
        // a paragraph or item with no article before it, or after a full stop, is not placed
        assertThat(ids("第2款 97条")).containsExactly("*第97条");
        assertThat(ids("97条。第3款")).containsExactly("*第97条");
        // an article alone is covered by the paragraph cited after it
        assertThat(ids("97条 第1款")).containsExactly("*第97条第1款");
        assertThat(ids("   ")).isEmpty();
    }

    private static List<String> ids(String text) {
        return ProvisionNormalizer.parse(text).stream().map(Provision::id).toList();
    }
}
