package org.jrw.logic.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jrw.persistence.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composition root (ADR 0141): services composed once per workspace, snapshotting ones per use. */
class ServicesTest {
    @TempDir
    Path tmp;

    @Test
    void servicesAreComposedOnceAndTheChecksPerUse() {
        Path dir = tmp.resolve("ws");
        try (Services s = new Services(dir)) {
            assertThat(Files.exists(dir)).as("opened lazily").isFalse();
            assertThat(s.exchange()).isSameAs(s.exchange());
            assertThat(s.reviews()).isSameAs(s.reviews());
            assertThat(s.annotations()).isSameAs(s.annotations());
            assertThat(s.caseEditor()).isSameAs(s.caseEditor());
            // the checks read the rule sources when built: a fresh one sees an import at once
            assertThat(s.checks()).isNotSameAs(s.checks());
            assertThat(s.dossiers().count()).isZero();
            assertThat(s.lockedBy()).isNull();
            assertThat(Files.isDirectory(dir)).isTrue();
        }
    }

    @Test
    void closingDropsTheServicesWithTheWorkspace() {
        Path dir = tmp.resolve("ws2");
        try (Services s = new Services(dir)) {
            var first = s.reviews();
            s.close();
            assertThat(s.reviews()).as("reopened, composed anew").isNotSameAs(first);
        }
    }

    @Test
    void theCommandLineWrapsItsOwnWorkspace() {
        try (Workspace ws = Workspace.open(tmp.resolve("ws3"))) {
            Services s = Services.on(ws);
            assertThat(s.openWorkspace()).isSameAs(ws);
            assertThat(s.trustedAdvisers()).isSameAs(s.trustedAdvisers());
        }
    }
}
