package org.jrw.logic.exchange;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.jrw.i18n.Messages;
import org.jrw.logic.evidence.EvidenceItem;
import org.jrw.logic.task.Progress;
import org.jrw.model.Annotation;
import org.jrw.model.CaseDocument;
import org.jrw.model.DocumentType;
import org.jrw.model.Dossier;
import org.jrw.model.Evidence;
import org.jrw.model.Role;

/**
 * Writes a case as one PDF for advisers without the workbench (ADR 0050), with PDFBox: every
 * document and evidence file in filing order (PDF pages merged as they are, images placed on a
 * page, other files as a placeholder page naming the file and its SHA-256), a bookmark per item,
 * the case's annotations as real PDF annotations (Square for a region, Highlight for a text
 * selection of several rectangles, Text for a note without a region, replies as Text with
 * {@code /IRT}; {@code /T} author, {@code /Subj} kind, {@code /NM} the annotation's id, the role in
 * {@code /JRW.Role}) and the {@link CommentMap} embedded as {@value CommentMap#FILE_NAME}.
 */
final class CommentPdfWriter {
    static final COSName ROLE_KEY = COSName.getPDFName("JRW.Role");
    static final COSName KIND_KEY = COSName.getPDFName("JRW.Kind");
    static final COSName STATUS_KEY = COSName.getPDFName("JRW.Status");
    static final String INFO_EXPORT_ID = "JRW.ExportId";
    static final String INFO_CASE_ID = "JRW.CaseId";
    /** Size of a note icon, in points. */
    static final float ICON = 20f;
    private static final float MARGIN = 48f;

    private final Dossier dossier;
    private final List<Annotation> annotations;
    private final Function<String, Path> vaultFile;

    CommentPdfWriter(Dossier dossier, List<Annotation> annotations, Function<String, Path> vaultFile) {
        this.dossier = dossier;
        this.annotations = annotations;
        this.vaultFile = vaultFile;
    }

    /** Documents in filing order; the evidence items (manifest order) before the investigation report. */
    static List<EvidenceItem> filingOrder(Dossier d) {
        List<EvidenceItem> out = new ArrayList<>();
        boolean evidenceDone = false;
        for (CaseDocument doc : d.documentsInFilingOrder()) {
            if (!evidenceDone && doc.type().filingOrder() >= DocumentType.INVESTIGATION_REPORT.filingOrder()) {
                d.evidence().forEach(e -> out.add(EvidenceItem.of(e)));
                evidenceDone = true;
            }
            out.add(EvidenceItem.of(doc));
        }
        if (!evidenceDone) {
            d.evidence().forEach(e -> out.add(EvidenceItem.of(e)));
        }
        return out;
    }

    record Written(CommentMap map, int pages, int items, int annotations) {
    }

