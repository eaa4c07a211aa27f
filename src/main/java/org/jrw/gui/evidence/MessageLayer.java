package org.jrw.gui.evidence;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * The content of a reusable viewer with, over it when a file cannot be shown, a message. The
 * content and the viewer's toolbars are hidden, not removed, so that the next file needs no new
 * nodes (and no new CSS pass).
 */
final class MessageLayer extends StackPane {
    private final Node content;
    private Node message;

    MessageLayer(Node content) {
        super(content);
        this.content = content;
    }

    /** Shows {@code box} in place of the content; {@code chrome} (nulls allowed) is hidden too. */
    void show(Node box, Node... chrome) {
        if (message != null) {
            getChildren().remove(message);
        }
        message = box;
        content.setVisible(false);
        getChildren().add(box);
        shown(false, chrome);
    }

    /** Takes the message away and shows the content again (the caller shows its toolbars when ready). */
    void clear() {
        if (message != null) {
            getChildren().remove(message);
            message = null;
            content.setVisible(true);
        }
    }

    /** Shows or hides nodes, in the layout or out of it (nulls allowed). */
    static void shown(boolean on, Node... nodes) {
        for (Node n : nodes) {
            if (n != null) {
                n.setVisible(on);
                n.setManaged(on);
            }
        }
    }
}
