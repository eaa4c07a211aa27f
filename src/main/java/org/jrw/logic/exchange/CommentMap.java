package org.jrw.logic.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jrw.codec.Json;

/**
 * What a comment PDF (ADR 0050) holds page by page, so that comments added to it in any reader
 * can be mapped back: for each page of the PDF the document or evidence item it shows, how
 * (a page of the item's PDF, an image placed on the page, or a placeholder page) and the
 * geometry needed to convert a rectangle; the annotations the export itself wrote (by their
 * {@code /NM}, with the text written) and the markup annotations the source PDFs already
 * carried. Kept in the workspace ({@code exchange_pdf_exports}) and embedded in the PDF as
 * {@value #FILE_NAME}.
 */
public record CommentMap(String exportId, String caseId, String caseNumber, String pdfId, String createdAt,
                         List<PageRef> pages, Map<String, Exported> exported, List<String> source) {
    public static final String FORMAT = "jrw-comment-pdf";
    public static final String FILE_NAME = "jrw-comment-map.json";

    /** How a page shows its item. */
    public enum Kind { PDF, IMAGE, PLACEHOLDER }

    /**
     * One page of the exported PDF (0-based {@code index}): the item shown, its SHA-256, and for
     * {@link Kind#PDF} the item's 1-based page; for {@link Kind#IMAGE} where the image lies in user
     * space ({@code image} = x, y, w, h) and its size in pixels.
     */
    public record PageRef(int index, String target, String targetType, String sha256, Kind kind, Integer sourcePage,
                          PageGeometry geometry, List<Double> image, List<Integer> pixels) {
    }

    /** An annotation the export wrote: its id ({@code /NM}), thread root, the text written and its page. */
    public record Exported(String id, String root, String contents, int page) {
    }

    public PageRef page(int index) {
        return index >= 0 && index < pages.size() ? pages.get(index) : null;
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("version", 1);
        m.put("exportId", exportId);
        m.put("caseId", caseId);
        m.put("caseNumber", caseNumber);
        m.put("pdfId", pdfId);
        m.put("createdAt", createdAt);
        List<Map<String, Object>> ps = new ArrayList<>();
        for (PageRef p : pages) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("page", p.index());
            pm.put("target", p.target());
            pm.put("targetType", p.targetType());
            pm.put("sha256", p.sha256());
            pm.put("kind", p.kind().name().toLowerCase(java.util.Locale.ROOT));
            pm.put("sourcePage", p.sourcePage());
            pm.put("crop", p.geometry().cropList());
            pm.put("rotate", p.geometry().rotation());
            pm.put("image", p.image());
            pm.put("pixels", p.pixels());
            ps.add(pm);
        }
        m.put("pages", ps);
        Map<String, Object> ex = new LinkedHashMap<>();
        exported.forEach((k, v) -> ex.put(k, ExchangeService.details("id", v.id(), "root", v.root(), "contents",
                v.contents(), "page", v.page())));
        m.put("exported", ex);
        m.put("source", source);
        return m;
    }

    public String toJson() {
        return Json.pretty(toMap());
    }

    /** Reads a map written by {@link #toJson}; IllegalArgumentException when it is not one. */
    public static CommentMap parse(String json) {
        try {
            return parse0(json);
        } catch (ClassCastException | NullPointerException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("malformed: " + e, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static CommentMap parse0(String json) {
        Map<String, Object> m;
        try {
            m = Json.readMap(json);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
        if (!FORMAT.equals(m.get("format"))) {
            throw new IllegalArgumentException("format");
        }
        List<PageRef> pages = new ArrayList<>();
        for (Object o : (List<Object>) m.getOrDefault("pages", List.of())) {
            Map<String, Object> p = (Map<String, Object>) o;
            List<Number> crop = (List<Number>) p.get("crop");
            if (crop == null || crop.size() != 4) {
                throw new IllegalArgumentException("crop");
            }
            pages.add(new PageRef(((Number) p.get("page")).intValue(), Layer.req(p, "target"),
                    Layer.req(p, "targetType"), (String) p.get("sha256"),
                    Kind.valueOf(Layer.req(p, "kind").toUpperCase(java.util.Locale.ROOT)),
                    p.get("sourcePage") == null ? null : ((Number) p.get("sourcePage")).intValue(),
                    PageGeometry.of(crop, ((Number) p.getOrDefault("rotate", 0)).intValue()),
                    p.get("image") == null ? null : ((List<Number>) p.get("image")).stream()
                            .map(Number::doubleValue).toList(),
                    p.get("pixels") == null ? null : ((List<Number>) p.get("pixels")).stream()
                            .map(Number::intValue).toList()));
        }
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).index() != i) {
                throw new IllegalArgumentException("page order");
            }
        }
        Map<String, Exported> exported = new LinkedHashMap<>();
        Map<String, Object> ex = (Map<String, Object>) m.getOrDefault("exported", Map.of());
        ex.forEach((k, v) -> {
            Map<String, Object> e = (Map<String, Object>) v;
            exported.put(k, new Exported(Layer.req(e, "id"), (String) e.get("root"), (String) e.get("contents"),
                    ((Number) e.getOrDefault("page", 0)).intValue()));
        });
        List<String> source = new ArrayList<>();
        for (Object o : (List<Object>) m.getOrDefault("source", List.of())) {
            source.add(String.valueOf(o));
        }
        return new CommentMap(Layer.req(m, "exportId"), Layer.req(m, "caseId"), (String) m.get("caseNumber"),
                (String) m.get("pdfId"), (String) m.get("createdAt"), List.copyOf(pages), exported, List.copyOf(source));
    }
}
