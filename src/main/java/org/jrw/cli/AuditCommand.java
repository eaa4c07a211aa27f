package org.jrw.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jrw.codec.Json;
import org.jrw.i18n.Messages;
import org.jrw.logic.audit.Audit;
import org.jrw.logic.dossier.DossierService;
import org.jrw.persistence.AuditDao;
import org.jrw.persistence.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "audit", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true,
        subcommands = {AuditCommand.Verify.class, AuditCommand.ListEntries.class})
final class AuditCommand extends GroupCommand {

    /** Turns "key:arg:arg" problem codes into messages. */
    static String message(String problem) {
        String[] parts = problem.split(":");
        return Messages.get(parts[0], (Object[]) Arrays.copyOfRange(parts, 1, parts.length));
    }

    @Command(name = "verify", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Verify extends ReadingCommand {
        @Option(names = "--against", paramLabel = "FILE", descriptionKey = "seats.anchor.against")
        List<java.nio.file.Path> against = new ArrayList<>();

        @Option(names = "--password-file", paramLabel = "F", descriptionKey = "seats.anchor.passwordFile")
        java.nio.file.Path passwordFile;

        @Override
        protected Integer run(Workspace ws) {
            if (!against.isEmpty()) {
                return anchors(ws);
            }
            Audit.Verification v = Audit.verify(ws);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("entries", v.entries());
            m.put("intact", v.intact());
            List<String> problems = v.problems().stream().map(AuditCommand::message).toList();
            if (!problems.isEmpty()) {
                m.put("problems", problems);
            }
            print(m, Messages.get(v.intact() ? "audit.verify.intact" : "audit.verify.broken", v.entries())
                    + (problems.isEmpty() ? "" : "\n  - " + String.join("\n  - ", problems)));
            if (!v.intact()) {
                throw new VerificationFailedException(Messages.get("audit.verify.broken", v.entries()));
            }
            return 0;
        }

        /** {@code --against}: the anchors in files sent out, checked against this history (ADR 0091). */
        private Integer anchors(Workspace ws) {
            char[] pw = passwordFile == null ? null : org.jrw.logic.signing.Identities.readPasswordFile(passwordFile);
            Map<String, org.jrw.logic.signing.AuditAnchors.Anchor> found = new LinkedHashMap<>();
            try {
                for (java.nio.file.Path f : against) {
                    found.put(f.toString(), org.jrw.logic.exchange.AnchorFiles.read(ws, f, pw));
                }
            } finally {
                if (pw != null) {
                    Arrays.fill(pw, '\0');
                }
            }
            org.jrw.logic.signing.AuditAnchors.Check check = org.jrw.logic.signing.AuditAnchors.check(ws, found);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("entries", check.chain().entries());
            m.put("intact", check.intact());
            List<Map<String, Object>> rows = new ArrayList<>();
            StringBuilder human = new StringBuilder();
            for (var a : check.anchors()) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("file", a.file());
                r.put("seq", a.anchor() == null ? null : a.anchor().seq());
                r.put("hash", a.anchor() == null ? null : a.anchor().hash());
                r.put("at", a.anchor() == null ? null : a.anchor().at());
                r.put("ours", a.ours());
                r.put("signatureValid", a.signatureValid());
                r.put("held", a.held());
                rows.add(r);
                if (a.held()) {
                    human.append(Messages.get("seats.anchor.held", a.file(), a.anchor().seq(), a.anchor().at()))
                            .append('\n');
                }
            }
            m.put("anchors", rows);
            List<String> problems = new ArrayList<>(check.chain().problems().stream().map(AuditCommand::message).toList());
            check.problems().stream().map(AuditCommand::message).forEach(problems::add);
            if (!problems.isEmpty()) {
                m.put("problems", problems);
            }
            human.append(Messages.get(check.intact() ? "seats.anchor.intact" : "seats.anchor.broken",
                    check.chain().entries(), check.anchors().size()));
            print(m, human + (problems.isEmpty() ? "" : "\n  - " + String.join("\n  - ", problems)));
            if (!check.intact()) {
                throw new VerificationFailedException(Messages.get("seats.anchor.broken", check.chain().entries(),
                        check.anchors().size()));
            }
            return 0;
        }
    }

    @Command(name = "list", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class ListEntries extends ReadingCommand {
        @Option(names = "--case", paramLabel = "CASE", descriptionKey = "audit.list.case")
        String caseRef;

        @Option(names = "--actor", paramLabel = "NAME", descriptionKey = "audit.list.actor")
        String actor;

        @Override
        protected Integer run(Workspace ws) {
            String caseId = caseRef == null ? null : new DossierService(ws).resolve(caseRef);
            List<Map<String, Object>> rows = new ArrayList<>();
            StringBuilder human = new StringBuilder();
            for (AuditDao.Row r : Audit.list(ws, caseId, actor)) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("seq", r.seq());
                m.put("at", r.at());
                m.put("actor", r.actor());
                m.put("role", r.role());
                m.put("action", r.action());
                m.put("caseId", r.caseId());
                m.put("targets", Json.toJava(parse(r.targets())));
                m.put("before", r.beforeDigest());
                m.put("after", r.afterDigest());
                m.put("details", Json.toJava(parse(r.details())));
                m.put("hash", r.hash());
                rows.add(m);
                human.append(r.seq()).append('\t').append(r.at()).append('\t').append(r.actor())
                        .append(r.role() == null ? "" : " (" + r.role() + ")").append('\t').append(r.action())
                        .append('\t').append(r.caseId() == null ? "" : r.caseId()).append('\n');
            }
            print(Map.of("entries", rows), human.toString().stripTrailing());
            return 0;
        }

        private static com.fasterxml.jackson.databind.JsonNode parse(String s) {
            try {
                return Json.parse(s);
            } catch (java.io.IOException e) {
                // not JSON: shown as a string
                return Json.toTree(s);
            }
        }
    }
}
