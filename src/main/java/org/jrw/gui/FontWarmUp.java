package org.jrw.gui;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Reads the interface font's files ahead, on a thread of its own, while the JavaFX thread builds
 * the main window: the first text measured in a face makes JavaFX parse that font file's character
 * map and metrics (a CJK font maps tens of thousands of characters, tens of milliseconds before the
 * code is compiled), which would otherwise happen inside the first frame's layout. Text nodes not
 * in a scene may be used on any thread; the font files' tables are read once and shared.
 */
final class FontWarmUp {
    /** Chinese, Latin and digits, as the window's first frame shows them. */
    static final String SAMPLE = "联审工作台 案件 西安市应急管理局 2024-03-12 ABC abc 0123456789（）：·";

    private FontWarmUp() {
    }

    /** Starts reading the regular and bold faces of {@code family} at {@code size} in the background. */
    static Thread start(String family, double size) {
        Thread t = new Thread(() -> measure(family, size), "jrw-font-warm-up");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Lays the sample out in the family's regular and bold faces: the files' tables are read by then. */
    static double measure(String family, double size) {
        double width = 0;
        for (FontWeight w : new FontWeight[] {FontWeight.NORMAL, FontWeight.BOLD}) {
            Text t = new Text(SAMPLE);
            t.setFont(Font.font(family, w, size));
            width += t.getLayoutBounds().getWidth();
        }
        return width;
    }
}
