package org.jrw.gui;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walks a screen with the Tab key as a keyboard user would and records the focused controls: the
 * path (ids or texts in order), whether it came back to where it started (no focus trap), and the
 * actionable controls Tab never reached. In an editable text area Tab types a tab, so the walk
 * leaves it with Ctrl+Tab as the platform does.
 */
public final class KeyboardPath {
    public final List<Node> visited = new ArrayList<>();
    public boolean cycled;

    private KeyboardPath() {
    }

    /** Starts at {@code first} (focused first) and presses Tab until focus returns to it, at most {@code max} times. */
    public static KeyboardPath walk(FxRobot robot, Node first, int max) {
        KeyboardPath p = new KeyboardPath();
        robot.interact(first::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        Scene scene = first.getScene();
        p.visited.add(scene.getFocusOwner());
        for (int i = 0; i < max; i++) {
            Node now = scene.getFocusOwner();
            if (now instanceof TextArea ta && ta.isEditable()) {
                robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
            } else {
                robot.type(KeyCode.TAB);
            }
            WaitForAsyncUtils.waitForFxEvents();
            Node next = scene.getFocusOwner();
            if (next == p.visited.get(0)) {
                p.cycled = true;
                return p;
            }
            p.visited.add(next);
        }
        return p;
    }

    /** The visited controls by id (or their class name when they have none). */
    public List<String> ids() {
        List<String> out = new ArrayList<>();
        for (Node n : visited) {
            out.add(n == null ? "null" : n.getId() != null ? n.getId() : n.getClass().getSimpleName());
        }
        return out;
    }

    /** The index on the path of the control with this id, or -1. */
    public int indexOf(String id) {
        return ids().indexOf(id);
    }

    /**
     * The actionable controls of {@code root} (focus-traversable, visible, enabled, inside a shown
     * branch) that the walk never reached, nor any control inside them.
     */
    public List<Node> unreached(Parent root) {
        Map<Node, Boolean> seen = new IdentityHashMap<>();
        for (Node n : visited) {
            for (Node p = n; p != null; p = p.getParent()) {
                seen.put(p, true);
            }
        }
        List<Node> out = new ArrayList<>();
        collect(root, seen, out);
        return out;
    }

    private static void collect(Parent parent, Map<Node, Boolean> seen, List<Node> out) {
        for (Node n : parent.getChildrenUnmodifiable()) {
            if (!n.isVisible() || n.isDisabled()) {
                continue;
            }
            if (n instanceof Control c && c.isFocusTraversable() && !seen.containsKey(n) && shown(n)) {
                out.add(n);
                continue;
            }
            if (n instanceof Parent p) {
                collect(p, seen, out);
            }
        }
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        var b = n.localToScene(n.getBoundsInLocal());
        return b.getWidth() > 0 && b.getHeight() > 0;
    }
}
