package org.jrw.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closing a workspace clears its staging folder while a background task may still be removing
 * its own temporary file there (CI saw {@code NoSuchFileException} from the walk end a GUI test):
 * a file gone meanwhile is not an error.
 */
class ClearDirectoryTest {
    @Test
    void filesRemovedByAnotherThreadDuringTheClearAreNotAnError(@TempDir Path tmp) throws Exception {
        Path staging = tmp.resolve("tmp");
        Files.createDirectories(staging);
        AtomicBoolean stop = new AtomicBoolean();
        Thread churn = new Thread(() -> {
            int i = 0;
            while (!stop.get()) {
                try {
                    Path sub = Files.createDirectories(staging.resolve("task-" + (i % 4)));
                    Path f = Files.writeString(sub.resolve("part-" + i++), "x");
                    Files.deleteIfExists(f);
                } catch (java.io.IOException e) {
                    // the clear removed the folder first: the churn goes on
                }
            }
        }, "churn");
        churn.start();
        try {
            for (int round = 0; round < 300; round++) {
                for (int k = 0; k < 20; k++) {
                    Files.writeString(staging.resolve("f" + k), "y");
                }
                assertThatCode(() -> {
                    try {
                        Workspace.clearDirectory(staging);
                    } catch (java.nio.file.DirectoryNotEmptyException e) {
                        // the churn wrote into a sub-folder after it was emptied: a real leftover, reported
                    }
                }).doesNotThrowAnyException();
            }
        } finally {
            stop.set(true);
            churn.join();
        }
        Workspace.clearDirectory(staging);
        assertThat(staging).isEmptyDirectory();
    }
}
