package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dropped on the main window: packages are imported as before, anything else starts a case intake. */
class DropRoutingTest {
    @TempDir
    Path tmp;

    @Test
    void packagesAndPackageFoldersAreNotIntakes() throws Exception {
        Path pkgDir = Files.createDirectories(tmp.resolve("pkg"));
        Files.writeString(pkgDir.resolve("manifest.json"), "{}");
        Path loose = Files.createDirectories(tmp.resolve("案卷材料"));
        Files.writeString(loose.resolve("决定书.pdf"), "x");
        assertThat(MainView.isPackage(tmp.resolve("a.jrcase"))).isTrue();
        assertThat(MainView.isPackage(tmp.resolve("b.jrreview"))).isTrue();
        assertThat(MainView.isPackage(pkgDir)).isTrue();
        assertThat(MainView.isPackage(loose)).isFalse();
        assertThat(MainView.isPackage(loose.resolve("决定书.pdf"))).isFalse();
    }
}
