package org.jrw.logic.pdf;

import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.LineSegment;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.geom.Vector;
import com.itextpdf.kernel.pdf.PdfDate;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.data.TextRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import com.itextpdf.pdfcleanup.CleanUpProperties;
import com.itextpdf.pdfcleanup.PdfCleanUpLocation;
import com.itextpdf.pdfcleanup.PdfCleaner;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replaces text in existing PDFs by really removing it: the glyphs of each replaced passage are cut
 * out of the page content streams (iText pdfSweep), not covered, and the replacement is written in
 * their place with the bundled fonts, squeezed to the original width. The result is rebuilt as a new
 * document from the pages alone, so document information, XMP metadata, bookmarks, attachments,
 * JavaScript, form fields (flattened first) and annotations of the original are not carried over.
 *
 * <p>Finding <em>what</em> to replace is the caller's business: {@link #pages} gives the glyphs of
 * every page in content order with their positions; the caller matches text against them and hands
 * back {@link Replacement}s naming the glyphs.
 */
public final class PdfTextRedactor {
    private PdfTextRedactor() {
    }

    /** One glyph as drawn: its text (usually one character) and its box in page space. */
    public record Glyph(String text, float x, float baseline, float width, float ascent, float descent, float size) {
        Rectangle box() {
            return new Rectangle(x, descent, Math.max(width, 0.1f), Math.max(ascent - descent, 0.1f));
        }
    }

    /** The glyphs of one page in content order; {@code imageCount} counts image draws on the page. */
    public record PageText(int page, List<Glyph> glyphs, int imageCount) {
        /** The page's characters concatenated without separators (one string position per glyph char). */
        public String text() {
            StringBuilder sb = new StringBuilder();
            glyphs.forEach(g -> sb.append(g.text()));
            return sb.toString();
        }

        /** The page's text with a line break wherever the next glyph starts a new line (for reading, not for offsets). */
        public String lines() {
            StringBuilder sb = new StringBuilder();
            Glyph prev = null;
            for (Glyph g : glyphs) {
                if (prev != null && (Math.abs(prev.baseline() - g.baseline()) > 1f || g.x() < prev.x() - 1f
                        || g.x() > prev.x() + prev.width() + 3 * Math.max(prev.size(), 1f))) {
                    sb.append('\n');
                }
                sb.append(g.text());
                prev = g;
            }
            return sb.toString();
        }
    }

    /** Replace {@code glyphs} (consecutive glyphs of one page, maybe over several lines) by {@code text}. */
    public record Replacement(int page, List<Glyph> glyphs, String text) {
        public Replacement {
            glyphs = List.copyOf(glyphs);
        }
    }

    /** A region of a page to clear (text and image pixels), in points from the page's top-left as displayed. */
    public record Area(int page, float x, float y, float w, float h) {
    }

