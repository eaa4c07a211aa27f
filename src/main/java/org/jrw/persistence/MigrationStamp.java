package org.jrw.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Whether a workspace's schema is current without starting Flyway (ADR 0167): Flyway's own history
 * table must hold exactly the migrations this build carries ({@code db/migrations.index}: version,
 * script and Flyway's checksum of each), every one applied successfully, and nothing else. That is
 * what Flyway's validation compares too; when anything differs (a new build's migration, an older
 * or newer workspace, a failed or edited migration, no history at all) Flyway runs as before and
 * decides. Reading the history is a few milliseconds; starting Flyway (its classes, the scan of
 * the class path for scripts) is hundreds, on every start.
 */
final class MigrationStamp {
    static final String INDEX = "/db/migrations.index";

    private MigrationStamp() {
    }

    /**
     * One migration: its script's file name and Flyway's checksum of it. Equality is written out:
     * a record's generated {@code equals} is linked at its first call (≈ 8 ms of CPU on the start's
     * path, measured), and this comparison runs on every start.
     */
    record Applied(String script, int checksum) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Applied a && checksum == a.checksum && java.util.Objects.equals(script, a.script);
        }

        @Override
        public int hashCode() {
            return 31 * java.util.Objects.hashCode(script) + checksum;
        }
    }

    /** The migrations this build carries, by version (from {@link #INDEX}). */
    static Map<String, Applied> bundled() {
        Map<String, Applied> out = new HashMap<>();
        try (InputStream in = MigrationStamp.class.getResourceAsStream(INDEX)) {
            if (in == null) {
                return Map.of();
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.put(f[0], new Applied(f[1], Integer.parseInt(f[2])));
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable index only costs the shortcut: Flyway checks the schema itself
            org.slf4j.LoggerFactory.getLogger(MigrationStamp.class).warn("migration index unreadable", e);
            return Map.of();
        }
        return out;
    }

    /**
     * True when the database's history holds exactly the bundled migrations, all successful, with
     * the same scripts and checksums; false when Flyway must look (including any error reading).
     */
    static boolean current(Connection c) {
        return current(c, bundled());
    }

    static boolean current(Connection c, Map<String, Applied> bundled) {
        if (bundled.isEmpty()) {
            return false;
        }
        Map<String, Applied> applied = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, script, checksum, success, type FROM flyway_schema_history")) {
            while (rs.next()) {
                String version = rs.getString(1);
                int checksum = rs.getInt(3);
                boolean noChecksum = rs.wasNull();
                if (!rs.getBoolean(4)) {
                    return false; // a failed migration: Flyway reports or repairs it
                }
                if (version == null) {
                    if (!"SCHEMA".equals(rs.getString(5))) {
                        return false; // a repeatable migration or anything else this build does not carry
                    }
                    continue;
                }
                if (noChecksum || applied.put(version, new Applied(rs.getString(2), checksum)) != null) {
                    return false;
                }
            }
        } catch (SQLException e) {
            // no history table (a new workspace) or an unreadable one: Flyway decides
            return false;
        }
        return applied.equals(bundled);
    }
}
