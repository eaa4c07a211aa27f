package org.jrw.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jrw.i18n.Messages;
import org.jrw.logic.integrity.Backup;
import org.jrw.logic.integrity.WorkspaceCheck;
import org.jrw.logic.task.Progress;
import org.jrw.persistence.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Workspace maintenance: full integrity check, backup, restore. */
final class WorkspaceAdminCommands {
    private WorkspaceAdminCommands() {
    }

    @Command(name = "workspace", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true,
            subcommands = {VerifyWorkspace.class, RulesCommands.Jurisdiction.class})
    static final class WorkspaceGroup extends GroupCommand {
    }

    @Command(name = "verify", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class VerifyWorkspace extends ReadingCommand {
        @Override
        protected Integer run(Workspace ws) {
            WorkspaceCheck.Report r = WorkspaceCheck.run(ws, Progress.NONE);
            List<String> faults = r.faults().stream()
                    .map(f -> Messages.get(f.key(), f.args().toArray())).toList();
            List<String> audit = r.audit().problems().stream().map(AuditCommand::message).toList();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("intact", r.intact());
            m.put("database", r.database());
            m.put("cases", r.cases());
            m.put("vaultFiles", r.vaultFiles());
            m.put("faults", faults);
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("entries", r.audit().entries());
            a.put("intact", r.audit().intact());
            a.put("problems", audit);
            m.put("audit", a);
            StringBuilder human = new StringBuilder(Messages.get(r.intact() ? "integrity.ok" : "integrity.broken",
                    r.cases(), r.vaultFiles(), r.audit().entries()));
            if (!"ok".equals(r.database())) {
                human.append("\n  - ").append(Messages.get("integrity.database", r.database()));
            }
            faults.forEach(f -> human.append("\n  - ").append(f));
            audit.forEach(f -> human.append("\n  - ").append(f));
            print(m, human.toString());
            if (!r.intact()) {
                throw new VerificationFailedException(Messages.get("integrity.broken", r.cases(), r.vaultFiles(),
                        r.audit().entries()));
            }
            return 0;
        }
    }

    @Command(name = "backup", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class BackupCommand extends ReadingCommand {
        @Option(names = "--out", paramLabel = "DIR", required = true, descriptionKey = "backup.out")
        Path out;

        @Override
        protected Integer run(Workspace ws) {
            Backup.Result r = Backup.backup(ws, out, Progress.NONE);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("backup", r.dir().toString());
            m.put("vaultFiles", r.vaultFiles());
            m.put("bytes", r.bytes());
            print(m, Messages.get("backup.done", r.dir(), r.vaultFiles()));
            return 0;
        }
    }

    @Command(name = "restore", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class RestoreCommand extends BaseCommand {
        @Parameters(paramLabel = "BACKUP_DIR", descriptionKey = "restore.from")
        Path from;

        @Override
        public Integer call() {
            Path target = root().workspaceDir();
            Path dir = Backup.restore(from, target);
            WorkspaceCheck.Report r;
            try (Workspace ws = Workspace.open(dir)) {
                r = WorkspaceCheck.run(ws, Progress.NONE);
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("workspace", dir.toString());
            m.put("cases", r.cases());
            m.put("vaultFiles", r.vaultFiles());
            m.put("intact", r.intact());
            print(m, Messages.get("restore.done", dir, r.cases(), r.vaultFiles()));
            if (!r.intact()) {
                throw new VerificationFailedException(Messages.get("integrity.broken", r.cases(), r.vaultFiles(),
                        r.audit().entries()));
            }
            return 0;
        }
    }
}
