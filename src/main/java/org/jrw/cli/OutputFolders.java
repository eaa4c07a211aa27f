package org.jrw.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.jrw.model.BadInputException;
import picocli.CommandLine;

/**
 * One rule for every command that writes a file ({@code --out FILE}, {@code --report FILE}): the
 * folder it goes into must exist. A mistyped folder is refused (exit 2, nothing written) instead
 * of being created — before, four commands created it and seven refused (ADR 0170).
 * {@code backup --out DIR} names a new folder and checks its parent itself.
 */
final class OutputFolders {
    private static final Set<String> OUTPUT_OPTIONS = Set.of("--out", "--report");

    private OutputFolders() {
    }

    static void check(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult leaf = parsed;
        while (leaf.hasSubcommand()) {
            leaf = leaf.subcommand();
        }
        for (CommandLine.Model.OptionSpec o : leaf.matchedOptions()) {
            if (!OUTPUT_OPTIONS.contains(o.longestName()) || "DIR".equals(o.paramLabel())) {
                continue;
            }
            Object v = o.getValue();
            Path target = v instanceof Path p ? p : v instanceof String s && !s.isBlank() ? Path.of(s) : null;
            Path folder = target == null ? null : target.toAbsolutePath().getParent();
            if (folder != null && !Files.isDirectory(folder)) {
                throw new BadInputException("export.out.noFolder", folder.toString());
            }
        }
    }
}
