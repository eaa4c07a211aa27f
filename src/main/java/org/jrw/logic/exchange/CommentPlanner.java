package org.jrw.logic.exchange;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jrw.codec.Json;
import org.jrw.i18n.Messages;
import org.jrw.logic.evidence.EvidenceItem;
import org.jrw.logic.evidence.PdfService;
import org.jrw.model.Annotation;
import org.jrw.model.AnnotationKind;
import org.jrw.model.Dossier;
import org.jrw.model.Timestamps;
import org.jrw.persistence.ExchangeDao;
import org.jrw.persistence.Vault;
import org.jrw.persistence.Workspace;

/**
 * Plans an import of PDF comments (ADR 0050): for each foreign comment, in thread order, whether it is
 * skipped (a state change, one of the source file's own, unchanged from the export, unmapped, on a
 * changed file, empty), a new annotation (regions mapped back to the page or picture; a text markup
 * without a note takes the marked text), a reply, or an update of one imported before. Nothing is
 * written; {@link CommentService} writes the plan in one transaction.
 */
final class CommentPlanner {
    static final class Plan {
        final List<Annotation> insert = new ArrayList<>();
        final List<Annotation> update = new ArrayList<>();
        final List<CommentService.Item> items = new ArrayList<>();
        final Map<String, Integer> skipped = new TreeMap<>();
        int added;
        int replies;
        int updated;
        int unchanged;

        void skip(String reason) {
            skipped.merge(reason, 1, Integer::sum);
        }
    }

    private final Workspace workspace;
    private final Dossier d;
    private final CommentMap map;
    private final CommentService.Options opt;
    private final Plan plan = new Plan();
    private final Map<String, Annotation> byId = new HashMap<>();
    private final Set<String> readOnly = new HashSet<>();
    private final Set<String> source;
    private final Map<String, String> idOfKey = new HashMap<>();
    private final String now = Timestamps.nowMillis();

    private CommentPlanner(Workspace workspace, Dossier d, CommentMap map, CommentService.Options opt) {
        this.workspace = workspace;
        this.d = d;
        this.map = map;
        this.opt = opt;
        this.source = new HashSet<>(map.source());
    }

    /** {@code current}: the case's annotations; {@code received}: the items of the review package it was opened from. */
    static Plan plan(Workspace workspace, Dossier d, CommentMap map, List<ForeignComment> comments,
                     CommentService.Options opt, List<Annotation> current, Optional<ExchangeDao.Received> received) {
        CommentPlanner p = new CommentPlanner(workspace, d, map, opt);
        current.forEach(a -> p.byId.put(a.id(), a));
        received.ifPresent(r -> Json.readMap(r.itemsJson()).keySet()
                .forEach(k -> p.readOnly.add(k.replaceFirst("^annotation:", ""))));
        map.exported().forEach((k, v) -> p.idOfKey.put(k, v.id()));
        try (PdfService pdfs = new PdfService(8L * 1024 * 1024)) {
            for (ForeignComment c : parentsFirst(comments)) {
                p.comment(c, pdfs);
            }
        }
        return p.plan;
    }

    /** One comment: skipped, a changed export kept as a reply, a reply, or a new annotation. */
    private void comment(ForeignComment c, PdfService pdfs) {
        if (c.isStateChange()) {
            plan.skip("state");
            return;
        }
        if (source.contains(c.key())) {
            plan.skip("source");
            return;
        }
        String author = c.author() == null || c.author().isBlank()
                ? (opt.defaultAuthor() == null || opt.defaultAuthor().isBlank()
                ? Messages.get("comments.author.unknown") : opt.defaultAuthor().strip())
                : c.author().strip();
        CommentMap.Exported ex = map.exported().get(c.key());
        if (ex != null) {
            if (Objects.equals(norm(ex.contents()), norm(c.contents()))) {
                plan.skip("exported");
                return;
            }
            if (norm(c.contents()) == null) {
                // emptied in the reader: not a new comment (the exported one stands, or was deleted here)
                plan.skip("exported");
                return;
            }
            Annotation root = byId.get(ex.root());
            if (root != null) {
                // one of the exported comments edited in the reader: kept as a reply on its thread
                String id = CommentService.derivedId(d.caseId(), c.key() + "#" + Vault.hash(norm(c.contents())
                        .getBytes(StandardCharsets.UTF_8)).substring(0, 12));
                String note = Messages.get("comments.import.changed", norm(c.contents()));
                putReply(plan, byId, readOnly, id, c.key(), root, note, author, opt, c, now);
                return;
            }
        }
        String id = CommentService.derivedId(d.caseId(), c.key());
        idOfKey.put(c.key(), id);
        Annotation parent = null;
        if (c.isReply()) {
            String pid = idOfKey.get(c.parentKey());
            Annotation p = pid == null ? null : byId.get(pid);
            if (p != null) {
                parent = p.parentId() != null && byId.containsKey(p.parentId()) ? byId.get(p.parentId()) : p;
            }
        }
        String note = norm(c.contents());
        if (parent != null) {
            if (note == null) {
                plan.skip("empty");
                return;
            }
            putReply(plan, byId, readOnly, id, c.key(), parent, note, author, opt, c, now);
            return;
        }
        annotation(c, id, author, note, pdfs);
    }

