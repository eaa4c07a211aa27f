package org.jrw.logic.exchange;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquare;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.jrw.i18n.Messages;
import org.jrw.logic.evidence.EvidenceItem;
import org.jrw.model.Annotation;
import org.jrw.model.Role;
import static org.jrw.logic.exchange.CommentPdfWriter.ICON;
import static org.jrw.logic.exchange.CommentPdfWriter.KIND_KEY;
import static org.jrw.logic.exchange.CommentPdfWriter.ROLE_KEY;
import static org.jrw.logic.exchange.CommentPdfWriter.STATUS_KEY;

/**
 * The annotations of the comment PDF (ADR 0050): each of the case's annotations as a Square (one
 * region), Highlight (several) or Text note (none, or a page it cannot be placed on), in its author's
 * role colour, with {@code /NM} = the annotation id, our kind, role and status keys, and its replies
 * as a thread ({@code /IRT}). PDFBox writes them (ADR 0142).
 */
final class CommentPdfAnnotations {
    private CommentPdfAnnotations() {
    }


    static void placeAnnotations(PDDocument doc, List<CommentMap.PageRef> pages, int first, EvidenceItem item,
                                  List<Annotation> own, Map<String, List<Annotation>> replies,
                                  Map<String, CommentMap.Exported> exported) throws IOException {
        int count = doc.getNumberOfPages() - first;
        Map<Integer, Integer> slots = new HashMap<>();
        for (Annotation a : own) {
            int local = 0;
            if (a.page() != null && a.page() >= 1 && a.page() <= count) {
                local = a.page() - 1;
            }
            int index = first + local;
            PDPage page = doc.getPage(index);
            CommentMap.PageRef ref = pages.get(index);
            PageGeometry g = ref.geometry();
            List<PDRectangle> user = new ArrayList<>();
            List<float[]> quads = new ArrayList<>();
            boolean inRange = a.page() != null && a.page() >= 1 && a.page() <= count;
            boolean placeable = ref.kind() == CommentMap.Kind.PDF ? inRange : ref.kind() == CommentMap.Kind.IMAGE;
            if (placeable) {
                for (Annotation.Rect r : a.rects()) {
                    double[] u;
                    if (ref.kind() == CommentMap.Kind.IMAGE) {
                        u = imageToUser(ref, r);
                    } else {
                        u = g.toUser(r);
                    }
                    user.add(new PDRectangle((float) u[0], (float) u[1], (float) (u[2] - u[0]), (float) (u[3] - u[1])));
                    quads.add(quad(g, ref, r));
                }
            }
            PDAnnotationMarkup m;
            if (user.size() == 1) {
                m = square(a, user.get(0), page);
            } else if (user.size() > 1) {
                m = highlight(a, user, quads, page);
            } else {
                int slot = slots.merge(index, 1, Integer::sum) - 1;
                Annotation.Rect icon = new Annotation.Rect(8 + (ICON + 4) * (slot % 12), 8 + (ICON + 4) * (slot / 12),
                        ICON, ICON);
                double[] u = g.toUser(icon);
                m = note(a, new PDRectangle((float) u[0], (float) u[1], (float) (u[2] - u[0]), (float) (u[3] - u[1])),
                        page);
            }
            add(page, m);
            exported.put(a.id(), new CommentMap.Exported(a.id(), a.id(), m.getContents(), index));
            addReplies(page, m, a, replies, exported, index);
        }
    }

    private static double[] imageToUser(CommentMap.PageRef ref, Annotation.Rect r) {
        double ix = ref.image().get(0);
        double iy = ref.image().get(1);
        double iw = ref.image().get(2);
        double ih = ref.image().get(3);
        double sx = iw / ref.pixels().get(0);
        double sy = ih / ref.pixels().get(1);
        double x1 = ix + r.x() * sx;
        double x2 = ix + (r.x() + r.w()) * sx;
        double y2 = iy + ih - r.y() * sy;
        double y1 = iy + ih - (r.y() + r.h()) * sy;
        return new double[] {x1, y1, x2, y2};
    }

    /** QuadPoints of a rectangle: upper left, upper right, lower left, lower right as displayed. */
    private static float[] quad(PageGeometry g, CommentMap.PageRef ref, Annotation.Rect r) {
        double[][] corners;
        if (ref.kind() == CommentMap.Kind.IMAGE) {
            double[] u = imageToUser(ref, r);
            corners = new double[][] {{u[0], u[3]}, {u[2], u[3]}, {u[0], u[1]}, {u[2], u[1]}};
        } else {
            corners = new double[][] {g.toUser(r.x(), r.y()), g.toUser(r.x() + r.w(), r.y()),
                    g.toUser(r.x(), r.y() + r.h()), g.toUser(r.x() + r.w(), r.y() + r.h())};
        }
        float[] q = new float[8];
        for (int i = 0; i < 4; i++) {
            q[2 * i] = (float) corners[i][0];
            q[2 * i + 1] = (float) corners[i][1];
        }
        return q;
    }

