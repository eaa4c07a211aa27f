package org.jrw.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jrw.i18n.Messages;
import org.jrw.logic.review.ReviewService;
import org.jrw.logic.signing.Identities;
import org.jrw.logic.signing.OpinionSigner;
import org.jrw.logic.signing.OpinionVerifier;
import org.jrw.logic.signing.SigningIdentity;
import org.jrw.model.BadInputException;
import org.jrw.model.Role;
import org.jrw.model.review.PanelMember;
import org.jrw.persistence.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code opinion render}, {@code sign} and {@code verify}: the joint review opinion as a signed PDF. */
final class OpinionCommands {
    private OpinionCommands() {
    }

    static Role role(String s) {
        return Role.parse(s).orElseThrow(() -> new BadInputException("review.role.unknown", String.valueOf(s)));
    }

    @Command(name = "opinion", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true,
            subcommands = {Render.class})
    static final class OpinionGroup extends GroupCommand {
    }

    @Command(name = "render", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Render extends ReadingCommand {
        @Parameters(paramLabel = "CASE", descriptionKey = "case.ref")
        String caseRef;

        @Option(names = "--out", paramLabel = "FILE.pdf", required = true, descriptionKey = "opinion.render.out")
        Path out;

        @Override
        protected Integer run(Workspace ws) {
            ReviewService.Rendered r = new ReviewService(ws).renderOpinion(caseRef, out);
            if (r.draft()) {
                note(Messages.get("opinion.render.draftNote"));
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", r.file().toString());
            m.put("pages", r.pages());
            print(m, Messages.get(r.draft() ? "opinion.render.doneDraft" : "opinion.render.done", r.file(), r.pages(),
                    r.version()));
            return 0;
        }
    }

    @Command(name = "sign", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Sign extends BaseCommand {
        @Parameters(paramLabel = "PDF", descriptionKey = "sign.pdf")
        Path pdf;

        @Option(names = "--keystore", paramLabel = "FILE.p12", required = true, descriptionKey = "sign.keystore")
        Path keystore;

        @Option(names = "--password-file", paramLabel = "F", required = true, descriptionKey = "sign.passwordFile")
        Path passwordFile;

        @Option(names = "--role", paramLabel = "ROLE", required = true, descriptionKey = "sign.role")
        String role;

        @Option(names = "--out", paramLabel = "FILE.pdf", required = true, descriptionKey = "sign.out")
        Path out;

        @Override
        public Integer call() {
            Role r = role(role);
            char[] password = Identities.readPasswordFile(passwordFile);
            SigningIdentity id;
            try {
                id = Identities.load(keystore, password);
            } finally {
                Arrays.fill(password, '\0');
            }
            Path dir = root().workspace;
            if (dir == null || !Workspace.exists(dir)) {
                OpinionSigner.Result res = OpinionSigner.sign(pdf, id, r, out, true);
                return done(res, r);
            }
            // an explicit workspace: the certificate must be the registered one of a member in
            // that role (its seat), checked before anything is written (ADR 0090)
            Workspace opened;
            try {
                opened = Workspace.open(dir);
            } catch (BadInputException e) {
                if (!"workspace.locked".equals(e.key())) {
                    throw e;
                }
                // in use (the workbench is open): the seat is still checked, the signature not recorded
                note(Messages.get("cli.workspace.readOnly", e.getMessage()));
                opened = Workspace.openReadOnly(dir);
            }
            try (Workspace ws = opened) {
                String caseId = ReviewService.caseIdOfMarker(OpinionVerifier.marker(pdf));
                boolean known = caseId != null && new org.jrw.logic.dossier.DossierService(ws).list().stream()
                        .anyMatch(c -> c.caseId().equals(caseId));
                if (!known) {
                    note(Messages.get("seats.sign.caseNotInWorkspace", pdf, dir));
                    return done(OpinionSigner.sign(pdf, id, r, out, true), r);
                }
                ReviewService service = new ReviewService(ws);
                PanelMember seat = service.requireSeat(caseId, null, r, id.certificate());
                if (seat.certificateSha256() == null) {
                    note(Messages.get("seats.sign.unbound", seat.name(), r.labelZh()));
                }
                OpinionSigner.Result res = OpinionSigner.sign(pdf, id, r, out, true, seat.name());
                if (!res.draft() && ws.readOnly()) {
                    note(Messages.get("sign.notRecorded", dir));
                } else if (!res.draft()) {
                    try {
                        service.recordSignature(caseId, res.file(), res, r);
                    } catch (RuntimeException e) {
                        note(Messages.get("sign.notRecorded", e.getMessage()));
                    }
                }
                return done(res, r);
            }
        }

        private Integer done(OpinionSigner.Result res, Role r) {
            if (res.draft()) {
                // the contract's sign works on any opinion PDF; a draft stays marked as one and is
                // not recorded as the review's signature
                note(Messages.get("sign.draft", res.file()));
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", res.file().toString());
            m.put("signatures", res.signatures());
            m.put("draft", res.draft());
            print(m, Messages.get("sign.done", res.signer(), r.labelZh(), res.file(), res.signatures()));
            return 0;
        }
    }

    @Command(name = "verify", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Verify extends BaseCommand {
        @Parameters(paramLabel = "PDF", descriptionKey = "verify.pdf")
        Path pdf;

        @Override
        public Integer call() {
            OpinionVerifier.Report rep = OpinionVerifier.verify(pdf);
            Path dir = root().workspace;
            if (dir != null && Workspace.exists(dir)) {
                // with an explicit workspace that registers the case's panel, every signature must be
                // its registered member's; a workspace not made yet registers no one (registered: null)
                try (Workspace ws = Workspace.openReadOnly(dir)) {
                    rep = new ReviewService(ws).withRegistration(rep, pdf);
                }
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("intact", rep.intact());
            m.put("complete", rep.complete());
            m.put("draft", rep.draft());
            List<Map<String, Object>> rows = new ArrayList<>();
            StringBuilder human = new StringBuilder();
            // an opinion nobody signed yet is not "every signature valid": it is unsigned
            human.append(Messages.get(!rep.intact() ? "verify.broken"
                    : rep.signatures().isEmpty() ? "fixes.verify.unsigned" : "verify.intact")).append('\n');
            human.append(Messages.get("verify.completeness", rep.signed(), rep.required())).append('\n');
            if (rep.draft()) {
                human.append(Messages.get("verify.draft")).append('\n');
            }
            for (OpinionVerifier.Entry e : rep.signatures()) {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("signer", e.signer());
                s.put("role", e.role() == null ? null : e.role().name());
                s.put("signedAt", e.signedAt());
                s.put("valid", e.valid());
                s.put("coversWholeDocument", e.coversWholeDocument());
                s.put("certificateSha256", e.certificateSha256());
                s.put("registered", e.registered());
                rows.add(s);
                human.append("  ").append(Messages.get(e.valid() ? "verify.row.valid" : "verify.row.invalid",
                        e.signer(), e.role() == null ? "?" : Messages.get("role." + e.role().name()),
                        // the reader's local time, as a person writes it (JSON keeps the ISO instant)
                        org.jrw.model.Timestamps.local(e.signedAt(), "yyyy-MM-dd HH:mm"),
                        Messages.get(e.coversWholeDocument() ? "verify.row.whole" : "verify.row.partial"))).append('\n');
            }
            m.put("signatures", rows);
            OpinionVerifier.Report shown = rep;
            List<String> problems = rep.problems().stream()
                    .map(p -> org.jrw.logic.signing.VerifyProblems.message(p, shown)).toList();
            if (!problems.isEmpty()) {
                m.put("problems", problems);
                problems.forEach(p -> human.append("  - ").append(p).append('\n'));
            }
            print(m, human.toString().stripTrailing());
            if (!rep.intact()) {
                throw new VerificationFailedException(Messages.get("verify.broken"));
            }
            if (rep.anyUnregistered()) {
                throw new VerificationFailedException(Messages.get("seats.verify.failed"));
            }
            return 0;
        }
    }
}
