package org.jrw.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jrw.persistence.Vault;

/**
 * Real files for evidence tests: PDFs made with PDFBox (A4, text per page), a PNG, a WAV of a
 * given length, and a package whose document d1 is a 2-page PDF, e1 a 400 × 300 PNG and e2 a
 * 3-second WAV.
 */
public final class EvidenceFixtures {
    private EvidenceFixtures() {
    }

    public static byte[] pdf(String... pageTexts) throws IOException {
        try (PDDocument d = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String t : pageTexts) {
                PDPage p = new PDPage(PDRectangle.A4);
                d.addPage(p);
                try (PDPageContentStream cs = new PDPageContentStream(d, p)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                    cs.newLineAtOffset(72, 760);
                    cs.showText(t);
                    cs.endText();
                }
            }
            d.save(out);
            return out.toByteArray();
        }
    }

    public static byte[] png(int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(200, 220, 240));
        g.fillRect(0, 0, w, h);
        g.setColor(Color.DARK_GRAY);
        g.fillRect(w / 4, h / 4, w / 2, h / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    public static byte[] wav(double seconds) throws IOException {
        float rate = 8000;
        int frames = (int) (seconds * rate);
        byte[] pcm = new byte[frames * 2];
        for (int i = 0; i < frames; i++) {
            short s = (short) (Math.sin(2 * Math.PI * 440 * i / rate) * 8000);
            pcm[2 * i] = (byte) s;
            pcm[2 * i + 1] = (byte) (s >> 8);
        }
        AudioFormat f = new AudioFormat(rate, 16, 1, true, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(pcm), f, frames), AudioFileFormat.Type.WAVE, out);
        return out.toByteArray();
    }

    /** TestPackages.valid() with real files: d1 a 2-page PDF, e1 a PNG (400 × 300), e2 a 3 s WAV. */
    public static TestPackages.Pkg pkg(String caseNumber) throws IOException {
        TestPackages.Pkg p = TestPackages.valid(caseNumber);
        byte[] pdf = pdf("Inspection record page one: welding without certificate", "Page two: signatures");
        replace(p, p.doc(0), pdf);
        replace(p, p.evidence(0), png(400, 300));
        byte[] wav = wav(3.0);
        p.addEvidence("e2", "视听资料", "执法记录仪音频", "files/e2.wav", wav);
        return p;
    }

    private static void replace(TestPackages.Pkg p, ObjectNode item, byte[] content) {
        p.files.put(item.get("file").asText(), content);
        item.put("sha256", Vault.hash(content));
    }

    public static Path write(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.write(file, content);
    }
}
