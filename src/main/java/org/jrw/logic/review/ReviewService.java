package org.jrw.logic.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jrw.codec.Json;
import org.jrw.logic.audit.Audit;
import org.jrw.logic.dossier.DossierService;
import org.jrw.logic.pdf.OpinionPdf;
import org.jrw.logic.signing.Identities;
import org.jrw.logic.signing.OpinionSigner;
import org.jrw.logic.signing.OpinionVerifier;
import org.jrw.logic.signing.SigningIdentity;
import org.jrw.model.BadInputException;
import org.jrw.model.Dossier;
import org.jrw.model.Role;
import org.jrw.model.Timestamps;
import org.jrw.model.review.MemberView;
import org.jrw.model.review.PanelMember;
import org.jrw.model.review.Recommendation;
import org.jrw.model.review.Review;
import org.jrw.model.review.ReviewPoint;
import org.jrw.model.review.ViewKind;
import org.jrw.persistence.AuditDao;
import org.jrw.persistence.ReviewDao;
import org.jrw.persistence.SqlFunction;
import org.jrw.persistence.Vault;
import org.jrw.persistence.Workspace;

/**
 * The joint review use cases the GUI and the command line share: the panel and its signing
 * identities, each member's view on each review point, the recommendation, the opinion PDF and
 * its signatures. Every change is audited in its own transaction. Once a signature was recorded
 * on the opinion of a version, the review is frozen: a change needs {@code newVersion = true},
 * which starts the next version and discards the pending signatures.
 */
public final class ReviewService {
    /** Roles the composition rule requires at least once each. */
    public static final List<Role> REQUIRED_ROLES = List.of(Role.OFFICER, Role.LEGAL_ADVISER, Role.EXPERT);

    private final Workspace workspace;
    private final DossierService dossiers;

    public ReviewService(Workspace workspace) {
        this.workspace = workspace;
        this.dossiers = new DossierService(workspace);
    }

    // ------------------------------------------------------------------ reading

    public Review load(String caseRef) {
        return loadById(dossiers.resolve(caseRef));
    }

    private Review loadById(String caseId) {
        return workspace.db().withConnection(c -> {
            ReviewDao.Head h = ReviewDao.head(c, caseId).orElse(null);
            return new Review(caseId, h == null ? 1 : h.version(), h != null && h.frozen(), ReviewDao.members(c, caseId),
                    ReviewDao.views(c, caseId), h == null ? Recommendation.NONE : ReviewJson.readRecommendation(h.recommendationJson()),
                    h == null ? null : h.updatedAt());
        });
    }

    /** Message keys (with arguments, {@code key:arg}) of what the panel's composition lacks; empty when valid. */
    public static List<String> compositionProblems(Review r) {
        List<String> out = new ArrayList<>();
        for (Role role : REQUIRED_ROLES) {
            if (r.members().stream().noneMatch(m -> m.role() == role)) {
                out.add("review.composition.missing:" + role.labelZh());
            }
        }
        return out;
    }

    /** A draft while points are open, the panel is incomplete or no conclusion was reached. */
    public static boolean isDraft(Review r) {
        return !r.openPoints().isEmpty() || !compositionProblems(r).isEmpty()
                || r.recommendation().conclusion() == null;
    }

    // ------------------------------------------------------------------ panel

