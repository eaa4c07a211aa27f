package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.FileChooser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 23: file dialogs open in the folder last used for the same purpose, also after a restart. */
class FileDialogsTest {
    @Test
    void theLastFolderPerPurposeSurvivesARestart(@TempDir Path tmp) throws Exception {
        Path cfg = tmp.resolve("cfg");
        Path packages = Files.createDirectories(tmp.resolve("收到的案卷"));
        Path pdfs = Files.createDirectories(tmp.resolve("pdf"));
        try (AppContext ctx = new AppContext(tmp.resolve("ws"), cfg)) {
            FileDialogs.use(ctx);
            FileChooser open = new FileChooser();
            open.getExtensionFilters().add(new FileChooser.ExtensionFilter("案卷包", "*.jrcase"));
            FileChooser save = new FileChooser();
            save.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
            assertThat(FileDialogs.purpose("open", open)).isEqualTo("open:*.jrcase");
            FileDialogs.remember(FileDialogs.purpose("open", open), packages.resolve("a.jrcase").toFile());
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> FileDialogs.folder("open:*.jrcase") != null);
            FileDialogs.remember(FileDialogs.purpose("save", save), pdfs.resolve("意见书.pdf").toFile());
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> FileDialogs.folder("save:*.pdf") != null);
        }
        try (AppContext again = new AppContext(tmp.resolve("ws"), cfg)) {
            FileDialogs.use(again);
            assertThat(FileDialogs.folder("open:*.jrcase")).isEqualTo(packages.toFile());
            assertThat(FileDialogs.folder("save:*.pdf")).isEqualTo(pdfs.toFile());
            assertThat(FileDialogs.folder("open:*.pdf")).isNull();
        } finally {
            FileDialogs.use(null);
        }
    }
}
