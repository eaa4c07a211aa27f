package org.jrw.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.jrw.persistence.Workspace;

/**
 * A command on a workspace. The workspace is created on first use; if the command then fails,
 * whatever the opening created is removed again, so a failed command leaves no trace.
 */
public abstract class WorkspaceCommand extends BaseCommand {

    protected abstract Integer run(Workspace workspace) throws Exception;

    @Override
    public final Integer call() throws Exception {
        Path dir = root().workspaceDir().toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new org.jrw.model.BadInputException("workspace.notDirectory", dir.toString());
        }
        boolean existed = Files.isDirectory(dir);
        Set<Path> before = existed ? entries(dir) : Set.of();
        try {
            try (Workspace ws = Workspace.open(dir)) {
                return run(ws);
            }
        } catch (Exception | Error e) {
            cleanUp(dir, existed, before);
            throw e;
        }
    }

    private static Set<Path> entries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return new HashSet<>(s.toList());
        }
    }

    private static void cleanUp(Path dir, boolean existed, Set<Path> before) {
        try {
            if (!existed) {
                Workspace.deleteTree(dir);
            } else {
                for (Path p : entries(dir)) {
                    if (!before.contains(p)) {
                        Workspace.deleteTree(p);
                    }
                }
            }
        } catch (IOException ignored) {
            // the original failure is what the user needs to see
        }
    }
}
