package org.jrw.gui.meeting;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import org.jrw.i18n.Messages;

/** The presenter console's keyboard shortcuts and the help card that lists them (F1). */
final class ConsoleShortcuts {
    /** Key → message key of its description, in the order the help overlay lists them. */
    static final String[][] SHORTCUTS = {
        {"→ / PageDown / Space", "meeting.key.nextPage"},
        {"← / PageUp", "meeting.key.previousPage"},
        {"Ctrl+→ / N", "meeting.key.nextItem"},
        {"Ctrl+← / P", "meeting.key.previousItem"},
        {"0–9, Enter", "meeting.key.jump"},
        {"Alt+→ / ]", "meeting.key.nextPoint"},
        {"Alt+← / [", "meeting.key.previousPoint"},
        {"A", "meeting.key.annotation"},
        {"Z", "meeting.key.callout"},
        {"+ / − / F", "meeting.key.zoom"},
        {"B", "meeting.key.blank"},
        {"M", "meeting.key.mask"},
        {"T", "meeting.key.timer"},
        {"V", "meeting.key.view"},
        {"D", "meeting.key.decide"},
        {"Ctrl+Enter", "meeting.key.commit"},
        {"C", "meeting.key.carry"},
        {"Ctrl+E", "meeting.key.end"},
        {"F1", "meeting.key.help"},
        {"Esc", "meeting.key.escape"},
    };

    private ConsoleShortcuts() {
    }

    /** The help overlay's card: every shortcut with what it does. */
    static Node card() {
        GridPane g = new GridPane();
        g.setHgap(24);
        g.setVgap(6);
        Label title = new Label(Messages.get("meeting.gui.help.title"));
        title.setStyle("-fx-font-size: 1.4em; -fx-font-weight: bold;");
        g.add(title, 0, 0, 2, 1);
        int row = 1;
        for (String[] s : SHORTCUTS) {
            Label k = new Label(s[0]);
            k.setStyle("-fx-font-family: monospace; -fx-font-weight: bold;");
            g.add(k, 0, row);
            g.add(new Label(Messages.get(s[1])), 1, row++);
        }
        g.setPadding(new Insets(20));
        g.setStyle("-fx-background-color: -fx-background; -fx-background-radius: 8; -fx-effect: dropshadow(gaussian, black, 20, 0, 0, 4);");
        g.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        return g;
    }
}
