package org.jrw.logic.evidence;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jrw.logic.audit.Audit;
import org.jrw.logic.dossier.DossierService;
import org.jrw.model.Annotation;
import org.jrw.model.AnnotationKind;
import org.jrw.model.BadInputException;
import org.jrw.model.Dossier;
import org.jrw.model.Role;
import org.jrw.model.Timestamps;
import org.jrw.persistence.AnnotationDao;
import org.jrw.persistence.AuditDao;
import org.jrw.persistence.Workspace;

/**
 * Annotations: add (validated against the file: the PDF has the page, the rectangle lies on it,
 * the time range lies within the recording), reply, edit, resolve/reopen, delete and restore (for
 * undo), list. Every change is one transaction with its audit entry; invalid input throws
 * {@link BadInputException} before anything is written.
 */
public final class AnnotationService {
    /** Tolerance for rectangles drawn up to the page's edge, in points or pixels. */
    static final double EDGE = 0.5;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a new annotation says and where; exactly one selector (or none: the whole item). */
    public record Draft(String targetId, Integer page, List<Annotation.Rect> rects, Integer textStart, Integer textEnd,
                        Double timeFrom, Double timeTo, AnnotationKind kind, String note, String author, Role role,
                        String organisation) {
        public Draft {
            rects = rects == null ? List.of() : List.copyOf(rects);
        }

        public static Draft region(String target, Integer page, Annotation.Rect r, AnnotationKind kind, String note,
                                   String author, Role role, String org) {
            return new Draft(target, page, r == null ? List.of() : List.of(r), null, null, null, null, kind, note,
                    author, role, org);
        }
    }

    private final Workspace workspace;
    private final DossierService dossiers;
    private final EvidenceFiles files;

    public AnnotationService(Workspace workspace, EvidenceFiles files) {
        this.workspace = workspace;
        this.dossiers = new DossierService(workspace);
        this.files = files;
    }

    public AnnotationService(Workspace workspace) {
        this(workspace, new EvidenceFiles(workspace, new PdfService()));
    }

    // ------------------------------------------------------------------ parsing (CLI)

    /** "X,Y,W,H": four finite numbers, width and height above zero, x and y not negative. */
    public static Annotation.Rect parseRect(String s) {
        double[] v = numbers(s, 4, "annotation.rect.malformed");
        Annotation.Rect r = new Annotation.Rect(v[0], v[1], v[2], v[3]);
        checkRectShape(r, s);
        return r;
    }

    /** "FROM,TO" in seconds, 0 ≤ FROM ≤ TO. */
    public static double[] parseTime(String s) {
        double[] v = numbers(s, 2, "annotation.time.malformed");
        if (v[0] < 0 || v[1] < v[0]) {
            throw new BadInputException("annotation.time.malformed", s);
        }
        return v;
    }

    private static double[] numbers(String s, int n, String key) {
        if (s == null) {
            throw new BadInputException(key, "");
        }
        String[] parts = s.split(",", -1);
        if (parts.length != n) {
            throw new BadInputException(key, s);
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            try {
                out[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new BadInputException(key, s);
            }
            if (!Double.isFinite(out[i])) {
                throw new BadInputException(key, s);
            }
        }
        return out;
    }

    private static void checkRectShape(Annotation.Rect r, String shown) {
        if (!(Double.isFinite(r.x()) && Double.isFinite(r.y()) && Double.isFinite(r.w()) && Double.isFinite(r.h()))
                || r.x() < 0 || r.y() < 0 || r.w() <= 0 || r.h() <= 0) {
            throw new BadInputException("annotation.rect.malformed", shown);
        }
    }

    // ------------------------------------------------------------------ writes

    /**
     * Annotations written inside another change's transaction (a received review package, a merged
     * response, imported PDF comments): this service is the one writer of the annotations table (ADR 0141);
     * the caller has validated them and audits its change. Inserted in the order given (parents first).
     */
    public static org.jrw.persistence.SqlFunction<Void> inserting(List<Annotation> annotations) {
        return c -> {
            for (Annotation a : annotations) {
                AnnotationDao.insert(c, a);
            }
            return null;
        };
    }

    /** As {@link #inserting}, for annotations changed by a merge or an import of comments. */
    public static org.jrw.persistence.SqlFunction<Void> updating(List<Annotation> annotations) {
        return c -> {
            for (Annotation a : annotations) {
                AnnotationDao.update(c, a);
            }
            return null;
        };
    }

    public Annotation add(String caseRef, Draft d) {
        Dossier dossier = dossiers.load(caseRef);
        Annotation a = validate(dossier, d);
        workspace.db().inTransaction(c -> {
            AnnotationDao.insert(c, a);
            AuditDao.append(c, Audit.entry("annotation.add", a.caseId(), List.of(a.id(), a.targetId()), null,
                    a.note(), details(a)));
            return null;
        });
        Audit.writeHead(workspace);
        return a;
    }

    /**
     * A note as stored: line breaks kept (\r\n as \n), tabs kept, other control characters
     * (ESC, BEL, NUL … pasted or typed in a terminal) as spaces, ends stripped.
     */
    static String cleanNote(String note) {
        StringBuilder sb = new StringBuilder(note.length());
        String n = note.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            sb.append(c == '\n' || c == '\t' || !(Character.isISOControl(c)) ? c : ' ');
        }
        return sb.toString().strip();
    }

