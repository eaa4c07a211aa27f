package org.jrw.gui;

import java.nio.file.Path;
import org.jrw.gui.task.TaskRunner;
import org.jrw.logic.dossier.DossierService;
import org.jrw.persistence.Workspace;

/** What the screens share: the open workspace, its services and the background task runner. */
public final class AppContext implements AutoCloseable {
    private final Path workspaceDir;
    private final TaskRunner tasks = new TaskRunner();
    private volatile Workspace workspace;
    private volatile DossierService dossiers;

    public AppContext(Path workspaceDir) {
        this.workspaceDir = workspaceDir;
    }

    public Path workspaceDir() {
        return workspaceDir;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    /** Opens the workspace (background thread only: creates folders and runs migrations). */
    public synchronized Workspace openWorkspace() {
        if (workspace == null) {
            workspace = Workspace.open(workspaceDir);
            dossiers = new DossierService(workspace);
        }
        return workspace;
    }

    public DossierService dossiers() {
        openWorkspace();
        return dossiers;
    }

    @Override
    public synchronized void close() {
        tasks.shutdown();
        if (workspace != null) {
            workspace.close();
            workspace = null;
        }
    }
}
