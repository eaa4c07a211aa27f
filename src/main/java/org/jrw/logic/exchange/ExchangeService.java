package org.jrw.logic.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jrw.logic.dossier.DossierService;
import org.jrw.logic.task.Progress;
import org.jrw.persistence.ExchangeDao;
import org.jrw.persistence.Workspace;

/**
 * Remote review by exported files (ADR 0008), shared by the command line and the GUI:
 * <ul>
 * <li>host: {@link #exportReview} writes a signed (optionally AES-256 encrypted) review package
 * and records what it sent;</li>
 * <li>adviser: {@link #open} verifies it and opens it as a case (received material read-only),
 * {@link #exportResponse} writes the adviser's own layer, signed;</li>
 * <li>host: {@link #preview} and {@link #importResponse} verify origin and integrity first, then
 * merge by stable ids in one transaction — idempotent, conflicts reported.</li>
 * </ul>
 * A facade: the work is done by {@link ReviewPackageWriter}, {@link ReviewPackageOpener},
 * {@link ResponseWriter}, {@link ResponseVerifier}, the database-free {@link MergePlanner} and the
 * {@link MergeApplier}.
 */
public final class ExchangeService {
    public static final String REVIEW_EXTENSION = ".jrreview";
    public static final String RESPONSE_EXTENSION = ".jrresponse";

    private final Workspace workspace;
    private final DossierService dossiers;

    public ExchangeService(Workspace workspace) {
        this(workspace, new DossierService(workspace));
    }

    public ExchangeService(Workspace workspace, DossierService dossiers) {
        this.workspace = workspace;
        this.dossiers = dossiers;
    }

    // ================================================================== host: review package

    public record ExportResult(Path file, String packageId, String sha256, int documents, int evidence,
                               int annotations, boolean encrypted) {
    }

    /**
     * Writes the review package of a case: the dossier (or only the documents and evidence items
     * named in {@code only}), the annotations on them, the review (panel, views, recommendation), the
     * opinion as rendered now, and a manifest with every file's SHA-256, signed with the workstation
     * key. With a password the ZIP is AES-256 encrypted.
     */
    public ExportResult exportReview(String caseRef, Path out, char[] password, Set<String> only, Progress progress) {
        return new ReviewPackageWriter(workspace, dossiers).export(caseRef, out, password, only, progress);
    }

    // ================================================================== adviser: open

    public record OpenResult(String caseId, String caseNumber, boolean alreadyOpen, String sender,
                             String senderCertificateSha256, int documents, int evidence, int annotations, int views) {
    }

    /** Peeks at a review package (verified) without opening it: who sent it, which case, how much. */
    public OpenResult inspect(Path file, char[] password) {
        return new ReviewPackageOpener(workspace).inspect(file, password);
    }

    /**
     * Opens a review package as a case to review, all-or-nothing: the dossier (the sender's case
     * id kept, so ids stay stable in both directions), the annotations and the review as received
     * (read-only here), and the package's identity for the response. Opening the same package
     * again changes nothing and returns the case.
     */
    public OpenResult open(Path file, char[] password, Progress progress) {
        return new ReviewPackageOpener(workspace).open(file, password, progress);
    }

    // ================================================================== adviser: response

    public record ResponseResult(Path file, String responseId, String sha256, int annotations, int views,
                                 int opinions) {
    }

    /**
     * Writes the adviser's layer of a case opened from a review package: annotations and replies
     * made here, review-point views recorded or changed here, and the latest opinion signed here,
     * each with its stable id and the digest it had when received; signed with this workstation's
     * key and bound to the review package by its id and nonce.
     */
    public ResponseResult exportResponse(String caseRef, Path out) {
        return new ResponseWriter(workspace, dossiers).export(caseRef, out);
    }

    // ================================================================== host: merge

    /** One item the response would change, or changed. {@code action}: add, update, sign. */
    public record Change(String key, String action, String summary) {
    }

    /**
     * The same item changed on both sides (or cannot be placed). {@code reason}: changedBoth,
     * deletedHere, unknownTarget, targetChanged, unknownMember, reviewFrozen, opinionMismatch,
     * opinionSigner, opinionDraft; and items a response may not carry at all: readOnly (a change
     * to what the host sent), notTheirs (an annotation or view in another person's name or role),
     * responderUnknown (the response's signer is no member of the panel, so no item can be theirs),
     * notSent (a host item made after the package was sent, or a reply to one), invalid (a page,
     * region or time the target does not have).
     */
    public record Conflict(String key, String reason, String ours, String theirs) {
        /** Whether taking theirs ({@code --take-theirs KEY}) can resolve it. */
        public boolean takeable() {
            return reason.equals("changedBoth") || reason.equals("deletedHere");
        }
    }

