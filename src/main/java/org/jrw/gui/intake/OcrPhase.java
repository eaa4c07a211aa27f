package org.jrw.gui.intake;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.jrw.i18n.Messages;
import org.jrw.logic.intake.IntakeScan;
import org.jrw.logic.task.CancelledException;
import org.jrw.logic.task.Progress;

/**
 * The intake's second phase in the GUI: text recognition of pictures and scans after the list is
 * shown, on its own thread (not the shared {@link org.jrw.gui.task.TaskRunner}, so that changing a
 * type or accepting a field is not queued behind minutes of OCR), with its own progress and stop.
 * Each file read is handed to the view-model on the JavaFX thread; the JavaFX thread never waits
 * for it.
 */
final class OcrPhase {
    private final IntakeViewModel vm;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "intake-ocr");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    /** The run the current flags belong to; a new run or an abandon makes older ones stale. */
    private volatile Run current;

    private static final class Run {
        final IntakeScan scan;
        volatile boolean stopped;

        Run(IntakeScan scan) {
            this.scan = scan;
        }
    }

    OcrPhase(IntakeViewModel vm) {
        this.vm = vm;
    }

    ReadOnlyDoubleProperty progress() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty running() {
        return running.getReadOnlyProperty();
    }

    ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    /** Starts recognising the queued files of {@code sc} (JavaFX thread). */
    void start(IntakeScan sc) {
        Run run = new Run(sc);
        current = run;
        int total = sc.queuedForOcr().size();
        running.set(true);
        progress.set(0);
        status.set(Messages.get("intake.ocr.progress", 0, total));
        thread.submit(() -> {
            var service = vm.service(); // opens the workspace if needed: never on the JavaFX thread
            Progress p = new Progress() {
                @Override
                public void update(long done, long all, String message) {
                    Platform.runLater(() -> {
                        if (current == run && all > 0) {
                            progress.set((double) done / all);
                            status.set(Messages.get("intake.ocr.progress", done, all));
                        }
                    });
                }

                @Override
                public boolean isCancelled() {
                    return run.stopped || current != run;
                }
            };
            boolean stopped = false;
            try {
                service.recognise(sc, p, i -> Platform.runLater(() -> vm.recognised(sc, i)));
            } catch (CancelledException e) {
                // the user stopped recognition: expected, nothing to report
                stopped = true;
            } catch (RuntimeException e) {
                stopped = true;
                java.util.logging.Logger.getLogger(OcrPhase.class.getName())
                        .log(java.util.logging.Level.WARNING, "intake: text recognition failed", e);
            }
            boolean wasStopped = stopped;
            Platform.runLater(() -> {
                if (current == run) {
                    current = null;
                    running.set(false);
                    status.set("");
                    vm.recognitionEnded(sc, wasStopped);
                }
            });
        });
    }

    /** The user's 停止识别: the files not read yet stay 待识别 (the intake itself goes on). */
    void stop() {
        Run run = current;
        if (run != null) {
            run.stopped = true;
        }
    }

    /** The intake is cancelled or replaced: the run is dropped and its results ignored. */
    void abandon() {
        Run run = current;
        current = null;
        if (run != null) {
            run.stopped = true;
        }
        running.set(false);
        status.set("");
    }
}