    /** A comment that starts a thread: its page or picture, regions, note (or the marked text). */
    private void annotation(ForeignComment c, String id, String author, String note, PdfService pdfs) {
        CommentMap.PageRef ref = map.page(c.page());
        if (ref == null) {
            plan.skip("unmapped");
            return;
        }
        Optional<EvidenceItem> item = EvidenceItem.find(d, ref.target());
        if (item.isEmpty()) {
            plan.skip("unmapped");
            return;
        }
        if (!Objects.equals(item.get().sha256(), ref.sha256())) {
            plan.skip("targetChanged");
            return;
        }
        Integer page = null;
        List<Annotation.Rect> rects = new ArrayList<>();
        if (ref.kind() == CommentMap.Kind.PDF) {
            page = ref.sourcePage();
            for (double[] r : regions(c)) {
                Annotation.Rect shown = ref.geometry().clip(ref.geometry().toDisplayed(r[0], r[1], r[2], r[3]));
                if (shown != null) {
                    rects.add(shown);
                }
            }
        } else if (ref.kind() == CommentMap.Kind.IMAGE) {
            for (double[] r : regions(c)) {
                Annotation.Rect px = imageRect(ref, r);
                if (px != null) {
                    rects.add(px);
                }
            }
            if (rects.size() > 1) {
                rects = List.of(union(rects));
            }
        }
        if (note == null && CommentService.TEXT_MARKUP.contains(c.subtype()) && page != null && !rects.isEmpty()
                && item.get().mediaType() == EvidenceItem.MediaType.PDF && item.get().sha256() != null
                && workspace.vault().contains(item.get().sha256())) {
            StringBuilder t = new StringBuilder();
            for (Annotation.Rect r : rects) {
                try {
                    t.append(pdfs.textIn(workspace.vault().pathOf(item.get().sha256()), page, r).strip());
                } catch (RuntimeException e) {
                    org.slf4j.LoggerFactory.getLogger(CommentPlanner.class)
                            .debug("no text under a comment's region on page {}", page, e);
                    // the text is a convenience; the region is what counts
                }
            }
            if (!t.toString().isBlank()) {
                note = "「" + t.toString().strip() + "」";
            }
        }
        if (note == null) {
            note = Messages.get("comments.import.noText", Messages.get("comments.subtype." + c.subtype()));
        }
        Annotation a = new Annotation(id, d.caseId(), null, item.get().id(), item.get().type(),
                item.get().sha256(), ref.kind() == CommentMap.Kind.PLACEHOLDER ? null : page, rects, null, null,
                null, null, CommentService.kindOf(c), note, author, opt.role(), null, Annotation.Status.OPEN,
                CommentService.isoDate(c.created(), now), CommentService.isoDate(c.modified() == null ? c.created() : c.modified(), now));
        put(plan, byId, readOnly, a, c.key(), "add");
    }

    private static void putReply(Plan plan, Map<String, Annotation> byId, Set<String> readOnly, String id, String key,
                                 Annotation parent, String note, String author, CommentService.Options opt, ForeignComment c,
                                 String now) {
        Annotation r = new Annotation(id, parent.caseId(), parent.id(), parent.targetId(), parent.targetType(),
                parent.targetSha256(), null, List.of(), null, null, null, null, AnnotationKind.NOTE, note, author,
                opt.role(), null, Annotation.Status.OPEN, CommentService.isoDate(c.created(), now),
                CommentService.isoDate(c.modified() == null ? c.created() : c.modified(), now));
        put(plan, byId, readOnly, r, key, "reply");
    }

    private static void put(Plan plan, Map<String, Annotation> byId, Set<String> readOnly, Annotation a, String key,
                            String action) {
        Annotation old = byId.get(a.id());
        if (old != null) {
            if (readOnly.contains(a.id()) || (old.note().equals(a.note()) && old.kind() == a.kind()
                    && sameRects(old.rects(), a.rects()))) {
                plan.unchanged++;
                return;
            }
            Annotation changed = old.withNote(a.note(), a.kind(), a.modifiedAt()).withRects(a.rects(), a.modifiedAt());
            plan.update.add(changed);
            byId.put(a.id(), changed);
            plan.updated++;
            plan.items.add(item(changed, key, "update"));
            return;
        }
        plan.insert.add(a);
        byId.put(a.id(), a);
        if (a.isReply()) {
            plan.replies++;
        } else {
            plan.added++;
        }
        plan.items.add(item(a, key, action));
    }

