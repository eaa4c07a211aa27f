package org.jrw.logic.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jrw.codec.Json;
import org.jrw.logic.audit.Actor;
import org.jrw.logic.audit.Audit;
import org.jrw.logic.dossier.DossierService;
import org.jrw.logic.review.ReviewService;
import org.jrw.logic.signing.AuditAnchors;
import org.jrw.logic.signing.WorkstationIdentity;
import org.jrw.logic.signing.SigningIdentity;
import org.jrw.model.Annotation;
import org.jrw.model.BadInputException;
import org.jrw.model.Dossier;
import org.jrw.model.review.MemberView;
import org.jrw.model.review.Review;
import org.jrw.persistence.AnnotationDao;
import org.jrw.persistence.ExchangeDao;
import org.jrw.persistence.Workspace;
import static org.jrw.logic.exchange.ExchangeSupport.bytes;
import static org.jrw.logic.exchange.ExchangeSupport.details;
import static org.jrw.logic.exchange.ExchangeSupport.now;
import static org.jrw.logic.exchange.ExchangeSupport.parentsFirst;

/** Adviser: writes the response (the adviser's own layer, signed) to a received review package. */
final class ResponseWriter {
    private final Workspace workspace;
    private final DossierService dossiers;

    ResponseWriter(Workspace workspace, DossierService dossiers) {
        this.workspace = workspace;
        this.dossiers = dossiers;
    }

    /**
     * Writes the adviser's layer of a case opened from a review package: annotations and replies
     * made here, review-point views recorded or changed here, and the latest opinion signed here,
     * each with its stable id and the digest it had when received; signed with this workstation's
     * key and bound to the review package by its id and nonce.
     */
    ExchangeService.ResponseResult export(String caseRef, Path out) {
        ExchangeSupport.requireWritable(workspace);
        String caseId = dossiers.resolve(caseRef);
        ExchangeDao.Received rec = workspace.db().withConnection(c -> ExchangeDao.received(c, caseId))
                .orElseThrow(() -> new BadInputException("exchange.response.notReceived", caseRef));
        Map<String, Object> base = Json.readMap(rec.itemsJson());
        Dossier d = dossiers.load(caseId);
        Review review = new ReviewService(workspace).load(caseId);
        List<Map<String, Object>> annotations = new ArrayList<>();
        for (Annotation a : parentsFirst(workspace.db().withConnection(c -> AnnotationDao.list(c, caseId)))) {
            String key = Layer.annotationKey(a.id());
            String digest = Layer.digest(a);
            if (!digest.equals(base.get(key))) {
                annotations.add(details("item", Layer.annotationMap(a), "base", base.get(key)));
            }
        }
        List<Map<String, Object>> views = new ArrayList<>();
        for (MemberView v : review.views()) {
            String key = Layer.viewKey(v.point(), v.memberId());
            if (!Layer.digest(v).equals(base.get(key))) {
                views.add(details("item", Layer.viewMap(v), "base", base.get(key)));
            }
        }
        TreeMap<String, Object> entries = new TreeMap<>();
        List<Map<String, Object>> opinions = new ArrayList<>();
        List<ExchangeDao.Opinion> signed = workspace.db().withConnection(c -> ExchangeDao.opinions(c, caseId)).stream()
                .filter(o -> o.origin().equals("signed-here")).toList();
        if (!signed.isEmpty()) {
            ExchangeDao.Opinion o = signed.get(0);
            String path = "opinion/opinion-signed.pdf";
            entries.put(path, ExchangeSupport.vaultFile(workspace, o.pdfSha256()));
            opinions.add(details("file", path, "sha256", o.pdfSha256(), "version", o.version()));
        }
        Map<String, Object> layer = new LinkedHashMap<>();
        layer.put("annotations", annotations);
        layer.put("views", views);
        layer.put("opinions", opinions);
        entries.put("layer.json", bytes(layer));

        SigningIdentity key = WorkstationIdentity.loadOrCreate(workspace);
        String responseId = "rs-" + UUID.randomUUID();
        Actor actor = Actor.current();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", ExchangePackage.RESPONSE_FORMAT);
        m.put("version", 1);
        m.put("responseId", responseId);
        m.put("createdAt", now());
        m.put("inResponseTo", details("packageId", rec.packageId(), "nonce", rec.nonce(), "caseId", caseId,
                "caseNumber", d.caseInfo().caseNumber(), "senderCertificateSha256", rec.senderCertSha256()));
        m.put("adviser", details("name", actor.name(), "role", actor.role() == null ? null : actor.role().name(),
                "certificateSha256", PackageSignature.fingerprint(key.certificate()),
                "certificateSubject", key.certificate().getSubjectX500Principal().getName()));
        m.put("counts", details("annotations", annotations.size(), "views", views.size(), "opinions", opinions.size()));
        m.put(AuditAnchors.MANIFEST_FIELD, AuditAnchors.create(workspace).toMap());
        String sha = ExchangeSupport.seal(entries, m, key, out, null);
        Audit.recordNow(workspace, "exchange.response.export", caseId, List.of(responseId, rec.packageId()), null, sha,
                details("file", out.toAbsolutePath().toString(), "annotations", annotations.size(), "views",
                        views.size(), "opinions", opinions.size()));
        return new ExchangeService.ResponseResult(out.toAbsolutePath(), responseId, sha, annotations.size(), views.size(),
                opinions.size());
    }
}
