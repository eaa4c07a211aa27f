package org.jrw.logic.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jrw.codec.Json;
import org.jrw.logic.audit.Actor;
import org.jrw.logic.audit.Audit;
import org.jrw.logic.dossier.DossierExporter;
import org.jrw.logic.dossier.DossierService;
import org.jrw.logic.review.ReviewService;
import org.jrw.logic.signing.AuditAnchors;
import org.jrw.logic.signing.WorkstationIdentity;
import org.jrw.logic.signing.SigningIdentity;
import org.jrw.logic.task.Progress;
import org.jrw.model.Annotation;
import org.jrw.model.BadInputException;
import org.jrw.model.CaseDocument;
import org.jrw.model.Dossier;
import org.jrw.model.Evidence;
import org.jrw.model.review.Review;
import org.jrw.persistence.AnnotationDao;
import org.jrw.persistence.AuditDao;
import org.jrw.persistence.ExchangeDao;
import org.jrw.persistence.Workspace;
import static org.jrw.logic.exchange.ExchangeSupport.bytes;
import static org.jrw.logic.exchange.ExchangeSupport.deleteQuietly;
import static org.jrw.logic.exchange.ExchangeSupport.details;
import static org.jrw.logic.exchange.ExchangeSupport.now;

/** Host: writes a case's review package (ADR 0008) and records what it sent. */
final class ReviewPackageWriter {
    private final Workspace workspace;
    private final DossierService dossiers;

    ReviewPackageWriter(Workspace workspace, DossierService dossiers) {
        this.workspace = workspace;
        this.dossiers = dossiers;
    }

    /** See {@link ExchangeService#exportReview}. */
    ExchangeService.ExportResult export(String caseRef, Path out, char[] password, Set<String> only, Progress progress) {
        ExchangeSupport.requireWritable(workspace);
        Dossier d = subset(dossiers.load(caseRef), only);
        Review review = new ReviewService(workspace).load(d.caseId());
        Set<String> targets = new HashSet<>();
        d.documents().forEach(x -> targets.add(x.id()));
        d.evidence().forEach(x -> targets.add(x.id()));
        List<Annotation> annotations = workspace.db().withConnection(c -> AnnotationDao.list(c, d.caseId())).stream()
                .filter(a -> targets.contains(a.targetId())).toList();
        SigningIdentity key = WorkstationIdentity.loadOrCreate(workspace);
        String packageId = "rp-" + UUID.randomUUID();
        String nonce = ExchangeSupport.random(32);
        TreeMap<String, Object> entries = entries(d, review, annotations);
        Map<String, String> items = new TreeMap<>();
        annotations.forEach(a -> items.put(Layer.annotationKey(a.id()), Layer.digest(a)));
        review.members().forEach(m -> items.put(Layer.memberKey(m.id()), Layer.digest(m)));
        review.views().forEach(v -> items.put(Layer.viewKey(v.point(), v.memberId()), Layer.digest(v)));
        Map<String, Object> m = manifest(d, key, packageId, nonce, only, items);
        progress.update(0, 1, out.getFileName().toString());
        String sha = ExchangeSupport.seal(entries, m, key, out, password);
        boolean encrypted = password != null && password.length > 0;
        try {
            workspace.db().inTransaction(c -> {
                ExchangeDao.insertSent(c, new ExchangeDao.Sent(packageId, nonce, d.caseId(), now(), sha,
                        PackageSignature.fingerprint(key.certificate()), Json.write(items), null));
                AuditDao.append(c, Audit.entry("exchange.review.export", d.caseId(), List.of(packageId), null, sha,
                        details("file", out.toAbsolutePath().toString(), "documents", d.documents().size(), "evidence",
                                d.evidence().size(), "annotations", annotations.size(), "encrypted", encrypted,
                                "subset", only == null || only.isEmpty() ? null : new ArrayList<>(only))));
                return null;
            });
        } catch (RuntimeException e) {
            deleteQuietly(out);
            throw e;
        }
        Audit.writeHead(workspace);
        return new ExchangeService.ExportResult(out.toAbsolutePath(), packageId, sha, d.documents().size(),
                d.evidence().size(), annotations.size(), encrypted);
    }