    private static CommentService.Item item(Annotation a, String key, String action) {
        return new CommentService.Item(a.id(), key, action, a.targetId(), a.page(), a.rects(), a.author(), a.note(), a.parentId());
    }

    private static boolean sameRects(List<Annotation.Rect> a, List<Annotation.Rect> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Annotation.Rect x = a.get(i);
            Annotation.Rect y = b.get(i);
            if (Math.abs(x.x() - y.x()) > 0.05 || Math.abs(x.y() - y.y()) > 0.05 || Math.abs(x.w() - y.w()) > 0.05
                    || Math.abs(x.h() - y.h()) > 0.05) {
                return false;
            }
        }
        return true;
    }

    /** Parents before their replies (a reply whose parent is not in the file comes with the others). */
    private static List<ForeignComment> parentsFirst(List<ForeignComment> in) {
        Map<String, ForeignComment> byKey = new LinkedHashMap<>();
        in.forEach(c -> byKey.putIfAbsent(c.key(), c));
        List<ForeignComment> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (ForeignComment c : byKey.values()) {
            visit(c, byKey, done, out, 0);
        }
        return out;
    }

    private static void visit(ForeignComment c, Map<String, ForeignComment> byKey, Set<String> done,
                              List<ForeignComment> out, int depth) {
        if (done.contains(c.key())) {
            return;
        }
        done.add(c.key());
        ForeignComment parent = c.parentKey() == null ? null : byKey.get(c.parentKey());
        if (parent != null && depth < 64) {
            visit(parent, byKey, done, out, depth + 1);
        }
        out.add(c);
    }

    /** The regions of a comment in user space {x1, y1, x2, y2}: one per quadrilateral, else its /Rect. */
    private static List<double[]> regions(ForeignComment c) {
        List<double[]> out = new ArrayList<>();
        for (double[] q : c.quads()) {
            double x1 = Math.min(Math.min(q[0], q[2]), Math.min(q[4], q[6]));
            double x2 = Math.max(Math.max(q[0], q[2]), Math.max(q[4], q[6]));
            double y1 = Math.min(Math.min(q[1], q[3]), Math.min(q[5], q[7]));
            double y2 = Math.max(Math.max(q[1], q[3]), Math.max(q[5], q[7]));
            if (x2 > x1 && y2 > y1) {
                out.add(new double[] {x1, y1, x2, y2});
            }
        }
        if (out.isEmpty() && c.rect() != null && c.rect()[2] > c.rect()[0] && c.rect()[3] > c.rect()[1]) {
            out.add(c.rect());
        }
        return out;
    }

    /** A user-space rectangle as image pixels, clipped to the image; null when off the image. */
    private static Annotation.Rect imageRect(CommentMap.PageRef ref, double[] r) {
        if (ref.image() == null || ref.pixels() == null || ref.pixels().size() != 2 || ref.image().size() != 4) {
            return null;
        }
        double ix = ref.image().get(0);
        double iy = ref.image().get(1);
        double iw = ref.image().get(2);
        double ih = ref.image().get(3);
        int pw = ref.pixels().get(0);
        int ph = ref.pixels().get(1);
        if (iw <= 0 || ih <= 0 || pw <= 0 || ph <= 0) {
            return null;
        }
        double sx = pw / iw;
        double sy = ph / ih;
        double x1 = Math.max(0, (r[0] - ix) * sx);
        double x2 = Math.min(pw, (r[2] - ix) * sx);
        double y1 = Math.max(0, (iy + ih - r[3]) * sy);
        double y2 = Math.min(ph, (iy + ih - r[1]) * sy);
        if (x2 - x1 < 0.5 || y2 - y1 < 0.5) {
            return null;
        }
        return new Annotation.Rect(PageGeometry.round(x1), PageGeometry.round(y1), PageGeometry.round(x2 - x1),
                PageGeometry.round(y2 - y1));
    }

    private static Annotation.Rect union(List<Annotation.Rect> rs) {
        double x1 = Double.MAX_VALUE;
        double y1 = Double.MAX_VALUE;
        double x2 = -Double.MAX_VALUE;
        double y2 = -Double.MAX_VALUE;
        for (Annotation.Rect r : rs) {
            x1 = Math.min(x1, r.x());
            y1 = Math.min(y1, r.y());
            x2 = Math.max(x2, r.x() + r.w());
            y2 = Math.max(y2, r.y() + r.h());
        }
        return new Annotation.Rect(x1, y1, x2 - x1, y2 - y1);
    }

    private static String norm(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (t.length() > 20_000) {
            t = t.substring(0, 20_000);
        }
        return t.isEmpty() ? null : t;
    }
}
