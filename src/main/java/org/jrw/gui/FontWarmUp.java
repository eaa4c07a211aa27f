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
    static final String SAMPLE = "联审工作台 案件 西安市应急管理局 2024-03-12 ABC abc 0123456789（）：·"; // zh-data

    private FontWarmUp() {
    }

    /**
     * Chooses the interface font ({@code choose}: it asks the system for its font list) and reads its
     * regular and bold faces at {@code size}, in the background; the future has the family once chosen.
     */
    static java.util.concurrent.CompletableFuture<String> start(java.util.function.Supplier<String> choose, double size) {
        java.util.concurrent.CompletableFuture<String> family = new java.util.concurrent.CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                String f = choose.get();
                family.complete(f);
                measure(f, size);
            } catch (RuntimeException | Error e) {
                family.completeExceptionally(e);
            }
        }, "jrw-font-warm-up");
        t.setDaemon(true);
        t.start();
        return family;
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
