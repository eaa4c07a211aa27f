package org.jrw.logic.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.jrw.i18n.Messages;
import org.jrw.model.BadInputException;
import org.jrw.persistence.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search window's facets with several values ticked in one group (issue 23): {@code 地区:A|B}
 * finds either region, {@code 罚款:<group>} the fines of that facet group; an unknown group is
 * refused with a message.
 */
class FacetAlternativesTest {
    @TempDir
    Path tmp;
    Workspace ws;
    PrecedentService service;

    @BeforeEach
    void open() {
        Messages.setLanguage("zh");
        ws = Workspace.open(tmp.resolve("ws"));
        service = new PrecedentService(ws);
        service.importJsonl(PrecedentServiceTest.corpus(), "cases.jsonl");
    }

    @AfterEach
    void close() {
        service.close();
        ws.close();
    }

    private int total(String q) {
        return service.search(SearchQuery.of(q).withLimit(100)).total();
    }

    @Test
    void alternativesOfOneGroupAddUp() {
        List<SearchResult.FacetCount> regions = service.search(SearchQuery.of("").withLimit(100)).facets().get("region");
        assertThat(regions).hasSizeGreaterThanOrEqualTo(2);
        String a = regions.get(0).value();
        String b = regions.get(1).value();
        int onlyA = total("地区:" + a);
        int onlyB = total("地区:" + b);
        assertThat(onlyA).isPositive();
        assertThat(onlyB).isPositive();
        assertThat(total("地区:" + a + "|" + b)).isEqualTo(onlyA + onlyB);
        // across groups still all must hold
        assertThat(total("地区:" + a + "|" + b + " 年份:1990")).isZero();
    }

    @Test
    void fineGroupsMatchTheirRanges() {
        List<SearchResult.FacetCount> fines = service.search(SearchQuery.of("").withLimit(100)).facets().get("fine");
        int sum = 0;
        for (SearchResult.FacetCount f : fines) {
            int n = total("罚款:" + f.value());
            assertThat(n).as(f.value()).isEqualTo(f.count());
            sum += n;
        }
        String all = String.join("|", fines.stream().map(SearchResult.FacetCount::value).toList());
        assertThat(total("罚款:" + all)).isEqualTo(sum).isEqualTo(total(""));
        assertThat(total("罚款:1万元以下")).isEqualTo(service.search(SearchQuery.of("").withFine(1L, 10_000L)
                .withLimit(100)).total());
        assertThatThrownBy(() -> total("罚款:很多")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("很多");
    }
}
