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
    /** One page's displayed size in points. */
    public record PageSize(double width, double height) {
    }

    /** A search hit: page (1-based), the matched text and its rectangles. */
    public record Hit(int page, String text, List<Annotation.Rect> rects) {
    }

    private record RenderKey(Path file, int page, int scaleMilli) {
    }

    private static final int MAX_OPEN = 6;
    private final long maxCachedPixels;
    private final Map<Path, PDDocument> open = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<RenderKey, BufferedImage> cache = new LinkedHashMap<>(64, 0.75f, true);
    private long cachedPixels;
    private long hits;
    private long misses;

    public PdfService() {
        this(64L * 1024 * 1024);
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
        } catch (IOException ignored) {
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
