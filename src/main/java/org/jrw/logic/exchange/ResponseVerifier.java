package org.jrw.logic.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jrw.codec.Json;
import org.jrw.logic.evidence.EvidenceItem;
import org.jrw.logic.signing.OpinionVerifier;
import org.jrw.model.Annotation;
import org.jrw.model.BadInputException;
import org.jrw.model.Dossier;
import org.jrw.model.review.MemberView;
import org.jrw.persistence.CaseDao;
import org.jrw.persistence.ExchangeDao;
import org.jrw.persistence.Vault;
import org.jrw.persistence.Workspace;

/**
 * Host: verifies a response before anything is planned or written — it answers a package sent from
 * here (id, nonce, case, sender certificate), its signer is the adviser pinned by an earlier response
 * and registered when registration is enforced, its layer parses, its signed opinion is intact, and
 * its annotations fit their targets (page, region, time).
 */
final class ResponseVerifier {
    private final Workspace workspace;

    ResponseVerifier(Workspace workspace) {
        this.workspace = workspace;
    }

    /** A response that passed verification, with what the plan needs. */
    record Verified(String name, JsonNode manifest, ExchangeDao.Sent sent, String registered, boolean required,
                    Dossier dossier, String responseId, Layered layer, Map<String, Object> sentItems,
                    boolean sameResponse, boolean sameSigner, OpinionCheck opinion) {
        String caseId() {
            return sent.caseId();
        }

        String packageId() {
            return sent.packageId();
        }
    }

    Verified verify(ExchangePackage p, Path file, boolean apply, boolean acceptUnregistered) {
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

        return new Verified(name, m, sent, registered, required, d, responseId, layer, sentItems, sameResponse,
                sameSigner, opinion);
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

    /**
     * The response's annotations checked as {@code annotation add} checks them (page in the PDF,
     * region on the page or picture, time within the recording, a note): id → the reason refused.
     */
    Map<String, String> invalidAnnotations(Dossier d, Layered layer) {
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
}