    /**
     * Adds a member (or updates the one with the same name), optionally with a certificate. A
     * member is one person in one role with one registered certificate: a certificate already
     * registered for another member of the case is refused, and so is a different certificate for
     * a member who has one ({@link #renewCertificate} is the explicit, audited way).
     */
    public PanelMember addMember(String caseRef, String name, String organisation, Role role, Identities.Info cert,
                                 boolean newVersion) {
        if (name == null || name.isBlank()) {
            throw new BadInputException("review.member.nameMissing");
        }
        if (role == null) {
            throw new BadInputException("review.member.roleMissing");
        }
        String caseId = dossiers.resolve(caseRef);
        Review r = loadById(caseId);
        PanelMember existing = r.members().stream().filter(m -> m.name().equals(name.strip())).findFirst().orElse(null);
        String id = existing != null ? existing.id() : nextMemberId(r);
        if (existing != null && existing.role() != role && existing.certificateSha256() != null) {
            // one person, one seat: a member bound to a seat by a registered certificate is not moved
            // to another seat quietly (the first seat would be left empty without a word)
            throw new BadInputException("seats.member.roleChange", existing.name(),
                    org.jrw.i18n.Messages.get("role." + existing.role().name()), org.jrw.i18n.Messages.get("role." + role.name()));
        }
        if (cert != null) {
            Seats.requireUnused(r, id, cert.sha256());
            if (existing != null && existing.certificateSha256() != null
                    && !existing.certificateSha256().equals(cert.sha256())) {
                throw new BadInputException("seats.member.renewRequired", existing.name(),
                        Seats.shortSha(existing.certificateSha256()), Seats.shortSha(cert.sha256()));
            }
        }
        PanelMember m = new PanelMember(id, name.strip(), blankToNull(organisation), role,
                cert == null ? existing == null ? null : existing.certificateSha256() : cert.sha256(),
                cert == null ? existing == null ? null : existing.certificateSubject() : cert.subject());
        String at = now();
        change(r, newVersion, "review.member", List.of(id), c -> {
            ReviewDao.upsertMember(c, caseId, m);
            if (m.certificateSha256() != null) {
                ReviewDao.registerCertificate(c, caseId, id, role.name(), m.certificateSha256(),
                        m.certificateSubject(), at, null);
            }
            return null;
        },
                details("member", name.strip(), "role", role.name(), "certificate", m.certificateSha256()));
        return m;
    }

    /**
     * Certificate renewal: registers a new certificate for a member who has one (expired, lost,
     * reissued). Explicit and audited ({@code review.member.renew}, old and new fingerprints and
     * the reason); signatures made with the old certificate before now stay the member's.
     */
    public PanelMember renewCertificate(String caseRef, String member, Identities.Info cert, String reason,
                                        boolean newVersion) {
        if (cert == null) {
            throw new BadInputException("seats.renew.certificateMissing");
        }
        if (reason == null || reason.isBlank()) {
            throw new BadInputException("seats.renew.reasonMissing");
        }
        String caseId = dossiers.resolve(caseRef);
        Review r = loadById(caseId);
        PanelMember old = member(r, member);
        if (cert.sha256().equals(old.certificateSha256())) {
            throw new BadInputException("seats.renew.same", old.name());
        }
        Seats.requireUnused(r, old.id(), cert.sha256());
        PanelMember m = new PanelMember(old.id(), old.name(), old.organisation(), old.role(), cert.sha256(),
                cert.subject());
        String at = now();
        change(r, newVersion, "review.member.renew", List.of(old.id()), c -> {
            ReviewDao.upsertMember(c, caseId, m);
            ReviewDao.registerCertificate(c, caseId, m.id(), m.role().name(), cert.sha256(), cert.subject(), at,
                    reason.strip());
            return null;
        },
                details("member", old.name(), "role", old.role().name(), "oldCertificate", old.certificateSha256(),
                        "newCertificate", cert.sha256(), "newSubject", cert.subject(), "reason", reason.strip()));
        return m;
    }

    /** Renewal with a member's new PKCS#12 file (its certificate is registered; the file stays where it is). */
    public PanelMember renewCertificate(String caseRef, String member, Path p12, char[] password, String reason,
                                        boolean newVersion) {
        SigningIdentity id = Identities.load(p12, password);
        Identities.requireValidOn(id.certificate(), java.time.Instant.now());
        return renewCertificate(caseRef, member, Identities.info(id.certificate()), reason, newVersion);
    }

    /** Every certificate registered for the case's members, current and replaced. */
    public List<ReviewDao.CertificateRow> certificates(String caseRef) {
        String caseId = dossiers.resolve(caseRef);
        return workspace.db().withConnection(c -> ReviewDao.certificates(c, caseId));
    }

