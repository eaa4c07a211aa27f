package org.jrw.gui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;

/**
 * Accessible names and help for every control a user acts on (buttons, links, check boxes, combo
 * and choice boxes, text fields, sliders, spinners), so a screen reader reads what a sighted user
 * sees: the control's own text, else its tooltip, else the label beside it (its {@code labelFor},
 * the label to its left in a form grid or the one before it in a row), else its prompt; the
 * tooltip becomes the accessible help. What a screen sets itself is kept. Every scene of the
 * workbench is watched: nodes added later (a rebuilt grid, a new dialog) are described by the
 * layout pass that shows them, or within 250 ms of it.
 */
public final class Accessibility {
    private static final Object WATCHED = new Object();

    private Accessibility() {
    }

    private static final java.util.concurrent.ScheduledExecutorService LATER =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "jrw-accessibility");
                t.setDaemon(true);
                return t;
            });

    /**
     * Describes the scene now and after every change of its content. Idempotent. A layout pass
     * (there is one whenever the content changes) describes the scene at once, at most every
     * 250 ms; a pass inside that interval is caught up once, 250 ms later. Nothing here requests a
     * pulse, so an idle window stays idle.
     */
    public static void watch(Scene scene) {
        if (scene == null || scene.getProperties().containsKey(WATCHED)) {
            return;
        }
        scene.getProperties().put(WATCHED, Boolean.TRUE);
        long[] last = {0};
        boolean[] caughtUp = {true};
        Runnable walk = () -> {
            last[0] = System.nanoTime();
            caughtUp[0] = true;
            if (scene.getRoot() != null) {
                describe(scene.getRoot());
            }
        };
        scene.addPostLayoutPulseListener(() -> {
            if (System.nanoTime() - last[0] >= 250_000_000L) {
                walk.run();
            } else if (caughtUp[0]) {
                caughtUp[0] = false;
                LATER.schedule(() -> javafx.application.Platform.runLater(walk), 250, java.util.concurrent.TimeUnit.MILLISECONDS);
            }
        });
        walk.run();
    }

    /** Gives every actionable control under {@code root} an accessible text (and help) it lacks. */
    public static void describe(Node root) {
        if (root instanceof Control c && actionable(c)) {
            name(c);
        }
        if (root instanceof Parent p) {
            for (Node n : p.getChildrenUnmodifiable()) {
                describe(n);
            }
        }
        if (root instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) {
            describe(sp.getContent());
        }
        if (root instanceof javafx.scene.control.SplitPane split) {
            split.getItems().forEach(Accessibility::describe);
        }
        if (root instanceof javafx.scene.control.TabPane tabs) {
            tabs.getTabs().stream().filter(t -> t.getContent() != null).forEach(t -> describe(t.getContent()));
        }
        if (root instanceof javafx.scene.control.TitledPane tp && tp.getContent() != null) {
            describe(tp.getContent());
        }
    }

    /** The controls a user acts on. */
    public static boolean actionable(Node n) {
        return n instanceof ButtonBase || n instanceof ComboBoxBase<?> || n instanceof ChoiceBox<?>
                || n instanceof TextInputControl || n instanceof Slider || n instanceof Spinner<?>;
    }

    private static void name(Control c) {
        Tooltip tip = c.getTooltip();
        String tipText = tip == null ? null : blankToNull(tip.getText());
        if (blankToNull(c.getAccessibleText()) == null && !c.accessibleTextProperty().isBound()) {
            String text = c instanceof Labeled l ? blankToNull(strip(l.getText())) : null;
            if (text == null) {
                text = tipText;
            }
            if (text == null) {
                text = besideLabel(c);
            }
            if (text == null && c instanceof TextInputControl t) {
                text = blankToNull(t.getPromptText());
            }
            if (text == null && c instanceof ComboBoxBase<?> b) {
                text = blankToNull(b.getPromptText());
            }
            if (text != null) {
                c.setAccessibleText(text);
            }
        }
        if (tipText != null && blankToNull(c.getAccessibleHelp()) == null && !c.accessibleHelpProperty().isBound()
                && !tipText.equals(c.getAccessibleText())) {
            c.setAccessibleHelp(tipText);
        }
    }

    /** The label that names a field: its labelFor, the grid cell to its left, or the label before it. */
    private static String besideLabel(Control c) {
        Parent parent = c.getParent();
        if (parent == null) {
            return null;
        }
        for (Node n : parent.getChildrenUnmodifiable()) {
            if (n instanceof Label l && l.getLabelFor() == c) {
                return blankToNull(strip(l.getText()));
            }
        }
        // a field wrapped with its hint (a box in a form grid's cell) is named by the grid's label
        Node cell = c;
        for (int up = 0; up < 3 && !(parent instanceof GridPane) && parent.getParent() != null; up++) {
            cell = parent;
            parent = parent.getParent();
        }
        if (!(parent instanceof GridPane)) {
            cell = c;
            parent = c.getParent();
        }
        if (parent instanceof GridPane) {
            Integer row = GridPane.getRowIndex(cell);
            Integer col = GridPane.getColumnIndex(cell);
            int r = row == null ? 0 : row;
            int k = col == null ? 0 : col;
            for (Node n : parent.getChildrenUnmodifiable()) {
                Integer nr = GridPane.getRowIndex(n);
                Integer nc = GridPane.getColumnIndex(n);
                if (n instanceof Label l && (nr == null ? 0 : nr) == r && (nc == null ? 0 : nc) == k - 1) {
                    return blankToNull(strip(l.getText()));
                }
            }
            return null;
        }
        Node before = null;
        for (Node n : parent.getChildrenUnmodifiable()) {
            if (n == c) {
                return before instanceof Label l ? blankToNull(strip(l.getText())) : null;
            }
            before = n;
        }
        return null;
    }

    private static String strip(String s) {
        return s == null ? null : Mnemonics.plain(s).replaceAll("[：:]\\s*$", "").strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