    /**
     * The outcome (or preview) of merging a response. {@code registeredAdviser}: the name under
     * which the host registered the signer's certificate ({@code package trust add}), null when the
     * signer is not registered; {@code registrationRequired}: the host registered advisers, so an
     * unregistered signer needs explicit acceptance.
     */
    public record MergeResult(String caseId, String caseNumber, String responseId, String packageId, String adviser,
                              String adviserCertificateSha256, int annotations, int views, int opinions,
                              List<Change> changes, List<Conflict> conflicts, boolean alreadyImported,
                              boolean applied, String registeredAdviser, boolean registrationRequired) {
        public boolean adviserRegistered() {
            return registeredAdviser != null;
        }
    }

    /** What importing the response would change, verified as for the import; nothing is written. */
    public MergeResult preview(Path file) {
        return merge(file, Set.of(), false, true);
    }

    /**
     * Verifies and merges a response. {@code takeTheirs} names conflicting item keys (or
     * {@code "*"} for all) for which the adviser's version replaces ours; other conflicts keep ours
     * and are reported. A signer the host has not registered is refused while advisers are
     * registered ({@link TrustedAdvisers}).
     */
    public MergeResult importResponse(Path file, Set<String> takeTheirs) {
        return importResponse(file, takeTheirs, false);
    }

    /** As {@link #importResponse(Path, Set)}; {@code acceptUnregistered} accepts a signer the host has not registered. */
    public MergeResult importResponse(Path file, Set<String> takeTheirs, boolean acceptUnregistered) {
        requireWritable();
        return merge(file, takeTheirs == null ? Set.of() : takeTheirs, true, acceptUnregistered);
    }

    private MergeResult merge(Path file, Set<String> takeTheirs, boolean apply, boolean acceptUnregistered) {
        try (ExchangePackage p = ExchangePackage.open(file, null, ExchangePackage.RESPONSE_FORMAT, "adviser",
                workspace.tmpDir())) {
            ResponseVerifier verifier = new ResponseVerifier(workspace);
            ResponseVerifier.Verified v = verifier.verify(p, file, apply, acceptUnregistered);
            MergeApplier applier = new MergeApplier(workspace);
            MergePlanner.State state = applier.state(v.caseId(), v.packageId());
            Map<String, String> invalid = verifier.invalidAnnotations(v.dossier(), v.layer());
            JsonNode adviser = v.manifest().path("adviser");
            MergePlanner.Responder who = MergePlanner.Responder.of(adviser, state.review().members(), v.layer());
            MergePlanner.Plan plan = MergePlanner.plan(v.dossier(), state, v.layer(), v.sentItems(), takeTheirs,
                    v.opinion(), who, invalid);
            MergeResult result = new MergeResult(v.caseId(), v.dossier().caseInfo().caseNumber(), v.responseId(),
                    v.packageId(), p.signer().commonName(), p.signer().sha256(), plan.annotations, plan.views,
                    plan.opinions, List.copyOf(plan.changes), List.copyOf(plan.conflicts),
                    v.sameResponse() || v.sameSigner() && plan.changes.isEmpty(), apply, v.registered(), v.required());
            if (apply) {
                applier.apply(p, file, v, state, plan);
            }
            return result;
        }
    }

    /** The opinion PDF a merge recorded last for the case, from the vault (null if none). */
    public Path mergedOpinion(String caseRef) {
        String caseId = dossiers.resolve(caseRef);
        return workspace.db().withConnection(c -> ExchangeDao.opinions(c, caseId)).stream().findFirst()
                .map(o -> workspace.vault().pathOf(o.pdfSha256())).orElse(null);
    }

    /** True when the case was opened from a review package here (its received material is read-only). */
    public boolean isReceived(String caseRef) {
        String caseId = dossiers.resolve(caseRef);
        return workspace.db().withConnection(c -> ExchangeDao.received(c, caseId)).isPresent();
    }


    // ================================================================== helpers

    private void requireWritable() {
        ExchangeSupport.requireWritable(workspace);
    }

    static String now() {
        return ExchangeSupport.now();
    }

    static Map<String, Object> details(Object... kv) {
        return ExchangeSupport.details(kv);
    }
}
