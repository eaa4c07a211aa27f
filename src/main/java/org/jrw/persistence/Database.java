package org.jrw.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;

/**
 * The workspace's SQLite database: WAL journal with {@code synchronous=FULL} (committed data
 * survives power loss), foreign keys on, schema kept by Flyway. One connection, used by one
 * thread at a time: SQLite has one writer anyway, and serialising here keeps the GUI's
 * background tasks from tripping over each other.
 */
public final class Database implements AutoCloseable {
    /** The highest migration version in src/main/resources/db/migration; bump with each new file. */
    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    public static Database open(Path file) {
        return open(file, false);
    }

    /**
     * Opens the database; read-only opens neither migrate nor write anything (used when another
     * process holds the workspace).
     */
    public static Database open(Path file, boolean readOnly) {
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        try {
            SQLiteConfig cfg = new SQLiteConfig();
            cfg.setReadOnly(readOnly);
            cfg.setJournalMode(SQLiteConfig.JournalMode.WAL);
            cfg.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            cfg.enforceForeignKeys(true);
            cfg.setBusyTimeout(10_000);
            if (!readOnly && java.nio.file.Files.isRegularFile(file)) {
                // an existing workspace whose history holds exactly this build's migrations is
                // current: Flyway (hundreds of ms on every start) runs only when something differs
                Connection c = connect(url, cfg);
                if (MigrationStamp.current(c)) {
                    return new Database(file, c);
                }
                c.close();
            }
            if (!readOnly) {
                migrate(url);
            }
            Connection c = connect(url, cfg);
            return new Database(file, c);
        } catch (SQLException e) {
            throw new PersistenceException("cannot open database " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * A connection from the SQLite driver itself, not through {@code DriverManager}: its first use
     * looks up every JDBC driver on the class path (a scan of the program's jar) on the start's path.
     */
    private static Connection connect(String url, SQLiteConfig cfg) throws SQLException {
        return org.sqlite.JDBC.createConnection(url, cfg.toProperties());
    }

    /** How often this process has started Flyway (the migration tests read it). */
    static final java.util.concurrent.atomic.AtomicInteger FLYWAY_RUNS = new java.util.concurrent.atomic.AtomicInteger();

    private static void migrate(String url) {
        FLYWAY_RUNS.incrementAndGet();
        Flyway.configure(Database.class.getClassLoader())
                .dataSource(url, null, null)
                .locations("classpath:db/migration")
                // versions are allocated per feature (docs/ARCHITECTURE.md), so a workspace made
                // before a feature landed must accept that feature's lower-numbered migration
                .outOfOrder(true)
                .loggers("slf4j")
                .load()
                .migrate();
    }

    public Path file() {
        return file;
    }

    /** Runs read-only or single-statement work with the connection held exclusively. */
    public <T> T withConnection(SqlFunction<T> work) {
        lock.lock();
        try {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new PersistenceException("database error: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs work in one transaction: all of it is committed, or (on any exception) none of it.
     * Runtime exceptions thrown by the work pass through unchanged after the rollback.
     */
    public <T> T inTransaction(SqlFunction<T> work) {
        lock.lock();
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.apply(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                connection.rollback();
                if (e instanceof SQLException se) {
                    throw new PersistenceException("database error: " + se.getMessage(), se);
                }
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new PersistenceException("database error: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Online backup through SQLite's backup API (a consistent snapshot while the database stays
     * open), written to {@code target}, which must not exist.
     */
    public void backupTo(Path target) {
        withConnection(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("backup to '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
            }
            return null;
        });
    }

    /** {@code PRAGMA integrity_check}: "ok" when the database is sound. */
    public String integrityCheck() {
        return withConnection(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                return rs.next() ? rs.getString(1) : "no answer";
            }
        });
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw new PersistenceException("cannot close database: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }
}
