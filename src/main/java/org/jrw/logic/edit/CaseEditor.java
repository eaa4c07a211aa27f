package org.jrw.logic.edit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jrw.codec.DossierCodec;
import org.jrw.codec.Json;
import org.jrw.logic.audit.Actor;
import org.jrw.logic.audit.Audit;
import org.jrw.logic.dossier.CaseWrites;
import org.jrw.logic.dossier.DossierExporter;
import org.jrw.logic.dossier.DossierService;
import org.jrw.model.BadInputException;
import org.jrw.model.CaseDocument;
import org.jrw.model.Dossier;
import org.jrw.model.Evidence;
import org.jrw.model.Timestamps;
import org.jrw.persistence.AuditDao;
import org.jrw.persistence.CaseDao;
import org.jrw.persistence.CaseEditDao;
import org.jrw.persistence.SqlFunction;
import org.jrw.persistence.Vault;
import org.jrw.persistence.Workspace;

/**
 * Edits a stored case (案件编辑): any field of the case, its parties, officers, violations,
 * documents and evidence; adds and removes parties, officers and violations; links evidence to
 * violations; reorders documents; replaces a file (the old version stays in the vault and in the
 * file history); marks a draft (草稿) and confirms it. Every call:
 * <ol>
 * <li>applies the edits to the manifest tree of the case as stored, and refuses (nothing written)
 * a value that cannot be read, a path that names nothing, a manifest the format refuses, or a
 * problem of {@link EditChecks} that the edit brings in (a problem already there does not block an
 * edit of another field);</li>
 * <li>writes the whole dossier ({@link CaseDao#replaceContent}), the edit with the manifest before
 * and after (undo and redo), earlier file versions, and an audit entry with the before and after
 * digests, in one transaction.</li>
 * </ol>
 * Undo and redo restore the stored manifest of an edit, provided the case is still as the edit
 * left it (a case re-imported or changed elsewhere in between is not overwritten).
 */
public final class CaseEditor {
    private static final long MAX_FILE = 8L << 30;
    private final Workspace workspace;
    private final EditChecks checks;

    public CaseEditor(Workspace workspace) {
        // the workspace's library: imported regulations resolve as in the checks
        this(workspace, new EditChecks(org.jrw.logic.law.LawImports.library(workspace),
                org.jrw.logic.law.PenaltyTable.builtIn(), org.jrw.logic.checks.CheckService.configFor(workspace)));
    }

    public CaseEditor(Workspace workspace, EditChecks checks) {
        this.workspace = workspace;
        this.checks = checks;
    }

    public EditChecks checks() {
        return checks;
    }

    /** One changed value: the path, and the value before and after (JSON-shaped; null = absent). */
    public record Change(String path, Object before, Object after) {
    }

    /**
     * What an edit did: the case, the edit's number in the case's history (0 when nothing changed),
     * the audit action ({@code case.edit}, {@code case.edit.undo} …), the changes, the ids of added items by their path, the case as now stored and the notes
     * (problems that do not block, e.g. a law the library does not hold).
     */
    public record Result(String caseId, long seq, String action, List<Change> changes, Map<String, String> added,
                         Dossier dossier, List<FieldProblem> notes) {
        public boolean changed() {
            return seq > 0;
        }

        public boolean draft() {
            return dossier.caseInfo().draft();
        }
    }

    /**
     * Edits applied to a case in memory only (for live validation in the forms): the case as it
     * would be (null when a value cannot be read), the values that cannot be read, the blocking
     * problems the edits bring in, and every problem of the result.
     */
    public record Preview(Dossier dossier, List<FieldProblem> invalid, List<FieldProblem> introduced,
                          List<FieldProblem> problems) {
        public boolean acceptable() {
            return invalid.isEmpty() && introduced.isEmpty();
        }
    }

    // ------------------------------------------------------------------ public operations