    /** The package's files: the dossier, the layer (annotations, review) and the opinion as rendered now. */
    private TreeMap<String, Object> entries(Dossier d, Review review, List<Annotation> annotations) {
        TreeMap<String, Object> entries = new TreeMap<>();
        entries.put("dossier/manifest.json", DossierExporter.manifestBytes(d));
        for (CaseDocument doc : d.documents()) {
            if (doc.file() != null) {
                entries.put("dossier/" + doc.file(), ExchangeSupport.vaultFile(workspace, doc.sha256()));
            }
        }
        for (Evidence e : d.evidence()) {
            if (e.file() != null) {
                entries.put("dossier/" + e.file(), ExchangeSupport.vaultFile(workspace, e.sha256()));
            }
        }
        entries.put("layer/annotations.json", bytes(Map.of("annotations", annotations.stream().map(Layer::annotationMap)
                .toList())));
        entries.put("layer/review.json", bytes(reviewMap(review)));
        Path rendered = null;
        try {
            // a fresh process has no staging folder yet: without it the draft opinion was silently left out
            Files.createDirectories(workspace.tmpDir());
            rendered = Files.createTempFile(workspace.tmpDir(), "opinion-", ".pdf");
            new ReviewService(workspace).renderOpinion(d.caseId(), rendered);
            entries.put("opinion/opinion.pdf", Files.readAllBytes(rendered));
        } catch (IOException | RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(ReviewPackageWriter.class)
                    .warn("draft opinion not rendered into the package for case {}", d.caseId(), e);
            // the draft opinion is a convenience copy; the review data travel in layer/review.json
        } finally {
            deleteQuietly(rendered);
        }
        return entries;
    }

    private Map<String, Object> manifest(Dossier d, SigningIdentity key, String packageId, String nonce,
                                         Set<String> only, Map<String, String> items) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", ExchangePackage.REVIEW_FORMAT);
        m.put("version", 1);
        m.put("packageId", packageId);
        m.put("nonce", nonce);
        m.put("createdAt", now());
        m.put("case", details("caseId", d.caseId(), "caseNumber", d.caseInfo().caseNumber(), "title",
                d.caseInfo().title()));
        Actor actor = Actor.current();
        m.put("sender", details("name", actor.name(), "role", actor.role() == null ? null : actor.role().name(),
                "certificateSha256", PackageSignature.fingerprint(key.certificate()),
                "certificateSubject", key.certificate().getSubjectX500Principal().getName()));
        // the audit head, signed by the workstation key, leaves with the package (ADR 0091)
        m.put(AuditAnchors.MANIFEST_FIELD, AuditAnchors.create(workspace).toMap());
        m.put("subset", only == null || only.isEmpty() ? null
                : details("documents", d.documents().stream().map(CaseDocument::id).toList(),
                "evidence", d.evidence().stream().map(Evidence::id).toList()));
        m.put("items", items);
        return m;
    }

    private static Dossier subset(Dossier d, Set<String> only) {
        if (only == null || only.isEmpty()) {
            return d;
        }
        for (String id : only) {
            if (d.document(id).isEmpty() && d.evidenceItem(id).isEmpty()) {
                throw new BadInputException("exchange.subset.unknown", id, d.caseInfo().caseNumber());
            }
        }
        return new Dossier(d.caseId(), d.formatVersion(), d.caseInfo(), d.parties(), d.officers(), d.violations(),
                d.documents().stream().filter(x -> only.contains(x.id())).toList(),
                d.evidence().stream().filter(x -> only.contains(x.id())).toList(), d.extra());
    }

    private static Map<String, Object> reviewMap(Review r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", r.version());
        m.put("frozen", r.frozen());
        m.put("members", r.members().stream().map(Layer::memberMap).toList());
        m.put("views", r.views().stream().map(Layer::viewMap).toList());
        m.put("recommendation", Json.readMap(ReviewService.recommendationJson(r.recommendation())));
        return m;
    }
}
