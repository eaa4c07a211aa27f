package org.jrw.gui;

import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * Tab content that enters the scene only when its tab is first selected. A tab pane styles and
 * lays out the content of every tab, shown or not: on the workbench's first frame the hidden tabs
 * (reader, matrix, review, checks, edit forms, evaluation) cost most of the overview's first CSS
 * and layout pass (issue 23, bench/startup). Content built once stays.
 */
public final class LazyTab {
    /** Marks, in the tab's properties, a tab whose content has been put in. */
    static final String BUILT = "jrw.lazyTab.built";

    private LazyTab() {
    }

    /**
     * Builds the tab's content with {@code content} the first time the tab is selected (at once if
     * it is selected now). Register this before other selection listeners of the tab, so they find
     * the content built. Content set on the tab in the meantime is kept and {@code content} is
     * then not called.
     */
    public static Tab build(Tab tab, Supplier<? extends Node> content) {
        tab.getProperties().remove(BUILT);
        ChangeListener<Boolean> onSelect = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean on) {
                if (on) {
                    tab.selectedProperty().removeListener(this);
                    attach(tab, content);
                }
            }
        };
        if (tab.isSelected()) {
            attach(tab, content);
        } else {
            tab.selectedProperty().addListener(onSelect);
        }
        return tab;
    }

    /**
     * Holds the tab's present content out of the scene until the tab is next selected. No
     * effect on a tab that is selected or has no content.
     */
    public static Tab defer(Tab tab) {
        Node held = tab.getContent();
        if (held == null || tab.isSelected()) {
            return tab;
        }
        tab.setContent(null);
        return build(tab, () -> held);
    }

    /** Whether the tab's content is in place (built, or never held back). */
    public static boolean isBuilt(Tab tab) {
        return tab.getContent() != null || Boolean.TRUE.equals(tab.getProperties().get(BUILT));
    }

    private static void attach(Tab tab, Supplier<? extends Node> content) {
        tab.getProperties().put(BUILT, Boolean.TRUE);
        if (tab.getContent() == null) {
            tab.setContent(content.get());
        }
    }
}