    /** Applies edits to a stored case, all or nothing. */
    public Result apply(String caseRef, List<Edit> edits) {
        if (edits == null || edits.isEmpty()) {
            throw new BadInputException("edit.none");
        }
        String caseId = new DossierService(workspace).resolve(caseRef);
        Map<String, Vault.Staged> staged = stage(edits);
        List<String> added = new ArrayList<>();
        try {
            Result r = workspace.db().inTransaction(c -> {
                Dossier base = CaseDao.load(c, caseId).orElseThrow(() -> new BadInputException("case.notFound", caseRef));
                ManifestEdits.Applied a = ManifestEdits.applyTo(base, edits, staged);
                List<FieldProblem> refused = new ArrayList<>(a.invalid);
                String rejectKey = "edit.rejected";
                if (refused.isEmpty()) {
                    refused.addAll(introduced(base, a.after));
                    if (a.confirming) {
                        List<FieldProblem> all = new ArrayList<>(checks.missing(a.after));
                        checks.problems(a.after).stream().filter(FieldProblem::blocking).forEach(all::add);
                        if (!all.isEmpty()) {
                            refused = all;
                            rejectKey = "edit.confirm.incomplete";
                        }
                    }
                    refused.addAll(numberFree(a.after).apply(c));
                }
                if (!refused.isEmpty()) {
                    throw new EditRejectedException(rejectKey, refused);
                }
                List<FieldProblem> notes = checks.problems(a.after).stream().filter(p -> !p.blocking()).toList();
                if (a.tree.equals(DossierCodec.write(base))) {
                    return new Result(caseId, 0, a.action, List.of(), a.added, base, notes);
                }
                return writer(base, a.after, a.action, Mode.NEW, 0, staged, added, a.added, notes).apply(c);
            });
            if (r.changed()) {
                Audit.writeHead(workspace);
            }
            return r;
        } catch (RuntimeException e) {
            workspace.vault().removeAdded(added, "edit");
            throw e;
        } finally {
            for (Vault.Staged s : staged.values()) {
                org.jrw.persistence.AtomicFiles.deleteLeftover(s.temp());
            }
        }
    }

    /** Confirms a draft (草稿 → confirmed): refused with every missing field and error while incomplete. */
    public Result confirm(String caseRef) {
        return apply(caseRef, List.of(new Edit.Draft(false)));
    }

    /** Marks a case as a draft (草稿). */
    public Result markDraft(String caseRef) {
        return apply(caseRef, List.of(new Edit.Draft(true)));
    }

    /** The edits applied in memory to a case, without writing (replacing files is not previewed). */
    public Preview preview(Dossier base, List<Edit> edits) {
        ManifestEdits.Applied a = ManifestEdits.applyTo(base, edits, Map.of());
        if (!a.invalid.isEmpty()) {
            return new Preview(null, a.invalid, List.of(), List.of());
        }
        return new Preview(a.after, List.of(), introduced(base, a.after), checks.problems(a.after));
    }

    /** Every problem of a case: field problems, then (for a draft's confirmation) what is missing. */
    public List<FieldProblem> validate(Dossier d) {
        List<FieldProblem> out = new ArrayList<>(checks.problems(d));
        out.addAll(checks.missing(d));
        return out;
    }

    /** Takes back the case's latest edit. */
    public Result undo(String caseRef) {
        return step(caseRef, true);
    }

    /** Does the latest undone edit again. */
    public Result redo(String caseRef) {
        return step(caseRef, false);
    }

    public boolean canUndo(String caseId) {
        return workspace.db().withConnection(c -> CaseEditDao.lastDone(c, caseId)).isPresent();
    }

    public boolean canRedo(String caseId) {
        return workspace.db().withConnection(c -> CaseEditDao.firstUndone(c, caseId)).isPresent();
    }

    /** The case's edits (oldest first) and earlier file versions. */
    public record History(List<CaseEditDao.EditRow> edits, List<CaseEditDao.FileVersion> files) {
    }

    public History history(String caseRef) {
        String caseId = new DossierService(workspace).resolve(caseRef);
        return workspace.db().withConnection(c -> new History(CaseEditDao.list(c, caseId),
                CaseEditDao.fileVersions(c, caseId)));
    }

