package org.jrw.logic.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jrw.codec.Json;
import org.jrw.i18n.Messages;
import org.jrw.logic.audit.Audit;
import org.jrw.logic.dossier.DossierService;
import org.jrw.logic.evidence.EvidenceItem;
import org.jrw.logic.evidence.PdfService;
import org.jrw.logic.task.Progress;
import org.jrw.logic.evidence.AnnotationService;
import org.jrw.model.Annotation;
import org.jrw.model.AnnotationKind;
import org.jrw.model.BadInputException;
import org.jrw.model.Dossier;
import org.jrw.model.Role;
import org.jrw.model.Timestamps;
import org.jrw.persistence.AnnotationDao;
import org.jrw.persistence.AuditDao;
import org.jrw.persistence.ExchangeDao;
import org.jrw.persistence.Vault;
import org.jrw.persistence.Workspace;

/**
 * The PDF-comment round trip for advisers without the workbench (ADR 0050):
 * {@link #exportPdf} writes the case as one PDF with its annotations as PDF comments and a page
 * map; {@link #importComments} reads the comments a reviewer added in any PDF reader (from the
 * PDF itself or an XFDF export of its comments) and adds them to the case as annotations on the
 * right document or evidence item, page and region: idempotent by {@code /NM}, replies threaded,
 * in one transaction with its audit entry. A PDF not exported from the case, a damaged PDF and
 * an XFDF with a document type declaration are refused before anything is written.
 */
public final class CommentService {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<String> TEXT_MARKUP = Set.of("Highlight", "Underline", "Squiggly", "StrikeOut");

    private final Workspace workspace;
    private final DossierService dossiers;

    public CommentService(Workspace workspace) {
        this.workspace = workspace;
        this.dossiers = new DossierService(workspace);
    }

    // ================================================================== export

    public record PdfExportResult(Path file, String exportId, String sha256, int pages, int items, int annotations) {
    }

