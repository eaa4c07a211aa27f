package org.jrw.gui;

import javafx.scene.Node;
import javafx.scene.layout.Region;

/** Keeps the keyboard focus in the case overview when one of its screens rebuilds (for {@link MainView}). */
final class OverviewFocus {
    private OverviewFocus() {
    }

    /**
     * When a screen in the overview rebuilds its content after a save (the focused field replaced by
     * a new one), JavaFX moves the focus to the first focusable node of the window: the case filter.
     * The focus goes back into the overview instead: to the node with the same id when the new
     * content has one, else to the first focusable node of the content.
     */
    static void keep(Node owner, Region overview, Region caseList) {
        owner.sceneProperty().addListener((so, sa, scene) -> {
            if (scene == null) {
                return;
            }
            Node[] lastInOverview = new Node[1];
            scene.focusOwnerProperty().addListener((o, was, now) -> {
                if (now != null && inside(now, overview)) {
                    lastInOverview[0] = now;
                    return;
                }
                Node was2 = lastInOverview[0];
                if (now == null || was2 == null || (was != null && was != was2) || !inside(now, caseList)) {
                    return;
                }
                javafx.application.Platform.runLater(() -> {
                    if (was2.getScene() == scene) {
                        return; // still there: the user moved from the overview to the list
                    }
                    Node target = was2.getId() == null ? null : overview.lookup("#" + was2.getId());
                    if (target == null || !target.isFocusTraversable() || !target.isVisible()) {
                        target = null;
                        Node tabs = overview.lookup("#overviewTabs");
                        if (tabs instanceof javafx.scene.control.TabPane tp
                                && tp.getSelectionModel().getSelectedItem() != null) {
                            target = firstFocusable(tp.getSelectionModel().getSelectedItem().getContent());
                        }
                        if (target == null) {
                            target = firstFocusable(overview);
                        }
                    }
                    if (target != null && scene.getFocusOwner() == now) {
                        target.requestFocus();
                    }
                });
            });
        });
    }

    private static boolean inside(Node n, Node ancestor) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static Node firstFocusable(Node n) {
        if (n == null || !n.isVisible() || n.isDisabled()) {
            return null;
        }
        if (n.isFocusTraversable()) {
            return n;
        }
        if (n instanceof javafx.scene.Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                Node f = firstFocusable(c);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }
}
