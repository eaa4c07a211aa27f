package org.jrw.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;
import org.jrw.persistence.WorkspaceLocation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command: common options, inherited by every subcommand (before or after its name). */
@Command(name = "jrw", mixinStandardHelpOptions = true, versionProvider = JrwCommand.Version.class,
        resourceBundle = "i18n.cli",
        subcommands = {InitCommand.class, CaseCommand.class, LawCommand.class, CheckCommand.class, EvaluateCommand.class,
                TypicalCommands.TypicalGroup.class, TypicalCommands.DashboardCommand.class,
                AnnotationCommand.class, AuditCommand.class, AnonymizeCommand.class, TrainingCommand.class,
                PrecedentCommands.PrecedentGroup.class, PrecedentCommands.Search.class, PrecedentCommands.Similar.class,
                WorkspaceAdminCommands.WorkspaceGroup.class, WorkspaceAdminCommands.BackupCommand.class,
                WorkspaceAdminCommands.RestoreCommand.class,
                OpinionCommands.OpinionGroup.class, OpinionCommands.Sign.class, OpinionCommands.Verify.class,
                ReviewCommands.ReviewGroup.class, ReviewCommands.IdentityGroup.class, PackageCommands.PackageGroup.class,
                MeetingCommands.MeetingGroup.class,
                RulesCommands.RulesGroup.class,
                CommandLine.HelpCommand.class})
public final class JrwCommand implements Runnable {
    @Option(names = "--workspace", paramLabel = "DIR", scope = ScopeType.INHERIT, descriptionKey = "opt.workspace")
    Path workspace;

    @Option(names = "--json", scope = ScopeType.INHERIT, descriptionKey = "opt.json")
    boolean json;

    @Option(names = "--lang", paramLabel = "zh|en", scope = ScopeType.INHERIT, descriptionKey = "opt.lang")
    String lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public Path workspaceDir() {
        return workspace != null ? workspace : WorkspaceLocation.defaultDir();
    }

    public boolean json() {
        return json;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), org.jrw.i18n.Messages.get("cli.command.missing"));
    }

    /** The program's version from the build. */
    public static final class Version implements CommandLine.IVersionProvider {
        public static String version() {
            Properties p = new Properties();
            try (InputStream in = JrwCommand.class.getResourceAsStream("/org/jrw/build.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException failure) {
                org.slf4j.LoggerFactory.getLogger(JrwCommand.class)
                        .debug("build properties not read; version shown as dev", failure);
                // fall through to "dev"
            }
            return p.getProperty("version", "dev");
        }

        @Override
        public String[] getVersion() {
            return new String[] {"jrw " + version() + " (联审工作台 Joint Review Workbench), Java "
                    + System.getProperty("java.version") + ", AGPL-3.0"};
        }
    }
}
