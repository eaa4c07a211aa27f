package org.jrw.gui;

/**
 * The questions and messages a view-model puts to the user, without knowing of windows: the
 * screens install {@link FxDialogService}; tests a fake that records what was asked and answers.
 */
public interface DialogService {
    /** An error the user must read (modal, not waited for). */
    void error(String title, String text);

    /** A yes/no question (OK / Cancel); true for OK. Waits for the answer. */
    boolean confirm(String title, String text);

    /** A note that needs no answer and does not block (a notification). */
    void inform(String text);
}
