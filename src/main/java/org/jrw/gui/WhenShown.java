package org.jrw.gui;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Tab;

/**
 * Hands a value (the open case) to a tab's view-model only while the tab is selected, and the
 * latest value when it is selected again: a tab nobody looks at does no work (no legality check,
 * no evaluation, no form rebuild) while the window starts or the user moves between cases.
 */
public final class WhenShown {
    private WhenShown() {
    }

    public static <T> void follow(Tab tab, ObservableValue<T> source, Consumer<T> target) {
        follow(tab.selectedProperty(), source, target);
    }

    /** The same for a screen shown while {@code shown} holds (e.g. a tab rebuilt with each case). */
    public static <T> void follow(javafx.beans.value.ObservableBooleanValue shown, ObservableValue<T> source,
                                  Consumer<T> target) {
        Object[] given = {new Object()}; // nothing given yet
        Runnable push = () -> {
            T v = source.getValue();
            if (shown.get() && !Objects.equals(given[0], v)) {
                given[0] = v;
                target.accept(v);
            }
        };
        source.addListener((o, a, b) -> {
            if (shown.get()) {
                given[0] = b;
                target.accept(b);
            }
        });
        shown.addListener((o, was, on) -> push.run());
        push.run();
    }
}
