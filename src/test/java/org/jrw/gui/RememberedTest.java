package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jrw.gui.task.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Values remembered just before the services close are on disk when they have closed (the last case opened). */
class RememberedTest {
    @TempDir
    Path tmp;

    @Test
    void closingWaitsForTheValuesStillQueued() {
        Path ws = tmp.resolve("ws");
        Path config = tmp.resolve("config");
        AppContext ctx = new AppContext(ws, config, TaskRunner.sameThread());
        for (int i = 0; i < 40; i++) {
            Remembered.put(ctx, "session", "lastCase", "case-" + i);
        }
        ctx.close();
        try (AppContext again = new AppContext(ws, config, TaskRunner.sameThread())) {
            assertThat(Remembered.get(again, "session", "lastCase")).isEqualTo("case-39");
        }
    }
}
