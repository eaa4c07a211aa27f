package org.jrw.logic.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jrw.codec.DossierCodec;
import org.jrw.codec.Json;
import org.jrw.logic.audit.Audit;
import org.jrw.logic.task.Progress;
import org.jrw.model.Annotation;
import org.jrw.model.BadInputException;
import org.jrw.model.CaseDocument;
import org.jrw.model.Dossier;
import org.jrw.model.Evidence;
import org.jrw.persistence.AnnotationDao;
import org.jrw.persistence.AuditDao;
import org.jrw.persistence.CaseDao;
import org.jrw.persistence.Vault;
import org.jrw.persistence.Workspace;

/**
 * Imports a {@code .jrcase} package all-or-nothing. Order of work:
 * <ol>
 * <li>open the package (paths, links, entry count and size checked), parse and validate the
 * manifest — nothing of the workspace is touched;</li>
 * <li>copy every listed file into the workspace's staging folder while hashing it (one read),
 * refusing on a missing file or a hash mismatch;</li>
 * <li>in one database transaction: insert the rows and move the staged files into the vault;
 * if anything fails, the transaction rolls back and the files this import added are removed.</li>
 * </ol>
 */
public final class DossierImporter {
    private final Workspace workspace;
    private final PackageSource.Limits limits;

    public DossierImporter(Workspace workspace) {
        this(workspace, PackageSource.Limits.defaults());
    }

    public DossierImporter(Workspace workspace, PackageSource.Limits limits) {
        this.workspace = workspace;
        this.limits = limits;
    }

    /** Reads and validates a package's manifest (no files read, workspace untouched). */
    public static Dossier readManifest(PackageSource src, List<Problem> warnings) throws IOException {
        JsonNode root;
        try {
            root = Json.parse(src.manifest());
        } catch (BadInputException e) {
            throw e;
        } catch (IOException e) {
            throw new BadInputException(e, "import.manifest.malformed", src.name(), jsonReason(e));
        }
        ManifestValidator.Result r = ManifestValidator.validate(root);
        if (!r.ok()) {
            throw new InvalidPackageException(src.name(), r.errors());
        }
        warnings.addAll(r.warnings());
        return DossierCodec.read(root);
    }

