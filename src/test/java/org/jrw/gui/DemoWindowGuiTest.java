package org.jrw.gui;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.jrw.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The common start of GUI tests on the main window: a new workspace per test (the demo case opens by itself),
 * the window at 1200 × 800 (or a width of the test's own) in Chinese, the services closed after each test.
 */
@ExtendWith(ApplicationExtension.class)
abstract class DemoWindowGuiTest {
    @TempDir
    static Path tmp;
    AppContext ctx;
    MainViewModel vm;
    MainView view;

    /** Opens the window; each test class calls it from its own {@code @Start} (TestFX looks for it there only). */
    void open(Stage stage) {
        open(stage, 1200, false);
    }

    /**
     * Opens the window {@code width} × 800; with {@code ownConfig} the preferences live in a folder of this test's
     * own (a first start: no identity saved yet).
     */
    void open(Stage stage, int width, boolean ownConfig) {
        show(stage, width, ownConfig);
        vm.start();
    }

    /** Shows the window as {@link #open(Stage, int, boolean)} does, but leaves {@code vm.start()} to the test. */
    void show(Stage stage, int width, boolean ownConfig) {
        Messages.setLanguage("zh");
        long n = System.nanoTime();
        ctx = ownConfig ? new AppContext(tmp.resolve("ws-" + n), tmp.resolve("config-" + n))
                : new AppContext(tmp.resolve("ws-" + n));
        vm = new MainViewModel(ctx);
        view = new MainView(vm, stage::close);
        stage.setScene(new Scene(view, width, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    /** Waits (30 s at most) until the demo case is open in the overview. */
    void awaitDemoCase() throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.overview().dossier() != null);
    }
}
