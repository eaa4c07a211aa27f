package org.jrw.gui.evidence;

import org.jrw.i18n.Messages;
import org.jrw.model.Annotation;
import org.jrw.model.AnnotationKind;
import org.jrw.model.Role;

/** How an annotation's author role, kind, place and times read on screen. */
public final class AnnotationLabels {

    private AnnotationLabels() {
    }

    public static String roleLabel(Role r) {
        return r == null ? Messages.get("ev.ann.filter.all") : Messages.get("role." + r.name());
    }

    public static String kindLabel(AnnotationKind k) {
        return k == null ? Messages.get("ev.ann.filter.all") : Messages.get("annotation.kind." + k.name());
    }

    /** Where an annotation is, for the list. */
    public static String where(Annotation a) {
        if (a.page() != null) {
            return Messages.get("ev.ann.where.page", a.page());
        }
        if (a.hasTime()) {
            return Messages.get("ev.ann.where.time", time(a.timeFrom()), time(a.timeTo()));
        }
        if (a.textStart() != null) {
            return Messages.get("ev.ann.where.text", a.textStart(), a.textEnd());
        }
        return a.rects().isEmpty() ? Messages.get("ev.ann.where.item") : "▭";
    }

    public static String time(double s) {
        int t = (int) Math.floor(s);
        return String.format("%d:%02d.%d", t / 60, t % 60, (int) Math.round((s - t) * 10) % 10);
    }
}
