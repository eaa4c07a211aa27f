package org.jrw.logic.evidence;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.jrw.model.Annotation;
import org.jrw.model.BadInputException;

/**
 * PDF pages with PDFBox: page count and sizes, rendering (cached, least recently used first out,
 * bounded by pixel memory), text of a page or of a region, and text search with the hits'
 * rectangles. Coordinates are PDF points from the top-left of the page as displayed (rotation
 * applied). Thread-safe: each open document is used by one thread at a time.
 */
public final class PdfService implements AutoCloseable {

    /** The number of pages of a PDF held in memory (PDFBox reads; ADR 0142). */
    public static int pageCount(byte[] pdf) throws java.io.IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }
    /** One page's displayed size in points. */
    public record PageSize(double width, double height) {
    }

    /** A search hit: page (1-based), the matched text and its rectangles. */
    public record Hit(int page, String text, List<Annotation.Rect> rects) {
    }

    private record RenderKey(Path file, int page, int scaleMilli) {
    }

    /**
     * Documents kept open (least recently used closed first): the one shown, the one before and
     * one more. An open document holds its fonts' parsed tables (a CJK font's cmap is hundreds of
     * thousands of small objects), which the collector copies while they live; with six open the
     * young-generation pauses reached 45–52 ms while the panel stepped through the evidence.
     */
    private static final int MAX_OPEN = 3;
    private final long maxCachedPixels;
    private final Map<Path, PDDocument> open = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<RenderKey, BufferedImage> cache = new LinkedHashMap<>(64, 0.75f, true);
    private long cachedPixels;
    private long hits;
    private long misses;

    /**
     * A cache of 24 M pixels (96 MB): about twenty pages at fit-width on a large screen plus the
     * thumbnails. It was 64 M (256 MB); that much live image data made the collector's pauses long
     * enough (45–52 ms) to stall the evidence pane while the panel stepped through a large case.
     */
    public PdfService() {
        this(24L * 1024 * 1024);
    }

    /** @param maxCachedPixels how many rendered pixels (4 bytes each) the cache may hold */
    public PdfService(long maxCachedPixels) {
        this.maxCachedPixels = maxCachedPixels;
    }

    private synchronized PDDocument doc(Path file) {
        PDDocument d = open.get(file);
        if (d != null) {
            return d;
        }
        try {
            d = Loader.loadPDF(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(e, "evidence.pdf.unreadable", String.valueOf(file.getFileName()),
                    String.valueOf(e.getMessage()));
        }
        open.put(file, d);
        if (open.size() > MAX_OPEN) {
            var it = open.entrySet().iterator();
            var eldest = it.next();
            it.remove();
            closeQuietly(eldest.getValue());
        }
        return d;
    }

    public int pageCount(Path file) {
        PDDocument d = doc(file);
        synchronized (d) {
            return d.getNumberOfPages();
        }
    }

    /** Displayed sizes of every page (rotation applied). */
    public List<PageSize> pageSizes(Path file) {
        PDDocument d = doc(file);
        synchronized (d) {
            List<PageSize> out = new ArrayList<>();
            for (PDPage p : d.getPages()) {
                out.add(size(p));
            }
            return out;
        }
    }

    static PageSize size(PDPage p) {
        PDRectangle box = p.getCropBox();
        int rot = ((p.getRotation() % 360) + 360) % 360;
        return rot == 90 || rot == 270 ? new PageSize(box.getHeight(), box.getWidth())
                : new PageSize(box.getWidth(), box.getHeight());
    }

    /**
     * A page (1-based) rendered at {@code scale} pixels per point (1.0 = 72 dpi). Served from the
     * cache when the same page was rendered at the same scale.
     */
    public BufferedImage render(Path file, int page, double scale) {
        RenderKey key = new RenderKey(file, page, (int) Math.round(scale * 1000));
        synchronized (this) {
            BufferedImage img = cache.get(key);
            if (img != null) {
                hits++;
                return img;
            }
            misses++;
        }
        PDDocument d = doc(file);
        BufferedImage img;
        synchronized (d) {
            checkPage(d, page);
            try {
                img = new PDFRenderer(d).renderImage(page - 1, (float) scale, ImageType.RGB);
            } catch (IOException | RuntimeException e) {
                throw new BadInputException(e, "evidence.pdf.renderFailed", page, String.valueOf(e.getMessage()));
            }
        }
        synchronized (this) {
            if (cache.put(key, img) == null) {
                cachedPixels += (long) img.getWidth() * img.getHeight();
            }
            var it = cache.entrySet().iterator();
            while (cachedPixels > maxCachedPixels && cache.size() > 1 && it.hasNext()) {
                var e = it.next();
                if (e.getKey().equals(key)) {
                    continue;
                }
                cachedPixels -= (long) e.getValue().getWidth() * e.getValue().getHeight();
                it.remove();
            }
        }
        return img;
    }

    public synchronized long cacheHits() {
        return hits;
    }

    public synchronized long cacheMisses() {
        return misses;
    }

    private static void checkPage(PDDocument d, int page) {
        if (page < 1 || page > d.getNumberOfPages()) {
            throw new BadInputException("evidence.pdf.noSuchPage", page, d.getNumberOfPages());
        }
    }

    /** The text of one page (1-based). */
    public String pageText(Path file, int page) {
        PDDocument d = doc(file);
        synchronized (d) {
            checkPage(d, page);
            try {
                PDFTextStripper s = new PDFTextStripper();
                s.setSortByPosition(true);
                s.setStartPage(page);
                s.setEndPage(page);
                return s.getText(d);
            } catch (IOException e) {
                throw new BadInputException(e, "evidence.pdf.unreadable", String.valueOf(file.getFileName()),
                        String.valueOf(e.getMessage()));
            }
        }
    }

    /** The text inside a rectangle of a page (for copying a selection). */
    public String textIn(Path file, int page, Annotation.Rect r) {
        PDDocument d = doc(file);
        synchronized (d) {
            checkPage(d, page);
            try {
                PDFTextStripperByArea s = new PDFTextStripperByArea();
                s.setSortByPosition(true);
                s.addRegion("r", new Rectangle2D.Double(r.x(), r.y(), r.w(), r.h()));
                s.extractRegions(d.getPage(page - 1));
                return s.getTextForRegion("r").strip();
            } catch (IOException e) {
                throw new BadInputException(e, "evidence.pdf.unreadable", String.valueOf(file.getFileName()),
                        String.valueOf(e.getMessage()));
            }
        }
    }

    /** Every occurrence of {@code query} (case-insensitive, whitespace in the PDF ignored), page by page. */
    public List<Hit> search(Path file, String query) {
        String q = query == null ? "" : query.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        List<Hit> out = new ArrayList<>();
        if (q.isEmpty()) {
            return out;
        }
        PDDocument d = doc(file);
        synchronized (d) {
            for (int p = 1; p <= d.getNumberOfPages(); p++) {
                List<TextPosition> chars = positions(d, p);
                StringBuilder sb = new StringBuilder();
                List<TextPosition> index = new ArrayList<>();
                for (TextPosition t : chars) {
                    String u = t.getUnicode();
                    if (u == null || u.isBlank()) {
                        continue;
                    }
                    for (int k = 0; k < u.length(); k++) {
                        sb.append(Character.toLowerCase(u.charAt(k)));
                        index.add(t);
                    }
                }
                String text = sb.toString();
                int from = 0;
                int at;
                while ((at = text.indexOf(q, from)) >= 0) {
                    out.add(new Hit(p, query, rects(index.subList(at, at + q.length()))));
                    from = at + q.length();
                }
            }
        }
        return out;
    }

    /**
     * Rectangles (PDF points from the page's top-left, one per line) of the text spans a finder
     * picks on a page. The finder is shown the page's text twice: in reading order with one space
     * wherever the characters have a gap or a line ends (so that field captions and values stay
     * apart), and with the lines of each column joined (so that a value wrapped inside a table
     * cell or a paragraph, such as an ID number broken after 17 digits, reads as one string).
     */
    public List<Annotation.Rect> locate(Path file, int page, java.util.function.Function<String, List<int[]>> finder) {
        PDDocument d = doc(file);
        List<Annotation.Rect> out = new ArrayList<>();
        synchronized (d) {
            if (page < 1 || page > d.getNumberOfPages()) {
                return out;
            }
            List<List<TextPosition>> segments = segments(positions(d, page));
            collect(out, segments, finder); // reading order
            // columns: each segment followed by the segment starting under it on the next line
            boolean[] taken = new boolean[segments.size()];
            List<List<TextPosition>> chains = new ArrayList<>();
            for (int i = 0; i < segments.size(); i++) {
                if (taken[i]) {
                    continue;
                }
                List<TextPosition> chain = new ArrayList<>(segments.get(i));
                int at = i;
                int next;
                while ((next = continuation(segments, at, taken)) >= 0) {
                    taken[next] = true;
                    chain.addAll(segments.get(next));
                    at = next;
                }
                chains.add(chain);
            }
            List<Annotation.Rect> joined = new ArrayList<>();
            collect(joined, chains, finder);
            joined.stream().filter(r -> !out.contains(r)).forEach(out::add);
        }
        return out;
    }

    /** Runs the finder over the runs joined by single spaces and adds the rectangles of its spans. */
    private static void collect(List<Annotation.Rect> out, List<List<TextPosition>> runs,
                                java.util.function.Function<String, List<int[]>> finder) {
        StringBuilder sb = new StringBuilder();
        List<TextPosition> index = new ArrayList<>();
        for (List<TextPosition> run : runs) {
            if (sb.length() > 0) {
                sb.append(' ');
                index.add(null);
            }
            for (TextPosition t : run) {
                String u = t.getUnicode();
                for (int k = 0; k < u.length(); k++) {
                    sb.append(u.charAt(k));
                    index.add(t);
                }
            }
        }
        for (int[] span : finder.apply(sb.toString())) {
            List<TextPosition> ps = new ArrayList<>();
            for (int i = Math.max(0, span[0]); i < Math.min(index.size(), span[1]); i++) {
                TextPosition t = index.get(i);
                if (t != null && (ps.isEmpty() || ps.get(ps.size() - 1) != t)) {
                    ps.add(t);
                }
            }
            out.addAll(rects(ps));
        }
    }

    /** Glyphs split into runs: a run ends at a line end or a gap wider than 0.6 of a character. */
    private static List<List<TextPosition>> segments(List<TextPosition> glyphs) {
        List<List<TextPosition>> out = new ArrayList<>();
        List<TextPosition> cur = new ArrayList<>();
        TextPosition prev = null;
        for (TextPosition t : glyphs) {
            String u = t.getUnicode();
            if (u == null || u.isBlank()) {
                continue;
            }
            if (prev != null) {
                double h = height(prev);
                boolean newLine = Math.abs(t.getYDirAdj() - prev.getYDirAdj()) > h * 0.5;
                double gap = t.getXDirAdj() - (prev.getXDirAdj() + prev.getWidthDirAdj());
                if (newLine || gap > Math.max(prev.getWidthDirAdj(), 1) * 0.6 || gap < -h) {
                    out.add(cur);
                    cur = new ArrayList<>();
                }
            }
            cur.add(t);
            prev = t;
        }
        if (!cur.isEmpty()) {
            out.add(cur);
        }
        return out;
    }

    /**
     * The run that continues run {@code i} on the next line of its column: it starts at the same x
     * (±3 pt) or up to two characters to the left (a paragraph's first-line indent), between 0.5
     * and 2.4 glyph heights lower (a line pitch of up to twice the font size). The nearest such run, or -1.
     */
    private static int continuation(List<List<TextPosition>> segments, int i, boolean[] taken) {
        TextPosition first = segments.get(i).get(0);
        double h = height(first);
        double x0 = first.getXDirAdj();
        double y0 = first.getYDirAdj();
        double charW = Math.max(first.getWidthDirAdj(), h * 0.5);
        int best = -1;
        double bestDy = Double.MAX_VALUE;
        for (int j = 0; j < segments.size(); j++) {
            if (j == i || taken[j]) {
                continue;
            }
            TextPosition t = segments.get(j).get(0);
            double dy = t.getYDirAdj() - y0;
            double dx = t.getXDirAdj() - x0;
            if (dy > h * 0.5 && dy < h * 2.4 && dx <= 3 && dx >= -2.2 * charW - 3 && dy < bestDy) {
                best = j;
                bestDy = dy;
            }
        }
        return best;
    }

    private static double height(TextPosition t) {
        return Math.max(t.getHeightDir(), t.getFontSizeInPt() * 0.8);
    }

    private static List<TextPosition> positions(PDDocument d, int page) {
        List<TextPosition> all = new ArrayList<>();
        try {
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> textPositions) {
                    all.addAll(textPositions);
                }
            };
            s.setSortByPosition(true);
            s.setStartPage(page);
            s.setEndPage(page);
            s.getText(d);
        } catch (IOException e) {
            throw new BadInputException(e, "evidence.pdf.unreadable", "", String.valueOf(e.getMessage()));
        }
        return all;
    }

    /** One rectangle per line of the matched characters. */
    private static List<Annotation.Rect> rects(List<TextPosition> ps) {
        List<Annotation.Rect> out = new ArrayList<>();
        double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        boolean have = false;
        for (TextPosition t : ps) {
            double h = Math.max(t.getHeightDir(), t.getFontSizeInPt() * 0.8);
            double tx0 = t.getXDirAdj();
            double ty1 = t.getYDirAdj() + h * 0.2;
            double ty0 = t.getYDirAdj() - h;
            double tx1 = tx0 + t.getWidthDirAdj();
            if (have && Math.abs(ty1 - y1) > h * 0.5) {
                out.add(new Annotation.Rect(x0, y0, x1 - x0, y1 - y0));
                have = false;
            }
            if (!have) {
                x0 = tx0;
                y0 = ty0;
                x1 = tx1;
                y1 = ty1;
                have = true;
            } else {
                x0 = Math.min(x0, tx0);
                y0 = Math.min(y0, ty0);
                x1 = Math.max(x1, tx1);
                y1 = Math.max(y1, ty1);
            }
        }
        if (have) {
            out.add(new Annotation.Rect(x0, y0, x1 - x0, y1 - y0));
        }
        return out;
    }

    /** Forgets an open document and its rendered pages. */
    public synchronized void evict(Path file) {
        PDDocument d = open.remove(file);
        if (d != null) {
            closeQuietly(d);
        }
        cache.entrySet().removeIf(e -> {
            if (e.getKey().file().equals(file)) {
                cachedPixels -= (long) e.getValue().getWidth() * e.getValue().getHeight();
                return true;
            }
            return false;
        });
    }

    private static void closeQuietly(PDDocument d) {
        try {
            synchronized (d) {
                d.close();
            }
        } catch (IOException failure) {
            org.slf4j.LoggerFactory.getLogger(PdfService.class).debug("PDF document not closed", failure);
            // a read-only document; nothing to lose
        }
    }

    @Override
    public synchronized void close() {
        open.values().forEach(PdfService::closeQuietly);
        open.clear();
        cache.clear();
        cachedPixels = 0;
    }
}
