package org.jrw.gui;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * While the evidence reader is shown the case list gives it its width (issue 23 item 7: at 1280×800 the
 * page was about 300 px wide beside the case list, the item list and the annotations). The list folds to
 * the window's left edge, its divider stays there to be dragged out again, and it comes back at its
 * width when another tab is chosen.
 */
final class ReaderRoom {
    private double kept = -1;
    private double keptMin;

    private ReaderRoom() {
    }

    static void follow(ObservableBooleanValue reading, SplitPane split, Region caseList) {
        ReaderRoom room = new ReaderRoom();
        // folded, the list is not drawn squeezed into the divider's few pixels; dragged out, it shows again
        caseList.visibleProperty().bind(split.getDividers().get(0).positionProperty().greaterThan(0.01));
        reading.addListener((o, was, on) -> {
            if (on) {
                room.fold(split, caseList);
            } else {
                room.unfold(split, caseList);
            }
        });
    }

    private void fold(SplitPane split, Region caseList) {
        if (kept >= 0) {
            return;
        }
        kept = split.getDividerPositions()[0];
        keptMin = caseList.getMinWidth();
        caseList.setMinWidth(0);
        split.setDividerPosition(0, 0);
        hint(split);
    }

    /** The folded list's divider says what it is (issue 23 item 7: nothing hinted at the splitter). */
    private static void hint(SplitPane split) {
        split.getChildrenUnmodifiable().stream().filter(n -> n.getStyleClass().contains("split-pane-divider"))
                .findFirst().filter(d -> !d.getProperties().containsKey(HINT)).ifPresent(d -> {
                    javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip(
                            org.jrw.i18n.Messages.get("layout.caseList.folded"));
                    javafx.scene.control.Tooltip.install(d, tip);
                    d.getProperties().put(HINT, tip);
                });
    }

    /** The key under which the divider keeps its tooltip (for tests, and to install it once). */
    static final String HINT = "jrw.readerRoom.hint";

    private void unfold(SplitPane split, Region caseList) {
        if (kept < 0) {
            return;
        }
        caseList.setMinWidth(keptMin);
        split.setDividerPosition(0, kept);
        kept = -1;
    }
}