    static void addReplies(PDPage page, PDAnnotationMarkup parent, Annotation a,
                            Map<String, List<Annotation>> replies, Map<String, CommentMap.Exported> exported,
                            int index) throws IOException {
        PDRectangle pr = parent.getRectangle();
        PDRectangle r = new PDRectangle(pr.getLowerLeftX(), pr.getUpperRightY() - ICON, ICON, ICON);
        for (Annotation reply : replies.getOrDefault(a.id(), List.of())) {
            PDAnnotationText t = note(reply, r, page);
            t.setInReplyTo(parent);
            t.setReplyType(PDAnnotationMarkup.RT_REPLY);
            add(page, t);
            exported.put(reply.id(), new CommentMap.Exported(reply.id(), a.id(), t.getContents(), index));
        }
    }

    static void add(PDPage page, PDAnnotation a) throws IOException {
        List<PDAnnotation> list = new ArrayList<>(page.getAnnotations());
        list.add(a);
        page.setAnnotations(list);
    }

    private static void common(PDAnnotationMarkup m, Annotation a, PDPage page) {
        m.setContents(a.note());
        m.setTitlePopup(a.author());
        m.setSubject(Messages.get("annotation.kind." + a.kind().name()));
        m.setAnnotationName(a.id());
        m.setCreationDate(calendar(a.createdAt()));
        m.setModifiedDate(calendar(a.modifiedAt()));
        m.setColor(new PDColor(rgb(a.role()), PDDeviceRGB.INSTANCE));
        m.setPrinted(true);
        m.setPage(page);
        COSDictionary d = m.getCOSObject();
        d.setName(ROLE_KEY, a.role().name());
        d.setName(KIND_KEY, a.kind().name());
        d.setName(STATUS_KEY, a.status().name());
    }

    private static PDAnnotationSquare square(Annotation a, PDRectangle r, PDPage page) {
        PDAnnotationSquare s = new PDAnnotationSquare();
        s.setRectangle(r);
        common(s, a, page);
        PDBorderStyleDictionary bs = new PDBorderStyleDictionary();
        bs.setWidth(1.5f);
        if (a.status() == Annotation.Status.RESOLVED) {
            bs.setStyle(PDBorderStyleDictionary.STYLE_DASHED);
            COSArray dash = new COSArray();
            dash.add(COSInteger.get(4));
            dash.add(COSInteger.get(3));
            bs.setDashStyle(dash);
        }
        s.setBorderStyle(bs);
        s.constructAppearances();
        return s;
    }

    private static PDAnnotationHighlight highlight(Annotation a, List<PDRectangle> rects, List<float[]> quads,
                                                   PDPage page) {
        PDAnnotationHighlight h = new PDAnnotationHighlight();
        float x1 = Float.MAX_VALUE;
        float y1 = Float.MAX_VALUE;
        float x2 = -Float.MAX_VALUE;
        float y2 = -Float.MAX_VALUE;
        for (PDRectangle r : rects) {
            x1 = Math.min(x1, r.getLowerLeftX());
            y1 = Math.min(y1, r.getLowerLeftY());
            x2 = Math.max(x2, r.getUpperRightX());
            y2 = Math.max(y2, r.getUpperRightY());
        }
        h.setRectangle(new PDRectangle(x1, y1, x2 - x1, y2 - y1));
        float[] q = new float[quads.size() * 8];
        for (int i = 0; i < quads.size(); i++) {
            System.arraycopy(quads.get(i), 0, q, i * 8, 8);
        }
        h.setQuadPoints(q);
        common(h, a, page);
        h.setConstantOpacity(0.4f);
        h.constructAppearances();
        return h;
    }

    static PDAnnotationText note(Annotation a, PDRectangle r, PDPage page) {
        PDAnnotationText t = new PDAnnotationText();
        t.setRectangle(r);
        t.setName(PDAnnotationText.NAME_COMMENT);
        common(t, a, page);
        t.constructAppearances();
        return t;
    }

    /** The role's colour, as in the reader (chair purple, officer blue, adviser green, expert orange). */
    static float[] rgb(Role role) {
        int c = switch (role) {
            case CHAIR -> 0x8e44ad;
            case OFFICER -> 0x1f6feb;
            case LEGAL_ADVISER -> 0x1a7f37;
            case EXPERT -> 0xd97706;
        };
        return new float[] {((c >> 16) & 0xff) / 255f, ((c >> 8) & 0xff) / 255f, (c & 0xff) / 255f};
    }

    static Calendar calendar(String iso) {
        GregorianCalendar cal = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        try {
            OffsetDateTime t = OffsetDateTime.parse(iso);
            cal.setTimeInMillis(t.toInstant().toEpochMilli());
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(CommentPdfAnnotations.class)
                    .debug("comment time {} not ISO; the current time is used", iso, e);
            // an unreadable time: now
        }
        return cal;
    }
}
