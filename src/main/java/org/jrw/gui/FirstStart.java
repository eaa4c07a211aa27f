package org.jrw.gui;

import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * The first start's questions one after the other, never two dialogs at once: who the user is
 * (name and role) first, then — once the workspace is open and that dialog is closed — the
 * bureau's jurisdiction. Either may be unnecessary (already set); the jurisdiction is asked once.
 */
public final class FirstStart {
    private FirstStart() {
    }

    /**
     * @param needIdentity    whether the identity is still to be asked
     * @param askIdentity     shows the identity dialog and returns when it is closed (showAndWait)
     * @param ready           true once the workspace is open
     * @param askJurisdiction asks for the jurisdiction if it is missing
     */
    public static void run(boolean needIdentity, Runnable askIdentity, ObservableBooleanValue ready,
                           Runnable askJurisdiction) {
        SimpleBooleanProperty identityDone = new SimpleBooleanProperty(!needIdentity);
        boolean[] asked = {false};
        Runnable next = () -> {
            if (!asked[0] && identityDone.get() && ready.get()) {
                asked[0] = true;
                askJurisdiction.run();
            }
        };
        ready.addListener((o, was, now) -> next.run());
        identityDone.addListener((o, was, now) -> next.run());
        if (needIdentity) {
            Platform.runLater(() -> {
                try {
                    askIdentity.run();
                } finally {
                    identityDone.set(true);
                }
            });
        } else {
            next.run();
        }
    }
}
