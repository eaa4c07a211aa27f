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
    }

    private void unfold(SplitPane split, Region caseList) {
        if (kept < 0) {
            return;
        }
        caseList.setMinWidth(keptMin);
        split.setDividerPosition(0, kept);
        kept = -1;
    }
}
