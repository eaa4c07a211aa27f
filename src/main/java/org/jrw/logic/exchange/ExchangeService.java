package org.jrw.logic.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jrw.codec.Json;
import org.jrw.i18n.Messages;
import org.jrw.logic.audit.Actor;
import org.jrw.logic.audit.Audit;
import org.jrw.logic.dossier.DossierExporter;
import org.jrw.logic.dossier.DossierImporter;
import org.jrw.logic.dossier.DossierService;
import org.jrw.logic.dossier.ImportResult;
import org.jrw.logic.dossier.PackageSource;
import org.jrw.logic.evidence.EvidenceItem;
import org.jrw.logic.review.ReviewService;
import org.jrw.logic.signing.AuditAnchors;
import org.jrw.logic.signing.WorkstationIdentity;
import org.jrw.logic.signing.OpinionVerifier;
import org.jrw.logic.signing.SigningIdentity;
import org.jrw.logic.task.Progress;
import org.jrw.model.Annotation;
import org.jrw.model.BadInputException;
import org.jrw.model.CaseDocument;
import org.jrw.model.Dossier;
import org.jrw.model.Evidence;
import org.jrw.model.Timestamps;
import org.jrw.model.review.MemberView;
import org.jrw.model.review.PanelMember;
import org.jrw.model.review.Review;
import org.jrw.persistence.AnnotationDao;
import org.jrw.persistence.AuditDao;
import org.jrw.persistence.CaseDao;
import org.jrw.persistence.ExchangeDao;
import org.jrw.persistence.ReviewDao;
import org.jrw.persistence.Vault;
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
 */
public final class ExchangeService {
    private static final SecureRandom RANDOM = new SecureRandom();
    public static final String REVIEW_EXTENSION = ".jrreview";
    public static final String RESPONSE_EXTENSION = ".jrresponse";

    private final Workspace workspace;
    private final DossierService dossiers;

