package org.jrw.logic.pdf;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.CompressionConstants;
import com.itextpdf.kernel.pdf.PdfDate;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfVersion;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.font.FontProvider;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.HorizontalAlignment;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jrw.logic.pdf.OfficialDocument.Block;
import org.jrw.logic.pdf.OfficialDocument.PageBreak;
import org.jrw.logic.pdf.OfficialDocument.SignLine;
import org.jrw.logic.pdf.OfficialDocument.SignLines;
import org.jrw.logic.pdf.OfficialDocument.Signature;
import org.jrw.logic.pdf.OfficialDocument.Spacer;
import org.jrw.logic.pdf.OfficialDocument.Text;

/**
 * Writes an {@link OfficialDocument} as an A4 PDF in the layout of Chinese official documents
 * (GB/T 9704 as far as a plain, seal-free rendering goes): the issuing organ centred on top, the
 * title centred in large type, the document number under it, body paragraphs justified with a
 * two-character first-line indent, bordered field tables as on enforcement forms, the organ's
 * signature and date at the foot, and page numbers. Text uses the bundled CJK font
 * ({@link PdfFonts}), embedded as a subset; a character the font cannot show is refused rather than
 * silently dropped.
 *
 * <p>With {@link OfficialDocument#fixedTimestamp()} set, the output is reproducible: fixed
 * creation/modification dates, a document ID derived from the document's identity and a fixed font
 * subset tag, so the same document gives the same bytes on the same JDK.
 *
 * <p>Thread-safe; one instance can write many documents.
 */
public final class OfficialDocumentWriter {
    static final float MM = 72f / 25.4f;

    /** The page layouts the writer knows. */
    public enum Layout {
        /**
         * GB/T 9704-2012: 版心 156 × 225 mm (top margin 37 mm, left 28 mm), 22 lines of 3号 仿宋,
         * title 2号 小标宋, 黑体/楷体 headings, page numbers {@code — 1 —} in 4号 outside the 版心
         * (odd pages right, even pages left), faces from {@link DocumentFonts}. For everything the
         * workbench issues.
         */
        OFFICIAL,
        /**
         * The compact enforcement-form layout of the simulated case documents (demo dossier,
         * training material): bundled sans fonts, narrower margins, 4号 body.
         */
        FORM
    }

    /** GB/T 9704-2012 page geometry (points). */
    static final float OFFICIAL_TOP = 37 * MM;
    static final float OFFICIAL_LEFT = 28 * MM;
    static final float OFFICIAL_RIGHT = (210 - 28 - 156) * MM;
    static final float OFFICIAL_BOTTOM = (297 - 37 - 225) * MM;
    /** 2号, 3号, 4号 in points. */
    static final float SIZE_2 = 22f;
    static final float SIZE_3 = 16f;
    static final float SIZE_4 = 14f;
    static final float SIZE_SMALL_4 = 12f;
    /** Line pitch for 22 lines in the 225 mm 版心. */
    static final float OFFICIAL_LINE = 225 * MM / 22f;

    private final Layout layout;

    /** A writer in the official layout (GB/T 9704-2012). */
    public OfficialDocumentWriter() {
        this(Layout.OFFICIAL);
    }

    public OfficialDocumentWriter(Layout layout) {
        this.layout = java.util.Objects.requireNonNull(layout, "layout");
    }

    /** A writer in the compact form layout of simulated case documents. */
    public static OfficialDocumentWriter forms() {
        return new OfficialDocumentWriter(Layout.FORM);
    }

    public Layout layout() {
        return layout;
    }
    /** Margins (points): 公文 page layout, GB/T 9704 版心 slightly enlarged for forms. */
    static final float TOP = 30 * MM;
    static final float BOTTOM = 28 * MM;
    static final float LEFT = 26 * MM;
    static final float RIGHT = 24 * MM;

    static final float ORGAN_SIZE = 18f;
    static final float TITLE_SIZE = 22f;
    static final float NUMBER_SIZE = 12f;
    static final float BODY_SIZE = 14f;
    static final float TABLE_SIZE = 12f;
    static final float NOTE_SIZE = 10.5f;
    static final float LEADING = 1.6f;
    static final String CREATOR = "联审工作台 Joint Review Workbench";
    private static final Pattern SUBSET_TAG = Pattern.compile("/[A-Z]{6}\\+");