    /** Creates a new signing identity (key pair + self-signed certificate in a PKCS#12 file) for a member. */
    public PanelMember createIdentity(String caseRef, String name, String organisation, Role role, Path p12,
                                      char[] password) {
        Identities.Info info = Identities.create(name, organisation, role, p12, password);
        return addMember(caseRef, name, organisation, role, info, false);
    }

    /** Registers an existing .p12/.pfx as a member's identity (its certificate; the file stays where it is). */
    public PanelMember importIdentity(String caseRef, String name, String organisation, Role role, Path p12,
                                      char[] password) {
        SigningIdentity id = Identities.load(p12, password);
        return addMember(caseRef, name, organisation, role, Identities.info(id.certificate()), false);
    }

    public void removeMember(String caseRef, String member, boolean newVersion) {
        String caseId = dossiers.resolve(caseRef);
        Review r = loadById(caseId);
        PanelMember m = member(r, member);
        change(r, newVersion, "review.member.remove", List.of(m.id()), c -> ReviewDao.deleteMember(c, caseId, m.id()),
                details("member", m.name()));
    }

    // ------------------------------------------------------------------ views and conclusion

    /** Records a member's view on a point (replacing an earlier one). */
    public MemberView recordView(String caseRef, String member, ReviewPoint point, ViewKind kind, String text,
                                 boolean newVersion) {
        if (point == null || kind == null) {
            throw new BadInputException("review.view.incomplete");
        }
        if (kind != ViewKind.AGREE && (text == null || text.isBlank())) {
            throw new BadInputException("review.view.textRequired", kind.labelZh());
        }
        String caseId = dossiers.resolve(caseRef);
        Review r = loadById(caseId);
        PanelMember m = member(r, member);
        MemberView v = new MemberView(point, m.id(), kind, text == null ? "" : text.strip(), now());
        change(r, newVersion, "review.view", List.of(m.id(), point.name()), c -> {
            ReviewDao.upsertView(c, caseId, v);
            return null;
        },
                details("member", m.name(), "point", point.name(), "view", kind.name(), "text", v.text()));
        return v;
    }

    public void setRecommendation(String caseRef, Recommendation rec, boolean newVersion) {
        String caseId = dossiers.resolve(caseRef);
        Review r = loadById(caseId);
        String json = Json.write(ReviewJson.recommendationMap(rec));
        change(r, newVersion, "review.conclusion", List.of(caseId), c -> null, Map.of("recommendation",
                ReviewJson.recommendationMap(rec)), json);
    }

    // ------------------------------------------------------------------ opinion

    /** The rendered opinion: file, pages, draft or not, the review version. */
    public record Rendered(Path file, int pages, boolean draft, int version, String sha256) {
    }