    /**
     * Why a manifest is not JSON, in the user's language: where (line and column) and what (a key given twice,
     * the text cut off, something after the document, or a syntax error) — never the parser's English message.
     */
    static String jsonReason(IOException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        String what;
        java.util.regex.Matcher dup = java.util.regex.Pattern.compile("Duplicate field '([^']*)'").matcher(m);
        if (dup.find()) {
            what = org.jrw.i18n.Messages.get("fixes.json.duplicate", dup.group(1));
        } else if (m.contains("end-of-input") || m.contains("No content to map")) {
            what = org.jrw.i18n.Messages.get("fixes.json.truncated");
        } else if (m.startsWith("trailing content")) {
            what = org.jrw.i18n.Messages.get("fixes.json.trailing");
        } else {
            what = org.jrw.i18n.Messages.get("fixes.json.syntax");
        }
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException jp && jp.getLocation() != null
                && jp.getLocation().getLineNr() > 0) {
            return org.jrw.i18n.Messages.get("fixes.json.at", jp.getLocation().getLineNr(),
                    jp.getLocation().getColumnNr(), what);
        }
        return what;
    }

    public ImportResult importPackage(Path path, boolean replace, Progress progress) {
        try (PackageSource src = PackageSource.open(path, limits)) {
            return importFrom(src, replace, progress);
        } catch (IOException | UncheckedIOException e) {
            throw failure(path, e, workspace.dir());
        }
    }

    /**
     * What an I/O failure during an import is, for the user: a full disk says so (naming the
     * workspace), anything else is a package that cannot be read.
     */
    static BadInputException failure(Path pkg, Exception e, Path workspaceDir) {
        if (PackageSource.diskFull(e)) {
            return new BadInputException(e, "seats.disk.full", String.valueOf(workspaceDir));
        }
        Throwable c = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        return new BadInputException(e, "import.package.unreadable", pkg.toString(), org.jrw.i18n.IoReasons.of(c));
    }

    private ImportResult importFrom(PackageSource src, boolean replace, Progress progress) throws IOException {
        return importFrom(src, replace, progress, null, null);
    }

    /**
     * Imports from an already opened source, all-or-nothing as above, with the case id given
     * ({@code fixedCaseId}, e.g. the sender's id of a review package; null for a new one) and
     * {@code alsoInTransaction} run in the import's own transaction after the rows are inserted
     * (e.g. the received annotations), so that everything lands together or not at all.
     */
    public ImportResult importFrom(PackageSource src, boolean replace, Progress progress, String fixedCaseId,
                                   org.jrw.persistence.SqlFunction<?> alsoInTransaction) throws IOException {
        List<Problem> warnings = new ArrayList<>();
        Dossier dossier = readManifest(src, warnings);
        String number = dossier.caseInfo().caseNumber();
        Optional<String> existing = workspace.db().withConnection(c -> CaseDao.idByNumber(c, number));
        if (existing.isPresent() && !replace) {
            throw new BadInputException("import.case.exists", number);
        }

        // every listed file: path → expected hash (lower case); refuse if one path has two hashes
        Map<String, String> expected = new LinkedHashMap<>();
        List<Problem> errors = new ArrayList<>();
        for (CaseDocument d : dossier.documents()) {
            want(expected, errors, d.file(), d.sha256(), "documents[" + d.id() + "]");
        }
        for (Evidence e : dossier.evidence()) {
            want(expected, errors, e.file(), e.sha256(), "evidence[" + e.id() + "]");
        }
        for (String p : expected.keySet()) {
            if (!src.isFile(p)) {
                errors.add(new Problem("import.file.missing", p));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidPackageException(src.name(), errors);
        }

        List<Vault.Staged> staged = new ArrayList<>();
        try {
            long total = expected.size();
            long done = 0;
            for (Map.Entry<String, String> f : expected.entrySet()) {
                progress.checkCancelled();
                progress.update(done++, total, f.getKey());
                Vault.Staged s;
                try (InputStream in = src.open(f.getKey())) {
                    s = workspace.vault().stage(in, limits.maxExpandedBytes());
                } catch (Vault.SizeLimitException e) {
                    throw new BadInputException("import.package.tooLarge", limits.maxExpandedBytes() >> 20);
                }
                staged.add(s);
                if (!s.sha256().equals(f.getValue())) {
                    errors.add(new Problem("import.file.hashMismatch", f.getKey(), f.getValue(), s.sha256()));
                }
            }
            if (!errors.isEmpty()) {
                throw new InvalidPackageException(src.name(), errors);
            }
            Set<String> listed = new LinkedHashSet<>(expected.keySet());
            listed.add(PackageSource.MANIFEST);
            for (String f : src.files()) {
                if (!listed.contains(f)) {
                    warnings.add(new Problem("import.file.unlisted", f));
                }
            }
            progress.update(total, total, number);
            progress.checkCancelled();
            String caseId = existing.orElseGet(() -> fixedCaseId != null ? fixedCaseId : newCaseId());
            Dossier toStore = dossier.withCaseId(caseId);
            commit(toStore, staged, existing.isPresent(), alsoInTransaction);
            staged.clear();
            return new ImportResult(caseId, number, dossier.documents().size(), dossier.evidence().size(),
                    existing.isPresent(), List.copyOf(warnings));
        } finally {
            for (Vault.Staged s : staged) {
                Files.deleteIfExists(s.temp());
            }
        }
    }

    private static void want(Map<String, String> expected, List<Problem> errors, String file, String sha,
                             String at) {
        if (file == null) {
            return;
        }
        String lower = ManifestValidator.lower(sha);
        String prev = expected.putIfAbsent(file, lower);
        if (prev != null && !prev.equals(lower)) {
            errors.add(new Problem("import.file.conflictingHash", file, at));
        }
    }

    /** Rows and vault files in one unit: on any failure, files new to the vault are removed. */
    private void commit(Dossier d, List<Vault.Staged> staged, boolean replace,
                        org.jrw.persistence.SqlFunction<?> alsoInTransaction) {
        List<String> added = new ArrayList<>();
        String after = Vault.hash(DossierExporter.manifestBytes(d));
        try {
            workspace.db().inTransaction(c -> {
                String before = null;
                List<Annotation> annotations = List.of();
                if (replace) {
                    before = CaseDao.load(c, d.caseId()).map(old -> Vault.hash(DossierExporter.manifestBytes(old)))
                            .orElse(null);
                    annotations = AnnotationDao.list(c, d.caseId());
                    AnnotationDao.deleteAll(c, d.caseId()); // those on what is still there are put back below
                }
                if (replace && before != null) {
                    // the dossier is replaced, the case stays: its review, signatures, meetings,
                    // exchange records, precedents and evaluations are kept
                    CaseWrites.replaced(d, staged).apply(c);
                } else {
                    CaseWrites.created(d, staged).apply(c);
                }
                Kept kept = keptAnnotations(d, annotations);
                for (Annotation a : kept.annotations()) {
                    AnnotationDao.insert(c, a);
                }
                workspace.vault().commitAll(staged, added);
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("caseNumber", d.caseInfo().caseNumber());
                details.put("documents", d.documents().size());
                details.put("evidence", d.evidence().size());
                if (replace) {
                    details.put("annotationsKept", kept.kept());
                    details.put("annotationsOnChangedFiles", kept.changedFile());
                    details.put("annotationsDropped", kept.dropped());
                }
                AuditDao.append(c, Audit.entry(replace ? "case.replace" : "case.import", d.caseId(),
                        List.of(d.caseId()), before, after, details));
                if (alsoInTransaction != null) {
                    alsoInTransaction.apply(c);
                }
                return null;
            });
            Audit.writeHead(workspace);
        } catch (RuntimeException e) {
            workspace.vault().removeAdded(added, "import");
            throw e;
        }
    }

    private record Kept(List<Annotation> annotations, int changedFile, int dropped) {
        int kept() {
            return annotations.size();
        }
    }

    /**
     * A replacing import keeps the annotations whose target (document or evidence id of the same
     * type) is still in the new dossier, unchanged: an annotation keeps the SHA-256 of the file it
     * was written on, so one on a file that changed is recognisable ({@link Annotation#onChangedFile})
     * and shown as such. Annotations on targets that are gone, and their replies, are dropped.
     */
    private static Kept keptAnnotations(Dossier d, List<Annotation> all) {
        Map<String, String> docs = new java.util.HashMap<>();
        d.documents().forEach(x -> docs.put(x.id(), x.sha256()));
        Map<String, String> evs = new java.util.HashMap<>();
        d.evidence().forEach(x -> evs.put(x.id(), x.sha256()));
        Set<String> inserted = new java.util.HashSet<>();
        List<Annotation> out = new ArrayList<>();
        int changed = 0;
        // parents before replies (a reply's target is its parent's)
        List<Annotation> ordered = new ArrayList<>(all.stream().filter(a -> !a.isReply()).toList());
        ordered.addAll(all.stream().filter(Annotation::isReply).toList());
        for (Annotation a : ordered) {
            Map<String, String> targets = a.targetType() == Annotation.TargetType.DOCUMENT ? docs : evs;
            if (!targets.containsKey(a.targetId()) || a.isReply() && !inserted.contains(a.parentId())) {
                continue;
            }
            out.add(a);
            inserted.add(a.id());
            if (!a.isReply() && a.onChangedFile(targets.get(a.targetId()))) {
                changed++;
            }
        }
        return new Kept(out, changed, all.size() - out.size());
    }

    static String newCaseId() {
        return "c-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