    /** Checks a draft against the case and the target's file and builds the annotation. */
    public Annotation validate(Dossier dossier, Draft d) {
        if (d.author() == null || d.author().isBlank()) {
            throw new BadInputException("annotation.author.blank");
        }
        if (d.role() == null) {
            throw new BadInputException("annotation.role.missing");
        }
        if (d.note() == null || cleanNote(d.note()).isEmpty()) {
            throw new BadInputException("annotation.note.blank");
        }
        EvidenceItem item = EvidenceItem.find(dossier, d.targetId())
                .orElseThrow(() -> new BadInputException("annotation.target.unknown", String.valueOf(d.targetId()),
                        dossier.caseInfo().caseNumber()));
        boolean region = d.page() != null || !d.rects().isEmpty();
        boolean text = d.textStart() != null || d.textEnd() != null;
        boolean time = d.timeFrom() != null || d.timeTo() != null;
        if ((region ? 1 : 0) + (text ? 1 : 0) + (time ? 1 : 0) > 1) {
            throw new BadInputException("annotation.selector.mixed");
        }
        for (Annotation.Rect r : d.rects()) {
            checkRectShape(r, r.x() + "," + r.y() + "," + r.w() + "," + r.h());
        }
        if (region) {
            checkRegion(item, d);
        }
        if (text) {
            if (d.textStart() == null || d.textEnd() == null || d.textStart() < 0 || d.textEnd() <= d.textStart()) {
                throw new BadInputException("annotation.text.malformed", d.textStart(), d.textEnd());
            }
        }
        if (time) {
            checkTime(item, d);
        }
        String now = now();
        return new Annotation(newId(), dossier.caseId(), null, item.id(), item.type(), item.sha256(), d.page(),
                d.rects(), d.textStart(), d.textEnd(), d.timeFrom(), d.timeTo(),
                d.kind() == null ? AnnotationKind.NOTE : d.kind(), cleanNote(d.note()), d.author().strip(), d.role(),
                blankToNull(d.organisation()), Annotation.Status.OPEN, now, now);
    }

    private void checkRegion(EvidenceItem item, Draft d) {
        if (item.mediaType() == EvidenceItem.MediaType.PDF) {
            if (d.page() == null) {
                throw new BadInputException("annotation.rect.needsPage", item.id());
            }
            Path p = files.path(item);
            List<PdfService.PageSize> sizes = files.pdf().pageSizes(p);
            if (d.page() < 1 || d.page() > sizes.size()) {
                throw new BadInputException("annotation.page.outOfRange", d.page(), item.id(), sizes.size());
            }
            PdfService.PageSize s = sizes.get(d.page() - 1);
            for (Annotation.Rect r : d.rects()) {
                inside(r, s.width(), s.height(), "annotation.rect.offPage", d.page());
            }
        } else if (item.mediaType() == EvidenceItem.MediaType.IMAGE) {
            if (d.page() != null && d.page() != 1) {
                throw new BadInputException("annotation.page.notPdf", item.id());
            }
            if (d.rects().isEmpty()) {
                return;
            }
            Optional<int[]> size = EvidenceFiles.imageSize(files.path(item));
            if (size.isPresent()) {
                for (Annotation.Rect r : d.rects()) {
                    inside(r, size.get()[0], size.get()[1], "annotation.rect.offImage", 1);
                }
            }
        } else {
            throw new BadInputException(d.page() != null ? "annotation.page.notPdf" : "annotation.rect.unsupported",
                    item.id());
        }
    }

    private static void inside(Annotation.Rect r, double w, double h, String key, int page) {
        if (r.x() + r.w() > w + EDGE || r.y() + r.h() > h + EDGE) {
            throw new BadInputException(key, r.x() + "," + r.y() + "," + r.w() + "," + r.h(), page,
                    Math.round(w), Math.round(h));
        }
    }

    private void checkTime(EvidenceItem item, Draft d) {
        if (!item.mediaType().isMedia()) {
            throw new BadInputException("annotation.time.notMedia", item.id());
        }
        if (d.timeFrom() == null || d.timeTo() == null || !Double.isFinite(d.timeFrom())
                || !Double.isFinite(d.timeTo()) || d.timeFrom() < 0 || d.timeTo() < d.timeFrom()) {
            throw new BadInputException("annotation.time.malformed", d.timeFrom() + "," + d.timeTo());
        }
        Optional<Double> duration = EvidenceFiles.mediaDuration(files.path(item));
        if (duration.isPresent() && d.timeTo() > duration.get() + 0.05) {
            throw new BadInputException("annotation.time.beyondEnd", d.timeTo(),
                    Math.round(duration.get() * 10) / 10.0, item.id());
        }
    }