    /**
     * Renders the opinion as the case stands (PDF/A-3b, JSON attached, one empty signature field per
     * member) to {@code out}, written atomically: on failure nothing is written.
     */
    public Rendered renderOpinion(String caseRef, Path out) {
        Dossier d = dossiers.load(caseRef);
        Review r = loadById(d.caseId());
        boolean draft = isDraft(r);
        OpinionContent content = OpinionContent.build(d, r, draft, LocalDate.now(), OpinionSources.of(workspace, d));
        byte[] json = Json.pretty(reviewJson(d, r, draft)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        // the audit head signed by the workstation key travels in the document information (ADR 0091)
        Map<String, String> info = new LinkedHashMap<>();
        info.put("JRW-CaseNumber", d.caseInfo().caseNumber());
        org.jrw.logic.signing.AuditAnchors.Anchor anchor = null;
        try {
            anchor = org.jrw.logic.signing.AuditAnchors.createIfWritable(workspace);
        } catch (BadInputException e) {
            // the workstation key's password is not on this machine: the opinion is still rendered,
            // without an anchor (packages, which must be signed, are refused instead)
            System.getLogger("jrw.audit").log(System.Logger.Level.WARNING, "opinion rendered without an audit anchor: "
                    + e.getMessage());
        }
        if (anchor != null) {
            info.put(org.jrw.logic.signing.AuditAnchors.PDF_INFO_KEY, anchor.toJson());
        }
        OpinionPdf.Result res = OpinionPdf.write(content.document(), content.slotsHeading(), content.slotsNote(), content.slots(), json, draft,
                d.caseId() + ";v" + r.version(), info);
        writeAtomically(res.pdf(), out);
        String sha = Vault.hash(res.pdf());
        if (!workspace.readOnly()) {
            Audit.recordNow(workspace, "opinion.render", d.caseId(), List.of(d.caseId()), null, sha,
                    details("file", out.toString(), "version", r.version(), "draft", draft));
        }
        return new Rendered(out, res.pages(), draft, r.version(), sha);
    }

    /**
     * Signs the opinion with a member's keystore (the GUI's path) and records the signature: the
     * review is then frozen. The password is used to open the keystore and not kept.
     */
    public OpinionSigner.Result sign(String caseRef, Path pdf, Path keystore, char[] password, Role role, Path out) {
        return sign(caseRef, null, pdf, keystore, password, role, out);
    }

    /**
     * As above for a named member ({@code memberRef}: id or name; null: any member of the role):
     * the keystore's certificate must be the one registered for that member and role (its seat),
     * else nothing is signed.
     */
    public OpinionSigner.Result sign(String caseRef, String memberRef, Path pdf, Path keystore, char[] password,
                                     Role role, Path out) {
        SigningIdentity id = Identities.load(keystore, password);
        String caseId = dossiers.resolve(caseRef);
        PanelMember seat = Seats.requireSeat(loadById(caseId), memberRef, role, id.certificate());
        verifyEvidenceBeforeSigning(caseId);
        OpinionSigner.Result res = OpinionSigner.sign(pdf, id, role, out, false, seat.name());
        recordSignature(caseId, out, res, role);
        return res;
    }

    /** The panel member whose seat the certificate fills for the role (bad input when none). */
    public PanelMember requireSeat(String caseId, String memberRef, Role role, java.security.cert.X509Certificate cert) {
        return Seats.requireSeat(loadById(caseId), memberRef, role, cert);
    }

    /**
     * The verification report with each signature checked against the case's registered panel
     * (the opinion's marker names the case): registered true/false per signature, a signature not
     * by the registered member of its role is invalid. Only a workspace in which the case's panel is
     * registered can say who may sign (contract v1.1): for a case this workspace does not hold, or
     * one without a registered panel, the report is returned as it is (registered stays null) — a
     * remote reviewer verifying in their own workspace is not told that valid signatures are forged.
     */
    public OpinionVerifier.Report withRegistration(OpinionVerifier.Report rep, Path pdf) {
        String caseId = caseIdOfMarker(OpinionVerifier.marker(pdf));
        boolean known = caseId != null && workspace.db().withConnection(c -> org.jrw.persistence.CaseDao.load(c, caseId))
                .isPresent();
        if (!known) {
            return rep;
        }
        Review r = loadById(caseId);
        if (r.members().isEmpty()) {
            return rep;
        }
        List<ReviewDao.CertificateRow> history;
        try {
            history = workspace.db().withConnection(c -> ReviewDao.certificates(c, caseId));
        } catch (RuntimeException e) {
            // a workspace opened read-only before its V4.1 migration ran: current certificates only
            history = List.of();
        }
        return Seats.check(rep, r, history);
    }

    /**
     * Every document and evidence file of the case is re-hashed before a member signs: an opinion
     * must not be signed over evidence that no longer matches what was reviewed.
     */
    public void verifyEvidenceBeforeSigning(String caseId) {
        org.jrw.model.Dossier d = dossiers.load(caseId);
        java.util.List<String> bad = new java.util.ArrayList<>();
        for (org.jrw.model.CaseDocument doc : d.documents()) {
            if (doc.sha256() != null && !workspace.vault().verify(doc.sha256()).orElse(false)) {
                bad.add(doc.id());
            }
        }
        for (org.jrw.model.Evidence e : d.evidence()) {
            if (e.sha256() != null && !workspace.vault().verify(e.sha256()).orElse(false)) {
                bad.add(e.id());
            }
        }
        if (!bad.isEmpty()) {
            throw new org.jrw.model.BadInputException("review.sign.evidenceMismatch", String.join("、", bad));
        }
    }

    /** Records a signature made on an opinion of this workspace's case (audited; freezes the review). */
    public void recordSignature(String caseId, Path signedPdf, OpinionSigner.Result res, Role role) {
        Review r = loadById(caseId);
        String sha;
        try {
            sha = Vault.hash(signedPdf);
        } catch (IOException | RuntimeException e) {
            // the signature is recorded all the same; only the vault copy for a response is skipped
            org.slf4j.LoggerFactory.getLogger(ReviewService.class).warn("signed opinion {} not hashed", signedPdf, e);
            sha = null;
        }
        String pdfSha = sha;
        // a case opened from a review package keeps the signed opinion for the response (ADR 0008)
        boolean received = workspace.db().withConnection(c -> org.jrw.persistence.ExchangeDao.received(c, caseId))
                .isPresent();
        Vault.Staged staged = null;
        if (received && pdfSha != null) {
            try (java.io.InputStream in = Files.newInputStream(signedPdf)) {
                staged = workspace.vault().stage(in, Long.MAX_VALUE);
            } catch (IOException e) {
                org.slf4j.LoggerFactory.getLogger(ReviewService.class)
                        .warn("signed opinion {} not kept for the response", signedPdf, e);
                staged = null;
            }
        }
        Vault.Staged keep = staged;
        try {
            recordSignature(caseId, signedPdf, res, role, r, pdfSha, keep);
        } finally {
            if (keep != null) {
                org.jrw.persistence.AtomicFiles.deleteLeftover(keep.temp()); // else cleared when the workspace is next opened
            }
        }
    }

    private void recordSignature(String caseId, Path signedPdf, OpinionSigner.Result res, Role role, Review r,
                                 String pdfSha, Vault.Staged keep) {
        workspace.db().inTransaction(c -> {
            if (keep != null) {
                org.jrw.logic.dossier.CaseWrites.storing(keep).apply(c);
                try {
                    workspace.vault().commit(keep);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                org.jrw.persistence.ExchangeDao.addOpinion(c, new org.jrw.persistence.ExchangeDao.Opinion(caseId,
                        keep.sha256(), r.version(), "signed-here", now()));
            }
            int seq = ReviewDao.signatures(c, caseId, r.version()).size() + 1;
            ReviewDao.addSignature(c, caseId, new ReviewDao.SignatureRow(r.version(), seq, res.signer(), role.name(),
                    res.signedAt(), pdfSha == null ? "" : pdfSha));
            ReviewDao.saveHead(c, new ReviewDao.Head(caseId, r.version(), true,
                    Json.write(ReviewJson.recommendationMap(r.recommendation())), now()));
            AuditDao.append(c, Audit.entry("opinion.sign", caseId, List.of(res.field()), null, pdfSha,
                    details("signer", res.signer(), "role", role.name(), "version", r.version(),
                            "signatures", res.signatures(), "file", signedPdf.toString())));
            return null;
        });
        Audit.writeHead(workspace);
    }

    /** The case id named by an opinion's marker ({@code caseId;vN}), when the PDF came from a workspace. */
    public static String caseIdOfMarker(String marker) {
        if (marker == null) {
            return null;
        }
        int semi = marker.indexOf(';');
        return semi < 0 ? marker : marker.substring(0, semi);
    }

    public static OpinionVerifier.Report verify(Path pdf) {
        return OpinionVerifier.verify(pdf);
    }

    // ------------------------------------------------------------------ JSON (ReviewJson)

    /** The review as the machine-readable record embedded in the opinion ({@link ReviewJson}). */
    public static Map<String, Object> reviewJson(Dossier d, Review r, boolean draft) {
        return ReviewJson.reviewJson(d, r, draft);
    }

    /** The recommendation as the JSON text the review table stores. */
    public static String recommendationJson(Recommendation rec) {
        return ReviewJson.recommendationJson(rec);
    }

    /** Reads the stored recommendation JSON. */
    public static Recommendation readRecommendationJson(String json) {
        return ReviewJson.readRecommendation(json);
    }

    // ------------------------------------------------------------------ helpers

    private void change(Review r, boolean newVersion, String action, List<String> targets, SqlFunction<?> write,
                        Map<String, Object> details) {
        change(r, newVersion, action, targets, write, details, null);
    }

    /**
     * One audited change. A frozen review (signed) is changed only with {@code newVersion}: the
     * version goes up, pending signatures of the old version are discarded (they stay on the old
     * PDF, which no longer matches), and the audit says so.
     */
    private void change(Review r, boolean newVersion, String action, List<String> targets, SqlFunction<?> write,
                        Map<String, Object> details, String recommendationJson) {
        if (workspace.readOnly()) {
            throw new BadInputException("review.readOnly");
        }
        if (r.frozen() && !newVersion) {
            throw new BadInputException("review.frozen", r.version());
        }
        if (!action.equals("review.view") && workspace.db().withConnection(
                c -> org.jrw.persistence.ExchangeDao.received(c, r.caseId())).isPresent()) {
            throw new BadInputException("exchange.readOnly.review");
        }
        int version = r.frozen() ? r.version() + 1 : r.version();
        String before = digest(r);
        workspace.db().inTransaction(c -> {
            if (r.frozen()) {
                AuditDao.append(c, Audit.entry("review.newVersion", r.caseId(), List.of(r.caseId()), null, null,
                        details("from", r.version(), "to", version, "discardedSignatures",
                                ReviewDao.signatures(c, r.caseId(), r.version()).size())));
            }
            write.apply(c);
            ReviewDao.saveHead(c, new ReviewDao.Head(r.caseId(), version, false, recommendationJson != null
                    ? recommendationJson : Json.write(ReviewJson.recommendationMap(r.recommendation())), now()));
            Review after = new Review(r.caseId(), version, false, ReviewDao.members(c, r.caseId()),
                    ReviewDao.views(c, r.caseId()), recommendationJson != null ? ReviewJson.readRecommendation(recommendationJson)
                    : r.recommendation(), null);
            AuditDao.append(c, Audit.entry(action, r.caseId(), targets, before, digest(after), details));
            return null;
        });
        Audit.writeHead(workspace);
    }

    private static String digest(Review r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", r.version());
        m.put("members", r.members());
        m.put("views", r.views().stream().map(v -> List.of(v.point().name(), v.memberId(), v.kind().name(), v.text()))
                .toList());
        m.put("recommendation", ReviewJson.recommendationMap(r.recommendation()));
        return Vault.hash(Json.write(m).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static PanelMember member(Review r, String ref) {
        if (ref == null || ref.isBlank()) {
            throw new BadInputException("review.member.missing", String.valueOf(ref));
        }
        String t = ref.strip();
        return r.members().stream().filter(m -> m.id().equals(t) || m.name().equals(t)).findFirst()
                .orElseThrow(() -> new BadInputException("review.member.missing", t));
    }

    private static String nextMemberId(Review r) {
        int max = r.members().stream().map(PanelMember::id).filter(s -> s.matches("m\\d+"))
                .mapToInt(s -> Integer.parseInt(s.substring(1))).max().orElse(0);
        return "m" + (max + 1);
    }

    static Map<String, Object> details(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            m.put(String.valueOf(kv[i]), kv[i + 1]);
        }
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String now() {
        return Timestamps.nowSeconds();
    }

    static void writeAtomically(byte[] bytes, Path out) {
        try {
            org.jrw.persistence.AtomicFiles.write(out, bytes);
        } catch (IOException e) {
            throw new BadInputException("review.out.unwritable", out.toString());
        }
    }

    static List<ReviewPoint> points() {
        return Arrays.asList(ReviewPoint.values());
    }
}
