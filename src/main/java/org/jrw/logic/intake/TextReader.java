package org.jrw.logic.intake;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jrw.logic.dossier.Problem;
import org.jrw.logic.evidence.TextFiles;
import org.jrw.logic.training.Ocr;

/**
 * Reads a file's text for classification and field extraction: PDF with PDFBox (page by page),
 * DOCX with POI's XWPF (paragraphs and table cells in body order), plain text through
 * {@link TextFiles}; pictures and scanned PDFs through tesseract {@code chi_sim} when it is
 * installed ({@link Ocr}), else marked 待识别. Never throws for a bad file: the result says why no
 * text was read.
 */
public final class TextReader {
    /** How far the text of a file could be read. */
    public enum Status {
        /** text read from the file itself */
        TEXT,
        /** text recognised by OCR */
        OCR,
        /** a picture or scan whose text awaits recognition (待识别): no OCR engine */
        PENDING_OCR,
        /** a file without text to read (audio, video, data) */
        NO_TEXT,
        /** the file could not be read (encrypted, damaged, not what its name says) */
        UNREADABLE
    }

    public record Read(DocText text, Status status, Problem problem) {
    }

    /** Text is read from at most this many pages of a PDF (the standard documents are short). */
    static final int MAX_PAGES = 60;
    /** Text files and DOCX larger than this are not read for text (still stored). */
    static final long MAX_TEXT_BYTES = 64L << 20;
    static final int MAX_OCR_PAGES = 8;

    /**
     * FontBox warns once per glyph table of many Chinese PDFs ("Format 12 cmap contains an invalid
     * glyph index"); the text is read regardless, so these warnings are kept out of the user's
     * console. Held strongly: java.util.logging forgets a level set on a logger nobody references.
     */
    private static final java.util.logging.Logger FONTBOX_CMAP =
            java.util.logging.Logger.getLogger("org.apache.fontbox.ttf.CmapSubtable");

    static {
        FONTBOX_CMAP.setLevel(java.util.logging.Level.SEVERE);
    }

    private TextReader() {
    }

    public static Read read(Path file, String name) {
        String ext = Classifier.extension(name);
        try {
            return switch (ext) {
                case "pdf" -> pdf(file, name);
                case "docx" -> docx(file, name);
                case "txt" -> txt(file, name);
                case "doc", "wps" -> new Read(DocText.EMPTY, Status.UNREADABLE, new Problem("intake.file.oldWord", name));
                default -> Classifier.isImage(name) ? image(file, name)
                        : new Read(DocText.EMPTY, Status.NO_TEXT, null);
            };
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            return new Read(DocText.EMPTY, Status.UNREADABLE, new Problem("intake.file.unreadable", name, reason(e)));
        }
    }

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(TextReader.class.getName());

    /** The parser's own words go to the log, not to the user: the message names the file and what to do. */
    private static String reason(Throwable e) {
        String m = e.getMessage();
        String r = m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
        LOG.log(java.util.logging.Level.INFO, "intake: text not readable: " + r);
        return r;
    }