    /** A reply to an annotation (same case and target, no selector of its own). */
    public Annotation reply(String parentId, String note, String author, Role role, String organisation) {
        Annotation parent = get(parentId);
        if (note == null || cleanNote(note).isEmpty()) {
            throw new BadInputException("annotation.note.blank");
        }
        if (author == null || author.isBlank()) {
            throw new BadInputException("annotation.author.blank");
        }
        if (role == null) {
            throw new BadInputException("annotation.role.missing");
        }
        String root = parent.parentId() != null ? parent.parentId() : parent.id();
        String now = now();
        Annotation r = new Annotation(newId(), parent.caseId(), root, parent.targetId(), parent.targetType(),
                parent.targetSha256(), null, List.of(), null, null, null, null, AnnotationKind.NOTE, cleanNote(note),
                author.strip(), role, blankToNull(organisation), Annotation.Status.OPEN, now, now);
        write("annotation.reply", r, c -> {
            AnnotationDao.insert(c, r);
            return null;
        });
        return r;
    }

    /** Changes the note and kind. */
    public Annotation edit(String id, String note, AnnotationKind kind) {
        if (note == null || cleanNote(note).isEmpty()) {
            throw new BadInputException("annotation.note.blank");
        }
        Annotation a = get(id).withNote(cleanNote(note), kind == null ? AnnotationKind.NOTE : kind, now());
        write("annotation.edit", a, c -> AnnotationDao.update(c, a));
        return a;
    }

    public Annotation setStatus(String id, Annotation.Status status) {
        Annotation a = get(id).withStatus(status, now());
        write(status == Annotation.Status.RESOLVED ? "annotation.resolve" : "annotation.reopen", a,
                c -> AnnotationDao.update(c, a));
        return a;
    }

    /** Writes an annotation's mutable fields as given (undo and redo of an edit). */
    public Annotation put(Annotation a) {
        write("annotation.edit", a, c -> AnnotationDao.update(c, a));
        return a;
    }

    /** Deletes an annotation with its replies; returns what was deleted (for undo). */
    public List<Annotation> delete(String id) {
        Annotation a = get(id);
        List<Annotation> gone = new ArrayList<>();
        gone.add(a);
        list(a.caseId()).stream().filter(x -> id.equals(x.parentId())).forEach(gone::add);
        write("annotation.delete", a, c -> AnnotationDao.delete(c, id));
        return gone;
    }

    /** Puts deleted annotations back, ids unchanged (undo of a delete, redo of an add). */
    public void restore(List<Annotation> annotations) {
        if (annotations.isEmpty()) {
            return;
        }
        Annotation first = annotations.get(0);
        write("annotation.restore", first, c -> {
            for (Annotation a : annotations) {
                if (AnnotationDao.get(c, a.id()).isEmpty()) {
                    AnnotationDao.insert(c, a);
                }
            }
            return null;
        });
    }

    private void write(String action, Annotation a, org.jrw.persistence.SqlFunction<?> w) {
        workspace.db().inTransaction(c -> {
            if (!action.equals("annotation.reply") && !action.equals("annotation.restore")) {
                // material received in a review package is read-only on the adviser's side (ADR 0008)
                var received = org.jrw.persistence.ExchangeDao.received(c, a.caseId());
                if (received.isPresent() && org.jrw.codec.Json.readMap(received.get().itemsJson())
                        .containsKey("annotation:" + a.id())) {
                    throw new BadInputException("exchange.readOnly.annotation", a.id());
                }
            }
            w.apply(c);
            AuditDao.append(c, Audit.entry(action, a.caseId(), List.of(a.id(), a.targetId()), null, a.note(),
                    details(a)));
            return null;
        });
        Audit.writeHead(workspace);
    }

    // ------------------------------------------------------------------ reads

    public Annotation get(String id) {
        return workspace.db().withConnection(c -> AnnotationDao.get(c, id))
                .orElseThrow(() -> new BadInputException("annotation.notFound", id));
    }

    /** Every annotation of a case (replies included), oldest first. */
    public List<Annotation> list(String caseRef) {
        String id = dossiers.resolve(caseRef);
        return workspace.db().withConnection(c -> AnnotationDao.list(c, id));
    }

    // ------------------------------------------------------------------ helpers

    private static Map<String, Object> details(Annotation a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", a.kind().name());
        m.put("status", a.status().name());
        if (a.page() != null) {
            m.put("page", a.page());
        }
        return m;
    }

    static String newId() {
        byte[] b = new byte[8];
        RANDOM.nextBytes(b);
        return "a-" + HexFormat.of().formatHex(b);
    }

    static String now() {
        return Timestamps.nowMillis();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
