package org.jrw.logic.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jrw.logic.search.Hit;
import org.jrw.logic.search.PrecedentService;
import org.jrw.logic.search.SearchQuery;
import org.jrw.persistence.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrecedentReportWriterTest {
    @TempDir
    Path tmp;

    @Test
    void reportListsTheChosenPrecedentsWithQueryAndComparisonPoints() throws Exception {
        List<Hit> hits;
        try (Workspace ws = Workspace.open(tmp.resolve("ws")); PrecedentService s = new PrecedentService(ws)) {
            s.importJsonl(new InputStreamReader(getClass().getClassLoader()
                    .getResourceAsStream("content/precedents/cases.jsonl"), StandardCharsets.UTF_8), "cases.jsonl");
            hits = s.search(SearchQuery.of("无证焊接").withFilters(null, null, "97条7项").withLimit(3)).hits();
        }
        Path out = tmp.resolve("out/report.pdf");
        int pages = PrecedentReportWriter.write(out,
                new PrecedentReportWriter.Subject("无证焊接　条款:97条7项", "西应急罚〔2024〕99号", "无证焊接案", OffsetDateTime.now(), "王某"),
                List.of(new PrecedentReportWriter.Entry(hits.get(0), "情节相同，罚款幅度可参照", true),
                        new PrecedentReportWriter.Entry(hits.get(1), null, false)));
        assertThat(pages).isGreaterThanOrEqualTo(1);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("类案检索报告", "无证焊接", "97条7项", "〔2024〕99号", "情节相同", "适用条款相同",
                    "安全生产法", "全部相符", "检索结论");
            // the source is the publisher, never the reprint's address
            assertThat(text).doesNotContain("http", hits.get(0).sourceUrl());
        }
        try (var files = Files.list(out.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("report.pdf");
        }
    }
}
