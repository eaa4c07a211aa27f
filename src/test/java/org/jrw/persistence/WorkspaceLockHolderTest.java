package org.jrw.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The lock file names who holds the workspace: user, host, this process's id and since when. */
class WorkspaceLockHolderTest {
    @Test
    void theHolderLineNamesUserHostProcessAndTime() {
        String h = WorkspaceLock.holder();
        assertThat(h).startsWith(System.getProperty("user.name") + "@")
                .contains(" (pid " + ProcessHandle.current().pid() + ") since ")
                .matches(".*since \\d{4}-\\d{2}-\\d{2}.*");
    }
}