    /** Writes the document as PDF bytes. */
    public byte[] write(OfficialDocument doc) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(64 * 1024);
        render(doc, buf);
        byte[] pdf = buf.toByteArray();
        return doc.fixedTimestamp() == null ? pdf : fixSubsetTags(pdf);
    }

    /** Writes the document as PDF to a stream (not closed). */
    public void write(OfficialDocument doc, OutputStream out) {
        try {
            out.write(write(doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Characters of the document the bundled font has no glyph for (empty when all can be shown). */
    public static String missingGlyphs(OfficialDocument doc) {
        TreeSet<Integer> missing = new TreeSet<>();
        for (String s : doc.allText()) {
            s.codePoints().filter(cp -> !Character.isWhitespace(cp) && cp != 0x3000 && !DocumentFonts.canDisplay(cp))
                    .forEach(missing::add);
        }
        StringBuilder sb = new StringBuilder();
        missing.forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private void render(OfficialDocument doc, OutputStream out) {
        WriterProperties wp = new WriterProperties().setPdfVersion(PdfVersion.PDF_1_7)
                .setCompressionLevel(CompressionConstants.BEST_COMPRESSION);
        if (doc.fixedTimestamp() != null) {
            PdfString id = new PdfString(documentId(doc)).setHexWriting(true);
            wp.setInitialDocumentId(id).setModifiedDocumentId(id);
        }
        writeInto(doc, new PdfDocument(new PdfWriter(out, wp)), null);
    }

    /** Writer properties as {@link #write} uses them, for callers that create their own document. */
    public static WriterProperties writerProperties() {
        return new WriterProperties().setPdfVersion(PdfVersion.PDF_1_7)
                .setCompressionLevel(CompressionConstants.BEST_COMPRESSION);
    }

    /**
     * Lays the document out into a PDF document the caller created (e.g. a PDF/A document with
     * attachments), runs {@code tail} after the last block with the layout document (content of the
     * caller's own, such as signature boxes; may be null), adds page numbers and closes {@code pdf}.
     */
    public void writeInto(OfficialDocument doc, PdfDocument pdf, java.util.function.Consumer<Document> tail) {
        String missing = missingGlyphs(doc);
        if (!missing.isEmpty()) {
            pdf.close();
            throw new IllegalArgumentException("the bundled font cannot show: " + missing + " (in " + doc.title() + ")");
        }
        boolean official = layout == Layout.OFFICIAL;
        try (pdf) {
            PdfDocumentInfo info = pdf.getDocumentInfo();
            info.setTitle(doc.number() == null ? doc.title() : doc.title() + " " + doc.number());
            if (doc.author() != null) {
                info.setAuthor(doc.author());
            }
            if (doc.subject() != null) {
                info.setSubject(doc.subject());
            }
            if (doc.keywords() != null) {
                info.setKeywords(doc.keywords());
            }
            info.setCreator(CREATOR);
            Document d = new Document(pdf, PageSize.A4, false);
            FontProvider fonts;
            if (official) {
                d.setMargins(OFFICIAL_TOP, OFFICIAL_RIGHT, OFFICIAL_BOTTOM, OFFICIAL_LEFT);
                fonts = DocumentFonts.provider();
                d.setFontProvider(fonts);
                d.setFontFamily(DocumentFonts.families(DocumentFonts.Face.BODY));
                d.setFontSize(SIZE_3);
            } else {
                d.setMargins(TOP, RIGHT, BOTTOM, LEFT);
                fonts = PdfFonts.provider();
                d.setFontProvider(fonts);
                d.setFontFamily(PdfFonts.FAMILIES);
                d.setFontSize(BODY_SIZE);
            }
            d.setProperty(Property.SPLIT_CHARACTERS, new CjkSplitCharacters());

            header(d, doc);
            java.util.List<Block> blocks = doc.blocks();
            for (int i = 0; i < blocks.size(); i++) {
                Block b = blocks.get(i);
                if (b instanceof Signature s && i + 1 < blocks.size() && blocks.get(i + 1) instanceof Text t
                        && t.style() == OfficialDocument.TextStyle.NOTE) {
                    // a closing note (本文书一式两份…) never stands alone on a page
                    d.add(new Div().setKeepTogether(true).add(signature(s)).add(text(t)));
                    i++;
                } else if (isText(b, OfficialDocument.TextStyle.HEADING) && i + 1 < blocks.size()
                        && isText(blocks.get(i + 1), OfficialDocument.TextStyle.HEADING2)) {
                    // 一、 followed by （一）: both stay with the first line of what follows
                    Div group = new Div().setKeepTogether(true).add(text((Text) b)).add(text((Text) blocks.get(i + 1)));
                    i++;
                    if (i + 1 < blocks.size() && blocks.get(i + 1) instanceof Text next
                            && next.style() == OfficialDocument.TextStyle.BODY) {
                        group.add(text(next));
                        i++;
                    }
                    d.add(group);
                } else {
                    block(d, b);
                }
            }
            if (tail != null) {
                tail.accept(d);
            }
            pageNumbers(d, pdf, doc.pageNumbers());
            if (doc.fixedTimestamp() != null) {
                GregorianCalendar cal = GregorianCalendar.from(doc.fixedTimestamp());
                String date = new PdfDate(cal).getPdfObject().getValue();
                info.setMoreInfo(PdfName.CreationDate.getValue(), date);
                info.setMoreInfo(PdfName.ModDate.getValue(), date);
            }
            d.flush();
            if (fonts instanceof PdfFonts.RecordingFontProvider r) {
                r.flushInOrder();
            }
            d.close();
        }
    }

    // ------------------------------------------------------------------ layout

    private static boolean isText(Block b, OfficialDocument.TextStyle style) {
        return b instanceof Text t && t.style() == style;
    }

    /** Applies a face of the official layout to an element (family, and simulated bold for the fallback). */
    static <T extends com.itextpdf.layout.element.BlockElement<T>> T face(T e, DocumentFonts.Face face) {
        e.setFontFamily(DocumentFonts.families(face));
        if (DocumentFonts.simulateBold(face)) {
            e.simulateBold();
        }
        return e;
    }

    /** Body size of this layout (3号 official, 4号 forms). */
    float bodySize() {
        return layout == Layout.OFFICIAL ? SIZE_3 : BODY_SIZE;
    }

    /** Size of table text of this layout. */
    float tableSize() {
        return layout == Layout.OFFICIAL ? SIZE_4 : TABLE_SIZE;
    }

    /** Size of small print (notes) of this layout. */
    float noteSize() {
        return layout == Layout.OFFICIAL ? SIZE_SMALL_4 : NOTE_SIZE;
    }

    /** Applies the body line pitch of this layout. */
    Paragraph lined(Paragraph p) {
        return layout == Layout.OFFICIAL ? p.setFixedLeading(OFFICIAL_LINE) : p.setMultipliedLeading(LEADING);
    }

    private void header(Document d, OfficialDocument doc) {
        if (layout == Layout.FORM) {
            formHeader(d, doc);
            return;
        }
        if (doc.organ() != null) {
            d.add(face(new Paragraph(doc.organ()), DocumentFonts.Face.TITLE).setFontSize(SIZE_2)
                    .setCharacterSpacing(1f).setTextAlignment(TextAlignment.CENTER).setMargin(0)
                    .setMultipliedLeading(1.2f).setKeepWithNext(true));
        }
        // title: 2号 小标宋, centred, one line below the organ; a blank line follows (GB/T 9704 7.3.1)
        d.add(face(new Paragraph(doc.title()), DocumentFonts.Face.TITLE).setFontSize(SIZE_2)
                .setTextAlignment(TextAlignment.CENTER).setMargin(0).setMarginTop(doc.organ() == null ? 0 : 4)
                .setMultipliedLeading(1.3f).setKeepWithNext(true));
        if (doc.subtitle() != null) {
            d.add(new Paragraph(doc.subtitle()).setFontSize(SIZE_3).setTextAlignment(TextAlignment.CENTER)
                    .setMargin(0).setFixedLeading(OFFICIAL_LINE).setKeepWithNext(true));
        }
        if (doc.number() != null) {
            boolean center = doc.numberPlacement() == OfficialDocument.NumberPlacement.CENTER;
            d.add(new Paragraph(doc.number()).setFontSize(SIZE_3)
                    .setTextAlignment(center ? TextAlignment.CENTER : TextAlignment.RIGHT)
                    .setMargin(0).setFixedLeading(OFFICIAL_LINE).setKeepWithNext(true));
        }
        d.add(new Div().setHeight(OFFICIAL_LINE / 2).setMargin(0));
    }

    private static void formHeader(Document d, OfficialDocument doc) {
        if (doc.organ() != null) {
            d.add(new Paragraph(doc.organ()).setFontSize(ORGAN_SIZE).simulateBold().setCharacterSpacing(2f)
                    .setTextAlignment(TextAlignment.CENTER).setMargin(0).setMarginBottom(6));
        }
        d.add(new Paragraph(doc.title()).setFontSize(TITLE_SIZE).simulateBold().setCharacterSpacing(1.5f)
                .setTextAlignment(TextAlignment.CENTER).setMargin(0).setMarginBottom(doc.subtitle() == null ? 8 : 2)
                .setKeepWithNext(true));
        if (doc.subtitle() != null) {
            d.add(new Paragraph(doc.subtitle()).setFontSize(BODY_SIZE).setTextAlignment(TextAlignment.CENTER)
                    .setMargin(0).setMarginBottom(8));
        }
        if (doc.number() != null) {
            boolean center = doc.numberPlacement() == OfficialDocument.NumberPlacement.CENTER;
            d.add(new Paragraph(doc.number()).setFontSize(NUMBER_SIZE + (center ? 2 : 0))
                    .setTextAlignment(center ? TextAlignment.CENTER : TextAlignment.RIGHT)
                    .setMargin(0).setMarginBottom(10));
        }
        d.add(new Div().setHeight(2).setMargin(0));
    }

    private void block(Document d, Block b) {
        if (b instanceof Text t) {
            d.add(text(t));
        } else if (b instanceof FieldTable ft) {
            d.add(table(ft));
        } else if (b instanceof Signature s) {
            d.add(signature(s));
        } else if (b instanceof SignLines sl) {
            d.add(signLines(sl));
        } else if (b instanceof Spacer sp) {
            d.add(new Div().setHeight(sp.points()).setMargin(0));
        } else if (b instanceof PageBreak) {
            d.add(new AreaBreak());
        }
    }

    private Paragraph text(Text t) {
        Paragraph p = lined(new Paragraph(t.text()).setMargin(0));
        boolean official = layout == Layout.OFFICIAL;
        float size = bodySize();
        switch (t.style()) {
            case BODY -> p.setFirstLineIndent(2 * size).setTextAlignment(TextAlignment.JUSTIFIED);
            case PLAIN -> p.setTextAlignment(TextAlignment.JUSTIFIED);
            case HEADING -> {
                if (official) {
                    // first-level heading 一、: 黑体, indented two characters like the body
                    face(p, DocumentFonts.Face.HEI).setFirstLineIndent(2 * size).setKeepWithNext(true);
                } else {
                    p.simulateBold().setMarginTop(4).setKeepWithNext(true);
                }
            }
            case HEADING2 -> {
                if (official) {
                    // second-level heading （一）: 楷体
                    face(p, DocumentFonts.Face.KAI).setFirstLineIndent(2 * size).setKeepWithNext(true);
                } else {
                    p.simulateBold().setKeepWithNext(true);
                }
            }
            case RIGHT -> p.setTextAlignment(TextAlignment.RIGHT);
            case CENTER -> p.setTextAlignment(TextAlignment.CENTER);
            case NOTE -> p.setFontSize(noteSize()).setMultipliedLeading(1.45f).setMarginTop(6)
                    .setFirstLineIndent(0);
            default -> throw new IllegalStateException();
        }
        return p;
    }

    private Table table(FieldTable ft) {
        boolean official = layout == Layout.OFFICIAL;
        Table table = new Table(UnitValue.createPercentArray(ft.columnWeights())).useAllAvailableWidth()
                .setMarginTop(4).setMarginBottom(8).setFontSize(ft.fontSize() > 0 ? ft.fontSize() : tableSize());
        for (FieldTable.Row row : ft.rows()) {
            for (FieldTable.Cell c : row.cells()) {
                Cell cell = new Cell(1, c.colspan()).setBorder(new SolidBorder(0.75f)).setPadding(official ? 4 : 5)
                        .setPaddingLeft(6).setPaddingRight(6);
                Paragraph p = new Paragraph(c.text()).setMargin(0).setMultipliedLeading(official ? 1.3f : 1.4f);
                if (c.label()) {
                    p.setTextAlignment(TextAlignment.CENTER);
                    if (official) {
                        face(p, DocumentFonts.Face.HEI);
                    }
                    cell.setVerticalAlignment(VerticalAlignment.MIDDLE);
                } else {
                    p.setTextAlignment(TextAlignment.LEFT);
                    cell.setVerticalAlignment(c.signature() == null && c.minHeight() == 0
                            ? VerticalAlignment.MIDDLE : VerticalAlignment.TOP);
                }
                cell.add(p);
                if (c.signature() != null) {
                    cell.setKeepTogether(true);
                    cell.add(new Paragraph(c.signature()).setTextAlignment(TextAlignment.RIGHT).setMargin(0)
                            .setMarginTop(16));
                }
                if (c.minHeight() > 0) {
                    cell.setMinHeight(c.minHeight());
                }
                table.addCell(cell);
            }
        }
        return table;
    }

    private Div signature(Signature s) {
        if (layout == Layout.OFFICIAL) {
            return officialSignature(s);
        }
        Div div = new Div().setWidth(UnitValue.createPercentValue(48)).setHorizontalAlignment(HorizontalAlignment.RIGHT)
                .setMarginTop(12).setKeepTogether(true);
        if (s.sealNote() != null && !s.sealNote().isBlank()) {
            div.add(new Paragraph(s.sealNote()).setFontSize(NOTE_SIZE).setTextAlignment(TextAlignment.CENTER)
                    .setMargin(0));
        }
        if (s.organ() != null) {
            div.add(new Paragraph(s.organ()).setTextAlignment(TextAlignment.CENTER).setMargin(0)
                    .setMultipliedLeading(LEADING));
        }
        if (s.date() != null) {
            div.add(new Paragraph(OfficialDocument.chineseDate(s.date())).setTextAlignment(TextAlignment.CENTER)
                    .setMargin(0).setMultipliedLeading(LEADING));
        }
        return div;
    }

    /**
     * 落款 (GB/T 9704-2012 7.3.5.2): the 成文日期 right-aligned four characters in from the right
     * edge, the organ centred over the date; two blank lines above. The date in Chinese numerals
     * ({@link OfficialDocument#numeralDate}).
     */
    private Div officialSignature(Signature s) {
        float ch = SIZE_3;
        String date = s.date() == null ? null : OfficialDocument.numeralDate(s.date());
        float width = (date == null ? Math.max(8, s.organ() == null ? 8 : s.organ().length()) : Math.max(date.length(),
                s.organ() == null ? 0 : s.organ().length())) * ch + ch;
        Div div = new Div().setWidth(width).setHorizontalAlignment(HorizontalAlignment.RIGHT)
                .setMarginRight(4 * ch).setMarginTop(2 * OFFICIAL_LINE).setKeepTogether(true);
        if (s.sealNote() != null && !s.sealNote().isBlank()) {
            div.add(new Paragraph(s.sealNote()).setFontSize(SIZE_SMALL_4).setTextAlignment(TextAlignment.CENTER)
                    .setMargin(0));
        }
        if (s.organ() != null) {
            div.add(new Paragraph(s.organ()).setTextAlignment(TextAlignment.CENTER).setMargin(0)
                    .setFixedLeading(OFFICIAL_LINE));
        }
        if (date != null) {
            div.add(new Paragraph(date).setTextAlignment(TextAlignment.CENTER).setMargin(0)
                    .setFixedLeading(OFFICIAL_LINE));
        }
        return div;
    }

    private Table signLines(SignLines sl) {
        boolean official = layout == Layout.OFFICIAL;
        Table t = new Table(UnitValue.createPercentArray(official ? new float[] {64, 36} : new float[] {72, 28}))
                .useAllAvailableWidth().setMarginTop(14).setKeepTogether(true);
        String blankDate = official ? "　　年　　月　　日" : "　年　月　日";
        for (SignLine l : sl.lines()) {
            String left = (l.label() == null ? "" : l.label() + "：") + (l.name() == null ? "" : l.name());
            t.addCell(new Cell().setBorder(Border.NO_BORDER).setPadding(0).setPaddingBottom(6)
                    .add(new Paragraph(left).setMargin(0)));
            t.addCell(new Cell().setBorder(Border.NO_BORDER).setPadding(0).setPaddingBottom(6)
                    .add(new Paragraph(l.date() == null ? blankDate : OfficialDocument.chineseDate(l.date()))
                            .setTextAlignment(TextAlignment.RIGHT).setMargin(0)));
        }
        return t;
    }

    private void pageNumbers(Document d, PdfDocument pdf, OfficialDocument.PageNumbers style) {
        if (style == OfficialDocument.PageNumbers.NONE) {
            return;
        }
        int n = pdf.getNumberOfPages();
        boolean official = layout == Layout.OFFICIAL;
        for (int i = 1; i <= n; i++) {
            String text = style == OfficialDocument.PageNumbers.DASHED ? "— " + i + " —" : "第 " + i + " 页  共 " + n + " 页";
            PageSize size = new PageSize(pdf.getPage(i).getPageSize());
            if (official) {
                // 4号, the line 7 mm below the 版心; odd pages right, even pages left, one character in
                float y = OFFICIAL_BOTTOM - 7 * MM - SIZE_4;
                boolean odd = i % 2 == 1 || style != OfficialDocument.PageNumbers.DASHED;
                float x = style != OfficialDocument.PageNumbers.DASHED ? size.getWidth() / 2
                        : odd ? size.getWidth() - OFFICIAL_RIGHT - SIZE_4 : OFFICIAL_LEFT + SIZE_4;
                TextAlignment align = style != OfficialDocument.PageNumbers.DASHED ? TextAlignment.CENTER
                        : odd ? TextAlignment.RIGHT : TextAlignment.LEFT;
                d.showTextAligned(new Paragraph(text).setFontSize(SIZE_4), x, y, i, align, VerticalAlignment.BOTTOM, 0);
            } else {
                d.showTextAligned(new Paragraph(text).setFontSize(NOTE_SIZE), size.getWidth() / 2,
                        BOTTOM / 2, i, TextAlignment.CENTER, VerticalAlignment.BOTTOM, 0);
            }
        }
    }

    // ------------------------------------------------------------------ reproducibility

    private static byte[] documentId(OfficialDocument doc) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            String key = doc.title() + "|" + doc.number() + "|" + doc.organ() + "|" + doc.fixedTimestamp();
            return Arrays.copyOf(md.digest(key.getBytes(StandardCharsets.UTF_8)), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * iText tags embedded font subsets with a random six-letter prefix ({@code /ABCDEF+Font}); for
     * reproducible output it is replaced by a fixed tag of the same length (offsets unchanged).
     */
    static byte[] fixSubsetTags(byte[] pdf) {
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher m = SUBSET_TAG.matcher(s);
        byte[] out = pdf.clone();
        java.util.Map<String, String> tags = new java.util.HashMap<>();
        while (m.find()) {
            if (!s.startsWith("DroidSans", m.end()) && !s.startsWith("DejaVu", m.end())
                    && DocumentFonts.fontNames().stream().noneMatch(n -> s.startsWith(n, m.end()))) {
                continue;
            }
            String tag = tags.computeIfAbsent(m.group(), k -> "/JRWAA" + (char) ('A' + tags.size()) + "+");
            byte[] b = tag.getBytes(StandardCharsets.ISO_8859_1);
            System.arraycopy(b, 0, out, m.start(), b.length);
        }
        return out;
    }
}
