package org.jrw.gui;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jrw.i18n.Messages;
import org.jrw.logic.exchange.TrustedAdvisers;
import org.jrw.logic.task.CancelledException;

/**
 * The state of 受信任的法律顾问证书 (ADR 0008 addendum): the registered adviser certificates, and
 * the actions add, remove and export this workstation's certificate — the GUI counterpart of
 * {@code package trust add|list|remove} and {@code package certificate}. All work runs in the
 * {@link org.jrw.gui.task.TaskRunner}; results and errors come back on the JavaFX thread as the
 * list, {@link #messageProperty()} and {@link #errorProperty()}.
 */
public final class TrustedAdvisersViewModel {
    private final AppContext ctx;
    private final ObservableList<TrustedAdvisers.Registered> advisers = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public TrustedAdvisersViewModel(AppContext ctx) {
        this.ctx = ctx;
    }

    public ObservableList<TrustedAdvisers.Registered> advisers() {
        return advisers;
    }

    /** What the last action did (Chinese or English per the language setting). */
    public StringProperty messageProperty() {
        return message;
    }

    /** Why the last action failed; empty when it did not. */
    public StringProperty errorProperty() {
        return error;
    }

    /** True while an action of this dialog runs in the background. */
    public BooleanProperty busyProperty() {
        return busy;
    }

    private TrustedAdvisers trust() {
        return ctx.trustedAdvisers();
    }

    /** Reads the registered certificates. */
    public void load() {
        begin();
        ctx.tasks().run(Messages.get("exchange.trust.task.load"), p -> trust().list(), list -> {
            busy.set(false);
            advisers.setAll(list);
        }, this::fail);
    }

    /**
     * Registers the certificate in {@code file} under {@code name} (blank: the certificate's CN).
     * A file that is not exactly one readable X.509 certificate is refused with a message naming
     * it, and nothing is written.
     */
    public void add(Path file, String name) {
        begin();
        ctx.tasks().run(Messages.get("exchange.trust.task.add", file.getFileName()), p -> {
            TrustedAdvisers t = trust();
            TrustedAdvisers.AddResult r = t.add(file, name);
            return new Added(r, t.list());
        }, (Added a) -> {
            busy.set(false);
            advisers.setAll(a.list());
            message.set(Messages.get(a.result().added() ? "exchange.trust.added" : "exchange.trust.addedAgain",
                    a.result().adviser().name(), a.result().adviser().sha256()));
        }, t -> fail(Messages.get("exchange.trust.addFailed", String.valueOf(file.getFileName()), describe(t)), t));
    }

    private record Added(TrustedAdvisers.AddResult result, List<TrustedAdvisers.Registered> list) {
    }

    private record Removed(TrustedAdvisers.Registered removed, List<TrustedAdvisers.Registered> list) {
    }

    /** Removes a registration (the caller has asked the user to confirm). */
    public void remove(TrustedAdvisers.Registered r) {
        if (r == null) {
            return;
        }
        begin();
        ctx.tasks().run(Messages.get("exchange.trust.task.remove", r.name()), p -> {
            TrustedAdvisers t = trust();
            return new Removed(t.remove(r.sha256()), t.list());
        }, (Removed x) -> {
            busy.set(false);
            advisers.setAll(x.list());
            message.set(Messages.get("exchange.trust.removed", x.removed().name(), x.removed().sha256()));
        }, this::fail);
    }

    /** Writes this workstation's certificate (PEM) to {@code out}, for the host to register. */
    public void exportOwn(Path out) {
        begin();
        ctx.tasks().run(Messages.get("exchange.trust.task.export"), p -> trust().exportOwn(out),
                (TrustedAdvisers.OwnCertificate c) -> {
                    busy.set(false);
                    message.set(Messages.get("exchange.trust.exported", c.file(), c.sha256(), c.subject()));
                }, this::fail);
    }

    private void begin() {
        busy.set(true);
        error.set("");
        message.set("");
    }

    private void fail(Throwable t) {
        fail(describe(t), t);
    }

    private void fail(String text, Throwable t) {
        busy.set(false);
        if (t instanceof CancelledException) {
            error.set(Messages.get("gui.task.cancelled"));
            return;
        }
        error.set(text);
    }

    private static String describe(Throwable t) {
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
