package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The interface font chosen and its faces read on a thread of their own while the window is built. */
@ExtendWith(ApplicationExtension.class)
class FontWarmUpGuiTest {
    @Start
    void start(Stage stage) {
        // the toolkit runs; no window is needed
    }

    @Test
    void theFamilyIsChosenOffTheJavaFxThreadAndItsFacesAreMeasured() throws Exception {
        String[] thread = new String[1];
        String family = FontWarmUp.start(() -> {
            thread[0] = Thread.currentThread().getName();
            return WorkbenchApp.chooseFont();
        }, Appearance.BASE_FONT_PX).get(30, TimeUnit.SECONDS);
        assertThat(thread[0]).isEqualTo("jrw-font-warm-up");
        assertThat(family).isNotBlank();
        assertThat(FontWarmUp.measure(family, Appearance.BASE_FONT_PX)).as("the sample laid out in both faces").isPositive();
    }

    @Test
    void aChoiceThatFailsFailsTheFuture() {
        var f = FontWarmUp.start(() -> {
            throw new IllegalStateException("no fonts");
        }, Appearance.BASE_FONT_PX);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> f.get(30, TimeUnit.SECONDS))
                .hasCauseInstanceOf(IllegalStateException.class);
    }
}
