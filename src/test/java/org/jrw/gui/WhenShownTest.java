package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Tab;
import org.junit.jupiter.api.Test;

/** A tab's view-model gets the open case only while the tab is selected, the latest one when it is selected again. */
class WhenShownTest {
    @Test
    void aHiddenTabGetsNothingUntilSelectedThenTheLatestOnly() {
        Tab tab = new Tab("t");
        SimpleStringProperty open = new SimpleStringProperty("a");
        List<String> given = new ArrayList<>();
        // a tab not yet in a pane is not selected
        tab.selectedProperty();
        WhenShown.follow(tab, open, given::add);
        open.set("b");
        open.set("c");
        assertThat(given).isEmpty();
        select(tab, true);
        assertThat(given).containsExactly("c");
        open.set("d");
        assertThat(given).containsExactly("c", "d");
        select(tab, false);
        open.set("e");
        select(tab, true);
        select(tab, false);
        select(tab, true); // nothing new: not given twice
        assertThat(given).containsExactly("c", "d", "e");
    }

    private static void select(Tab tab, boolean on) {
        try {
            java.lang.reflect.Method m = Tab.class.getDeclaredMethod("setSelected", boolean.class);
            m.setAccessible(true);
            m.invoke(tab, on);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
