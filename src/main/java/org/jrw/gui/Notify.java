package org.jrw.gui;

import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Non-blocking confirmations (saved, exported, imported): a ControlsFX notification at the lower
 * right of the window that fades after a few seconds — the work is done and nothing needs an
 * answer, so no modal dialog stops the user. Errors and results with warnings stay dialogs.
 */
public final class Notify {
    private Notify() {
    }

    public static void done(Window owner, String title, String text) {
        if (owner == null || !owner.isShowing()) {
            return;
        }
        Notifications n = Notifications.create().owner(owner).title(title).text(text)
                .hideAfter(Duration.seconds(6)).position(Pos.BOTTOM_RIGHT);
        n.show();
    }
}