    /** Writes the case as one comment PDF and records the export (page map) in the workspace. */
    public PdfExportResult exportPdf(String caseRef, Path out, Progress progress) {
        requireWritable();
        Dossier d = dossiers.load(caseRef);
        List<Annotation> annotations = workspace.db().withConnection(c -> AnnotationDao.list(c, d.caseId()));
        Path target = out.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new BadInputException("exchange.out.isDirectory", target.toString());
        }
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new BadInputException("exchange.out.noFolder", String.valueOf(dir));
        }
        String exportId = "px-" + random(12);
        byte[] pdfId = new byte[16];
        RANDOM.nextBytes(pdfId);
        String createdAt = ExchangeService.now();
        CommentPdfWriter writer = new CommentPdfWriter(d, annotations,
                sha -> sha != null && workspace.vault().contains(sha) ? workspace.vault().pathOf(sha) : null);
        Path tmp = null;
        CommentPdfWriter.Written w;
        String sha;
        try {
            tmp = Files.createTempFile(dir, ".jrw-comments-", ".part");
            w = writer.write(tmp, exportId, pdfId, createdAt, progress);
            sha = Vault.hash(tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new BadInputException(e, "exchange.out.io", target.toString(), e.getMessage());
        } finally {
            deleteQuietly(tmp);
        }
        CommentMap map = w.map();
        try {
            workspace.db().inTransaction(c -> {
                ExchangeDao.insertPdfExport(c, new ExchangeDao.PdfExport(exportId, d.caseId(), createdAt, map.pdfId(),
                        sha, Json.write(map.toMap())));
                AuditDao.append(c, Audit.entry("exchange.pdf.export", d.caseId(), List.of(exportId), null, sha,
                        ExchangeService.details("file", target.toString(), "pages", w.pages(), "items", w.items(),
                                "annotations", w.annotations())));
                return null;
            });
        } catch (RuntimeException e) {
            deleteQuietly(target);
            throw e;
        }
        Audit.writeHead(workspace);
        return new PdfExportResult(target, exportId, sha, w.pages(), w.items(), w.annotations());
    }

    // ================================================================== import

    /** Who the imported comments are recorded as: the role, and the name used when a comment has no {@code /T}. */
    public record Options(Role role, String defaultAuthor) {
        public static Options defaults() {
            return new Options(Role.LEGAL_ADVISER, null);
        }
    }

    /** One annotation written (or that would be written): {@code action} add, reply, update. */
    public record Item(String id, String key, String action, String target, Integer page, List<Annotation.Rect> rects,
                       String author, String note, String parentId) {
    }

    public record ImportResult(String caseId, String caseNumber, String exportId, Path file, int added, int replies,
                               int updated, int unchanged, Map<String, Integer> skipped, List<Item> items) {
        /** Annotations written by this import (new ones, replies and updates). */
        public int written() {
            return added + replies + updated;
        }
    }

    /**
     * Imports the comments of a reviewed comment PDF ({@code pdf}) or of an XFDF file
     * ({@code xfdf}; with {@code pdf} also given, the XFDF must belong to that PDF).
     */
    public ImportResult importComments(String caseRef, Path pdf, Path xfdf, Options options, Progress progress) {
        requireWritable();
        if (pdf == null && xfdf == null) {
            throw new BadInputException("comments.noFile");
        }
        Options opt = options == null ? Options.defaults() : options;
        Dossier d = dossiers.load(caseRef);
        progress.update(0, 3, String.valueOf((pdf != null ? pdf : xfdf).getFileName()));
        PdfCommentReader.Read pr = pdf == null ? null : PdfCommentReader.read(pdf);
        XfdfReader.Read xr = xfdf == null ? null : XfdfReader.read(xfdf);
        Path shown = pdf != null ? pdf : xfdf;
        String name = String.valueOf(shown.getFileName());
        CommentMap map = pr != null ? mapOfPdf(d, pr, name) : mapOfXfdf(d, xr, name);
        if (pr != null && pr.pageCount() != map.pages().size()) {
            throw new BadInputException("comments.pdf.pagesChanged", name, pr.pageCount(), map.pages().size());
        }
        if (pr != null && xr != null && xr.idOriginal() != null && !xr.idOriginal().equalsIgnoreCase(map.pdfId())) {
            throw new BadInputException("comments.xfdf.otherPdf", String.valueOf(xfdf.getFileName()), name);
        }
        List<ForeignComment> comments = xr != null ? xr.comments() : pr.comments();
        int unsupported = xr != null ? xr.skipped() : pr.skipped();
        progress.update(1, 3, name);
        Plan plan = plan(d, map, comments, opt, pdf != null ? pdf : xfdf);
        plan.skipped.merge("unsupported", unsupported, Integer::sum);
        plan.skipped.values().removeIf(v -> v == 0);
        ImportResult result = new ImportResult(d.caseId(), d.caseInfo().caseNumber(), map.exportId(), shown.toAbsolutePath(),
                plan.added, plan.replies, plan.updated, plan.unchanged, Map.copyOf(plan.skipped), List.copyOf(plan.items));
        if (plan.insert.isEmpty() && plan.update.isEmpty()) {
            return result;
        }
        String fileSha;
        try {
            fileSha = Vault.hash(shown);
        } catch (IOException e) {
            throw new BadInputException(e, "comments.pdf.corrupt", name, e.getMessage());
        }
        progress.update(2, 3, name);
        workspace.db().inTransaction(c -> {
            AnnotationService.inserting(plan.insert).apply(c);
            AnnotationService.updating(plan.update).apply(c);
            Map<String, Object> det = new LinkedHashMap<>();
            det.put("file", shown.toAbsolutePath().toString());
            det.put("exportId", map.exportId());
            det.put("added", plan.added);
            det.put("replies", plan.replies);
            det.put("updated", plan.updated);
            det.put("authors", plan.items.stream().map(Item::author).distinct().toList());
            det.put("role", opt.role().name());
            List<String> targets = new ArrayList<>();
            targets.add(map.exportId());
            plan.items.forEach(i -> targets.add(i.id()));
            AuditDao.append(c, Audit.entry("exchange.comments.import", d.caseId(), targets, null, fileSha, det));
            return null;
        });
        Audit.writeHead(workspace);
        progress.update(3, 3, name);
        return result;
    }

    private CommentMap mapOfPdf(Dossier d, PdfCommentReader.Read pr, String name) {
        CommentMap embedded = null;
        if (pr.embeddedMap() != null) {
            try {
                embedded = CommentMap.parse(pr.embeddedMap());
            } catch (IllegalArgumentException e) {
                embedded = null;
            }
        }
        String exportId = pr.exportId() != null ? pr.exportId() : embedded == null ? null : embedded.exportId();
        if (exportId == null) {
            throw new BadInputException("comments.pdf.notExported", name, d.caseInfo().caseNumber());
        }
        Optional<ExchangeDao.PdfExport> rec = workspace.db().withConnection(c -> ExchangeDao.pdfExport(c, exportId));
        if (rec.isPresent()) {
            if (!rec.get().caseId().equals(d.caseId())) {
                throw new BadInputException("comments.pdf.otherCase", name, caseNumberOf(rec.get()),
                        d.caseInfo().caseNumber());
            }
            return CommentMap.parse(rec.get().mapJson());
        }
        // exported from this case in another workspace (case ids travel with review packages):
        // accepted when the embedded map names this case and every file it shows is this case's
        if (embedded != null && embedded.exportId().equals(exportId)) {
            if (!embedded.caseId().equals(d.caseId())) {
                throw new BadInputException("comments.pdf.otherCase", name, String.valueOf(embedded.caseNumber()),
                        d.caseInfo().caseNumber());
            }
            if (sameFiles(d, embedded)) {
                return embedded;
            }
        }
        throw new BadInputException("comments.pdf.notExported", name, d.caseInfo().caseNumber());
    }

    private CommentMap mapOfXfdf(Dossier d, XfdfReader.Read xr, String name) {
        if (xr.idOriginal() == null || xr.idOriginal().isBlank()) {
            throw new BadInputException("comments.xfdf.noIds", name);
        }
        List<ExchangeDao.PdfExport> recs = workspace.db().withConnection(c ->
                ExchangeDao.pdfExportsByPdfId(c, xr.idOriginal()));
        if (recs.isEmpty()) {
            throw new BadInputException("comments.pdf.notExported", name, d.caseInfo().caseNumber());
        }
        for (ExchangeDao.PdfExport r : recs) {
            if (r.caseId().equals(d.caseId())) {
                return CommentMap.parse(r.mapJson());
            }
        }
        throw new BadInputException("comments.pdf.otherCase", name, caseNumberOf(recs.get(0)),
                d.caseInfo().caseNumber());
    }

    private static String caseNumberOf(ExchangeDao.PdfExport rec) {
        try {
            return String.valueOf(CommentMap.parse(rec.mapJson()).caseNumber());
        } catch (IllegalArgumentException e) {
            return rec.caseId();
        }
    }

    private static boolean sameFiles(Dossier d, CommentMap map) {
        for (CommentMap.PageRef p : map.pages()) {
            Optional<EvidenceItem> item = EvidenceItem.find(d, p.target());
            if (item.isEmpty() || !Objects.equals(item.get().sha256(), p.sha256())) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ planning

    private static final class Plan {
        final List<Annotation> insert = new ArrayList<>();
        final List<Annotation> update = new ArrayList<>();
        final List<Item> items = new ArrayList<>();
        final Map<String, Integer> skipped = new TreeMap<>();
        int added;
        int replies;
        int updated;
        int unchanged;

        void skip(String reason) {
            skipped.merge(reason, 1, Integer::sum);
        }
    }

    private Plan plan(Dossier d, CommentMap map, List<ForeignComment> comments, Options opt, Path file) {
        Plan plan = new Plan();
        List<Annotation> current = workspace.db().withConnection(c -> AnnotationDao.list(c, d.caseId()));
        Map<String, Annotation> byId = new HashMap<>();
        current.forEach(a -> byId.put(a.id(), a));
        Set<String> readOnly = new HashSet<>();
        workspace.db().withConnection(c -> ExchangeDao.received(c, d.caseId())).ifPresent(r ->
                Json.readMap(r.itemsJson()).keySet().forEach(k -> readOnly.add(k.replaceFirst("^annotation:", ""))));
        Set<String> source = new HashSet<>(map.source());
        Map<String, String> idOfKey = new HashMap<>();
        map.exported().forEach((k, v) -> idOfKey.put(k, v.id()));
        String now = Timestamps.nowMillis();
        try (PdfService pdfs = new PdfService(8L * 1024 * 1024)) {
            for (ForeignComment c : parentsFirst(comments)) {
                if (c.isStateChange()) {
                    plan.skip("state");
                    continue;
                }
                if (source.contains(c.key())) {
                    plan.skip("source");
                    continue;
                }
                String author = c.author() == null || c.author().isBlank()
                        ? (opt.defaultAuthor() == null || opt.defaultAuthor().isBlank()
                        ? Messages.get("comments.author.unknown") : opt.defaultAuthor().strip())
                        : c.author().strip();
                CommentMap.Exported ex = map.exported().get(c.key());
                if (ex != null) {
                    if (Objects.equals(norm(ex.contents()), norm(c.contents()))) {
                        plan.skip("exported");
                        continue;
                    }
                    Annotation root = byId.get(ex.root());
                    if (root != null && norm(c.contents()) != null) {
                        // one of the exported comments edited in the reader: kept as a reply on its thread
                        String id = derivedId(d.caseId(), c.key() + "#" + Vault.hash(norm(c.contents())
                                .getBytes(StandardCharsets.UTF_8)).substring(0, 12));
                        String note = Messages.get("comments.import.changed", norm(c.contents()));
                        putReply(plan, byId, readOnly, id, c.key(), root, note, author, opt, c, now);
                        continue;
                    }
                    if (root == null && norm(c.contents()) == null) {
                        plan.skip("exported");
                        continue;
                    }
                }
                String id = derivedId(d.caseId(), c.key());
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
                        continue;
                    }
                    putReply(plan, byId, readOnly, id, c.key(), parent, note, author, opt, c, now);
                    continue;
                }
                CommentMap.PageRef ref = map.page(c.page());
                if (ref == null) {
                    plan.skip("unmapped");
                    continue;
                }
                Optional<EvidenceItem> item = EvidenceItem.find(d, ref.target());
                if (item.isEmpty()) {
                    plan.skip("unmapped");
                    continue;
                }
                if (!Objects.equals(item.get().sha256(), ref.sha256())) {
                    plan.skip("targetChanged");
                    continue;
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
                if (note == null && TEXT_MARKUP.contains(c.subtype()) && page != null && !rects.isEmpty()
                        && item.get().mediaType() == EvidenceItem.MediaType.PDF && item.get().sha256() != null
                        && workspace.vault().contains(item.get().sha256())) {
                    StringBuilder t = new StringBuilder();
                    for (Annotation.Rect r : rects) {
                        try {
                            t.append(pdfs.textIn(workspace.vault().pathOf(item.get().sha256()), page, r).strip());
                        } catch (RuntimeException e) {
                            org.slf4j.LoggerFactory.getLogger(CommentService.class)
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
                        null, null, kindOf(c), note, author, opt.role(), null, Annotation.Status.OPEN,
                        isoDate(c.created(), now), isoDate(c.modified() == null ? c.created() : c.modified(), now));
                put(plan, byId, readOnly, a, c.key(), "add");
            }
        }
        return plan;
    }

    private static void putReply(Plan plan, Map<String, Annotation> byId, Set<String> readOnly, String id, String key,
                                 Annotation parent, String note, String author, Options opt, ForeignComment c,
                                 String now) {
        Annotation r = new Annotation(id, parent.caseId(), parent.id(), parent.targetId(), parent.targetType(),
                parent.targetSha256(), null, List.of(), null, null, null, null, AnnotationKind.NOTE, note, author,
                opt.role(), null, Annotation.Status.OPEN, isoDate(c.created(), now),
                isoDate(c.modified() == null ? c.created() : c.modified(), now));
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

    private static Item item(Annotation a, String key, String action) {
        return new Item(a.id(), key, action, a.targetId(), a.page(), a.rects(), a.author(), a.note(), a.parentId());
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

    /** The kind from {@code /Subj} (our labels in either language, or the names), else by subtype. */
    static AnnotationKind kindOf(ForeignComment c) {
        String s = c.subject() == null ? "" : c.subject().strip();
        Optional<AnnotationKind> k = AnnotationKind.parse(s);
        if (k.isPresent()) {
            return k.get();
        }
        for (AnnotationKind kind : AnnotationKind.values()) {
            if (Messages.get(Locale.ENGLISH, "annotation.kind." + kind.name()).equalsIgnoreCase(s)) {
                return kind;
            }
        }
        return c.subtype().equals("StrikeOut") ? AnnotationKind.CORRECTION : AnnotationKind.NOTE;
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

    private static final Pattern PDF_DATE = Pattern.compile(
            "(?:D:)?(\\d{4})(\\d{2})?(\\d{2})?(\\d{2})?(\\d{2})?(\\d{2})?(?:([Zz+\\-])(\\d{2})?'?(\\d{2})?'?)?.*");

    /** A PDF date ({@code D:YYYYMMDDHHmmSSOHH'mm'}) or ISO time as ISO-8601 UTC; {@code fallback} otherwise. */
    static String isoDate(String pdfDate, String fallback) {
        if (pdfDate == null || pdfDate.isBlank()) {
            return fallback;
        }
        String s = pdfDate.strip();
        try {
            return Timestamps.formatMillis(OffsetDateTime.parse(s).withOffsetSameInstant(ZoneOffset.UTC));
        } catch (RuntimeException failure) {
            org.slf4j.LoggerFactory.getLogger(CommentService.class)
                    .trace("comment date not ISO, read as a PDF date: {}", s, failure);
            // not ISO: a PDF date
        }
        Matcher m = PDF_DATE.matcher(s);
        if (!m.matches()) {
            return fallback;
        }
        try {
            int offset = 0;
            if (m.group(7) != null && !m.group(7).equalsIgnoreCase("Z")) {
                int h = m.group(8) == null ? 0 : Integer.parseInt(m.group(8));
                int mi = m.group(9) == null ? 0 : Integer.parseInt(m.group(9));
                offset = (h * 60 + mi) * 60 * (m.group(7).equals("-") ? -1 : 1);
            }
            OffsetDateTime t = OffsetDateTime.of(Integer.parseInt(m.group(1)), num(m.group(2), 1), num(m.group(3), 1),
                    num(m.group(4), 0), num(m.group(5), 0), num(m.group(6), 0), 0, ZoneOffset.ofTotalSeconds(offset));
            return Timestamps.formatMillis(t.withOffsetSameInstant(ZoneOffset.UTC));
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    private static int num(String s, int dflt) {
        return s == null ? dflt : Integer.parseInt(s);
    }

    /** A stable annotation id for a comment of a case: the same comment always gets the same id. */
    static String derivedId(String caseId, String key) {
        return "a-pc-" + Vault.hash((caseId + "\n" + key).getBytes(StandardCharsets.UTF_8)).substring(0, 20);
    }

    // ------------------------------------------------------------------ helpers

    private void requireWritable() {
        if (workspace.readOnly()) {
            throw new BadInputException("exchange.readOnlyWorkspace");
        }
    }

    private static String random(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException failure) {
                org.slf4j.LoggerFactory.getLogger(CommentService.class)
                        .debug("temporary file {} not deleted", p, failure);
                // best effort
            }
        }
    }
}
