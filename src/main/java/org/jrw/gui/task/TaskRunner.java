package org.jrw.gui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.jrw.logic.task.CancelledException;
import org.jrw.logic.task.Progress;

/**
 * Runs long work (I/O, SQL, Lucene, PDF) off the JavaFX thread, one task at a time, and exposes
 * its title, progress (−1 = indeterminate) and running state for the status bar; the work sees a
 * {@link Progress} whose cancel flag the status bar's cancel button sets.
 */
public final class TaskRunner {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "jrw-background");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** The tasks waiting or running, in order (the status bar's task list); changed on the JavaFX thread. */
    private final ObservableList<Task<?>> tasks = FXCollections.observableArrayList();
    private volatile Task<?> current;
    private int active;
    private final boolean sameThread;

    public TaskRunner() {
        this(false);
    }

    private TaskRunner(boolean sameThread) {
        this.sameThread = sameThread;
    }

    /**
     * A runner that does the work at once on the calling thread and then calls {@code onDone} or
     * {@code onError} there: view-models are tested with it without a window or a JavaFX thread.
     */
    public static TaskRunner sameThread() {
        return new TaskRunner(true);
    }

    /**
     * Whether this runner works on the calling thread (tests): a view-model with a thread of its own
     * (a searcher, a debounce) then does that work at once too.
     */
    public boolean isSameThread() {
        return sameThread;
    }

    private static <T> void runHere(Function<Progress, T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        T value;
        try {
            value = work.apply(Progress.NONE);
        } catch (RuntimeException | Error e) {
            onError.accept(e);
            return;
        }
        onDone.accept(value);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The tasks waiting or running (JavaFX thread); cancelling one of them stops it or keeps it from starting. */
    public ObservableList<Task<?>> tasks() {
        return tasks;
    }

    /**
     * Runs {@code work} in the background. {@code onDone} and {@code onError} are called on the
     * JavaFX thread; a cancelled task calls neither but {@code onError} with {@link CancelledException}.
     */
    public <T> Task<T> run(String title, Function<Progress, T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        if (sameThread) {
            runHere(work, onDone, onError);
            return null;
        }
        Task<T> task = new Task<>() {
            {
                updateTitle(title);
            }

            @Override
            protected T call() {
                updateMessage(title);
                updateProgress(-1, 1);
                Progress p = new Progress() {
                    @Override
                    public void update(long done, long total, String msg) {
                        if (total > 0) {
                            updateProgress(done, total);
                        }
                        updateMessage(msg == null || msg.isEmpty() ? title : title + " · " + msg);
                    }

                    @Override
                    public boolean isCancelled() {
                        return isCancelled0();
                    }
                };
                return work.apply(p);
            }

            private boolean isCancelled0() {
                return isCancelled();
            }
        };
        task.setOnRunning(e -> {
            current = task;
            active++;
            running.set(true);
            progress.bind(task.progressProperty());
            message.bind(task.messageProperty());
        });
        Runnable finish = () -> {
            active--;
            progress.unbind();
            message.unbind();
            progress.set(0);
            if (active <= 0) {
                running.set(false);
                message.set("");
            }
            current = null;
        };
        task.setOnSucceeded(e -> {
            tasks.remove(task);
            finish.run();
            onDone.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            tasks.remove(task);
            finish.run();
            onError.accept(task.getException());
        });
        task.setOnCancelled(e -> {
            tasks.remove(task);
            if (current == task) {
                finish.run();
            }
            onError.accept(new CancelledException());
        });
        fx(() -> {
            if (!task.isDone()) {
                tasks.add(task);
            }
        });
        executor.submit(task);
        return task;
    }

    /** Asks the running task to stop; the work rolls back what it started. */
    public void cancel() {
        Task<?> t = current;
        if (t != null) {
            t.cancel(false);
        }
    }

    public void shutdown() {
        executor.shutdownNow();
    }

    /** Runs on the JavaFX thread, now if already there. */
    public static void fx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }
}