    private static Read pdf(Path file, String name) throws IOException {
        PDDocument doc;
        try {
            doc = Loader.loadPDF(file.toFile());
        } catch (InvalidPasswordException e) {
            return new Read(DocText.EMPTY, Status.UNREADABLE, new Problem("intake.pdf.encrypted", name));
        } catch (IOException e) {
            return new Read(DocText.EMPTY, Status.UNREADABLE, new Problem("intake.pdf.damaged", name, reason(e)));
        }
        try (doc) {
            int n = doc.getNumberOfPages();
            if (n == 0) {
                return new Read(DocText.EMPTY, Status.UNREADABLE, new Problem("intake.pdf.damaged", name, "0 pages"));
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            List<String> pages = new ArrayList<>();
            int chars = 0;
            for (int p = 1; p <= Math.min(n, MAX_PAGES); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String t = stripper.getText(doc);
                pages.add(t);
                chars += t.strip().length();
            }
            if (chars >= 10 * Math.min(n, MAX_PAGES) / 2 + 5) {
                return new Read(DocText.ofPages(name, pages), Status.TEXT, null);
            }
            // a scan: no text layer
            Optional<Ocr> ocr = Ocr.find();
            if (ocr.isEmpty()) {
                return new Read(DocText.EMPTY, Status.PENDING_OCR, new Problem("intake.ocr.pending", name));
            }
            PDFRenderer r = new PDFRenderer(doc);
            List<String> ocrPages = new ArrayList<>();
            for (int p = 0; p < Math.min(n, MAX_OCR_PAGES); p++) {
                BufferedImage img = r.renderImageWithDPI(p, 200, ImageType.GRAY);
                ocrPages.add(ocrText(ocr.get(), img));
            }
            return new Read(DocText.ofPages(name, ocrPages), Status.OCR, null);
        }
    }

    private static String ocrText(Ocr ocr, BufferedImage img) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Ocr.Line l : ocr.lines(img)) {
            sb.append(l.text()).append('\n');
        }
        return sb.toString();
    }

    private static Read image(Path file, String name) throws IOException {
        Optional<Ocr> ocr = Ocr.find();
        if (ocr.isEmpty()) {
            return new Read(DocText.EMPTY, Status.PENDING_OCR, new Problem("intake.ocr.pending", name));
        }
        BufferedImage img;
        try (InputStream in = Files.newInputStream(file)) {
            img = ImageIO.read(in);
        }
        if (img == null) {
            return new Read(DocText.EMPTY, Status.UNREADABLE, new Problem("intake.image.unreadable", name));
        }
        return new Read(DocText.ofPages(name, List.of(ocrText(ocr.get(), img))), Status.OCR, null);
    }

    private static Read docx(Path file, String name) throws IOException {
        if (Files.size(file) > MAX_TEXT_BYTES) {
            return new Read(DocText.EMPTY, Status.NO_TEXT, new Problem("intake.file.tooLargeForText", name));
        }
        if (!isZip(file)) {
            return new Read(DocText.EMPTY, Status.UNREADABLE, new Problem("intake.docx.notZip", name));
        }
        List<String> paragraphs = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
             XWPFDocument doc = new XWPFDocument(pkg)) {
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    paragraphs.add(p.getText());
                } else if (e instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        // a row of a form: label cell then value cell(s) → "label：value"
                        List<String> cells = new ArrayList<>();
                        for (XWPFTableCell c : row.getTableCells()) {
                            String ct = c.getText().strip();
                            if (!ct.isEmpty()) {
                                cells.add(ct);
                            }
                        }
                        paragraphs.add(joinRow(cells));
                    }
                }
            }
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException
                 | org.apache.poi.UnsupportedFileFormatException e) {
            return new Read(DocText.EMPTY, Status.UNREADABLE, new Problem("intake.docx.damaged", name, reason(e)));
        }
        return new Read(DocText.ofParagraphs(name, paragraphs), Status.TEXT, null);
    }

    /** Cells of a form row: a short label cell is joined to its value with a colon. */
    static String joinRow(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i).replaceAll("\\s+", "");
            sb.append(c);
            if (i < cells.size() - 1) {
                boolean label = c.length() <= 10 && !c.endsWith("：") && !c.endsWith(":") && i % 2 == 0;
                sb.append(label ? "：" : "，");
            }
        }
        return sb.toString();
    }

    private static Read txt(Path file, String name) throws IOException {
        if (Files.size(file) > MAX_TEXT_BYTES) {
            return new Read(DocText.EMPTY, Status.NO_TEXT, new Problem("intake.file.tooLargeForText", name));
        }
        String t = TextFiles.decode(Files.readAllBytes(file)).text();
        return new Read(DocText.ofParagraphs(name, List.of(t)), Status.TEXT, null);
    }

    static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] b = in.readNBytes(4);
            return b.length == 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
        }
    }
}