    /** Writes the PDF to {@code out} (which must not exist yet or is replaced by the caller). */
    Written write(Path out, String exportId, byte[] pdfId, String createdAt, Progress progress) throws IOException {
        List<EvidenceItem> items = filingOrder(dossier);
        Map<String, List<Annotation>> byTarget = new LinkedHashMap<>();
        Map<String, List<Annotation>> replies = new HashMap<>();
        for (Annotation a : annotations) {
            if (a.isReply()) {
                replies.computeIfAbsent(a.parentId(), k -> new ArrayList<>()).add(a);
            } else {
                byTarget.computeIfAbsent(a.targetId(), k -> new ArrayList<>()).add(a);
            }
        }
        List<PDDocument> sources = new ArrayList<>();
        // a dossier can hold hundreds of MiB of scans: streams beyond 64 MiB go to temporary files
        try (PDDocument doc = new PDDocument(MemoryUsageSetting.setupMixed(64L << 20).streamCache)) {
            Fonts fonts = new Fonts(doc);
            List<CommentMap.PageRef> pages = new ArrayList<>();
            Map<String, CommentMap.Exported> exported = new LinkedHashMap<>();
            List<String> sourceNames = new ArrayList<>();
            List<Object[]> marks = new ArrayList<>();
            int written = 0;
            for (int i = 0; i < items.size(); i++) {
                progress.checkCancelled();
                EvidenceItem item = items.get(i);
                progress.update(i, items.size(), item.title());
                int first = doc.getNumberOfPages();
                written += appendItem(doc, fonts, item, byTarget.getOrDefault(item.id(), List.of()), replies, pages,
                        exported, sourceNames, sources, exportId);
                marks.add(new Object[] {bookmarkTitle(item), first});
            }
            progress.update(items.size(), items.size(), out.getFileName().toString());
            if (doc.getNumberOfPages() == 0) {
                // a case without any file: one page naming the case, so the PDF is valid
                PDPage p = new PDPage(PDRectangle.A4);
                doc.addPage(p);
                try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                    fonts.line(cs, dossier.caseInfo().caseNumber() + " " + dossier.caseInfo().title(), MARGIN,
                            p.getMediaBox().getHeight() - MARGIN, 14f);
                }
            }
            finish(doc, marks, exportId, pdfId, createdAt);
            CommentMap map = new CommentMap(exportId, dossier.caseId(), dossier.caseInfo().caseNumber(),
                    HexFormat.of().formatHex(pdfId), createdAt, List.copyOf(pages), exported, List.copyOf(sourceNames));
            embed(doc, map);
            doc.save(out.toFile());
            return new Written(map, doc.getNumberOfPages(), items.size(), written);
        } finally {
            for (PDDocument s : sources) {
                try {
                    s.close();
                } catch (IOException failure) {
                    org.slf4j.LoggerFactory.getLogger(CommentPdfWriter.class)
                            .debug("source PDF not closed after the merge", failure);
                    // closing a source after the merge is saved
                }
            }
        }
    }

    /**
     * One evidence item into the merged PDF: its PDF's pages, its picture on a page, or a placeholder page
     * (with the reason and the item's annotations as text); then its annotations. Returns how many.
     */
    private int appendItem(PDDocument doc, Fonts fonts, EvidenceItem item, List<Annotation> own,
                           Map<String, List<Annotation>> replies, List<CommentMap.PageRef> pages,
                           Map<String, CommentMap.Exported> exported, List<String> sourceNames, List<PDDocument> sources,
                           String exportId) throws IOException {
        int first = doc.getNumberOfPages();
        Path file = item.sha256() == null ? null : vaultFile.apply(item.sha256());
        String problem = null;
        boolean done = false;
        if (file != null && item.mediaType() == EvidenceItem.MediaType.PDF) {
            try {
                PDDocument src = Loader.loadPDF(file.toFile());
                sources.add(src);
                src.setAllSecurityToBeRemoved(true);
                new PDFMergerUtility().appendDocument(doc, src);
                for (int k = first; k < doc.getNumberOfPages(); k++) {
                    PDPage p = doc.getPage(k);
                    pages.add(new CommentMap.PageRef(k, item.id(), item.type().name(), item.sha256(),
                            CommentMap.Kind.PDF, k - first + 1, geometry(p), null, null));
                    sourceNames.addAll(nameSourceAnnotations(p, exportId, k));
                }
                done = doc.getNumberOfPages() > first;
            } catch (IOException | RuntimeException e) {
                while (doc.getNumberOfPages() > first) {
                    doc.removePage(doc.getNumberOfPages() - 1);
                }
                pages.removeIf(p -> p.index() >= first);
                problem = Messages.get("comments.pdf.sourceUnreadable", String.valueOf(e.getMessage()));
            }
        } else if (file != null && item.mediaType() == EvidenceItem.MediaType.IMAGE) {
            CommentMap.PageRef ref = imagePage(doc, fonts, item, file);
            if (ref != null) {
                pages.add(ref);
                done = true;
            } else {
                problem = Messages.get("comments.pdf.imageUnreadable");
            }
        } else if (file == null && item.file() != null) {
            problem = Messages.get("comments.pdf.fileMissing");
        }
        if (!done) {
            pages.add(placeholderPage(doc, fonts, item, problem, own, replies, exported));
        } else {
            CommentPdfAnnotations.placeAnnotations(doc, pages, first, item, own, replies, exported);
        }
        return own.size();
    }

    private String bookmarkTitle(EvidenceItem item) {
        if (item.type() == Annotation.TargetType.DOCUMENT) {
            CaseDocument d = dossier.document(item.id()).orElseThrow();
            return Messages.get("comments.pdf.bookmark.document", d.type().labelZh(), nz(d.title()), d.id());
        }
        Evidence e = dossier.evidenceItem(item.id()).orElseThrow();
        return Messages.get("comments.pdf.bookmark.evidence", e.id(), nz(e.typeText()), nz(e.title()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static PageGeometry geometry(PDPage p) {
        PDRectangle c = p.getCropBox();
        return new PageGeometry(c.getLowerLeftX(), c.getLowerLeftY(), c.getUpperRightX(), c.getUpperRightY(),
                p.getRotation());
    }

    /**
     * Markup annotations a source PDF already carries are kept; each gets an {@code /NM} when it
     * has none, and is listed so that an import does not take it for a reviewer's comment.
     */
    private static List<String> nameSourceAnnotations(PDPage p, String exportId, int pageIndex) throws IOException {
        List<String> names = new ArrayList<>();
        int n = 0;
        for (PDAnnotation a : p.getAnnotations()) {
            if (a instanceof PDAnnotationMarkup) {
                String nm = a.getAnnotationName();
                if (nm == null || nm.isBlank()) {
                    nm = "jrw-src-" + exportId + "-" + pageIndex + "-" + (n++);
                    a.setAnnotationName(nm);
                }
                names.add(nm);
            }
        }
        return names;
    }

    // ------------------------------------------------------------------ pages

    private CommentMap.PageRef imagePage(PDDocument doc, Fonts fonts, EvidenceItem item, Path file) {
        PDImageXObject img;
        try {
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(3);
            }
            if (head.length == 3 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xD8 && (head[2] & 0xff) == 0xFF) {
                // a JPEG goes in as it is (no re-encoding); its pixel size is what the annotations use
                try (InputStream in = Files.newInputStream(file)) {
                    img = JPEGFactory.createFromStream(doc, in);
                }
            } else {
                BufferedImage bi = ImageIO.read(file.toFile());
                if (bi == null) {
                    return null;
                }
                img = LosslessFactory.createFromImage(doc, bi);
            }
        } catch (IOException | RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(CommentPdfWriter.class).debug("picture unreadable; no page for it", e);
            return null;
        }
        int w = img.getWidth();
        int h = img.getHeight();
        if (w <= 0 || h <= 0) {
            return null;
        }
        PDRectangle size = w > h ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())
                : PDRectangle.A4;
        PDPage page = new PDPage(size);
        doc.addPage(page);
        float header = 28f;
        float availW = size.getWidth() - 2 * MARGIN;
        float availH = size.getHeight() - 2 * MARGIN - header;
        float s = Math.min(availW / w, availH / h);
        float iw = w * s;
        float ih = h * s;
        float x = (size.getWidth() - iw) / 2;
        float y = MARGIN + (availH - ih) / 2;
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            fonts.line(cs, bookmarkTitle(item), MARGIN, size.getHeight() - MARGIN - 12f, 11f);
            cs.drawImage(img, x, y, iw, ih);
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(CommentPdfWriter.class).debug("picture page not drawn", e);
            doc.removePage(page);
            return null;
        }
        return new CommentMap.PageRef(doc.getNumberOfPages() - 1, item.id(), item.type().name(), item.sha256(),
                CommentMap.Kind.IMAGE, null, geometry(page), List.of((double) x, (double) y, (double) iw, (double) ih),
                List.of(w, h));
    }

    private CommentMap.PageRef placeholderPage(PDDocument doc, Fonts fonts, EvidenceItem item, String problem,
                                               List<Annotation> own, Map<String, List<Annotation>> replies,
                                               Map<String, CommentMap.Exported> exported) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        int index = doc.getNumberOfPages() - 1;
        PageGeometry g = geometry(page);
        float top = page.getMediaBox().getHeight() - MARGIN;
        float width = page.getMediaBox().getWidth() - 2 * MARGIN;
        List<float[]> noteSlots = new ArrayList<>();
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            float y = top - 14f;
            y = fonts.paragraph(cs, bookmarkTitle(item), MARGIN, y, width, 14f);
            y -= 10f;
            y = fonts.paragraph(cs, Messages.get("comments.pdf.placeholder.notShown"), MARGIN, y, width, 11f);
            if (problem != null) {
                y = fonts.paragraph(cs, problem, MARGIN, y, width, 11f);
            }
            y -= 6f;
            y = fonts.paragraph(cs, Messages.get("comments.pdf.placeholder.file", nz(item.file())), MARGIN, y, width,
                    10f);
            y = fonts.paragraph(cs, Messages.get("comments.pdf.placeholder.sha256", nz(item.sha256())), MARGIN, y,
                    width, 10f);
            if (!own.isEmpty()) {
                y -= 12f;
                y = fonts.paragraph(cs, Messages.get("comments.pdf.placeholder.annotations"), MARGIN, y, width, 11f);
                for (Annotation a : own) {
                    y -= 4f;
                    noteSlots.add(new float[] {y});
                    y = fonts.paragraph(cs, describe(a), MARGIN + ICON + 6f, y, width - ICON - 6f, 10f);
                }
            }
            y -= 16f;
            fonts.paragraph(cs, Messages.get("comments.pdf.placeholder.comment"), MARGIN, y, width, 9f);
        }
        CommentMap.PageRef ref = new CommentMap.PageRef(index, item.id(), item.type().name(), item.sha256(),
                CommentMap.Kind.PLACEHOLDER, null, g, null, null);
        for (int k = 0; k < own.size(); k++) {
            float baseline = noteSlots.get(k)[0];
            // icon beside the listed line, in user space (an unrotated A4 page)
            PDRectangle r = new PDRectangle(MARGIN, baseline - ICON + 12f, ICON, ICON);
            PDAnnotationText t = CommentPdfAnnotations.note(own.get(k), r, page);
            CommentPdfAnnotations.add(page, t);
            exported.put(own.get(k).id(), new CommentMap.Exported(own.get(k).id(), own.get(k).id(), t.getContents(),
                    index));
            CommentPdfAnnotations.addReplies(page, t, own.get(k), replies, exported, index);
        }
        return ref;
    }

    /** One line describing an annotation whose place cannot be drawn (time range, text range). */
    private static String describe(Annotation a) {
        StringBuilder s = new StringBuilder();
        s.append(a.author()).append("（").append(Messages.get("role." + a.role().name())).append("）")
                .append(Messages.get("annotation.kind." + a.kind().name()));
        if (a.hasTime()) {
            s.append(' ').append(time(a.timeFrom())).append('–').append(time(a.timeTo()));
        } else if (a.textStart() != null && a.textEnd() != null) {
            s.append(' ').append(Messages.get("comments.pdf.textRange", a.textStart(), a.textEnd()));
        }
        s.append("：").append(a.note());
        return s.toString();
    }

    private static String time(double seconds) {
        long t = Math.round(seconds);
        return String.format(Locale.ROOT, "%02d:%02d:%02d", t / 3600, (t / 60) % 60, t % 60);
    }

    // ------------------------------------------------------------------ document level

    private void finish(PDDocument doc, List<Object[]> marks, String exportId, byte[] pdfId, String createdAt) {
        PDDocumentCatalog cat = doc.getDocumentCatalog();
        PDDocumentOutline outline = new PDDocumentOutline();
        for (Object[] m : marks) {
            int page = (Integer) m[1];
            if (page >= doc.getNumberOfPages()) {
                continue;
            }
            PDOutlineItem it = new PDOutlineItem();
            it.setTitle((String) m[0]);
            PDPageFitWidthDestination dest = new PDPageFitWidthDestination();
            dest.setPage(doc.getPage(page));
            it.setDestination(dest);
            outline.addLast(it);
        }
        outline.openNode();
        cat.setDocumentOutline(outline);
        cat.setPageMode(PageMode.USE_OUTLINES);
        // what the merge carried over from the sources and does not belong to this file
        cat.getCOSObject().removeItem(COSName.PAGE_LABELS);
        cat.getCOSObject().removeItem(COSName.OPEN_ACTION);
        cat.getCOSObject().removeItem(COSName.AA);
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(Messages.get("comments.pdf.title", dossier.caseInfo().caseNumber(), nz(dossier.caseInfo().title())));
        info.setSubject(Messages.get("comments.pdf.subject"));
        info.setCreator("联审工作台 · Joint Review Workbench");
        info.setProducer("Apache PDFBox");
        info.setCreationDate(CommentPdfAnnotations.calendar(createdAt));
        info.setCustomMetadataValue(INFO_EXPORT_ID, exportId);
        info.setCustomMetadataValue(INFO_CASE_ID, dossier.caseId());
        doc.setDocumentInformation(info);
        COSArray id = new COSArray();
        id.add(new COSString(pdfId));
        id.add(new COSString(pdfId));
        doc.getDocument().setDocumentID(id);
    }

    private static void embed(PDDocument doc, CommentMap map) throws IOException {
        byte[] json = map.toJson().getBytes(StandardCharsets.UTF_8);
        PDEmbeddedFile ef = new PDEmbeddedFile(doc, new ByteArrayInputStream(json));
        ef.setSubtype("application/json");
        ef.setSize(json.length);
        ef.setCreationDate(CommentPdfAnnotations.calendar(map.createdAt()));
        PDComplexFileSpecification fs = new PDComplexFileSpecification();
        fs.setFile(CommentMap.FILE_NAME);
        fs.setFileUnicode(CommentMap.FILE_NAME);
        fs.setEmbeddedFile(ef);
        fs.setEmbeddedFileUnicode(ef);
        fs.setFileDescription("Joint Review Workbench: page → document/evidence map for importing comments");
        fs.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Data");
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of(CommentMap.FILE_NAME, fs));
        PDDocumentCatalog cat = doc.getDocumentCatalog();
        PDDocumentNameDictionary old = cat.getNames();
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(cat);
        if (old != null && old.getDests() != null) {
            names.setDests(old.getDests()); // named destinations of the merged documents' own links
        }
        names.setEmbeddedFiles(tree);
        cat.setNames(names);
    }

    // ------------------------------------------------------------------ text

    /**
     * The bundled fonts, embedded as subsets: DejaVu Sans for Latin text, Droid Sans Fallback for
     * Chinese (as for every PDF the workbench writes, never a system font).
     */
    static final class Fonts {
        private final PDDocument doc;
        private PDFont latin;
        private PDFont cjk;
        private final Map<Integer, Boolean> latinHas = new HashMap<>();

        Fonts(PDDocument doc) {
            this.doc = doc;
        }

        private PDFont latin() throws IOException {
            if (latin == null) {
                latin = load(org.jrw.logic.pdf.PdfFonts.LATIN_RESOURCE);
            }
            return latin;
        }

        private PDFont cjk() throws IOException {
            if (cjk == null) {
                cjk = load(org.jrw.logic.pdf.PdfFonts.CJK_RESOURCE);
            }
            return cjk;
        }

        private PDFont load(String resource) throws IOException {
            try (InputStream in = CommentPdfWriter.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("font missing: " + resource);
                }
                return PDType0Font.load(doc, in, true);
            }
        }

        private PDFont fontFor(int cp) throws IOException {
            Boolean has = latinHas.get(cp);
            if (has == null) {
                has = cp < 0x2E80 && canEncode(latin(), cp);
                latinHas.put(cp, has);
            }
            if (has) {
                return latin();
            }
            return canEncode(cjk(), cp) ? cjk() : latin();
        }

        private static boolean canEncode(PDFont f, int cp) {
            try {
                f.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IOException | IllegalArgumentException e) {
                // expected: the font has no glyph for it
                return false;
            }
        }

        private float width(int cp, float size) throws IOException {
            PDFont f = fontFor(cp);
            if (!canEncode(f, cp)) {
                return 0;
            }
            return f.getStringWidth(new String(Character.toChars(cp))) / 1000f * size;
        }

        /** One line at (x, y) baseline; characters no font has are left out. */
        void line(PDPageContentStream cs, String text, float x, float y, float size) throws IOException {
            cs.beginText();
            cs.newLineAtOffset(x, y);
            PDFont current = null;
            StringBuilder run = new StringBuilder();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (Character.isISOControl(cp)) {
                    cp = ' ';
                }
                PDFont f = fontFor(cp);
                if (!canEncode(f, cp)) {
                    continue;
                }
                if (f != current && run.length() > 0) {
                    cs.setFont(current, size);
                    cs.showText(run.toString());
                    run.setLength(0);
                }
                current = f;
                run.appendCodePoint(cp);
            }
            if (run.length() > 0) {
                cs.setFont(current, size);
                cs.showText(run.toString());
            }
            cs.endText();
        }

        /** Text wrapped to {@code width}, first baseline at {@code y}; returns the next free baseline. */
        float paragraph(PDPageContentStream cs, String text, float x, float y, float width, float size)
                throws IOException {
            float lead = size * 1.45f;
            for (String para : text.split("\n", -1)) {
                StringBuilder line = new StringBuilder();
                float w = 0;
                for (int i = 0; i < para.length(); ) {
                    int cp = para.codePointAt(i);
                    i += Character.charCount(cp);
                    float cw = width(cp, size);
                    if (w + cw > width && line.length() > 0) {
                        line(cs, line.toString(), x, y, size);
                        y -= lead;
                        line.setLength(0);
                        w = 0;
                    }
                    line.appendCodePoint(cp);
                    w += cw;
                }
                line(cs, line.toString(), x, y, size);
                y -= lead;
            }
            return y;
        }
    }
}
