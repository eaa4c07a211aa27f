package org.jrw.logic.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jrw.codec.Json;
import org.jrw.logic.audit.Audit;
import org.jrw.logic.dossier.CaseWrites;
import org.jrw.logic.dossier.PackageSource;
import org.jrw.logic.review.ReviewService;
import org.jrw.logic.review.ReviewWrites;
import org.jrw.logic.signing.OpinionVerifier;
import org.jrw.logic.evidence.AnnotationService;
import org.jrw.model.BadInputException;
import org.jrw.model.review.MemberView;
import org.jrw.model.review.Review;
import org.jrw.persistence.AnnotationDao;
import org.jrw.persistence.AuditDao;
import org.jrw.persistence.ExchangeDao;
import org.jrw.persistence.ReviewDao;
import org.jrw.persistence.Vault;
import org.jrw.persistence.Workspace;
import static org.jrw.logic.exchange.ExchangeSupport.deleteQuietly;
import static org.jrw.logic.exchange.ExchangeSupport.details;
import static org.jrw.logic.exchange.ExchangeSupport.now;
import org.jrw.logic.exchange.ExchangeService.Change;
import org.jrw.logic.exchange.ExchangeService.Conflict;

/**
 * Host: the database side of a merge — reads the case as it stands ({@link #state}) and writes a
 * {@link MergePlanner.Plan} (annotations, views, the signed opinion and its signatures, the response
 * record, the audit entry) in one transaction; a vault file added for the opinion is removed again
 * when the transaction fails.
 */
final class MergeApplier {
    private final Workspace workspace;

    MergeApplier(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The case's annotations, review, known opinions, certificates and what earlier merges took. */
    MergePlanner.State state(String caseId, String packageId) {
        return workspace.db().withConnection(c -> {
            ReviewDao.Head head = ReviewDao.head(c, caseId).orElse(null);
            Review review = new Review(caseId, head == null ? 1 : head.version(), head != null && head.frozen(),
                    ReviewDao.members(c, caseId), ReviewDao.views(c, caseId),
                    head == null ? null : ReviewService.readRecommendationJson(head.recommendationJson()),
                    head == null ? null : head.updatedAt());
            Set<String> known = new HashSet<>();
            ExchangeDao.opinions(c, caseId).forEach(o -> known.add(o.pdfSha256()));
            Set<String> merged = new HashSet<>();
            for (ExchangeDao.Response prior : ExchangeDao.responses(c, packageId)) {
                Object keys = Json.readMap(prior.resultJson()).get("merged");
                if (keys instanceof List<?> l) {
                    l.forEach(k -> merged.add(String.valueOf(k)));
                }
            }
            return new MergePlanner.State(AnnotationDao.list(c, caseId), review, known, ReviewDao.certificates(c, caseId), merged);
        });
    }

    /** Writes the plan; {@code file} is the response file, {@code registered} the signer's registered name. */
    void apply(ExchangePackage p, Path file, ResponseVerifier.Verified v, MergePlanner.State state,
               MergePlanner.Plan plan) {
        List<String> addedToVault = new ArrayList<>();
        Vault.Staged opinionFile = plan.opinion == null ? null : stageOpinion(v);
        Map<String, Object> counts = details("annotations", plan.annotations, "views", plan.views,
                "opinions", plan.opinions, "conflicts", plan.conflicts.size());
        // the items this merge took: a later response to the same package may update them
        List<String> mergedKeys = new ArrayList<>(state.mergedBefore());
        plan.changes.stream().map(Change::key).filter(k -> !mergedKeys.contains(k)).forEach(mergedKeys::add);
        counts.put("merged", mergedKeys);
        String caseId = v.caseId();
        try {
            workspace.db().inTransaction(c -> {
                write(caseId, state, plan, opinionFile, addedToVault).apply(c);
                ExchangeDao.pinAdviser(c, v.packageId(), p.signer().sha256());
                ExchangeDao.insertResponse(c, new ExchangeDao.Response(v.responseId(), v.packageId(), caseId,
                        p.signer().sha256(), p.fileSha256(), now(), Json.write(counts)));
                Map<String, Object> det = new LinkedHashMap<>(counts);
                det.put("adviser", p.signer().commonName());
                det.put("adviserCertificateSha256", p.signer().sha256());
                det.put("adviserRegistered", v.registered());
                det.put("file", file.toAbsolutePath().toString());
                det.put("conflictKeys", plan.conflicts.stream().map(Conflict::key).toList());
                AuditDao.append(c, Audit.entry("exchange.response.import", caseId,
                        List.of(v.responseId(), v.packageId()), null, p.fileSha256(), det));
                return null;
            });
        } catch (RuntimeException e) {
            workspace.vault().removeAdded(addedToVault, "response import");
            throw e;
        } finally {
            if (opinionFile != null) {
                deleteQuietly(opinionFile.temp());
            }
        }
        Audit.writeHead(workspace);
    }

    private Vault.Staged stageOpinion(ResponseVerifier.Verified v) {
        try (InputStream in = Files.newInputStream(v.layer().opinionFile)) {
            return workspace.vault().stage(in, v.opinion().size() + 1);
        } catch (IOException e) {
            if (org.jrw.logic.dossier.PackageSource.diskFull(e)) {
                throw new BadInputException(e, "seats.disk.full", workspace.dir().toString());
            }
            throw new BadInputException(e, "exchange.package.corrupt", v.name(), e.getMessage());
        }
    }

    /** The plan's annotations, views, opinion and signatures (inside the merge's transaction). */
    private org.jrw.persistence.SqlFunction<Void> write(String caseId, MergePlanner.State state,
                                                        MergePlanner.Plan plan, Vault.Staged opinionFile,
                                                        List<String> addedToVault) {
        return c -> {
            AnnotationService.inserting(plan.insert).apply(c);
            AnnotationService.updating(plan.update).apply(c);
            Review rb = state.review();
            ReviewWrites.mergedViews(caseId, rb, plan.upsertViews).apply(c);
            if (opinionFile == null) {
                return null;
            }
            CaseWrites.storing(opinionFile).apply(c);
            workspace.vault().commitAll(List.of(opinionFile), addedToVault);
            ExchangeDao.addOpinion(c, new ExchangeDao.Opinion(caseId, plan.opinion.sha256(), rb.version(), "merged", now()));
            ReviewWrites.mergedSignatures(caseId, rb, plan.opinion.report().signatures(), plan.opinion.sha256())
                    .apply(c);
            return null;
        };
    }
}
