package org.jrw.gui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

/** The loading state of a pane: a spinner over a line saying what is being loaded. */
public final class Loading {
    private Loading() {
    }

    public static Node spinner(String text) {
        ProgressIndicator p = new ProgressIndicator();
        p.setMaxSize(48, 48);
        p.setAccessibleText(text);
        Label l = new Label(text);
        l.getStyleClass().add("placeholder");
        VBox box = new VBox(10, p, l);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("loading");
        return box;
    }
}
