package org.jrw.logic.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;
import org.jrw.model.BadInputException;

/**
 * Reads the comments of a PDF returned by a reviewer, with PDFBox (as the evidence layer reads
 * PDFs): the export's identity (document information {@code JRW.ExportId}, the embedded
 * {@value CommentMap#FILE_NAME}, the file's {@code /ID}), the page count, and every markup
 * annotation as a {@link ForeignComment}. A file PDFBox cannot parse, or one that needs a
 * password, is refused with {@link BadInputException} naming the file.
 */
final class PdfCommentReader {
    /** The embedded map is small; a larger one is not ours. */
    static final int MAX_MAP_BYTES = 8 << 20;

    private PdfCommentReader() {
    }

    record Read(String exportId, String caseId, String embeddedMap, String pdfId, int pageCount,
                List<ForeignComment> comments, int skipped) {
    }

    static Read read(Path file) {
        String name = String.valueOf(file.getFileName());
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new BadInputException("exchange.package.notFound", file.toString());
        }
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            return read(doc);
        } catch (InvalidPasswordException e) {
            throw new BadInputException(e, "comments.pdf.encrypted", name);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new BadInputException(e, "comments.pdf.corrupt", name, String.valueOf(e.getMessage()));
        }
    }

    private static Read read(PDDocument doc) throws IOException {
        PDDocumentInformation info = doc.getDocumentInformation(); // never null: PDFBox makes an empty one
        String exportId = info.getCustomMetadataValue(CommentPdfWriter.INFO_EXPORT_ID);
        String caseId = info.getCustomMetadataValue(CommentPdfWriter.INFO_CASE_ID);
        String map;
        try {
            map = embeddedMap(doc);
        } catch (IOException | RuntimeException e) {
            map = null; // a damaged attachment: the document information may still name the export
        }
        String pdfId = null;
        COSArray id = doc.getDocument().getDocumentID();
        if (id != null && id.size() > 0 && id.getObject(0) instanceof COSString s) {
            pdfId = HexFormat.of().formatHex(s.getBytes());
        }
        List<ForeignComment> out = new ArrayList<>();
        Map<COSDictionary, String> keys = new IdentityHashMap<>();
        Map<COSDictionary, COSDictionary> parents = new IdentityHashMap<>();
        List<Object[]> pending = new ArrayList<>();
        int skipped = 0;
        int pageIndex = 0;
        for (PDPage page : doc.getPages()) {
            for (PDAnnotation a : page.getAnnotations()) {
                String subtype = a.getSubtype();
                if (subtype == null || subtype.equals("Popup") || subtype.equals("Link") || subtype.equals("Widget")) {
                    continue;
                }
                if (!(a instanceof PDAnnotationMarkup m) || !ForeignComment.SUPPORTED.contains(subtype)) {
                    skipped++;
                    continue;
                }
                COSDictionary d = m.getCOSObject();
                double[] rect = inner(rect(d.getDictionaryObject(COSName.RECT)), subtype,
                        d.getDictionaryObject(COSName.RD));
                List<double[]> quads = quads(d.getDictionaryObject(COSName.QUADPOINTS));
                String contents = text(m.getContents());
                if ((contents == null || contents.isBlank()) && subtype.equals("FreeText")) {
                    contents = stripMarkup(m.getRichContents());
                }
                String author = text(m.getTitlePopup());
                String created = dateText(d.getDictionaryObject(COSName.CREATION_DATE));
                String nm = text(m.getAnnotationName());
                boolean named = nm != null && !nm.isBlank();
                String key = named ? nm.strip() : ForeignComment.derivedKey(pageIndex, subtype, rect, author, contents,
                        created);
                keys.put(d, key);
                if (d.getDictionaryObject(COSName.IRT) instanceof COSDictionary parent) {
                    parents.put(d, parent);
                }
                String state = null;
                if (d.getDictionaryObject(COSName.getPDFName("StateModel")) != null
                        || d.getDictionaryObject(COSName.getPDFName("State")) != null) {
                    state = String.valueOf(text(d.getString(COSName.getPDFName("State"))));
                }
                pending.add(new Object[] {d, new ForeignComment(key, named, subtype, pageIndex, rect, quads, author,
                        contents, text(m.getSubject()), created, dateText(d.getDictionaryObject(COSName.M)), null,
                        m.getReplyType(), state)});
            }
            pageIndex++;
        }
        for (Object[] p : pending) {
            ForeignComment c = (ForeignComment) p[1];
            COSDictionary parent = parents.get((COSDictionary) p[0]);
            String parentKey = parent == null ? null : keys.get(parent);
            if (parent != null && parentKey == null) {
                // the parent is not a comment on a page of this file (e.g. removed): key it anyway
                String nm = parent.getString(COSName.NM);
                parentKey = nm == null ? "?" : nm;
            }
            out.add(new ForeignComment(c.key(), c.named(), c.subtype(), c.page(), c.rect(), c.quads(), c.author(),
                    c.contents(), c.subject(), c.created(), c.modified(), parentKey, c.replyType(), c.state()));
        }
        return new Read(blank(exportId), blank(caseId), map, pdfId, doc.getNumberOfPages(), out, skipped);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String text(String s) {
        return s == null ? null : s.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String dateText(COSBase b) {
        return b instanceof COSString s ? s.getString() : null;
    }

    static String stripMarkup(String rc) {
        if (rc == null) {
            return null;
        }
        String t = rc.replaceAll("(?s)<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
        return t.isBlank() ? null : t.strip();
    }

    static double[] rect(COSBase b) {
        if (!(b instanceof COSArray a) || a.size() < 4) {
            return null;
        }
        double[] r = new double[4];
        for (int i = 0; i < 4; i++) {
            if (!(a.getObject(i) instanceof COSNumber n) || !Double.isFinite(n.floatValue())) {
                return null;
            }
            r[i] = n.floatValue();
        }
        return new double[] {Math.min(r[0], r[2]), Math.min(r[1], r[3]), Math.max(r[0], r[2]), Math.max(r[1], r[3])};
    }

    /** Subtypes whose /RD (rectangle differences) sets the drawn rectangle inside /Rect. */
    static final java.util.Set<String> WITH_RD = java.util.Set.of("Square", "Circle", "FreeText", "Caret");

    /** The rectangle inside /Rect given by /RD (left, top, right, bottom), when it is sensible. */
    static double[] inner(double[] rect, String subtype, Object rd) {
        if (rect == null || !WITH_RD.contains(subtype)) {
            return rect;
        }
        double[] d = rd instanceof double[] v ? v : rd instanceof COSBase b ? rect(b) == null ? null : numbers(b) : null;
        if (d == null) { // (both sources give four numbers or none)
            return rect;
        }
        for (double v : d) {
            if (v < 0 || !Double.isFinite(v)) {
                return rect;
            }
        }
        double[] r = {rect[0] + d[0], rect[1] + d[3], rect[2] - d[2], rect[3] - d[1]};
        return r[2] > r[0] && r[3] > r[1] ? r : rect;
    }

    private static double[] numbers(COSBase b) {
        COSArray a = (COSArray) b;
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            v[i] = ((COSNumber) a.getObject(i)).floatValue();
        }
        return v;
    }

    private static List<double[]> quads(COSBase b) {
        List<double[]> out = new ArrayList<>();
        if (!(b instanceof COSArray a)) {
            return out;
        }
        for (int q = 0; q + 8 <= a.size() && out.size() < 10_000; q += 8) {
            double[] v = new double[8];
            boolean ok = true;
            for (int i = 0; i < 8; i++) {
                if (a.getObject(q + i) instanceof COSNumber n && Double.isFinite(n.floatValue())) {
                    v[i] = n.floatValue();
                } else {
                    ok = false;
                }
            }
            if (ok) {
                out.add(v);
            }
        }
        return out;
    }

    private static String embeddedMap(PDDocument doc) throws IOException {
        PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
        if (names == null || names.getEmbeddedFiles() == null) {
            return null;
        }
        PDComplexFileSpecification spec = find(names.getEmbeddedFiles(), 0);
        if (spec == null) {
            return null;
        }
        PDEmbeddedFile ef = spec.getEmbeddedFileUnicode() != null ? spec.getEmbeddedFileUnicode()
                : spec.getEmbeddedFile();
        if (ef == null) {
            return null;
        }
        try (var in = ef.createInputStream()) {
            byte[] b = in.readNBytes(MAX_MAP_BYTES + 1);
            return b.length > MAX_MAP_BYTES ? null : new String(b, StandardCharsets.UTF_8);
        }
    }

    private static PDComplexFileSpecification find(PDNameTreeNode<PDComplexFileSpecification> node, int depth)
            throws IOException {
        if (node == null || depth > 8) {
            return null;
        }
        Map<String, PDComplexFileSpecification> names = node.getNames();
        if (names != null && names.get(CommentMap.FILE_NAME) != null) {
            return names.get(CommentMap.FILE_NAME);
        }
        List<PDNameTreeNode<PDComplexFileSpecification>> kids = node.getKids();
        if (kids != null) {
            for (PDNameTreeNode<PDComplexFileSpecification> k : kids) {
                PDComplexFileSpecification f = find(k, depth + 1);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }
}
