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
        /** a picture or scan whose text awaits recognition (待识别): no OCR engine, or recognition stopped */
        PENDING_OCR,
        /** a picture or scan queued for the second phase of an intake (识别中…): the engine is installed */
        OCR_QUEUED,
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

    /** Reads the text, recognising pictures and scans at once when an engine is installed. */
    public static Read read(Path file, String name) {
        return read(file, name, Ocr.find(), false);
    }

    /**
     * Reads the text. With {@code deferOcr} a picture or a PDF without a text layer is not
     * recognised here: it comes back {@link Status#OCR_QUEUED} when {@code ocr} is present (for
     * {@link #recognise}), {@link Status#PENDING_OCR} when not.
     */
    public static Read read(Path file, String name, Optional<Ocr> ocr, boolean deferOcr) {
        String ext = Classifier.extension(name);
        try {
            return switch (ext) {
                case "pdf" -> pdf(file, name, ocr, deferOcr);
                case "docx" -> docx(file, name);
                case "txt" -> txt(file, name);
                case "doc", "wps" -> new Read(DocText.EMPTY, Status.UNREADABLE, new Problem("intake.file.oldWord", name));
                default -> Classifier.isImage(name) ? image(file, name, ocr, deferOcr)
                        : new Read(DocText.EMPTY, Status.NO_TEXT, null);
            };
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            return new Read(DocText.EMPTY, Status.UNREADABLE, new Problem("intake.file.unreadable", name, reason(e)));
        }
    }

    /** The second phase: recognises a picture or a PDF without a text layer with {@code ocr}. */
    public static Read recognise(Path file, String name, Ocr ocr) {
        return read(file, name, Optional.of(ocr), false);
    }

    private static Read queued(Optional<Ocr> ocr, String name) {
        return ocr.isPresent() ? new Read(DocText.EMPTY, Status.OCR_QUEUED, new Problem("intake.ocr.queued", name))
                : new Read(DocText.EMPTY, Status.PENDING_OCR, new Problem(ocrSwitchedOff() ? "fixes.intake.ocrOff"
                        : "intake.ocr.pending", name));
    }

    /** Recognition switched off on purpose (-Djrw.ocr=off): not the same as tesseract missing. */
    private static boolean ocrSwitchedOff() {
        return "off".equalsIgnoreCase(System.getProperty("jrw.ocr", ""));
    }

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(TextReader.class.getName());

    /** The parser's own words go to the log, not to the user: the message names the file and what to do. */
    private static String reason(Throwable e) {
        String m = e.getMessage();
        String r = m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
        LOG.log(java.util.logging.Level.INFO, "intake: text not readable: " + r);
        return r;
    }

    private static Read pdf(Path file, String name, Optional<Ocr> ocr, boolean deferOcr) throws IOException {
        PDDocument doc;
        try {
            doc = Loader.loadPDF(file.toFile());
        } catch (InvalidPasswordException e) {
            // expected: reported as an encrypted PDF
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
            if (ocr.isEmpty() || deferOcr) {
                return queued(ocr, name);
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
            sb.append(ocrClean(l.text())).append('\n');
        }
        return sb.toString();
    }

    /** A year between brackets of two different kinds ({@code 〔2024]}): OCR misread one of them. */
    private static final java.util.regex.Pattern MISMATCHED_YEAR =
            java.util.regex.Pattern.compile("([〔\\[【(（])\\s*((?:19|20)\\d{2})\\s*([〕\\]】)）])");

    /**
     * Repairs what recognition gets wrong in a document number's year: brackets of two different
     * kinds around it become 〔〕 (a matched pair, whatever its kind, is kept as printed).
     */
    static String ocrClean(String line) {
        java.util.regex.Matcher m = MISMATCHED_YEAR.matcher(line);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String open = m.group(1);
            String close = m.group(3);
            boolean matched = "〔〕".equals(open + close) || "[]".equals(open + close) || "【】".equals(open + close)
                    || "()".equals(open + close) || "（）".equals(open + close);
            m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(
                    matched ? m.group() : "〔" + m.group(2) + "〕"));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static Read image(Path file, String name, Optional<Ocr> ocr, boolean deferOcr) throws IOException {
        if (ocr.isEmpty() || deferOcr) {
            return queued(ocr, name);
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
