package org.jrw.logic.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jrw.model.Annotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The conversion between the annotation model's coordinates (points from the top-left of the
 * page as displayed) and PDF user space, checked against a renderer: a box filled at the user-space
 * rectangle the conversion gives must appear, on the rendered (rotated, cropped) page, exactly
 * where the displayed rectangle says.
 */
class PageGeometryTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 90, 180, 270})
    void displayedToUserAndBackIsTheIdentity(int rotation) {
        PageGeometry g = new PageGeometry(20, 30, 575, 812, rotation);
        Annotation.Rect r = new Annotation.Rect(40.5, 70.25, 120, 33);
        double[] u = g.toUser(r);
        Annotation.Rect back = g.toDisplayed(u[0], u[1], u[2], u[3]);
        assertThat(back.x()).isCloseTo(r.x(), within(1e-9));
        assertThat(back.y()).isCloseTo(r.y(), within(1e-9));
        assertThat(back.w()).isCloseTo(r.w(), within(1e-9));
        assertThat(back.h()).isCloseTo(r.h(), within(1e-9));
        assertThat(g.clip(new Annotation.Rect(-10, -10, 30, 30))).isEqualTo(new Annotation.Rect(0, 0, 20, 20));
        assertThat(g.clip(new Annotation.Rect(g.displayedWidth() + 1, 0, 10, 10))).isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 90, 180, 270})
    void aBoxDrawnAtTheConvertedRectangleRendersAtTheDisplayedPlace(int rotation) throws Exception {
        PageGeometry g = new PageGeometry(20, 30, 575, 812, rotation);
        Annotation.Rect shown = new Annotation.Rect(100, 150, 200, 80);
        double[] u = g.toUser(shown);
        byte[] pdf;
        try (PDDocument d = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage p = new PDPage(PDRectangle.A4);
            p.setCropBox(new PDRectangle(20, 30, 555, 782));
            p.setRotation(rotation);
            d.addPage(p);
            try (PDPageContentStream cs = new PDPageContentStream(d, p)) {
                cs.setNonStrokingColor(0f, 0f, 0f);
                cs.addRect((float) u[0], (float) u[1], (float) (u[2] - u[0]), (float) (u[3] - u[1]));
                cs.fill();
            }
            d.save(out);
            pdf = out.toByteArray();
        }
        BufferedImage img;
        try (PDDocument d = Loader.loadPDF(pdf)) {
            img = new PDFRenderer(d).renderImageWithDPI(0, 72);
            assertThat(CommentPdfWriter.geometry(d.getPage(0))).isEqualTo(g);
        }
        assertThat((double) img.getWidth()).isCloseTo(g.displayedWidth(), within(1.0));
        assertThat((double) img.getHeight()).isCloseTo(g.displayedHeight(), within(1.0));
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xff) < 128) {
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        assertThat((double) minX).isCloseTo(shown.x(), within(1.0));
        assertThat((double) minY).isCloseTo(shown.y(), within(1.0));
        assertThat((double) maxX + 1).isCloseTo(shown.x() + shown.w(), within(1.0));
        assertThat((double) maxY + 1).isCloseTo(shown.y() + shown.h(), within(1.0));
    }

    @Test
    void pdfDatesBecomeIsoTimes() {
        assertThat(CommentService.isoDate("D:20240312101500+08'00'", "x")).isEqualTo("2024-03-12T02:15:00.000Z");
        assertThat(CommentService.isoDate("D:20240312", "x")).isEqualTo("2024-03-12T00:00:00.000Z");
        assertThat(CommentService.isoDate("2024-03-12T10:15:00+08:00", "x")).isEqualTo("2024-03-12T02:15:00.000Z");
        assertThat(CommentService.isoDate("garbage", "x")).isEqualTo("x");
    }
}
