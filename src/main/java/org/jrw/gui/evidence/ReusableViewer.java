package org.jrw.gui.evidence;

import javafx.scene.Node;
import org.jrw.logic.evidence.EvidenceItem;

/**
 * A viewer the evidence pane keeps and shows again with the next item of its kind (PDF, image):
 * a page canvas under a {@link MessageLayer}, toolbars built once, and a parked state in which its
 * listeners do nothing.
 */
abstract class ReusableViewer extends Viewer {
    protected final PageCanvas canvas = new PageCanvas();
    /** The canvas and, over it when the file cannot be shown, a message. */
    protected final MessageLayer body = new MessageLayer(canvas);
    /** Hidden, waiting for the next item of its kind: listeners do nothing. */
    protected boolean parked;
    protected boolean disposed;

    ReusableViewer(EvidenceWorkspaceViewModel vm, EvidenceItem item) {
        super(vm, item);
    }

    @Override
    final boolean reusable() {
        return true;
    }

    @Override
    final void load(EvidenceItem next) {
        item = next;
        parked = false;
        body.clear();
        open(next);
    }

    /** Starts showing {@code next} (the item is set and any message taken away). */
    protected abstract void open(EvidenceItem next);

    /** The toolbars and side lists, hidden while a message is shown (nulls allowed). */
    protected abstract Node[] chrome();

    @Override
    protected final void present(Node box) {
        if (getCenter() != body) {
            setCenter(box);
        } else {
            body.show(box, chrome());
        }
    }

    PageCanvas canvas() {
        return canvas;
    }
}
