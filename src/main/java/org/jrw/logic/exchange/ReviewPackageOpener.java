package org.jrw.logic.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jrw.codec.Json;
import org.jrw.i18n.Messages;
import org.jrw.logic.audit.Audit;
import org.jrw.logic.dossier.DossierImporter;
import org.jrw.logic.dossier.ImportResult;
import org.jrw.logic.dossier.PackageSource;
import org.jrw.logic.task.Progress;
import org.jrw.logic.evidence.AnnotationService;
import org.jrw.logic.review.ReviewWrites;
import org.jrw.model.Annotation;
import org.jrw.model.BadInputException;
import org.jrw.model.review.MemberView;
import org.jrw.model.review.PanelMember;
import org.jrw.persistence.AuditDao;
import org.jrw.persistence.CaseDao;
import org.jrw.persistence.ExchangeDao;
import org.jrw.persistence.ReviewDao;
import org.jrw.persistence.Workspace;
import static org.jrw.logic.exchange.ExchangeSupport.details;
import static org.jrw.logic.exchange.ExchangeSupport.now;
import static org.jrw.logic.exchange.ExchangeSupport.parentsFirst;

/** Adviser: verifies a review package and opens it as a case to review (ADR 0008). */
final class ReviewPackageOpener {
    private final Workspace workspace;

    ReviewPackageOpener(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Peeks at a review package (verified) without opening it: who sent it, which case, how much. */
    ExchangeService.OpenResult inspect(Path file, char[] password) {
        try (ExchangePackage p = ExchangePackage.open(file, password, ExchangePackage.REVIEW_FORMAT, "sender",
                workspace.tmpDir())) {
            JsonNode m = p.manifest();
            JsonNode rv = p.json("layer/review.json");
            return new ExchangeService.OpenResult(m.path("case").path("caseId").asText(), m.path("case").path("caseNumber").asText(),
                    false, p.signer().commonName(), p.signer().sha256(), 0, 0,
                    p.json("layer/annotations.json").path("annotations").size(), rv.path("views").size());
        }
    }

    /** The received layer of a review package, parsed and checked (views only of listed members). */
    private record Received(List<Annotation> annotations, List<PanelMember> members, List<MemberView> views,
                            int version, String recommendation) {
        static Received read(ExchangePackage p, String name, String caseId) {
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
                for (Object o : list(reviewJson, "members")) {
                    members.add(Layer.member(cast(o)));
                }
                for (Object o : list(reviewJson, "views")) {
                    views.add(Layer.view(cast(o)));
                }
                if (!(reviewJson.getOrDefault("version", 1) instanceof Number n)) {
                    throw new IllegalArgumentException(Messages.get("exchange.layer.unknownValue", "version",
                            String.valueOf(reviewJson.get("version"))));
                }
                version = n.intValue();
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
            return new Received(annotations, members, views, version, recommendation);
        }

        Map<String, String> items() {
            Map<String, String> items = new TreeMap<>();
            annotations.forEach(a -> items.put(Layer.annotationKey(a.id()), Layer.digest(a)));
            members.forEach(x -> items.put(Layer.memberKey(x.id()), Layer.digest(x)));
            views.forEach(v -> items.put(Layer.viewKey(v.point(), v.memberId()), Layer.digest(v)));
            return items;
        }
    }

    /** See {@link ExchangeService#open}. */
    ExchangeService.OpenResult open(Path file, char[] password, Progress progress) {
        ExchangeSupport.requireWritable(workspace);
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
            Received received = Received.read(p, name, caseId);
            ExchangeDao.Received existing = workspace.db().withConnection(c -> ExchangeDao.received(c, caseId))
                    .orElse(null);
            if (existing != null && existing.packageId().equals(packageId)) {
                return new ExchangeService.OpenResult(caseId, m.path("case").path("caseNumber").asText(), true,
                        p.signer().commonName(), p.signer().sha256(), 0, 0, 0, 0);
            }
            boolean caseExists = workspace.db().withConnection(c -> CaseDao.load(c, caseId)).isPresent();
            if (caseExists) {
                throw new BadInputException("exchange.open.caseExists", m.path("case").path("caseNumber").asText(),
                        caseId);
            }
            return store(file, p, caseId, packageId, nonce, received, progress);
        }
    }

    /** The dossier, the received layer and the package's identity, in the import's one transaction. */
    private ExchangeService.OpenResult store(Path file, ExchangePackage p, String caseId, String packageId,
                                             String nonce, Received rc, Progress progress) {
        String name = String.valueOf(file.getFileName());
        Map<String, String> items = rc.items();
        String sender = p.signer().commonName();
        String senderSha = p.signer().sha256();
        String fileSha = p.fileSha256();
        PackageSource dossier = dossierSource(p, name);
        ImportResult r;
        try {
            r = new DossierImporter(workspace).importFrom(dossier, false, progress, caseId, c -> {
                AnnotationService.inserting(parentsFirst(rc.annotations())).apply(c);
                ReviewWrites.received(caseId, rc.members(), rc.views(), rc.version(), rc.recommendation()).apply(c);
                ExchangeDao.insertReceived(c, new ExchangeDao.Received(caseId, packageId, nonce, sender, senderSha,
                        now(), Json.write(items)));
                AuditDao.append(c, Audit.entry("exchange.review.open", caseId, List.of(packageId), null, fileSha,
                        details("sender", sender, "senderCertificateSha256", senderSha, "annotations",
                                rc.annotations().size(), "views", rc.views().size(), "file",
                                file.toAbsolutePath().toString())));
                return null;
            });
        } catch (IOException | UncheckedIOException e) {
            if (org.jrw.logic.dossier.PackageSource.diskFull(e)) {
                throw new BadInputException(e, "seats.disk.full", workspace.dir().toString());
            }
            throw new BadInputException(e, "exchange.package.corrupt", name, e.getMessage());
        }
        return new ExchangeService.OpenResult(r.caseId(), r.caseNumber(), false, sender, senderSha, r.documents(),
                r.evidence(), rc.annotations().size(), rc.views().size());
    }

    /** A list field of the review (absent: empty); the field named when it holds something else. */
    private static List<?> list(Map<String, Object> m, String k) {
        Object o = m.getOrDefault(k, List.of());
        if (!(o instanceof List<?> l)) {
            throw new IllegalArgumentException(Messages.get("exchange.layer.unknownValue", k, String.valueOf(o)));
        }
        return l;
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
}