    public ExchangeService(Workspace workspace) {
        this.workspace = workspace;
        this.dossiers = new DossierService(workspace);
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
        requireWritable();
        Dossier full = dossiers.load(caseRef);
        Dossier d = subset(full, only);
        Review review = new ReviewService(workspace).load(d.caseId());
        Set<String> targets = new HashSet<>();
        d.documents().forEach(x -> targets.add(x.id()));
        d.evidence().forEach(x -> targets.add(x.id()));
        List<Annotation> annotations = workspace.db().withConnection(c -> AnnotationDao.list(c, d.caseId())).stream()
                .filter(a -> targets.contains(a.targetId())).toList();
        SigningIdentity key = WorkstationIdentity.loadOrCreate(workspace);
        String packageId = "rp-" + UUID.randomUUID();
        String nonce = random(32);

        TreeMap<String, Object> entries = new TreeMap<>();
        entries.put("dossier/manifest.json", DossierExporter.manifestBytes(d));
        for (CaseDocument doc : d.documents()) {
            if (doc.file() != null) {
                entries.put("dossier/" + doc.file(), vaultFile(doc.sha256()));
            }
        }
        for (Evidence e : d.evidence()) {
            if (e.file() != null) {
                entries.put("dossier/" + e.file(), vaultFile(e.sha256()));
            }
        }
        entries.put("layer/annotations.json", bytes(Map.of("annotations", annotations.stream().map(Layer::annotationMap)
                .toList())));
        entries.put("layer/review.json", bytes(reviewMap(review)));
        Path rendered = null;
        try {
            rendered = Files.createTempFile(workspace.tmpDir(), "opinion-", ".pdf");
            new ReviewService(workspace).renderOpinion(d.caseId(), rendered);
            entries.put("opinion/opinion.pdf", Files.readAllBytes(rendered));
        } catch (IOException | RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(ExchangeService.class)
                    .warn("draft opinion not rendered into the package for case {}", d.caseId(), e);
            // the draft opinion is a convenience copy; the review data travel in layer/review.json
        } finally {
            deleteQuietly(rendered);
        }

        Map<String, String> items = new TreeMap<>();
        annotations.forEach(a -> items.put(Layer.annotationKey(a.id()), Layer.digest(a)));
        review.members().forEach(m -> items.put(Layer.memberKey(m.id()), Layer.digest(m)));
        review.views().forEach(v -> items.put(Layer.viewKey(v.point(), v.memberId()), Layer.digest(v)));

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
        m.put("files", fileList(entries));
        byte[] manifest = bytes(m);
        entries.put(ExchangePackage.MANIFEST, manifest);
        entries.put(ExchangePackage.SIGNATURE, PackageSignature.sign(manifest, key));
        progress.update(0, 1, out.getFileName().toString());
        ExchangeArchive.write(out, entries, password);
        String sha;
        try {
            sha = Vault.hash(out);
        } catch (IOException e) {
            throw new BadInputException(e, "exchange.out.io", out.toString(), e.getMessage());
        }
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
        return new ExportResult(out.toAbsolutePath(), packageId, sha, d.documents().size(), d.evidence().size(),
                annotations.size(), encrypted);
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

    private Path vaultFile(String sha) {
        if (sha == null || !workspace.vault().contains(sha)) {
            throw new BadInputException("export.vault.missing", String.valueOf(sha));
        }
        return workspace.vault().pathOf(sha);
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

    // ================================================================== adviser: open

    public record OpenResult(String caseId, String caseNumber, boolean alreadyOpen, String sender,
                             String senderCertificateSha256, int documents, int evidence, int annotations, int views) {
    }

    /** Peeks at a review package (verified) without opening it: who sent it, which case, how much. */
    public OpenResult inspect(Path file, char[] password) {
        try (ExchangePackage p = ExchangePackage.open(file, password, ExchangePackage.REVIEW_FORMAT, "sender",
                workspace.tmpDir())) {
            JsonNode m = p.manifest();
            JsonNode rv = p.json("layer/review.json");
            return new OpenResult(m.path("case").path("caseId").asText(), m.path("case").path("caseNumber").asText(),
                    false, p.signer().commonName(), p.signer().sha256(), 0, 0,
                    p.json("layer/annotations.json").path("annotations").size(), rv.path("views").size());
        }
    }

    /**
     * Opens a review package as a case to review, all-or-nothing: the dossier (the sender's case
     * id kept, so ids stay stable in both directions), the annotations and the review as received
     * (read-only here), and the package's identity for the response. Opening the same package
     * again changes nothing and returns the case.
     */
    public OpenResult open(Path file, char[] password, Progress progress) {
        requireWritable();
        try (ExchangePackage p = ExchangePackage.open(file, password, ExchangePackage.REVIEW_FORMAT, "sender",
                workspace.tmpDir())) {
            JsonNode m = p.manifest();
            String name = String.valueOf(file.getFileName());
            String caseId = m.path("case").path("caseId").asText("");
            String packageId = m.path("packageId").asText("");
            String nonce = m.path("nonce").asText("");
            if (!caseId.matches("[A-Za-z0-9_-]{1,64}") || packageId.isEmpty() || nonce.isEmpty()) {
                throw new BadInputException("exchange.package.badManifest", name, "case/packageId/nonce");
            }
            Map<String, Object> reviewJson = Json.toMap(p.json("layer/review.json"));
            List<Annotation> annotations = new ArrayList<>();
            List<PanelMember> members = new ArrayList<>();
            List<MemberView> views = new ArrayList<>();
            int version;
            String recommendation;
            try {
                for (JsonNode a : p.json("layer/annotations.json").path("annotations")) {
                    annotations.add(Layer.annotation(Json.toMap(a), caseId));
                }
                for (Object o : (List<?>) reviewJson.getOrDefault("members", List.of())) {
                    members.add(Layer.member(cast(o)));
                }
                for (Object o : (List<?>) reviewJson.getOrDefault("views", List.of())) {
                    views.add(Layer.view(cast(o)));
                }
                version = ((Number) reviewJson.getOrDefault("version", 1)).intValue();
                recommendation = Json.write(reviewJson.getOrDefault("recommendation", Map.of()));
            } catch (RuntimeException e) {
                throw new BadInputException("exchange.package.badManifest", name, "layer: " + e.getMessage());
            }
            Set<String> memberIds = new HashSet<>();
            members.forEach(x -> memberIds.add(x.id()));
            for (MemberView v : views) {
                if (!memberIds.contains(v.memberId())) {
                    throw new BadInputException("exchange.package.badManifest", name, "views: " + v.memberId());
                }
            }
            ExchangeDao.Received existing = workspace.db().withConnection(c -> ExchangeDao.received(c, caseId))
                    .orElse(null);
            if (existing != null && existing.packageId().equals(packageId)) {
                return new OpenResult(caseId, m.path("case").path("caseNumber").asText(), true,
                        p.signer().commonName(), p.signer().sha256(), 0, 0, 0, 0);
            }
            boolean caseExists = workspace.db().withConnection(c -> CaseDao.load(c, caseId)).isPresent();
            if (caseExists) {
                throw new BadInputException("exchange.open.caseExists", m.path("case").path("caseNumber").asText(),
                        caseId);
            }
            Map<String, String> items = new TreeMap<>();
            annotations.forEach(a -> items.put(Layer.annotationKey(a.id()), Layer.digest(a)));
            members.forEach(x -> items.put(Layer.memberKey(x.id()), Layer.digest(x)));
            views.forEach(v -> items.put(Layer.viewKey(v.point(), v.memberId()), Layer.digest(v)));
            String sender = p.signer().commonName();
            String senderSha = p.signer().sha256();
            String fileSha = p.fileSha256();
            PackageSource dossier = dossierSource(p, name);
            ImportResult r;
            try {
                r = new DossierImporter(workspace).importFrom(dossier, false, progress, caseId, c -> {
                    for (Annotation a : parentsFirst(annotations)) {
                        AnnotationDao.insert(c, a);
                    }
                    for (PanelMember x : members) {
                        ReviewDao.upsertMember(c, caseId, x);
                    }
                    for (MemberView v : views) {
                        ReviewDao.upsertView(c, caseId, v);
                    }
                    ReviewDao.saveHead(c, new ReviewDao.Head(caseId, version, false, recommendation, now()));
                    ExchangeDao.insertReceived(c, new ExchangeDao.Received(caseId, packageId, nonce, sender, senderSha,
                            now(), Json.write(items)));
                    AuditDao.append(c, Audit.entry("exchange.review.open", caseId, List.of(packageId), null, fileSha,
                            details("sender", sender, "senderCertificateSha256", senderSha, "annotations",
                                    annotations.size(), "views", views.size(), "file", file.toAbsolutePath().toString())));
                    return null;
                });
            } catch (IOException | UncheckedIOException e) {
                if (org.jrw.logic.dossier.PackageSource.diskFull(e)) {
                    throw new BadInputException(e, "seats.disk.full", workspace.dir().toString());
                }
                throw new BadInputException(e, "exchange.package.corrupt", name, e.getMessage());
            }
            return new OpenResult(r.caseId(), r.caseNumber(), false, sender, senderSha, r.documents(), r.evidence(),
                    annotations.size(), views.size());
        }
    }

    private static List<Annotation> parentsFirst(List<Annotation> list) {
        List<Annotation> out = new ArrayList<>(list);
        out.sort(Comparator.comparing((Annotation a) -> a.parentId() != null));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object o) {
        if (!(o instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("object expected");
        }
        return (Map<String, Object>) o;
    }

    /** The dossier part of a review package as a package source for the dossier importer. */
    private static PackageSource dossierSource(ExchangePackage p, String name) {
        String prefix = "dossier/";
        ExchangeArchive.Extracted x = p.files();
        return new PackageSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public byte[] manifest() throws IOException {
                byte[] b = x.bytes(prefix + MANIFEST, 32L << 20);
                if (b == null) {
                    throw new BadInputException("exchange.package.badManifest", name, "dossier/manifest.json");
                }
                return b;
            }

            @Override
            public boolean isFile(String path) {
                return x.has(prefix + path);
            }

            @Override
            public InputStream open(String path) throws IOException {
                Path f = x.path(prefix + path);
                if (f == null) {
                    throw new IOException("missing " + path);
                }
                return Files.newInputStream(f);
            }

            @Override
            public List<String> files() {
                return x.names().stream().filter(n -> n.startsWith(prefix)).map(n -> n.substring(prefix.length()))
                        .toList();
            }

            @Override
            public void close() {
                // the extracted package is closed by its owner
            }
        };
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
        requireWritable();
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
            entries.put(path, vaultFile(o.pdfSha256()));
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
        m.put("files", fileList(entries));
        byte[] manifest = bytes(m);
        entries.put(ExchangePackage.MANIFEST, manifest);
        entries.put(ExchangePackage.SIGNATURE, PackageSignature.sign(manifest, key));
        ExchangeArchive.write(out, entries, null);
        String sha;
        try {
            sha = Vault.hash(out);
        } catch (IOException e) {
            throw new BadInputException(e, "exchange.out.io", out.toString(), e.getMessage());
        }
        Audit.recordNow(workspace, "exchange.response.export", caseId, List.of(responseId, rec.packageId()), null, sha,
                details("file", out.toAbsolutePath().toString(), "annotations", annotations.size(), "views",
                        views.size(), "opinions", opinions.size()));
        return new ResponseResult(out.toAbsolutePath(), responseId, sha, annotations.size(), views.size(),
                opinions.size());
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
            String name = String.valueOf(file.getFileName());
            JsonNode m = p.manifest();
            JsonNode irt = m.path("inResponseTo");
            String packageId = irt.path("packageId").asText("");
            ExchangeDao.Sent sent = workspace.db().withConnection(c -> ExchangeDao.sent(c, packageId))
                    .orElseThrow(() -> new ExchangeVerificationException("exchange.response.foreign", name));
            if (!sent.nonce().equals(irt.path("nonce").asText(""))
                    || !sent.caseId().equals(irt.path("caseId").asText(""))
                    || !sent.senderCertSha256().equals(irt.path("senderCertificateSha256").asText(""))) {
                throw new ExchangeVerificationException("exchange.response.foreign", name);
            }
            if (sent.adviserCertSha256() != null && !sent.adviserCertSha256().equals(p.signer().sha256())) {
                throw new ExchangeVerificationException("exchange.response.otherAdviser", name, p.signer().commonName());
            }
            TrustedAdvisers trust = new TrustedAdvisers(workspace);
            String registered = trust.lookup(p.signer().sha256()).map(TrustedAdvisers.Registered::name).orElse(null);
            boolean required = trust.enforced();
            if (apply && required && registered == null && !acceptUnregistered) {
                throw new ExchangeVerificationException("exchange.response.unregistered", name,
                        p.signer().commonName(), p.signer().sha256());
            }
            String caseId = sent.caseId();
            Dossier d = workspace.db().withConnection(c -> CaseDao.load(c, caseId))
                    .orElseThrow(() -> new BadInputException("exchange.response.caseGone", name));
            String responseId = m.path("responseId").asText("");
            if (!responseId.matches("[A-Za-z0-9_-]{1,80}")) {
                throw new BadInputException("exchange.package.badManifest", name, "responseId");
            }
            Layered layer = readLayer(p, name, caseId);
            Map<String, Object> sentItems = Json.readMap(sent.itemsJson());
            // imported before: this very response (id or file), or — re-exported by the adviser under
            // a new id — a response of the same signer to the same package that brings nothing new
            List<ExchangeDao.Response> earlier = workspace.db().withConnection(c -> ExchangeDao.responses(c, packageId));
            boolean sameResponse = earlier.stream().anyMatch(r -> r.responseId().equals(responseId)
                    || r.fileSha256().equals(p.fileSha256()));
            boolean sameSigner = earlier.stream().anyMatch(r -> r.signerCertSha256().equals(p.signer().sha256()));
            OpinionCheck opinion = layer.opinionFile == null ? null : checkOpinion(p, layer, name);

            State state = workspace.db().withConnection(c -> {
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
                return new State(AnnotationDao.list(c, caseId), review, known, ReviewDao.certificates(c, caseId), merged);
            });
            Map<String, String> invalid = invalidAnnotations(d, layer);
            Responder who = Responder.of(m.path("adviser"), state.review().members(), layer);
            Plan plan = plan(d, state, layer, sentItems, takeTheirs, opinion, who, invalid);
            MergeResult result = new MergeResult(caseId, d.caseInfo().caseNumber(), responseId, packageId,
                    p.signer().commonName(), p.signer().sha256(), plan.annotations, plan.views, plan.opinions,
                    List.copyOf(plan.changes), List.copyOf(plan.conflicts),
                    sameResponse || sameSigner && plan.changes.isEmpty(), apply, registered, required);
            if (!apply) {
                return result;
            }
            List<String> addedToVault = new ArrayList<>();
            Vault.Staged staged = null;
            if (plan.opinion != null) {
                try (InputStream in = Files.newInputStream(layer.opinionFile)) {
                    staged = workspace.vault().stage(in, plan.opinion.size() + 1);
                } catch (IOException e) {
                    if (org.jrw.logic.dossier.PackageSource.diskFull(e)) {
                        throw new BadInputException(e, "seats.disk.full", workspace.dir().toString());
                    }
                    throw new BadInputException(e, "exchange.package.corrupt", name, e.getMessage());
                }
            }
            Vault.Staged opinionFile = staged;
            Map<String, Object> counts = details("annotations", plan.annotations, "views", plan.views,
                    "opinions", plan.opinions, "conflicts", plan.conflicts.size());
            // the items this merge took: a later response to the same package may update them
            List<String> mergedKeys = new ArrayList<>(state.mergedBefore());
            plan.changes.stream().map(Change::key).filter(k -> !mergedKeys.contains(k)).forEach(mergedKeys::add);
            counts.put("merged", mergedKeys);
            try {
                workspace.db().inTransaction(c -> {
                    for (Annotation a : plan.insert) {
                        AnnotationDao.insert(c, a);
                    }
                    for (Annotation a : plan.update) {
                        AnnotationDao.update(c, a);
                    }
                    for (MemberView v : plan.upsertViews) {
                        ReviewDao.upsertView(c, caseId, v);
                    }
                    Review rb = state.review();
                    String rec = ReviewService.recommendationJson(rb.recommendation());
                    if (!plan.upsertViews.isEmpty()) {
                        ReviewDao.saveHead(c, new ReviewDao.Head(caseId, rb.version(), rb.frozen(), rec, now()));
                    }
                    if (opinionFile != null) {
                        CaseDao.addVaultFile(c, opinionFile.sha256(), opinionFile.size());
                        try {
                            if (workspace.vault().commit(opinionFile)) {
                                addedToVault.add(opinionFile.sha256());
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        ExchangeDao.addOpinion(c, new ExchangeDao.Opinion(caseId, plan.opinion.sha256(), rb.version(),
                                "merged", now()));
                        int seq = ReviewDao.signatures(c, caseId, rb.version()).size();
                        for (OpinionVerifier.Entry e : plan.opinion.report().signatures()) {
                            if (e.valid()) {
                                ReviewDao.addSignature(c, caseId, new ReviewDao.SignatureRow(rb.version(), ++seq,
                                        e.signer(), e.role() == null ? "" : e.role().name(), e.signedAt(),
                                        plan.opinion.sha256()));
                            }
                        }
                        ReviewDao.saveHead(c, new ReviewDao.Head(caseId, rb.version(), true, rec, now()));
                    }
                    ExchangeDao.pinAdviser(c, packageId, p.signer().sha256());
                    ExchangeDao.insertResponse(c, new ExchangeDao.Response(responseId, packageId, caseId,
                            p.signer().sha256(), p.fileSha256(), now(), Json.write(counts)));
                    Map<String, Object> det = new LinkedHashMap<>(counts);
                    det.put("adviser", p.signer().commonName());
                    det.put("adviserCertificateSha256", p.signer().sha256());
                    det.put("adviserRegistered", registered);
                    det.put("file", file.toAbsolutePath().toString());
                    det.put("conflictKeys", plan.conflicts.stream().map(Conflict::key).toList());
                    AuditDao.append(c, Audit.entry("exchange.response.import", caseId, List.of(responseId, packageId),
                            null, p.fileSha256(), det));
                    return null;
                });
            } catch (RuntimeException e) {
                for (String sha : addedToVault) {
                    try {
                        workspace.vault().remove(sha);
                    } catch (IOException failure) {
                        org.slf4j.LoggerFactory.getLogger(ExchangeService.class)
                                .info("vault file {} not removed after a failed import; the vault check reports it", sha, failure);
                        // an orphan file is harmless; the vault check reports it
                    }
                }
                throw e;
            } finally {
                if (opinionFile != null) {
                    deleteQuietly(opinionFile.temp());
                }
            }
            Audit.writeHead(workspace);
            return result;
        }
    }

    /** The case's annotations and review as they stand, read once before planning. */
    record State(List<Annotation> annotations, Review review, Set<String> knownOpinions,
                 List<ReviewDao.CertificateRow> certificates, Set<String> mergedBefore) {
    }

    /** The response's layer, parsed. */
    static final class Layered {
        final List<Annotation> annotations = new ArrayList<>();
        final List<MemberView> views = new ArrayList<>();
        Path opinionFile;
        String opinionSha;
        int opinionVersion;
    }

    private static Layered readLayer(ExchangePackage p, String name, String caseId) {
        JsonNode l = p.json("layer.json");
        Layered out = new Layered();
        try {
            for (JsonNode a : l.path("annotations")) {
                out.annotations.add(Layer.annotation(Json.toMap(a.path("item")), caseId));
            }
            for (JsonNode v : l.path("views")) {
                out.views.add(Layer.view(Json.toMap(v.path("item"))));
            }
            for (JsonNode o : l.path("opinions")) {
                String f = o.path("file").asText("");
                if (!p.files().has(f)) {
                    throw new IllegalArgumentException("opinion file " + f);
                }
                out.opinionFile = p.files().path(f);
                out.opinionSha = o.path("sha256").asText("");
                out.opinionVersion = o.path("version").asInt(-1);
            }
        } catch (RuntimeException e) {
            throw new BadInputException("exchange.package.badManifest", name, "layer.json: " + e.getMessage());
        }
        return out;
    }

    /** The signed opinion of a response, checked on its own (before the merge). */
    record OpinionCheck(OpinionVerifier.Report report, Map<String, Object> embedded, String sha256,
                                long size, String marker) {
    }

    private static OpinionCheck checkOpinion(ExchangePackage p, Layered layer, String name) {
        byte[] pdf;
        try {
            pdf = Files.readAllBytes(layer.opinionFile);
        } catch (IOException e) {
            throw new BadInputException(e, "exchange.package.corrupt", name, e.getMessage());
        }
        OpinionVerifier.Report rep;
        try {
            rep = OpinionVerifier.verify(pdf, name);
        } catch (BadInputException e) {
            throw new ExchangeVerificationException("exchange.opinion.broken", name, e.getMessage());
        }
        if (!rep.intact() || rep.signed() == 0) {
            throw new ExchangeVerificationException("exchange.opinion.broken", name,
                    String.join(", ", rep.problems()));
        }
        byte[] json = OpinionVerifier.embeddedJson(layer.opinionFile);
        Map<String, Object> embedded = json == null ? Map.of() : Json.readMap(new String(json, StandardCharsets.UTF_8));
        return new OpinionCheck(rep, embedded, Vault.hash(pdf), pdf.length, OpinionVerifier.marker(layer.opinionFile));
    }

    /** Decisions for every item of a response against the case as it stands. */
    static final class Plan {
        final List<Change> changes = new ArrayList<>();
        final List<Conflict> conflicts = new ArrayList<>();
        final List<Annotation> insert = new ArrayList<>();
        final List<Annotation> update = new ArrayList<>();
        final List<MemberView> upsertViews = new ArrayList<>();
        OpinionCheck opinion;
        int annotations;
        int views;
        int opinions;

    }

    static Plan plan(Dossier d, State state, Layered layer, Map<String, Object> sentItems,
                             Set<String> takeTheirs, OpinionCheck opinion, Responder who, Map<String, String> invalid) {
        Plan plan = new Plan();
        Map<String, Annotation> ours = new HashMap<>();
        for (Annotation a : state.annotations()) {
            ours.put(a.id(), a);
        }
        Set<String> present = new HashSet<>(ours.keySet());
        // what the adviser could have seen: the annotations sent, those taken from earlier
        // responses to this package, and the response's own
        Set<String> visible = new HashSet<>();
        for (Annotation a : state.annotations()) {
            String k = Layer.annotationKey(a.id());
            if (sentItems.containsKey(k) || state.mergedBefore().contains(k)) {
                visible.add(a.id());
            }
        }
        layer.annotations.forEach(a -> visible.add(a.id()));
        for (Annotation theirs : parentsFirst(layer.annotations)) {
            String key = Layer.annotationKey(theirs.id());
            Annotation mine = ours.get(theirs.id());
            String base = (String) sentItems.get(key);
            String r = Layer.digest(theirs);
            boolean take = takeTheirs.contains("*") || takeTheirs.contains(key);
            if (mine != null && Layer.digest(mine).equals(r)) {
                continue;
            }
            // the response carries the adviser's own layer only: what the host sent is read-only
            // there, and nothing may be written in another person's name
            if (base != null) {
                plan.conflicts.add(new Conflict(key, "readOnly", mine == null ? null : summary(mine), summary(theirs)));
                continue;
            }
            // an item here that was neither sent nor taken from an earlier response to this
            // package: the host's own, made after the package went out — the adviser never saw it
            if (mine != null && !state.mergedBefore().contains(key)) {
                plan.conflicts.add(new Conflict(key, "notSent", summary(mine), summary(theirs)));
                continue;
            }
            if (theirs.parentId() != null && !visible.contains(theirs.parentId())) {
                plan.conflicts.add(new Conflict(key, "notSent", null, summary(theirs)));
                continue;
            }
            if (!who.wrote(theirs) || mine != null && (!who.wrote(mine) || !mine.author().equals(theirs.author())
                    || mine.role() != theirs.role())) {
                plan.conflicts.add(new Conflict(key, "notTheirs", mine == null ? null : summary(mine), summary(theirs)));
                continue;
            }
            if (invalid.containsKey(theirs.id())) {
                plan.conflicts.add(new Conflict(key, "invalid", null, summary(theirs) + " — " + invalid.get(theirs.id())));
                continue;
            }
            if (mine == null && base != null) {
                if (take && placeable(d, theirs, present, plan, key)) {
                    plan.insert.add(theirs);
                    present.add(theirs.id());
                    plan.annotations++;
                    plan.changes.add(new Change(key, "add", summary(theirs)));
                } else if (!take) {
                    plan.conflicts.add(new Conflict(key, "deletedHere", null, summary(theirs)));
                }
                continue;
            }
            if (mine == null) {
                if (placeable(d, theirs, present, plan, key)) {
                    plan.insert.add(theirs);
                    present.add(theirs.id());
                    plan.annotations++;
                    plan.changes.add(new Change(key, "add", summary(theirs)));
                }
                continue;
            }
            if (!mine.targetId().equals(theirs.targetId()) || !Objects.equals(mine.parentId(), theirs.parentId())) {
                plan.conflicts.add(new Conflict(key, "changedBoth", summary(mine), summary(theirs)));
                continue;
            }
            if (Layer.digest(mine).equals(base) || take) {
                plan.update.add(mine.withNote(theirs.note(), theirs.kind(), theirs.modifiedAt())
                        .withStatus(theirs.status(), theirs.modifiedAt()).withRects(theirs.rects(), theirs.modifiedAt()));
                plan.annotations++;
                plan.changes.add(new Change(key, "update", summary(theirs)));
            } else {
                plan.conflicts.add(new Conflict(key, "changedBoth", summary(mine), summary(theirs)));
            }
        }

        Review before = state.review();
        List<PanelMember> members = before.members();
        List<MemberView> currentViews = before.views();
        Map<String, MemberView> after = new LinkedHashMap<>();
        currentViews.forEach(v -> after.put(Layer.viewKey(v.point(), v.memberId()), v));
        for (MemberView theirs : layer.views) {
            String key = Layer.viewKey(theirs.point(), theirs.memberId());
            MemberView mine = after.get(key);
            String r = Layer.digest(theirs);
            if (mine != null && Layer.digest(mine).equals(r)) {
                continue;
            }
            if (before.member(theirs.memberId()).isEmpty()) {
                plan.conflicts.add(new Conflict(key, "unknownMember", null, viewSummary(theirs)));
                continue;
            }
            if (!theirs.memberId().equals(who.memberId())) {
                plan.conflicts.add(new Conflict(key, "notTheirs", mine == null ? null : viewSummary(mine),
                        viewSummary(theirs)));
                continue;
            }
            String base = (String) sentItems.get(key);
            boolean take = takeTheirs.contains("*") || takeTheirs.contains(key);
            boolean oursUnchanged = mine == null ? base == null : Layer.digest(mine).equals(base);
            if (!oursUnchanged && !take) {
                plan.conflicts.add(new Conflict(key, "changedBoth", mine == null ? null : viewSummary(mine),
                        viewSummary(theirs)));
                continue;
            }
            if (before.frozen()) {
                plan.conflicts.add(new Conflict(key, "reviewFrozen", mine == null ? null : viewSummary(mine),
                        viewSummary(theirs)));
                continue;
            }
            plan.upsertViews.add(theirs);
            after.put(key, theirs);
            plan.views++;
            plan.changes.add(new Change(key, mine == null ? "add" : "update", viewSummary(theirs)));
        }

        if (opinion != null) {
            String key = "opinion:" + opinion.sha256();
            boolean known = state.knownOpinions().contains(opinion.sha256());
            if (!known) {
                List<String> order = members.stream().map(PanelMember::id).toList();
                List<MemberView> mergedViews = new ArrayList<>(after.values());
                mergedViews.sort(Comparator.comparingInt(v -> order.indexOf(v.memberId())));
                Review merged = new Review(d.caseId(), before.version(), false, members, mergedViews,
                        before.recommendation(), null);
                String problem = opinionProblem(d, merged, opinion, state.certificates());
                if (problem != null) {
                    plan.conflicts.add(new Conflict(key, problem, null, signers(opinion)));
                } else {
                    plan.opinion = opinion;
                    plan.opinions = 1;
                    plan.changes.add(new Change(key, "sign", signers(opinion)));
                }
            }
        }
        return plan;
    }

    private static String opinionProblem(Dossier d, Review merged, OpinionCheck o,
                                         List<ReviewDao.CertificateRow> history) {
        if (o.report().draft()) {
            return "opinionDraft";
        }
        String markerCase = ReviewService.caseIdOfMarker(o.marker());
        if (!d.caseId().equals(markerCase)) {
            return "opinionMismatch";
        }
        Map<String, Object> expected = Json.readMap(Json.write(ReviewService.reviewJson(d, merged,
                ReviewService.isDraft(merged))));
        for (String k : List.of("caseId", "opinionVersion", "draft", "members", "points", "recommendation")) {
            if (!Objects.equals(expected.get(k), o.embedded().get(k))) {
                return "opinionMismatch";
            }
        }
        for (OpinionVerifier.Entry e : o.report().signatures()) {
            if (!e.valid()) {
                continue;
            }
            // a member with a registered certificate signs with it (ADR 0090); by name only where
            // the member's certificate was never registered
            boolean bound = org.jrw.logic.review.Seats.registered(e, merged, history);
            boolean byName = merged.members().stream().anyMatch(m -> m.certificateSha256() == null
                    && m.name().equals(e.signer()) && m.role() == e.role());
            if (!bound && !byName) {
                return "opinionSigner";
            }
        }
        return null;
    }

    private static String signers(OpinionCheck o) {
        return String.join(", ", o.report().signatures().stream()
                .map(e -> Messages.get("exchange.summary.signer", e.signer(),
                        e.role() == null ? "?" : Messages.get("role." + e.role().name()))).toList());
    }

    /**
     * Who made a response: the panel member the adviser is. Found by the name (and role) in the
     * response's signed manifest ({@code adviser}); else the only member of that role. Null when
     * none can be told — never from the items themselves, which could name anyone.
     */
    record Responder(PanelMember member, List<PanelMember> members) {
        static Responder of(JsonNode adviser, List<PanelMember> members, Layered layer) {
            return of(adviser.path("name").asText("").strip(), adviser.path("role").asText(""), members);
        }

        static Responder of(String name, String role, List<PanelMember> members) {
            List<PanelMember> byName = members.stream().filter(m -> m.name().strip().equals(name)
                    && (role.isEmpty() || m.role().name().equals(role))).toList();
            if (byName.size() == 1) {
                return new Responder(byName.get(0), members);
            }
            List<PanelMember> byRole = members.stream().filter(m -> !role.isEmpty() && m.role().name().equals(role))
                    .toList();
            if (byRole.size() == 1) {
                return new Responder(byRole.get(0), members);
            }
            // nothing else: the items themselves cannot say who the responder is
            return new Responder(null, members);
        }

        /**
         * Whether the annotation is the responder's: authored in the responder's name and role.
         * Nobody's when the responder cannot be told.
         */
        boolean wrote(Annotation a) {
            if (member == null || a.author() == null || a.role() == null) {
                return false;
            }
            return a.role() == member.role() && a.author().strip().equals(member.name().strip());
        }

        String memberId() {
            return member == null ? null : member.id();
        }
    }

    /**
     * The response's annotations checked as {@code annotation add} checks them (page in the PDF,
     * region on the page or picture, time within the recording, a note): id → the reason refused.
     */
    private Map<String, String> invalidAnnotations(Dossier d, Layered layer) {
        Map<String, String> out = new HashMap<>();
        org.jrw.logic.evidence.AnnotationService check = new org.jrw.logic.evidence.AnnotationService(workspace);
        for (Annotation a : layer.annotations) {
            try {
                if (a.isReply()) {
                    if (a.note() == null || a.note().isBlank()) { // validate() checks the others' notes
                        throw new BadInputException("annotation.note.blank");
                    }
                    continue;
                }
                var item = EvidenceItem.find(d, a.targetId());
                if (item.isEmpty() || a.targetSha256() != null && !a.targetSha256().equals(item.get().sha256())) {
                    continue; // reported as unknownTarget / targetChanged
                }
                check.validate(d, new org.jrw.logic.evidence.AnnotationService.Draft(a.targetId(), a.page(), a.rects(),
                        a.textStart(), a.textEnd(), a.timeFrom(), a.timeTo(), a.kind(), a.note(), a.author(), a.role(),
                        a.organisation()));
            } catch (BadInputException e) {
                out.put(a.id(), e.getMessage());
            }
        }
        return out;
    }

    private static boolean placeable(Dossier d, Annotation a, Set<String> present, Plan plan, String key) {
        var item = EvidenceItem.find(d, a.targetId());
        if (item.isEmpty() || (a.parentId() != null && !present.contains(a.parentId()))) {
            plan.conflicts.add(new Conflict(key, "unknownTarget", null, summary(a)));
            return false;
        }
        if (a.targetSha256() != null && !a.targetSha256().equals(item.get().sha256())) {
            plan.conflicts.add(new Conflict(key, "targetChanged", null, summary(a)));
            return false;
        }
        return true;
    }

    /** An annotation in one line, in the user's language (the preview and the conflicts show it). */
    private static String summary(Annotation a) {
        return Messages.get("exchange.summary.annotation", a.author(),
                a.role() == null ? "?" : Messages.get("role." + a.role().name()),
                a.targetId(), a.page() == null ? "" : Messages.get("exchange.summary.page", a.page()), a.note(),
                a.status() == null ? "?" : Messages.get("annotation.status." + a.status().name()));
    }

    private static String viewSummary(MemberView v) {
        return Messages.get(v.text() == null || v.text().isEmpty() ? "exchange.summary.view"
                        : "exchange.summary.viewText", Messages.get("point." + v.point().name()), v.memberId(),
                Messages.get("view." + v.kind().name()), v.text());
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
        if (workspace.readOnly()) {
            throw new BadInputException("exchange.readOnlyWorkspace");
        }
    }

    private static List<Map<String, Object>> fileList(TreeMap<String, Object> entries) {
        List<Map<String, Object>> files = new ArrayList<>();
        for (Map.Entry<String, Object> e : entries.entrySet()) {
            try {
                if (e.getValue() instanceof byte[] b) {
                    files.add(details("path", e.getKey(), "sha256", Vault.hash(b), "size", (long) b.length));
                } else {
                    Path p = (Path) e.getValue();
                    files.add(details("path", e.getKey(), "sha256", Vault.hash(p), "size", Files.size(p)));
                }
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return files;
    }

    private static byte[] bytes(Object o) {
        return (Json.pretty(o) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String random(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    static String now() {
        return Timestamps.nowSeconds();
    }

    static Map<String, Object> details(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            m.put(String.valueOf(kv[i]), kv[i + 1]);
        }
        return m;
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException failure) {
                org.slf4j.LoggerFactory.getLogger(ExchangeService.class)
                        .debug("temporary file {} not deleted", p, failure);
                // best effort
            }
        }
    }
}
