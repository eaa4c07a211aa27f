package org.jrw.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.jrw.i18n.Messages;
import org.jrw.model.BadInputException;
import org.jrw.persistence.Workspace;

/**
 * A command on a workspace. The workspace is created on first use; if the command then fails,
 * whatever the opening created is removed again, so a failed command leaves no trace. When
 * another process holds the workspace, commands that only read open it read-only; the others
 * are refused with a message naming the holder.
 */
public abstract class WorkspaceCommand extends BaseCommand {

    protected abstract Integer run(Workspace workspace) throws Exception;

    private org.jrw.logic.services.Services services;

    /** The services composed on the command's workspace (the composition root, ADR 0141); during {@link #run}. */
    protected org.jrw.logic.services.Services services() {
        return services;
    }

    /** True for commands that only read: they may run while another process holds the workspace. */
    protected boolean readOnly() {
        return false;
    }

    @Override
    public final Integer call() throws Exception {
        Path dir = root().workspaceDir().toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new BadInputException("workspace.notDirectory", dir.toString());
        }
        boolean existed = Files.isDirectory(dir);
        Set<Path> before = existed ? entries(dir) : Set.of();
        Workspace ws;
        try {
            ws = Workspace.open(dir);
        } catch (BadInputException e) {
            if (e.key().equals("workspace.locked") && readOnly() && Workspace.exists(dir)) {
                note(Messages.get("cli.workspace.readOnly", e.getMessage()));
                ws = Workspace.openReadOnly(dir);
            } else {
                if (!existed) {
                    Workspace.deleteTree(dir);
                }
                throw e;
            }
        }
        boolean ours = !ws.readOnly();
        try {
            try (Workspace w = ws) {
                services = org.jrw.logic.services.Services.on(w);
                return run(w);
            }
        } catch (Exception | Error e) {
            if (ours) {
                cleanUp(dir, existed, before);
            }
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
        } catch (IOException failure) {
            org.slf4j.LoggerFactory.getLogger(WorkspaceCommand.class)
                    .warn("partly created workspace {} not cleaned up", dir, failure);
            // the original failure is what the user needs to see
        }
    }
}
