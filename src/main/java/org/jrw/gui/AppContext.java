package org.jrw.gui;

import java.nio.file.Path;
import org.jrw.gui.task.TaskRunner;
import org.jrw.logic.dossier.DossierService;
import org.jrw.persistence.Workspace;

/** What the screens share: the open workspace, its services and the background task runner. */
public final class AppContext implements AutoCloseable {
    private final Path workspaceDir;
    private final TaskRunner tasks;
    private volatile Workspace workspace;
    private volatile DossierService dossiers;

    private final org.jrw.logic.settings.PreferencesStore prefsStore;
    private volatile org.jrw.logic.settings.Preferences prefs;

    public AppContext(Path workspaceDir) {
        this(workspaceDir, org.jrw.persistence.UserDirs.config());
    }

    public AppContext(Path workspaceDir, Path configDir) {
        this(workspaceDir, configDir, new TaskRunner());
    }

    /** With a runner of one's own: {@link TaskRunner#sameThread()} tests view-models without a window. */
    public AppContext(Path workspaceDir, Path configDir, TaskRunner tasks) {
        this.tasks = tasks;
        this.workspaceDir = workspaceDir;
        this.prefsStore = new org.jrw.logic.settings.PreferencesStore(configDir);
        this.prefs = prefsStore.loadOrDefaults();
        applyIdentity();
    }

    /** With preferences already read (at start-up, in parallel with the toolkit). */
    public AppContext(Path workspaceDir, org.jrw.logic.settings.Preferences prefs) {
        this.tasks = new TaskRunner();
        this.workspaceDir = workspaceDir;
        this.prefsStore = new org.jrw.logic.settings.PreferencesStore(org.jrw.persistence.UserDirs.config());
        this.prefs = prefs;
        applyIdentity();
    }

    private final java.util.List<Runnable> casesChanged = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Called (on the JavaFX thread) whenever a window adds or removes a case: the case list re-reads. */
    public void onCasesChanged(Runnable r) {
        casesChanged.add(r);
    }

    /** A window added or removed a case (training material, intake): every case list refreshes. */
    public void casesChanged() {
        casesChanged.forEach(Runnable::run);
    }

    public org.jrw.logic.settings.Preferences preferences() {
        return prefs;
    }

    /** Saves new preferences (small file, atomic) and makes the identity current. */
    public void savePreferences(org.jrw.logic.settings.Preferences p) {
        prefsStore.save(p);
        prefs = p;
        applyIdentity();
    }

    private void applyIdentity() {
        var id = prefs.identity();
        if (id != null && id.complete()) {
            org.jrw.logic.audit.Actor.setCurrent(new org.jrw.logic.audit.Actor(id.name(), id.role()));
        }
    }

    public Path workspaceDir() {
        return workspaceDir;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    /**
     * Opens the workspace (background thread only: creates folders and runs migrations). When
     * another process holds it, opens it read-only and remembers who holds it.
     */
    public synchronized Workspace openWorkspace() {
        if (workspace == null) {
            try {
                workspace = Workspace.open(workspaceDir);
            } catch (org.jrw.model.BadInputException e) {
                if (!"workspace.locked".equals(e.key()) || !Workspace.exists(workspaceDir)) {
                    throw e;
                }
                lockedBy = e.getMessage();
                workspace = Workspace.openReadOnly(workspaceDir);
            }
            dossiers = new DossierService(workspace);
        }
        return workspace;
    }

    private volatile String lockedBy;

    /** The "in use by …" message when the workspace was opened read-only, else null. */
    public String lockedBy() {
        return lockedBy;
    }

    public DossierService dossiers() {
        openWorkspace();
        return dossiers;
    }

    private final java.util.List<Runnable> onClose = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Work to do when the application closes (e.g. a screen's worker pool and open files), before the workspace closes. */
    public void onClose(Runnable r) {
        onClose.add(r);
    }

    @Override
    public synchronized void close() {
        for (Runnable r : onClose) {
            try {
                r.run();
            } catch (RuntimeException e) {
                System.getLogger("jrw").log(System.Logger.Level.WARNING, "on close: " + e);
            }
        }
        onClose.clear();
        tasks.shutdown();
        if (workspace != null) {
            workspace.close();
            workspace = null;
        }
    }
}
