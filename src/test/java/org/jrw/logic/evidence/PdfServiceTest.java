package org.jrw.logic.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.jrw.model.Annotation;
import org.jrw.model.BadInputException;
import org.jrw.testing.EvidenceFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfServiceTest {
    @TempDir
    Path tmp;

    @Test
    void pagesRenderOnceThenComeFromTheCache() throws Exception {
        Path f = EvidenceFixtures.write(tmp.resolve("a.pdf"), EvidenceFixtures.pdf("one", "two", "three"));
        try (PdfService s = new PdfService()) {
            assertThat(s.pageCount(f)).isEqualTo(3);
            assertThat(s.pageSizes(f).get(0).width()).isCloseTo(595.3, org.assertj.core.data.Offset.offset(0.5));
            BufferedImage a = s.render(f, 2, 1.5);
            assertThat(a.getWidth()).isBetween(892, 893);
            BufferedImage b = s.render(f, 2, 1.5);
            assertThat(b).isSameAs(a);
            assertThat(s.cacheHits()).isEqualTo(1);
            assertThatThrownBy(() -> s.render(f, 4, 1)).isInstanceOf(BadInputException.class);
        }
    }

    @Test
    void cacheStaysWithinItsBudget() throws Exception {
        Path f = EvidenceFixtures.write(tmp.resolve("a.pdf"), EvidenceFixtures.pdf("1", "2", "3", "4"));
        try (PdfService s = new PdfService(600L * 850 * 2)) {
            for (int p = 1; p <= 4; p++) {
                s.render(f, p, 1.0);
            }
            s.render(f, 1, 1.0);
            assertThat(s.cacheMisses()).isEqualTo(5);
        }
    }

    @Test
    void searchFindsTextWithRectanglesAndRegionTextCanBeCopied() throws Exception {
        Path f = EvidenceFixtures.write(tmp.resolve("a.pdf"),
                EvidenceFixtures.pdf("Welding without certificate", "No welding here? welding twice"));
        try (PdfService s = new PdfService()) {
            List<PdfService.Hit> hits = s.search(f, "WELDING");
            assertThat(hits).extracting(PdfService.Hit::page).containsExactly(1, 2, 2);
            Annotation.Rect r = hits.get(0).rects().get(0);
            assertThat(r.x()).isCloseTo(72, org.assertj.core.data.Offset.offset(1.0));
            assertThat(r.y()).isBetween(60.0, 85.0);
            assertThat(s.textIn(f, 1, new Annotation.Rect(60, 60, 300, 40))).contains("Welding without");
            assertThat(s.pageText(f, 2)).contains("twice");
        }
    }

    @Test
    void corruptPdfIsAClearBadInput() throws Exception {
        Path f = EvidenceFixtures.write(tmp.resolve("bad.pdf"), "%PDF-1.4 this is not really a pdf".getBytes());
        try (PdfService s = new PdfService()) {
            assertThatThrownBy(() -> s.pageCount(f)).isInstanceOf(BadInputException.class)
                    .hasMessageContaining("bad.pdf");
        }
    }
}
