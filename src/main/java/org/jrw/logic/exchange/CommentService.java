package org.jrw.logic.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jrw.codec.Json;
import org.jrw.i18n.Messages;
import org.jrw.logic.audit.Audit;
import org.jrw.logic.dossier.DossierService;
import org.jrw.logic.evidence.EvidenceItem;
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
    static final Set<String> TEXT_MARKUP = Set.of("Highlight", "Underline", "Squiggly", "StrikeOut");

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
            org.jrw.persistence.AtomicFiles.move(tmp, target);
            tmp = null;
        } catch (IOException e) {
            throw new BadInputException(e, "exchange.out.io", target.toString(), org.jrw.i18n.IoReasons.of(e));
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
        List<Annotation> current = workspace.db().withConnection(c -> AnnotationDao.list(c, d.caseId()));
        var received = workspace.db().withConnection(c -> ExchangeDao.received(c, d.caseId()));
        CommentPlanner.Plan plan = CommentPlanner.plan(workspace, d, map, comments, opt, current, received);
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
                // no readable map embedded: the export record's map is used
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
            // map unreadable: the case id stands for the number
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
            // not a PDF date: the fallback time
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
            org.jrw.persistence.AtomicFiles.deleteLeftover(p);
        }
    }
}
