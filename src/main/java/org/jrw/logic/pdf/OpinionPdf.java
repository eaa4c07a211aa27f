package org.jrw.logic.pdf;

import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.forms.fields.PdfSignatureFormField;
import com.itextpdf.forms.fields.SignatureFormFieldBuilder;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.annot.PdfAnnotation;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.filespec.PdfFileSpec;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.DashedBorder;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.font.FontProvider;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import com.itextpdf.layout.renderer.CellRenderer;
import com.itextpdf.layout.renderer.DrawContext;
import com.itextpdf.layout.renderer.IRenderer;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a joint review opinion (联审意见书) as PDF/A-3b: the {@link OfficialDocument} in the
 * official layout, the review's machine-readable JSON embedded as an associated file
 * ({@value #ATTACHMENT_NAME}, AFRelationship Data), a 草稿 watermark while the review is open, and
 * one empty signature field per required member, created up front in a signature block at the end
 * so that members sign in any order by filling their own field (no new fields, no DocMDP).
 */
public final class OpinionPdf {
    /** File name of the embedded review JSON. */
    public static final String ATTACHMENT_NAME = "joint-review.json";
    /** Prefix of every signature field of an opinion: {@code jrw-sig-<n>-<ROLE>}. */
    public static final String FIELD_PREFIX = "jrw-sig-";
    /** Document-information key that marks an opinion and names its case and version. */
    public static final String INFO_MARKER = "JRW-Opinion";
    /** Document-information key: {@value #STATUS_DRAFT} or {@value #STATUS_FINAL}. */
    public static final String INFO_STATUS = "JRW-Status";
    public static final String STATUS_DRAFT = "draft";
    public static final String STATUS_FINAL = "final";
    static final float SLOT_HEIGHT = 72f;

    private OpinionPdf() {
    }

    /** One required signature: the field name ({@link #fieldName}) and the words printed beside it. */
    public record Slot(String fieldName, String roleLabel, String name, String organisation) {
    }

    /** The field name of the n-th (1-based) signature slot for a role code. */
    public static String fieldName(int n, String roleCode) {
        return FIELD_PREFIX + n + "-" + roleCode;
    }

    /**
     * Writes the opinion and returns the PDF bytes and its page count.
     *
     * @param draft   true while review points are open: watermark and "草稿" in the title line
     * @param marker  value of the {@value #INFO_MARKER} info entry (e.g. case id and version)
     * @param info    further custom info entries (may be empty)
     */
    public static Result write(OfficialDocument doc, String slotsHeading, String slotsNote, List<Slot> slots,
                               byte[] json, boolean draft, String marker, Map<String, String> info) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(256 * 1024);
        PdfWriter writer = new PdfWriter(buf, OfficialDocumentWriter.writerProperties());
        PdfDocument pdf = new com.itextpdf.pdfa.PdfADocument(writer, PdfAConformance.PDF_A_3B, outputIntent());
        pdf.getDocumentInfo().setMoreInfo(INFO_MARKER, marker);
        pdf.getDocumentInfo().setMoreInfo(INFO_STATUS, draft ? STATUS_DRAFT : STATUS_FINAL);
        info.forEach(pdf.getDocumentInfo()::setMoreInfo);
        PdfFileSpec spec = PdfFileSpec.createEmbeddedFileSpec(pdf, json, "联审记录（机器可读）", ATTACHMENT_NAME,
                new PdfName("application/json"), null, PdfName.Data);
        pdf.addAssociatedFile("联审记录（机器可读）", spec);
        int[] pages = new int[1];
        new OfficialDocumentWriter().writeInto(doc, pdf, d -> {
            List<Captured> boxes = signatureBlock(d, slotsHeading, slotsNote, slots);
            d.flush();
            PdfAcroForm form = PdfAcroForm.getAcroForm(pdf, true);
            FontProvider fonts = PdfFonts.provider();
            for (Captured c : boxes) {
                addField(pdf, form, c, fonts);
            }
            if (draft) {
                for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                    watermark(pdf, pdf.getPage(i), fonts);
                }
            }
            pages[0] = pdf.getNumberOfPages();
        });
        return new Result(buf.toByteArray(), pages[0]);
    }

    public record Result(byte[] pdf, int pages) {
    }

    private static PdfOutputIntent outputIntent() {
        byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        return new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                new ByteArrayInputStream(icc));
    }

    private record Captured(Slot slot, int page, Rectangle rect) {
    }

    /** The member table with one empty signing box per slot; boxes report where they were drawn. */
    private static List<Captured> signatureBlock(Document d, String heading, String note, List<Slot> slots) {
        List<Captured> out = new ArrayList<>();
        com.itextpdf.layout.element.Div block = new com.itextpdf.layout.element.Div().setKeepTogether(true);
        if (heading != null) {
            block.add(OfficialDocumentWriter.face(new Paragraph(heading), DocumentFonts.Face.HEI).setMargin(0)
                    .setFirstLineIndent(2 * OfficialDocumentWriter.SIZE_3)
                    .setFixedLeading(OfficialDocumentWriter.OFFICIAL_LINE));
        }
        if (note != null) {
            block.add(new Paragraph(note).setFontSize(OfficialDocumentWriter.SIZE_SMALL_4).setMultipliedLeading(1.45f)
                    .setMargin(0).setMarginTop(2).setTextAlignment(TextAlignment.JUSTIFIED));
        }
        Table t = new Table(UnitValue.createPercentArray(new float[] {22, 30, 48})).useAllAvailableWidth()
                .setMarginTop(10).setFontSize(OfficialDocumentWriter.SIZE_4);
        for (String h : new String[] {"角色", "姓名及单位", "数字签名"}) {
            t.addHeaderCell(new Cell().setBorder(new SolidBorder(0.75f)).setPadding(4)
                    .add(OfficialDocumentWriter.face(new Paragraph(h), DocumentFonts.Face.HEI)
                            .setTextAlignment(TextAlignment.CENTER).setMargin(0)));
        }
        for (Slot s : slots) {
            t.addCell(new Cell().setBorder(new SolidBorder(0.75f)).setPadding(5)
                    .setVerticalAlignment(VerticalAlignment.MIDDLE).setKeepTogether(true)
                    .add(new Paragraph(s.roleLabel()).setTextAlignment(TextAlignment.CENTER).setMargin(0)));
            String who = (s.name() == null || s.name().isBlank() ? "（待定）" : s.name())
                    + (s.organisation() == null || s.organisation().isBlank() ? "" : "\n" + s.organisation());
            t.addCell(new Cell().setBorder(new SolidBorder(0.75f)).setPadding(5)
                    .setVerticalAlignment(VerticalAlignment.MIDDLE)
                    .add(new Paragraph(who).setMargin(0).setMultipliedLeading(1.3f)));
            Cell box = new Cell().setBorder(new SolidBorder(0.75f)).setPadding(0).setMinHeight(SLOT_HEIGHT);
            box.setNextRenderer(new BoxRenderer(box, s, out));
            t.addCell(box);
        }
        if (slots.size() <= 4) {
            d.add(block.add(t));
        } else {
            d.add(block);
            d.add(t);
        }
        return out;
    }

    /** Draws nothing of its own; records the page and rectangle of the signing box. */
    private static final class BoxRenderer extends CellRenderer {
        private final Slot slot;
        private final List<Captured> sink;

        BoxRenderer(Cell cell, Slot slot, List<Captured> sink) {
            super(cell);
            this.slot = slot;
            this.sink = sink;
        }

        @Override
        public IRenderer getNextRenderer() {
            return new BoxRenderer((Cell) modelElement, slot, sink);
        }

        @Override
        public void draw(DrawContext ctx) {
            super.draw(ctx);
            Rectangle r = getOccupiedAreaBBox();
            sink.add(new Captured(slot, getOccupiedArea().getPageNumber(),
                    new Rectangle(r.getX() + 4, r.getY() + 4, r.getWidth() - 8, r.getHeight() - 8)));
        }
    }

    private static void addField(PdfDocument pdf, PdfAcroForm form, Captured c, FontProvider fonts) {
        PdfPage page = pdf.getPage(c.page());
        // the empty field's appearance: a dashed frame and a hint, replaced by the signature's own
        Rectangle bbox = new Rectangle(0, 0, c.rect().getWidth(), c.rect().getHeight());
        PdfFormXObject empty = new PdfFormXObject(bbox);
        try (Canvas canvas = new Canvas(empty, pdf)) {
            canvas.setFontProvider(fonts);
            canvas.setFontFamily(PdfFonts.FAMILIES);
            canvas.add(new Paragraph("（待" + c.slot().roleLabel() + "数字签名）").setFontSize(9)
                    .setFontColor(new DeviceGray(0.55f)).setTextAlignment(TextAlignment.CENTER)
                    .setBorder(new DashedBorder(new DeviceGray(0.7f), 0.5f)).setHeight(bbox.getHeight())
                    .setMargin(0).setPaddingTop(bbox.getHeight() / 2 - 8));
        }
        PdfSignatureFormField field = new SignatureFormFieldBuilder(pdf, c.slot().fieldName())
                .setWidgetRectangle(c.rect()).setPage(c.page()).createSignature();
        // the alternate name (TU) names the seat's member, so that a member signs their own row; iText's
        // setAlternativeName writes one byte per character, which garbles Chinese names: UTF-16 here
        field.getPdfObject().put(PdfName.TU, new PdfString(c.slot().roleLabel() + " "
                + (c.slot().name() == null ? "" : c.slot().name()), com.itextpdf.io.font.PdfEncodings.UNICODE_BIG));
        var widget = field.getWidgets().get(0);
        widget.setFlag(PdfAnnotation.PRINT);
        widget.setNormalAppearance(empty.getPdfObject());
        form.addField(field, page);
    }

    private static void watermark(PdfDocument pdf, PdfPage page, FontProvider fonts) {
        Rectangle size = page.getPageSize();
        PdfCanvas under = new PdfCanvas(page.newContentStreamBefore(), page.getResources(), pdf);
        try (Canvas canvas = new Canvas(under, size)) {
            canvas.setFontProvider(fonts);
            canvas.setFontFamily(PdfFonts.FAMILIES);
            canvas.showTextAligned(new Paragraph("草　稿").setFontSize(110).setFontColor(new DeviceGray(0.88f)),
                    size.getWidth() / 2, size.getHeight() / 2, pdf.getPageNumber(page), TextAlignment.CENTER, VerticalAlignment.MIDDLE,
                    (float) Math.toRadians(35));
        }
    }

    /** Whether a dictionary (a form field) is one of an opinion's signature fields. */
    static boolean isOpinionField(PdfDictionary field) {
        PdfString t = field.getAsString(PdfName.T);
        return t != null && t.toUnicodeString().startsWith(FIELD_PREFIX);
    }
}
