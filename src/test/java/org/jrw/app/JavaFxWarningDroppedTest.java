package org.jrw.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * JavaFX's start-up warning about running from the class path is dropped before any handler formats
 * it (it was a line in the user's log on every start); its other messages still reach the log.
 */
class JavaFxWarningDroppedTest {
    @Test
    void theClassPathWarningIsDroppedOtherJavaFxMessagesPass() {
        List<String> published = new ArrayList<>();
        Handler h = new Handler() {
            @Override
            public void publish(LogRecord r) {
                published.add(r.getMessage());
            }

            @Override
            public void flush() {
                // nothing buffered
            }

            @Override
            public void close() {
                // nothing to release
            }
        };
        Logger javafx = Logger.getLogger("javafx");
        javafx.addHandler(h);
        try {
            Logs.dropJavaFxClassPathWarning();
            // as JavaFX logs: through the platform's System.Logger, backed by java.util.logging
            System.Logger platform = System.getLogger("javafx");
            platform.log(System.Logger.Level.WARNING,
                    "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @1b2c3d'");
            platform.log(System.Logger.Level.WARNING, "Could not find stylesheet: missing.css");
            assertThat(published).containsExactly("Could not find stylesheet: missing.css");
        } finally {
            javafx.removeHandler(h);
        }
    }
}
