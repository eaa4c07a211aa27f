package org.jrw.gui.meeting;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.image.Image;
import org.jrw.gui.AppContext;
import org.jrw.gui.evidence.FxImages;
import org.jrw.gui.evidence.Pictures;
import org.jrw.gui.meeting.MeetingViewModel.Content;
import org.jrw.i18n.Messages;
import org.jrw.logic.evidence.EvidenceFiles;
import org.jrw.logic.evidence.EvidenceItem;
import org.jrw.logic.evidence.PdfService;
import org.jrw.logic.meeting.PrivacyMask;
import org.jrw.model.Annotation;
import org.jrw.model.AnnotationKind;

/**
 * The shared screen's material for {@link MeetingViewModel}: renders an evidence item's page, picture
 * or text (on the view-model's background thread) with the personal data to mask on it.
 */
final class MeetingMaterial {
    private static final double RENDER_SCALE = 2.0;
    private final AppContext ctx;
    private volatile PdfService pdf;
    private volatile EvidenceFiles files;

    MeetingMaterial(AppContext ctx) {
        this.ctx = ctx;
    }

    /** The page renderer when something was rendered (to release on close), else null. */
    PdfService pdfInUse() {
        return pdf;
    }

    private synchronized EvidenceFiles files() {
        if (files == null) {
            pdf = new PdfService();
            files = ctx.evidenceFiles(pdf);
        }
        return files;
    }

    /**
     * The regions marked 个人信息 (PERSONAL_DATA annotations, the ones the anonymiser blurs) on an item:
     * masked on the audience window like the personal data found in the text, so that faces, plates
     * and handwritten numbers in photos and scanned pages are hidden too.
     */
    static List<Annotation> personalDataRegions(List<Annotation> all, EvidenceItem item) {
        return all.stream().filter(a -> a.kind() == AnnotationKind.PERSONAL_DATA && !a.rects().isEmpty()
                && a.targetId().equals(item.id()) && a.targetType() == item.type()).toList();
    }

    private static List<Annotation.Rect> onPage(List<Annotation> marked, Integer page) {
        List<Annotation.Rect> out = new java.util.ArrayList<>();
        for (Annotation a : marked) {
            if (page == null || a.page() == null || a.page().equals(page)) {
                out.addAll(a.rects());
            }
        }
        return out;
    }

    Content render(EvidenceItem item, int page, PrivacyMask m, List<Annotation> marked) {
        EvidenceFiles f = files();
        Path path = f.path(item);
        try {
            switch (item.mediaType()) {
                case PDF -> {
                    int pages = pdf.pageCount(path);
                    int p = Math.max(1, Math.min(page, pages));
                    var size = pdf.pageSizes(path).get(p - 1);
                    Image img = FxImages.of(pdf.render(path, p, RENDER_SCALE));
                    List<Annotation.Rect> masks = new java.util.ArrayList<>(pdf.locate(path, p, m::ranges));
                    masks.addAll(onPage(marked, p));
                    return new Content(item, p, pages, img, size.width(), size.height(), img.getWidth() / size.width(),
                            List.copyOf(masks), null, null, null);
                }
                case IMAGE -> {
                    // page units are the original's pixels (the annotations' units), whatever size is decoded
                    Pictures.Loaded l = Pictures.decode(path, 2400, 2400);
                    Image img = l.image();
                    return new Content(item, 1, 1, img, l.width(), l.height(), img.getWidth() / l.width(),
                            onPage(marked, null), null, null, null);
                }
                case TEXT -> {
                    String text = EvidenceFiles.readText(path, item.file(), 200_000);
                    return new Content(item, 1, 1, null, 0, 0, 1, List.of(), text, m.apply(text), null);
                }
                default -> {
                    String d = EvidenceFiles.mediaDuration(path).map(s -> " · " + Math.round(s) + " s").orElse("");
                    return problem(item, Messages.get("meeting.gui.content.media", item.title()) + d);
                }
            }
        } catch (Exception e) {
            org.slf4j.LoggerFactory.getLogger(MeetingMaterial.class).warn("meeting material {} unreadable", item.title(), e);
            return problem(item, Messages.get("meeting.gui.content.unreadable", item.title()));
        }
    }

    private static Content problem(EvidenceItem item, String text) {
        return new Content(item, 1, 1, null, 0, 0, 1, List.of(), null, null, text);
    }

    static Annotation.Rect union(List<Annotation.Rect> rs) {
        double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
        for (Annotation.Rect r : rs) {
            x0 = Math.min(x0, r.x());
            y0 = Math.min(y0, r.y());
            x1 = Math.max(x1, r.x() + r.w());
            y1 = Math.max(y1, r.y() + r.h());
        }
        return new Annotation.Rect(x0, y0, x1 - x0, y1 - y0);
    }
}
