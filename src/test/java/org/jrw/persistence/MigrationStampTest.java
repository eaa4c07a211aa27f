package org.jrw.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a current workspace skips Flyway; anything else still goes through it (ADR 0167). */
class MigrationStampTest {
    @TempDir
    Path dir;

    private String url() {
        return "jdbc:sqlite:" + dir.resolve("w.db");
    }

    private Flyway flyway() {
        return Flyway.configure(getClass().getClassLoader()).dataSource(url(), null, null)
                .locations("classpath:db/migration").outOfOrder(true).load();
    }

    private String scriptOf(String version) throws Exception {
        try (java.sql.Connection c = DriverManager.getConnection(url());
             java.sql.ResultSet rs = c.createStatement().executeQuery(
                     "SELECT script FROM flyway_schema_history WHERE version = '" + version + "'")) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    private void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection(url()); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    private boolean current() throws Exception {
        try (Connection c = DriverManager.getConnection(url())) {
            return MigrationStamp.current(c);
        }
    }

    @Test
    void theIndexListsWhatFlywayFindsInTheMigrationFolder() throws Exception {
        String resolved = Stream.of(flyway().info().all())
                .map((MigrationInfo m) -> m.getVersion() + "\t" + m.getScript() + "\t" + m.getChecksum())
                .collect(Collectors.joining("\n"));
        String index;
        try (InputStream in = MigrationStamp.class.getResourceAsStream(MigrationStamp.INDEX)) {
            index = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank()).collect(Collectors.joining("\n"));
        }
        assertThat(index).as("src/main/resources/db/migrations.index must list (after its comment lines):\n"
                + resolved + "\n").isEqualTo(resolved);
    }

    @Test
    void aFullyMigratedWorkspaceIsCurrent() throws Exception {
        flyway().migrate();
        assertThat(current()).isTrue();
    }

    @Test
    void anythingElseIsLeftToFlyway() throws Exception {
        assertThat(current()).as("no history table").isFalse();
        flyway().migrate();
        sql("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '2'");
        assertThat(current()).as("an edited migration").isFalse();
        sql("UPDATE flyway_schema_history SET checksum = checksum - 1 WHERE version = '2'");
        String script = scriptOf("2");
        sql("UPDATE flyway_schema_history SET script = 'V2__renamed.sql' WHERE version = '2'");
        assertThat(current()).as("a renamed migration").isFalse();
        sql("UPDATE flyway_schema_history SET script = '" + script + "' WHERE version = '2'");
        assertThat(current()).as("as migrated again").isTrue();
        sql("UPDATE flyway_schema_history SET success = 0 WHERE version = '20'");
        assertThat(current()).as("a failed migration").isFalse();
        sql("UPDATE flyway_schema_history SET success = 1 WHERE version = '20'");
        sql("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                + " installed_by, execution_time, success) VALUES (99, '99', 'later', 'SQL', 'V99__later.sql', 1, 'x', 0, 1)");
        assertThat(current()).as("a workspace of a newer build").isFalse();
        sql("DELETE FROM flyway_schema_history WHERE version IN ('99', '20')");
        assertThat(current()).as("a workspace of an older build").isFalse();
    }

    @Test
    void openingACurrentWorkspaceDoesNotStartFlyway() {
        Path file = dir.resolve("w.db");
        Database.open(file).close(); // new: Flyway creates the schema
        int runs = Database.FLYWAY_RUNS.get();
        try (Database db = Database.open(file)) {
            assertThat(db.integrityCheck()).isEqualTo("ok");
        }
        assertThat(Database.FLYWAY_RUNS.get()).isEqualTo(runs);
    }

    @Test
    void anOlderWorkspaceIsMigratedAndAnEditedOneRefusedAsBefore() throws Exception {
        Path file = dir.resolve("w.db");
        Database.open(file).close();
        sql("DELETE FROM flyway_schema_history WHERE version = '20'");
        sql("DROP TABLE meetings");
        int runs = Database.FLYWAY_RUNS.get();
        Database.open(file).close();
        assertThat(Database.FLYWAY_RUNS.get()).isEqualTo(runs + 1);
        assertThat(current()).as("migrated by Flyway").isTrue();
        sql("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '3'");
        assertThatThrownBy(() -> Database.open(file)).hasMessageContaining("checksum");
    }
}
