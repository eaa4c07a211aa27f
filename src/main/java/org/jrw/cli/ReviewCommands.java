package org.jrw.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jrw.i18n.Messages;
import org.jrw.logic.dossier.DossierService;
import org.jrw.logic.exchange.TrustedAdvisers;
import org.jrw.logic.review.ReviewService;
import org.jrw.logic.signing.Identities;
import org.jrw.model.BadInputException;
import org.jrw.model.Dossier;
import org.jrw.model.Role;
import org.jrw.model.review.Conclusion;
import org.jrw.model.review.PanelMember;
import org.jrw.model.review.Recommendation;
import org.jrw.model.review.Review;
import org.jrw.model.review.ReviewPoint;
import org.jrw.model.review.ViewKind;
import org.jrw.persistence.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code review …} and {@code identity create}: the panel, views and conclusion from the command
 * line (scripting, benchmarks), beyond the v1 contract; the same service as the review screen.
 */
final class ReviewCommands {
    private ReviewCommands() {
    }

    @Command(name = "review", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true,
            subcommands = {Show.class, MemberAdd.class, View.class, Conclude.class, RenewCertificate.class})
    static final class ReviewGroup extends GroupCommand {
    }

    @Command(name = "show", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Show extends ReadingCommand {
        @Parameters(paramLabel = "CASE", descriptionKey = "case.ref")
        String caseRef;

        @Override
        protected Integer run(Workspace ws) {
            Dossier d = new DossierService(ws).load(caseRef);
            Review r = new ReviewService(ws).load(caseRef);
            boolean draft = ReviewService.isDraft(r);
            // a draft says why (no panel, points open, no conclusion), as the review screen does
            String state = draft ? Messages.get("review.show.draft") + "（"
                    + String.join(Messages.semicolon(), org.jrw.logic.review.DraftReasons.of(r)) + "）"
                    : r.frozen() ? Messages.get("fixes.review.frozen") : Messages.get("review.show.ready");
            StringBuilder human = new StringBuilder(Messages.get("review.show.head", d.caseInfo().caseNumber(),
                    r.version(), state));
            for (PanelMember m : r.members()) {
                human.append("\n  ").append(m.id()).append('\t').append(m.name()).append('\t')
                        .append(Messages.get("role." + m.role().name()))
                        .append(m.organisation() == null ? "" : '\t' + m.organisation());
            }
            for (ReviewPoint p : ReviewPoint.values()) {
                human.append("\n").append(Messages.get("point." + p.name())).append(r.isOpen(p)
                        ? " — " + Messages.get("review.show.open") : r.isDisputed(p)
                        ? " — " + Messages.get("review.show.disputed") : " — " + Messages.get("fixes.review.settled"));
            }
            print(ReviewService.reviewJson(d, r, draft), human.toString());
            return 0;
        }
    }

    @Command(name = "member", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class MemberAdd extends WorkspaceCommand {
        @Parameters(paramLabel = "CASE", descriptionKey = "case.ref")
        String caseRef;

        @Option(names = "--name", paramLabel = "NAME", required = true, descriptionKey = "review.member.name")
        String name;

        @Option(names = "--org", paramLabel = "ORG", descriptionKey = "review.member.org")
        String org;

        @Option(names = "--role", paramLabel = "ROLE", required = true, descriptionKey = "sign.role")
        String role;

        @Option(names = "--create-identity", paramLabel = "FILE.p12", descriptionKey = "review.member.create")
        Path create;

        @Option(names = "--import-identity", paramLabel = "FILE.p12", descriptionKey = "review.member.import")
        Path importFrom;

        @Option(names = "--password-file", paramLabel = "F", descriptionKey = "sign.passwordFile")
        Path passwordFile;

        @Option(names = "--certificate", paramLabel = "FILE.pem", descriptionKey = "seats.member.certificate")
        Path certificate;

        @Option(names = "--new-version", descriptionKey = "review.newVersion")
        boolean newVersion;

        @Override
        protected Integer run(Workspace ws) {
            Role r = OpinionCommands.role(role);
            ReviewService service = new ReviewService(ws);
            PanelMember m;
            if (certificate != null) {
                // a remote member's certificate (package certificate --out on their side): no key needed
                java.security.cert.X509Certificate cert = TrustedAdvisers.read(certificate);
                m = service.addMember(caseRef, name, org, r, Identities.info(cert), newVersion);
            } else if (create != null || importFrom != null) {
                if (passwordFile == null) {
                    throw new BadInputException("review.member.passwordFileMissing");
                }
                char[] pw = Identities.readPasswordFile(passwordFile);
                try {
                    m = create != null ? service.createIdentity(caseRef, name, org, r, create, pw)
                            : service.importIdentity(caseRef, name, org, r, importFrom, pw);
                } finally {
                    Arrays.fill(pw, '\0');
                }
            } else {
                m = service.addMember(caseRef, name, org, r, null, newVersion);
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("memberId", m.id());
            out.put("certificateSha256", m.certificateSha256());
            print(out, Messages.get("review.member.done", m.name(), Messages.get("role." + r.name()), m.id()));
            return 0;
        }
    }

    /** {@code review renew-certificate}: a member's new certificate, explicit and audited (ADR 0090). */
    @Command(name = "renew-certificate", resourceBundle = "i18n.seats", mixinStandardHelpOptions = true)
    static final class RenewCertificate extends WorkspaceCommand {
        @Parameters(paramLabel = "CASE", descriptionKey = "case.ref")
        String caseRef;

        @Option(names = "--member", paramLabel = "MEMBER", required = true, descriptionKey = "seats.renew.member")
        String member;

        @Option(names = "--import-identity", paramLabel = "FILE.p12", required = true,
                descriptionKey = "seats.renew.identity")
        Path identity;

        @Option(names = "--password-file", paramLabel = "F", required = true, descriptionKey = "sign.passwordFile")
        Path passwordFile;

        @Option(names = "--reason", paramLabel = "TEXT", required = true, descriptionKey = "seats.renew.reason")
        String reason;

        @Option(names = "--new-version", descriptionKey = "review.newVersion")
        boolean newVersion;

        @Override
        protected Integer run(Workspace ws) {
            char[] pw = Identities.readPasswordFile(passwordFile);
            PanelMember m;
            try {
                m = new ReviewService(ws).renewCertificate(caseRef, member, identity, pw, reason, newVersion);
            } finally {
                Arrays.fill(pw, '\0');
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("memberId", m.id());
            out.put("certificateSha256", m.certificateSha256());
            print(out, Messages.get("seats.renew.done", m.name(), Messages.get("role." + m.role().name()),
                    m.certificateSha256()));
            return 0;
        }
    }

    @Command(name = "view", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class View extends WorkspaceCommand {
        @Parameters(paramLabel = "CASE", descriptionKey = "case.ref")
        String caseRef;

        @Option(names = "--member", paramLabel = "MEMBER", required = true, descriptionKey = "review.view.member")
        String member;

        @Option(names = "--point", paramLabel = "POINT", required = true, descriptionKey = "review.view.point")
        List<String> points;

        @Option(names = "--view", paramLabel = "VIEW", required = true, descriptionKey = "review.view.kind")
        String kind;

        @Option(names = "--text", paramLabel = "TEXT", descriptionKey = "review.view.text")
        String text;

        @Option(names = "--new-version", descriptionKey = "review.newVersion")
        boolean newVersion;

        @Override
        protected Integer run(Workspace ws) {
            ViewKind k = ViewKind.parse(kind).orElseThrow(() -> new BadInputException("review.view.unknown", kind));
            ReviewService service = new ReviewService(ws);
            List<ReviewPoint> ps = new ArrayList<>();
            for (String p : points) {
                if (p.equalsIgnoreCase("ALL")) {
                    ps.addAll(Arrays.asList(ReviewPoint.values()));
                } else {
                    ps.add(ReviewPoint.parse(p).orElseThrow(() -> new BadInputException("review.point.unknown", p)));
                }
            }
            boolean nv = newVersion;
            for (ReviewPoint p : ps) {
                service.recordView(caseRef, member, p, k, text, nv);
                nv = false;
            }
            Review r = service.load(caseRef);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("recorded", ps.size());
            out.put("openPoints", r.openPoints().stream().map(Enum::name).toList());
            print(out, Messages.get("review.view.done", ps.size(), r.openPoints().size()));
            return 0;
        }
    }

    @Command(name = "conclude", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Conclude extends WorkspaceCommand {
        @Parameters(paramLabel = "CASE", descriptionKey = "case.ref")
        String caseRef;

        @Option(names = "--conclusion", paramLabel = "CONCLUSION", required = true, descriptionKey = "review.conclude.conclusion")
        String conclusion;

        @Option(names = "--penalty", paramLabel = "TEXT", descriptionKey = "review.conclude.penalty")
        String penalty;

        @Option(names = "--fine", paramLabel = "YUAN", descriptionKey = "review.conclude.fine")
        Long fine;

        @Option(names = "--statutory-range", paramLabel = "TEXT", descriptionKey = "review.conclude.range")
        String range;

        @Option(names = "--benchmark-band", paramLabel = "TEXT", descriptionKey = "review.conclude.band")
        String band;

        @Option(names = "--mitigating", paramLabel = "TEXT", descriptionKey = "review.conclude.mitigating")
        List<String> mitigating = new ArrayList<>();

        @Option(names = "--aggravating", paramLabel = "TEXT", descriptionKey = "review.conclude.aggravating")
        List<String> aggravating = new ArrayList<>();

        @Option(names = "--reasoning", paramLabel = "TEXT", descriptionKey = "review.conclude.reasoning")
        String reasoning;

        @Option(names = "--precedent", paramLabel = "ID", descriptionKey = "review.conclude.precedent")
        List<String> precedents = new ArrayList<>();

        @Option(names = "--new-version", descriptionKey = "review.newVersion")
        boolean newVersion;

        @Override
        protected Integer run(Workspace ws) {
            Conclusion c = Conclusion.parse(conclusion)
                    .orElseThrow(() -> new BadInputException("review.conclusion.unknown", conclusion));
            new ReviewService(ws).setRecommendation(caseRef, new Recommendation(c, penalty, fine, range, band,
                    mitigating, aggravating, reasoning, precedents), newVersion);
            print(Map.of("conclusion", c.name()), Messages.get("review.conclude.done", c.labelZh()));
            return 0;
        }
    }

    @Command(name = "identity", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true,
            subcommands = {IdentityCreate.class, IdentityCertificate.class})
    static final class IdentityGroup extends GroupCommand {
    }

    @Command(name = "create", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class IdentityCreate extends BaseCommand {
        @Option(names = "--name", paramLabel = "NAME", required = true, descriptionKey = "review.member.name")
        String name;

        @Option(names = "--org", paramLabel = "ORG", descriptionKey = "review.member.org")
        String org;

        @Option(names = "--role", paramLabel = "ROLE", required = true, descriptionKey = "sign.role")
        String role;

        @Option(names = "--out", paramLabel = "FILE.p12", required = true, descriptionKey = "identity.create.out")
        Path out;

        @Option(names = "--password-file", paramLabel = "F", required = true, descriptionKey = "sign.passwordFile")
        Path passwordFile;

        @Override
        public Integer call() {
            Role r = OpinionCommands.role(role);
            char[] pw = Identities.readPasswordFile(passwordFile);
            Identities.Info info;
            try {
                info = Identities.create(name, org, r, out, pw);
            } finally {
                Arrays.fill(pw, '\0');
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", out.toString());
            m.put("subject", info.subject());
            m.put("certificateSha256", info.sha256());
            print(m, Messages.get("identity.create.done", out, info.subject(), info.sha256()));
            return 0;
        }
    }

    /**
     * {@code identity certificate}: a member's certificate (never the key) as PEM, to send to the
     * host who registers it with {@code review member --certificate} (ADR 0090).
     */
    @Command(name = "certificate", resourceBundle = "i18n.seats", mixinStandardHelpOptions = true)
    static final class IdentityCertificate extends BaseCommand {
        @Option(names = "--keystore", paramLabel = "FILE.p12", required = true, descriptionKey = "seats.cert.keystore")
        Path keystore;

        @Option(names = "--password-file", paramLabel = "F", required = true, descriptionKey = "sign.passwordFile")
        Path passwordFile;

        @Option(names = "--out", paramLabel = "FILE.pem", required = true, descriptionKey = "seats.cert.out")
        Path out;

        @Override
        public Integer call() {
            char[] pw = Identities.readPasswordFile(passwordFile);
            java.security.cert.X509Certificate cert;
            try {
                cert = Identities.load(keystore, pw).certificate();
            } finally {
                Arrays.fill(pw, '\0');
            }
            if (java.nio.file.Files.isDirectory(out)) {
                throw new BadInputException("signing.out.unwritable", out.toString());
            }
            try {
                String pem = "-----BEGIN CERTIFICATE-----\n" + java.util.Base64.getMimeEncoder(64,
                        "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).encodeToString(cert.getEncoded())
                        + "\n-----END CERTIFICATE-----\n";
                org.jrw.persistence.AtomicFiles.write(out, pem.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            } catch (java.io.IOException | java.security.cert.CertificateEncodingException e) {
                throw new BadInputException("signing.out.unwritable", out.toString());
            }
            Identities.Info info = Identities.info(cert);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", out.toString());
            m.put("subject", info.subject());
            m.put("certificateSha256", info.sha256());
            print(m, Messages.get("seats.cert.done", out, info.subject(), info.sha256()));
            return 0;
        }
    }
}