    private Result step(String caseRef, boolean undo) {
        String caseId = new DossierService(workspace).resolve(caseRef);
        Result r = workspace.db().inTransaction(c -> {
            Dossier current = CaseDao.load(c, caseId).orElseThrow(() -> new BadInputException("case.notFound", caseRef));
            String number = current.caseInfo().caseNumber();
            Optional<CaseEditDao.EditRow> row = undo ? CaseEditDao.lastDone(c, caseId) : CaseEditDao.firstUndone(c, caseId);
            if (row.isEmpty()) {
                throw new BadInputException(undo ? "edit.undo.nothing" : "edit.redo.nothing", number);
            }
            String expected = undo ? row.get().afterManifest() : row.get().beforeManifest();
            if (!canonical(current).equals(expected)) {
                throw new BadInputException("edit.undo.stale", number);
            }
            Dossier target;
            try {
                target = DossierCodec.read(Json.parse(undo ? row.get().beforeManifest() : row.get().afterManifest()))
                        .withCaseId(caseId);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<FieldProblem> refused = new ArrayList<>();
            refused.addAll(numberFree(target).apply(c));
            if (!refused.isEmpty()) {
                throw new EditRejectedException("edit.rejected", refused);
            }
            return writer(current, target, undo ? "case.edit.undo" : "case.edit.redo", undo ? Mode.UNDO : Mode.REDO,
                    row.get().seq(), Map.of(), new ArrayList<>(), Map.of(), List.of()).apply(c);
        });
        Audit.writeHead(workspace);
        return r;
    }

    // ------------------------------------------------------------------ writing

    private enum Mode { NEW, UNDO, REDO }

    private SqlFunction<Result> writer(Dossier before, Dossier after, String action, Mode mode, long seq,
                                       Map<String, Vault.Staged> staged, List<String> addedToVault,
                                       Map<String, String> addedIds, List<FieldProblem> notes) {
        return c -> {
            CaseWrites.replaced(after, staged.values()).apply(c);
            Dossier stored = CaseDao.load(c, after.caseId()).orElseThrow();
            String at = Timestamps.now();
            String actor = Actor.current().name();
            fileHistory(before, stored, at, actor).apply(c);
            List<Change> changes = diff(DossierCodec.write(before), DossierCodec.write(stored));
            List<Map<String, Object>> changeList = new ArrayList<>();
            for (Change ch : changes) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("path", ch.path());
                m.put("before", ch.before());
                m.put("after", ch.after());
                changeList.add(m);
            }
            long editSeq = seq;
            switch (mode) {
                case NEW -> {
                    CaseEditDao.clearRedo(c, after.caseId());
                    editSeq = CaseEditDao.insert(c, after.caseId(), at, actor, action, Json.write(changeList),
                            canonical(before), canonical(stored));
                }
                case UNDO -> CaseEditDao.setUndone(c, after.caseId(), seq, true);
                case REDO -> CaseEditDao.setUndone(c, after.caseId(), seq, false);
                default -> throw new IllegalStateException();
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("caseNumber", stored.caseInfo().caseNumber());
            details.put("edit", editSeq);
            details.put("changes", changeList);
            Set<String> targets = new LinkedHashSet<>();
            targets.add(after.caseId());
            for (Change ch : changes) {
                targets.add(itemOf(ch.path()));
            }
            AuditDao.append(c, Audit.entry(action, after.caseId(), List.copyOf(targets), digest(before), digest(stored),
                    details));
            workspace.vault().commitAll(staged.values(), addedToVault);
            return new Result(after.caseId(), editSeq, action, changes, addedIds, stored, notes);
        };
    }

    /** The outgoing version of every file that changed is kept in the history (and so in the vault). */
    private static SqlFunction<Void> fileHistory(Dossier before, Dossier after, String at, String actor) {
        return c -> {
            for (CaseDocument old : before.documents()) {
                Optional<CaseDocument> now = after.document(old.id());
                if (old.sha256() != null && now.isPresent() && !old.sha256().equals(now.get().sha256())) {
                    CaseEditDao.addFileVersion(c, after.caseId(), "document", old.id(), old.file(), old.sha256(),
                            now.get().sha256(), at, actor);
                }
            }
            for (Evidence old : before.evidence()) {
                Optional<Evidence> now = after.evidenceItem(old.id());
                if (old.sha256() != null && now.isPresent() && !old.sha256().equals(now.get().sha256())) {
                    CaseEditDao.addFileVersion(c, after.caseId(), "evidence", old.id(), old.file(), old.sha256(),
                            now.get().sha256(), at, actor);
                }
            }
            return null;
        };
    }

    /** The case number must not be another case's. */
    private static SqlFunction<List<FieldProblem>> numberFree(Dossier d) {
        return c -> {
            String number = d.caseInfo().caseNumber();
            Optional<String> other = number == null ? Optional.empty() : CaseDao.idByNumber(c, number);
            if (other.isPresent() && !other.get().equals(d.caseId())) {
                String path = "case.caseNumber";
                return List.of(FieldProblem.error(path, "edit.caseNumber.taken",
                        EditFields.label(EditPath.parse(path)), number));
            }
            return List.of();
        };
    }

    private List<FieldProblem> introduced(Dossier before, Dossier after) {
        Set<String> had = new HashSet<>();
        for (FieldProblem p : checks.problems(before)) {
            had.add(p.identity());
        }
        return checks.problems(after).stream().filter(p -> p.blocking() && !had.contains(p.identity())).toList();
    }

    static String canonical(Dossier d) {
        return Json.write(DossierCodec.write(d));
    }

    static String digest(Dossier d) {
        return Vault.hash(DossierExporter.manifestBytes(d));
    }

    private static String itemOf(String path) {
        int dot = path.indexOf('.', Math.max(0, path.indexOf(']')));
        String item = dot < 0 ? path : path.substring(0, dot);
        return item.endsWith(" order") ? item.substring(0, item.length() - 6) : item;
    }

    // ------------------------------------------------------------------ staging replacement files

    private Map<String, Vault.Staged> stage(List<Edit> edits) {
        Map<String, Vault.Staged> out = new LinkedHashMap<>();
        try {
            for (Edit e : edits) {
                if (e instanceof Edit.ReplaceFile rf) {
                    Path f = rf.file();
                    if (f == null || !Files.isRegularFile(f)) {
                        throw new BadInputException("edit.file.missing", String.valueOf(f));
                    }
                    if (Files.size(f) == 0) {
                        throw new BadInputException("edit.file.empty", f.toString());
                    }
                    try (InputStream in = Files.newInputStream(f)) {
                        out.put(rf.path(), workspace.vault().stage(in, MAX_FILE));
                    }
                }
            }
            return out;
        } catch (IOException | RuntimeException e) {
            for (Vault.Staged s : out.values()) {
                org.jrw.persistence.AtomicFiles.deleteLeftover(s.temp());
            }
            if (e instanceof RuntimeException re) {
                throw re;
            }
            throw new BadInputException(e, "edit.file.unreadable", e instanceof java.nio.file.FileSystemException fs && fs.getFile() != null
                    ? fs.getFile() + "：" + org.jrw.i18n.IoReasons.of(e) : org.jrw.i18n.IoReasons.of(e));
        }
    }

    // ------------------------------------------------------------------ differences

    /** The values that differ between two manifest trees; items of id'd lists compared by id. */
    public static List<Change> diff(JsonNode before, JsonNode after) {
        List<Change> out = new ArrayList<>();
        diff("", before, after, out);
        return out;
    }

    private static void diff(String path, JsonNode a, JsonNode b, List<Change> out) {
        if (a == null || a.isNull()) {
            a = null;
        }
        if (b == null || b.isNull()) {
            b = null;
        }
        if (a == null && b == null || a != null && a.equals(b)) {
            return;
        }
        if (a != null && b != null && a.isObject() && b.isObject()) {
            Set<String> keys = new LinkedHashSet<>();
            a.fieldNames().forEachRemaining(keys::add);
            b.fieldNames().forEachRemaining(keys::add);
            for (String k : keys) {
                diff(path.isEmpty() ? k : path + "." + k, a.get(k), b.get(k), out);
            }
            return;
        }
        if (a != null && b != null && a.isArray() && b.isArray() && idList(a) && idList(b)) {
            List<String> ia = ids(a);
            List<String> ib = ids(b);
            for (int i = 0; i < a.size(); i++) {
                String id = ia.get(i);
                int j = ib.indexOf(id);
                diff(path + "[" + id + "]", a.get(i), j < 0 ? null : b.get(j), out);
            }
            for (int j = 0; j < b.size(); j++) {
                if (!ia.contains(ib.get(j))) {
                    diff(path + "[" + ib.get(j) + "]", null, b.get(j), out);
                }
            }
            List<String> common = ia.stream().filter(ib::contains).toList();
            List<String> commonAfter = ib.stream().filter(ia::contains).toList();
            if (!common.equals(commonAfter)) {
                out.add(new Change(path + " order", common, commonAfter));
            }
            return;
        }
        if (a != null && b != null && a.isArray() && b.isArray() && path.equals("officers")) {
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                diff(path + "[" + i + "]", i < a.size() ? a.get(i) : null, i < b.size() ? b.get(i) : null, out);
            }
            return;
        }
        out.add(new Change(path, a == null ? null : Json.toJava(a), b == null ? null : Json.toJava(b)));
    }

    private static boolean idList(JsonNode arr) {
        for (JsonNode n : arr) {
            if (!n.isObject() || !n.hasNonNull("id")) {
                return false;
            }
        }
        return arr.size() > 0;
    }

    private static List<String> ids(JsonNode arr) {
        List<String> out = new ArrayList<>();
        arr.forEach(n -> out.add(n.get("id").asText()));
        return out;
    }
}
