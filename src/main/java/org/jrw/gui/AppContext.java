package org.jrw.gui;

import java.nio.file.Path;
import org.jrw.gui.task.TaskRunner;
import org.jrw.logic.services.Services;

/**
 * What the screens share: the services composed once on the workspace (it is the composition root's
 * {@link Services}, ADR 0141: the workspace opens lazily, on a background thread, read-only when another
 * process holds it), the preferences and the background task runner.
 */
public final class AppContext extends Services {
    private final TaskRunner tasks;

    private final org.jrw.logic.settings.PreferencesStore prefsStore;
    private volatile org.jrw.logic.settings.Preferences prefs;

    public AppContext(Path workspaceDir) {
        this(workspaceDir, Services.userConfigDir());
    }

    public AppContext(Path workspaceDir, Path configDir) {
        this(workspaceDir, configDir, new TaskRunner());
    }

    /** With a runner of one's own: {@link TaskRunner#sameThread()} tests view-models without a window. */
    public AppContext(Path workspaceDir, Path configDir, TaskRunner tasks) {
        super(workspaceDir);
        this.tasks = tasks;
        this.prefsStore = new org.jrw.logic.settings.PreferencesStore(configDir);
        this.prefs = prefsStore.loadOrDefaults();
        applyIdentity();
    }

    /** With preferences already read (at start-up, in parallel with the toolkit). */
    public AppContext(Path workspaceDir, org.jrw.logic.settings.Preferences prefs) {
        super(workspaceDir);
        this.tasks = new TaskRunner();
        this.prefsStore = new org.jrw.logic.settings.PreferencesStore(Services.userConfigDir());
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

    public TaskRunner tasks() {
        return tasks;
    }

    private final java.util.List<Runnable> onClose = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Work to do when the application closes (e.g. a screen's worker pool and open files), before the workspace closes. */
    public void onClose(Runnable r) {
        onClose.add(r);
    }

    @Override
    public void close() {
        // before taking this object's lock: the background writer of remembered values takes it too
        Remembered.flush();
        closeServices();
    }

    private synchronized void closeServices() {
        for (Runnable r : onClose) {
            try {
                r.run();
            } catch (RuntimeException e) {
                System.getLogger("jrw").log(System.Logger.Level.WARNING, "on close: " + e);
            }
        }
        onClose.clear();
        tasks.shutdown();
        super.close();
    }
}
