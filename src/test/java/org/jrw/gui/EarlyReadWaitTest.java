package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The launcher thread waits a little for the early read, so the window's first frame shows the case. */
class EarlyReadWaitTest {
    @Test
    void aReadThatArrivesWithinTheWaitIsTakenAndALateOneIsNotWaitedFor() {
        CompletableFuture<String> soon = new CompletableFuture<>();
        new Thread(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            soon.complete("read");
        }).start();
        assertThat(WorkbenchApp.awaitRead(soon, 10_000)).isTrue();
        assertThat(soon).isDone();

        long t0 = System.nanoTime();
        assertThat(WorkbenchApp.awaitRead(new CompletableFuture<>(), 100)).as("never read: not waited for past the bound").isFalse();
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(5_000);

        assertThat(WorkbenchApp.awaitRead(CompletableFuture.failedFuture(new IllegalStateException("broken")), 100))
                .as("a failed read is there (the start task reports it)").isTrue();
        assertThat(WorkbenchApp.EARLY_READ_WAIT_MS).isBetween(1L, 1_000L);
    }
}
