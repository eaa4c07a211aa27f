package org.jrw.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jrw.i18n.Messages;
import org.jrw.logic.exchange.CommentService;
import org.jrw.logic.exchange.ExchangeService;
import org.jrw.logic.exchange.TrustedAdvisers;
import org.jrw.logic.signing.Identities;
import org.jrw.logic.task.Progress;
import org.jrw.model.BadInputException;
import org.jrw.model.Role;
import org.jrw.persistence.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Remote review by exported files: review package out, response package back (ADR 0008). */
final class PackageCommands {
    private PackageCommands() {
    }

    @Command(name = "package", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true,
            subcommands = {ExportReview.class, Open.class, ExportResponse.class, ImportResponse.class, ExportPdf.class,
                    ImportComments.class, TrustGroup.class, Certificate.class})
    static final class PackageGroup extends GroupCommand {
    }

    private static char[] password(Path file) {
        return file == null ? null : Identities.readPasswordFile(file);
    }

    private static void clear(char[] pw) {
        if (pw != null) {
            Arrays.fill(pw, '\0');
        }
    }

    @Command(name = "export-review", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class ExportReview extends WorkspaceCommand {
        @Parameters(paramLabel = "CASE", descriptionKey = "case.ref")
        String caseRef;

        @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "package.exportReview.out")
        Path out;

        @Option(names = "--password-file", paramLabel = "F", descriptionKey = "package.passwordFile")
        Path passwordFile;

        @Option(names = "--only", paramLabel = "ID", split = ",", descriptionKey = "package.exportReview.only")
        List<String> only;

        @Override
        protected Integer run(Workspace ws) {
            char[] pw = password(passwordFile);
            ExchangeService.ExportResult r;
            try {
                Set<String> subset = only == null ? Set.of() : new LinkedHashSet<>(only);
                r = services().exchange().exportReview(caseRef, out, pw, subset, Progress.NONE);
            } finally {
                clear(pw);
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", r.file().toString());
            m.put("packageId", r.packageId());
            m.put("sha256", r.sha256());
            m.put("encrypted", r.encrypted());
            print(m, Messages.get("package.exportReview.done", r.file(), r.documents(), r.evidence(), r.annotations(),
                    Messages.get(r.encrypted() ? "package.encrypted.yes" : "package.encrypted.no"), r.sha256()));
            return 0;
        }
    }

    @Command(name = "open", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Open extends WorkspaceCommand {
        @Parameters(paramLabel = "FILE", descriptionKey = "package.open.file")
        Path file;

        @Option(names = "--password-file", paramLabel = "F", descriptionKey = "package.passwordFile")
        Path passwordFile;

        @Override
        protected Integer run(Workspace ws) {
            char[] pw = password(passwordFile);
            ExchangeService.OpenResult r;
            try {
                r = services().exchange().open(file, pw, Progress.NONE);
            } finally {
                clear(pw);
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("caseId", r.caseId());
            m.put("caseNumber", r.caseNumber());
            m.put("sender", r.sender());
            m.put("senderCertificateSha256", r.senderCertificateSha256());
            m.put("alreadyOpen", r.alreadyOpen());
            print(m, Messages.get(r.alreadyOpen() ? "package.open.already" : "package.open.done", r.caseNumber(),
                    r.caseId(), r.sender(), r.senderCertificateSha256(), r.documents(), r.evidence(), r.annotations(),
                    r.views()));
            return 0;
        }
    }

    @Command(name = "export-response", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class ExportResponse extends WorkspaceCommand {
        @Parameters(paramLabel = "CASE", descriptionKey = "case.ref")
        String caseRef;

        @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "package.exportResponse.out")
        Path out;

        @Override
        protected Integer run(Workspace ws) {
            ExchangeService.ResponseResult r = services().exchange().exportResponse(caseRef, out);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", r.file().toString());
            m.put("responseId", r.responseId());
            m.put("sha256", r.sha256());
            print(m, Messages.get("package.exportResponse.done", r.file(), r.annotations(), r.views(), r.opinions(),
                    r.sha256()));
            return 0;
        }
    }

    @Command(name = "import-response", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class ImportResponse extends WorkspaceCommand {
        @Parameters(paramLabel = "FILE", descriptionKey = "package.importResponse.file")
        Path file;

        @Option(names = "--preview", descriptionKey = "package.importResponse.preview")
        boolean preview;

        @Option(names = "--take-theirs", paramLabel = "KEY", split = ",",
                descriptionKey = "package.importResponse.takeTheirs")
        List<String> takeTheirs;

        @Option(names = "--accept-unknown", descriptionKey = "package.importResponse.acceptUnknown")
        boolean acceptUnknown;

        @Override
        protected boolean readOnly() {
            return preview;
        }

        @Override
        protected Integer run(Workspace ws) {
            ExchangeService svc = services().exchange();
            ExchangeService.MergeResult r = preview ? svc.preview(file)
                    : svc.importResponse(file, takeTheirs == null ? Set.of() : new LinkedHashSet<>(takeTheirs),
                    acceptUnknown);
            for (String k : takeTheirs == null ? List.<String>of() : takeTheirs) {
                if (!k.equals("*") && r.changes().stream().noneMatch(c -> c.key().equals(k))
                        && r.conflicts().stream().noneMatch(c -> c.key().equals(k))) {
                    note(Messages.get("package.importResponse.takeTheirsUnknown", k));
                }
            }
            if (r.adviserRegistered()) {
                note(Messages.get("package.importResponse.registered", r.registeredAdviser(),
                        r.adviserCertificateSha256()));
            } else {
                note(Messages.get(r.registrationRequired() ? "package.importResponse.unregisteredAccepted"
                        : "package.importResponse.unregistered", r.adviser(), r.adviserCertificateSha256()));
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("annotations", r.annotations());
            m.put("opinions", r.views() + r.opinions());
            List<Map<String, Object>> conflicts = new ArrayList<>();
            StringBuilder human = new StringBuilder(Messages.get(preview ? "package.importResponse.preview.head"
                            : "package.importResponse.done", r.caseNumber(), r.adviser(), r.annotations(), r.views(),
                    r.opinions(), r.conflicts().size()));
            for (ExchangeService.Conflict c : r.conflicts()) {
                Map<String, Object> cm = new LinkedHashMap<>();
                cm.put("item", c.key());
                cm.put("reason", c.reason());
                cm.put("ours", c.ours());
                cm.put("theirs", c.theirs());
                conflicts.add(cm);
                human.append('\n').append(Messages.get("package.importResponse.conflict", c.key(),
                        Messages.get("exchange.conflict." + c.reason()), c.ours() == null ? "—" : c.ours(),
                        c.theirs() == null ? "—" : c.theirs()));
            }
            m.put("conflicts", conflicts);
            m.put("views", r.views());
            m.put("signedOpinions", r.opinions());
            m.put("caseId", r.caseId());
            m.put("responseId", r.responseId());
            m.put("adviser", r.adviser());
            m.put("adviserCertificateSha256", r.adviserCertificateSha256());
            m.put("alreadyImported", r.alreadyImported());
            m.put("adviserRegistered", r.adviserRegistered());
            m.put("registeredName", r.registeredAdviser());
            m.put("registrationRequired", r.registrationRequired());
            if (preview) {
                m.put("preview", true);
                m.put("changes", r.changes().stream().map(c -> Map.of("item", c.key(), "action", c.action(),
                        "summary", c.summary())).toList());
                r.changes().forEach(c -> human.append('\n').append("  + ")
                        .append(Messages.get("exchange.change." + c.action())).append(' ')
                        .append(c.key()).append("  ").append(c.summary()));
            }
            print(m, human.toString());
            return 0;
        }
    }

    @Command(name = "export-pdf", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class ExportPdf extends WorkspaceCommand {
        @Parameters(paramLabel = "CASE", descriptionKey = "case.ref")
        String caseRef;

        @Option(names = "--out", paramLabel = "FILE.pdf", required = true, descriptionKey = "package.exportPdf.out")
        Path out;

        @Override
        protected Integer run(Workspace ws) {
            CommentService.PdfExportResult r = services().comments().exportPdf(caseRef, out, Progress.NONE);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", r.file().toString());
            m.put("exportId", r.exportId());
            m.put("sha256", r.sha256());
            m.put("pages", r.pages());
            m.put("items", r.items());
            m.put("annotations", r.annotations());
            print(m, Messages.get("package.exportPdf.done", r.file(), r.pages(), r.items(), r.annotations(),
                    r.sha256()));
            return 0;
        }
    }

    @Command(name = "import-comments", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class ImportComments extends WorkspaceCommand {
        @Parameters(index = "0", paramLabel = "CASE", descriptionKey = "case.ref")
        String caseRef;

        @Parameters(index = "1", arity = "0..1", paramLabel = "FILE.pdf", descriptionKey = "package.importComments.pdf")
        Path pdf;

        @Option(names = "--xfdf", paramLabel = "FILE.xfdf", descriptionKey = "package.importComments.xfdf")
        Path xfdf;

        @Option(names = "--role", paramLabel = "ROLE", descriptionKey = "package.importComments.role")
        String role;

        @Option(names = "--author", paramLabel = "NAME", descriptionKey = "package.importComments.author")
        String author;

        @Override
        protected Integer run(Workspace ws) {
            Role r = Role.LEGAL_ADVISER;
            if (role != null) {
                r = Role.parse(role).orElseThrow(() -> new BadInputException("annotation.role.invalid", role));
            }
            CommentService.ImportResult res = services().comments().importComments(caseRef, pdf, xfdf,
                    new CommentService.Options(r, author), Progress.NONE);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("caseId", res.caseId());
            m.put("exportId", res.exportId());
            m.put("file", res.file().toString());
            m.put("annotations", res.written());
            m.put("added", res.added());
            m.put("replies", res.replies());
            m.put("updated", res.updated());
            m.put("unchanged", res.unchanged());
            m.put("skipped", res.skipped());
            List<Map<String, Object>> items = new ArrayList<>();
            StringBuilder human = new StringBuilder(Messages.get("package.importComments.done", res.caseNumber(),
                    res.file().getFileName(), res.added(), res.replies(), res.updated(), res.unchanged(),
                    res.skipped().values().stream().mapToInt(Integer::intValue).sum()));
            for (CommentService.Item i : res.items()) {
                Map<String, Object> im = new LinkedHashMap<>();
                im.put("id", i.id());
                im.put("key", i.key());
                im.put("action", i.action());
                im.put("target", i.target());
                im.put("page", i.page());
                im.put("rects", i.rects().stream().map(x -> x.asList()).toList());
                im.put("author", i.author());
                im.put("parentId", i.parentId());
                im.put("note", i.note());
                items.add(im);
                human.append('\n').append(Messages.get("package.importComments.item",
                        Messages.get("package.importComments.action." + i.action()), i.target(),
                        i.page() == null ? "—" : i.page(), i.author(), i.note()));
            }
            m.put("items", items);
            print(m, human.toString());
            return 0;
        }
    }

    @Command(name = "trust", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true,
            subcommands = {TrustAdd.class, TrustList.class, TrustRemove.class})
    static final class TrustGroup extends GroupCommand {
    }

    private static Map<String, Object> registered(TrustedAdvisers.Registered r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sha256", r.sha256());
        m.put("name", r.name());
        m.put("subject", r.subject());
        m.put("notBefore", r.notBefore());
        m.put("notAfter", r.notAfter());
        m.put("addedAt", r.addedAt());
        m.put("addedBy", r.addedBy());
        return m;
    }

    @Command(name = "add", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class TrustAdd extends WorkspaceCommand {
        @Parameters(paramLabel = "CERT", descriptionKey = "package.trust.add.cert")
        Path cert;

        @Option(names = "--name", paramLabel = "NAME", descriptionKey = "package.trust.add.name")
        String name;

        @Override
        protected Integer run(Workspace ws) {
            TrustedAdvisers.AddResult r = services().trustedAdvisers().add(cert, name);
            Map<String, Object> m = registered(r.adviser());
            m.put("added", r.added());
            print(m, Messages.get(r.added() ? "package.trust.add.done" : "package.trust.add.again", r.adviser().name(),
                    r.adviser().sha256(), r.adviser().subject(), r.adviser().notAfter()));
            return 0;
        }
    }

    @Command(name = "list", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class TrustList extends ReadingCommand {
        @Override
        protected Integer run(Workspace ws) {
            List<TrustedAdvisers.Registered> list = services().trustedAdvisers().list();
            StringBuilder human = new StringBuilder(Messages.get(list.isEmpty() ? "package.trust.list.none"
                    : "package.trust.list.head", list.size()));
            for (TrustedAdvisers.Registered r : list) {
                human.append('\n').append(Messages.get("package.trust.list.item", r.name(), r.sha256(), r.subject(),
                        r.notAfter()));
            }
            print(Map.of("advisers", list.stream().map(PackageCommands::registered).toList()), human.toString());
            return 0;
        }
    }

    @Command(name = "remove", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class TrustRemove extends WorkspaceCommand {
        @Parameters(paramLabel = "SHA256", descriptionKey = "package.trust.remove.sha256")
        String fingerprint;

        @Override
        protected Integer run(Workspace ws) {
            TrustedAdvisers.Registered r = services().trustedAdvisers().remove(fingerprint);
            print(registered(r), Messages.get("package.trust.remove.done", r.name(), r.sha256()));
            return 0;
        }
    }

    @Command(name = "certificate", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Certificate extends WorkspaceCommand {
        @Option(names = "--out", paramLabel = "FILE.pem", required = true, descriptionKey = "package.certificate.out")
        Path out;

        @Override
        protected Integer run(Workspace ws) {
            TrustedAdvisers.OwnCertificate c = services().trustedAdvisers().exportOwn(out);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", c.file().toString());
            m.put("sha256", c.sha256());
            m.put("subject", c.subject());
            print(m, Messages.get("package.certificate.done", c.file(), c.sha256(), c.subject()));
            return 0;
        }
    }
}
