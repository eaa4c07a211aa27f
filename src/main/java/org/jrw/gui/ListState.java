package org.jrw.gui;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.jrw.i18n.Messages;

/**
 * What a list shows when it shows no rows, kept by its view-model (no controls): loading while it
 * loads, empty (with what to do) when there is nothing, the error when loading failed. The view
 * turns it into the list's placeholder with {@link Placeholders}. Changes are made on the thread
 * the view-model's callbacks run on (the JavaFX thread, or the test's with a same-thread runner).
 */
public final class ListState {
    /** The list's state. */
    public enum Kind { LOADING, EMPTY, FAILED, SHOWN }

    private final String loadingKey;
    private final String emptyKey;
    private final ReadOnlyObjectWrapper<Kind> kind = new ReadOnlyObjectWrapper<>(Kind.EMPTY);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper();

    /** @param loadingKey bundle key of "loading …"; @param emptyKey bundle key of "none yet — do this" */
    public ListState(String loadingKey, String emptyKey) {
        this.loadingKey = loadingKey;
        this.emptyKey = emptyKey;
        text.set(Messages.get(emptyKey));
    }

    public void loading() {
        set(Kind.LOADING, Messages.get(loadingKey));
    }

    /** Loaded {@code rows} rows: shown, or empty with the hint. */
    public void loaded(int rows) {
        set(rows > 0 ? Kind.SHOWN : Kind.EMPTY, Messages.get(emptyKey));
    }

    /** Loading failed: the reason (a {@code BadInputException}'s message is already the user's text). */
    public void failed(Throwable t) {
        String why = t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : t.getMessage();
        set(Kind.FAILED, Messages.get("screens.list.failed", why));
    }

    private void set(Kind k, String t) {
        text.set(t);
        kind.set(k);
    }

    public ReadOnlyObjectProperty<Kind> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public Kind kind() {
        return kind.get();
    }

    public String text() {
        return text.get();
    }
}