    /** Reads every page's glyphs. */
    public static List<PageText> pages(byte[] pdf) throws IOException {
        List<PageText> out = new ArrayList<>();
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                Collector c = new Collector();
                new PdfCanvasProcessor(c).processPageContent(doc.getPage(p));
                out.add(new PageText(p, List.copyOf(c.glyphs), c.images));
            }
        }
        return out;
    }

    /** The document information strings (Title, Author, Subject, Keywords, Creator, Producer). */
    public static Map<String, String> info(byte[] pdf) throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            PdfDocumentInfo i = doc.getDocumentInfo();
            put(m, "Title", i.getTitle());
            put(m, "Author", i.getAuthor());
            put(m, "Subject", i.getSubject());
            put(m, "Keywords", i.getKeywords());
        }
        return m;
    }

    private static void put(Map<String, String> m, String k, String v) {
        if (v != null && !v.isEmpty()) {
            m.put(k, v);
        }
    }

    /**
     * Writes a new PDF: the replacements' glyphs removed from the content and the replacement text
     * drawn in their place; only the pages are kept, with {@code info} as document information.
     *
     * @param fixedTime when not null, creation and modification date and document id are fixed
     */
    public static byte[] redact(byte[] pdf, List<Replacement> replacements, Map<String, String> info,
                                ZonedDateTime fixedTime) throws IOException {
        return redact(pdf, replacements, List.of(), info, fixedTime);
    }

    /** As above, and every {@code areas} region cut out of its page (text, vector and image pixels) and filled grey. */
    public static byte[] redact(byte[] pdf, List<Replacement> replacements, List<Area> areas, Map<String, String> info,
                                ZonedDateTime fixedTime) throws IOException {
        byte[] swept = sweep(pdf, replacements, areas);
        return rebuild(swept, info, fixedTime);
    }

    private static byte[] sweep(byte[] pdf, List<Replacement> replacements, List<Area> areas) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(pdf.length + 4096);
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)), new PdfWriter(buf),
                new StampingProperties())) {
            PdfAcroForm form = PdfAcroForm.getAcroForm(doc, false);
            if (form != null) {
                form.flattenFields();
            }
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                // annotations may carry text of their own (notes, form values, links' titles)
                doc.getPage(p).getPdfObject().remove(PdfName.Annots);
            }
            if (!areas.isEmpty()) {
                List<PdfCleanUpLocation> marked = new ArrayList<>();
                for (Area a : areas) {
                    if (a.page() < 1 || a.page() > doc.getNumberOfPages()) {
                        continue;
                    }
                    Rectangle box = doc.getPage(a.page()).getCropBox();
                    marked.add(new PdfCleanUpLocation(a.page(), new Rectangle(box.getX() + a.x(),
                            box.getTop() - a.y() - a.h(), a.w(), a.h()), com.itextpdf.kernel.colors.ColorConstants.GRAY));
                }
                PdfCleaner.cleanUp(doc, marked, new CleanUpProperties());
                // text that stood inside a cleared region gets no replacement drawn either
                List<Replacement> kept = new ArrayList<>();
                for (Replacement r : replacements) {
                    boolean inside = false;
                    for (PdfCleanUpLocation l : marked) {
                        for (Glyph g : r.glyphs()) {
                            Rectangle b = g.box();
                            if (l.getPage() == r.page() && l.getRegion().contains(new Rectangle(
                                    b.getX() + b.getWidth() / 2, b.getY() + b.getHeight() / 2, 0.01f, 0.01f))) {
                                inside = true;
                            }
                        }
                    }
                    if (!inside) {
                        kept.add(r);
                    }
                }
                replacements = kept;
            }
            if (!replacements.isEmpty()) {
                List<PdfCleanUpLocation> locations = new ArrayList<>();
                for (Replacement r : replacements) {
                    for (Glyph g : r.glyphs()) {
                        locations.add(new PdfCleanUpLocation(r.page(), inset(g.box()), null));
                    }
                }
                // a glyph goes when at least a third of it lies in a region: the regions are inset so
                // that neighbouring glyphs never qualify
                PdfCleaner.cleanUp(doc, locations, new CleanUpProperties().setOverlapRatio(0.3));
                PdfFont cjk = PdfFontFactory.createFont(PdfFonts.cjkFontBytes(), PdfEncodings.IDENTITY_H,
                        PdfFontFactory.EmbeddingStrategy.PREFER_EMBEDDED);
                PdfFont latin = PdfFontFactory.createFont(PdfFonts.latinFontBytes(), PdfEncodings.IDENTITY_H,
                        PdfFontFactory.EmbeddingStrategy.PREFER_EMBEDDED);
                for (Replacement r : replacements) {
                    draw(doc.getPage(r.page()), r, cjk, latin);
                }
            }
        }
        return buf.toByteArray();
    }

    private static Rectangle inset(Rectangle r) {
        float dx = r.getWidth() * 0.15f;
        float dy = r.getHeight() * 0.2f;
        return new Rectangle(r.getX() + dx, r.getY() + dy, r.getWidth() - 2 * dx, r.getHeight() - 2 * dy);
    }

    /** Draws the replacement over the replaced glyphs' lines, distributing characters by line width. */
    private static void draw(PdfPage page, Replacement r, PdfFont cjk, PdfFont latin) {
        List<List<Glyph>> lines = new ArrayList<>();
        for (Glyph g : r.glyphs()) {
            List<Glyph> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (last == null || Math.abs(last.get(last.size() - 1).baseline() - g.baseline()) > 1f
                    || g.x() < last.get(last.size() - 1).x() - 1f) {
                last = new ArrayList<>();
                lines.add(last);
            }
            last.add(g);
        }
        int[] cps = r.text().codePoints().toArray();
        int total = r.glyphs().size();
        int start = 0;
        PdfCanvas canvas = new PdfCanvas(page.newContentStreamAfter(), page.getResources(), page.getDocument());
        for (int li = 0; li < lines.size(); li++) {
            List<Glyph> line = lines.get(li);
            int count = li == lines.size() - 1 ? cps.length - start
                    : Math.round((float) cps.length * line.size() / total);
            count = Math.max(0, Math.min(count, cps.length - start));
            String part = new String(cps, start, count);
            start += count;
            if (part.isEmpty()) {
                continue;
            }
            Glyph first = line.get(0);
            Glyph lastG = line.get(line.size() - 1);
            float width = lastG.x() + lastG.width() - first.x();
            float height = first.ascent() - first.descent();
            float size = first.size() > 0 ? first.size() : Math.max(4f, height * 0.86f);
            float natural = 0;
            int n = 0;
            for (int cp : part.codePoints().toArray()) {
                PdfFont f = fontFor(cp, cjk, latin);
                natural += f.getWidth(cp, size);
                n++;
            }
            float scale = natural <= 0 ? 100f : Math.min(100f, 100f * width / natural);
            // a shorter replacement is spread over the old width (at most one em between characters)
            float spacing = natural < width && n > 1 ? Math.min(size, (width - natural) / (n - 1)) : 0f;
            canvas.saveState().beginText().setHorizontalScaling(scale).setCharacterSpacing(spacing)
                    .moveText(first.x(), first.baseline());
            // runs of the same font
            StringBuilder run = new StringBuilder();
            PdfFont runFont = null;
            for (int cp : part.codePoints().toArray()) {
                PdfFont f = fontFor(cp, cjk, latin);
                if (runFont != null && f != runFont) {
                    canvas.setFontAndSize(runFont, size).showText(run.toString());
                    run.setLength(0);
                }
                runFont = f;
                run.appendCodePoint(cp);
            }
            if (runFont != null) {
                canvas.setFontAndSize(runFont, size).showText(run.toString());
            }
            canvas.endText().restoreState();
        }
        canvas.release();
    }

    private static PdfFont fontFor(int cp, PdfFont cjk, PdfFont latin) {
        return cp < 0x2E80 && latin.containsGlyph(cp) ? latin : cjk;
    }

    /** Copies the pages alone into a fresh document: nothing of the catalogue or info survives. */
    private static byte[] rebuild(byte[] pdf, Map<String, String> info, ZonedDateTime fixedTime) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(pdf.length + 1024);
        WriterProperties wp = new WriterProperties().setFullCompressionMode(true);
        if (fixedTime != null) {
            PdfString id = new PdfString(Integer.toHexString(info.hashCode()) + "jrw-anon").setHexWriting(true);
            wp.setInitialDocumentId(id).setModifiedDocumentId(id);
        }
        try (PdfDocument src = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)));
             PdfDocument dst = new PdfDocument(new PdfWriter(buf, wp))) {
            src.copyPagesTo(1, src.getNumberOfPages(), dst);
            for (int p = 1; p <= dst.getNumberOfPages(); p++) {
                PdfDictionary page = dst.getPage(p).getPdfObject();
                page.remove(PdfName.Annots);
                page.remove(PdfName.PieceInfo);
                page.remove(PdfName.Metadata);
                page.remove(PdfName.Thumb);
            }
            PdfDocumentInfo i = dst.getDocumentInfo();
            if (info.get("Title") != null) {
                i.setTitle(info.get("Title"));
            }
            if (info.get("Author") != null) {
                i.setAuthor(info.get("Author"));
            }
            if (info.get("Subject") != null) {
                i.setSubject(info.get("Subject"));
            }
            if (info.get("Keywords") != null) {
                i.setKeywords(info.get("Keywords"));
            }
            i.setCreator(OfficialDocumentWriter.CREATOR);
            if (fixedTime != null) {
                String date = new PdfDate(GregorianCalendar.from(fixedTime)).getPdfObject().getValue();
                i.setMoreInfo(PdfName.CreationDate.getValue(), date);
                i.setMoreInfo(PdfName.ModDate.getValue(), date);
            }
        }
        return buf.toByteArray();
    }

    private static final class Collector implements IEventListener {
        final List<Glyph> glyphs = new ArrayList<>();
        int images;

        @Override
        public void eventOccurred(IEventData data, EventType type) {
            if (type == EventType.RENDER_IMAGE) {
                images++;
                return;
            }
            if (!(data instanceof TextRenderInfo info)) {
                return;
            }
            for (TextRenderInfo ch : info.getCharacterRenderInfos()) {
                String t = ch.getText();
                if (t == null || t.isEmpty()) {
                    continue;
                }
                LineSegment base = ch.getBaseline();
                Vector s = base.getStartPoint();
                Vector e = base.getEndPoint();
                float asc = ch.getAscentLine().getStartPoint().get(Vector.I2);
                float desc = ch.getDescentLine().getStartPoint().get(Vector.I2);
                float hi = Math.max(asc, desc);
                float lo = Math.min(asc, desc);
                float size = 0f;
                try {
                    var fm = ch.getFont().getFontProgram().getFontMetrics();
                    float units = (fm.getAscender() - fm.getDescender()) / 1000f;
                    if (units > 0.2f) {
                        size = (hi - lo) / units;
                    }
                } catch (RuntimeException failure) {
                    org.slf4j.LoggerFactory.getLogger(PdfTextRedactor.class)
                            .debug("no font metrics; the box height is used", failure);
                    // no metrics: the box height is used
                }
                glyphs.add(new Glyph(t, s.get(Vector.I1), s.get(Vector.I2), e.get(Vector.I1) - s.get(Vector.I1),
                        hi, lo, size));
            }
        }

        @Override
        public Set<EventType> getSupportedEvents() {
            return EnumSet.of(EventType.RENDER_TEXT, EventType.RENDER_IMAGE);
        }
    }

    static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e);
    }
}
