package org.jrw.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The guard behind {@link ArchitectureTest#tableOwners}: every public DAO method that writes a table (its SQL,
 * or that of a helper of the same class it calls, is an INSERT, UPDATE, DELETE or REPLACE) must be named as a
 * write ({@link ArchitectureTest#WRITE_METHOD}) and its DAO must have owners in
 * {@link ArchitectureTest#TABLE_OWNERS} — so a new table, or a write method with a new kind of name, cannot
 * slip past the rule. Read from the sources: ArchUnit does not see the SQL strings.
 */
class TableOwnersCompleteTest {
    static final Path PERSISTENCE = Path.of("src/main/java/org/jrw/persistence");
    /** Written by every change in its own transaction on purpose (ADR of the audit trail, ADR 0141). */
    static final Set<String> UNOWNED_BY_DESIGN = Set.of("AuditDao.append");

    private static final Pattern METHOD = Pattern.compile(
            "^ {4}(?:(?:public|private|protected|static|final|synchronized)\\s+)+[\\w<>\\[\\],.? ]+?\\s+(\\w+)\\s*\\(",
            Pattern.MULTILINE);
    private static final Pattern WRITE_SQL = Pattern.compile("\"\\s*(INSERT|UPDATE|DELETE|REPLACE)\\b");

    @Test
    void everyDaoWriteIsGuarded() throws IOException {
        List<String> writes = new ArrayList<>();
        try (Stream<Path> files = Files.list(PERSISTENCE)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".java")).sorted().toList()) {
                writes.addAll(publicWrites(f));
            }
        }
        assertThat(writes).as("public writers found in %s", PERSISTENCE)
                .contains("CaseDao.insert", "CaseDao.addVaultFile", "AnnotationDao.insert", "AuditDao.append");
        List<String> unguarded = new ArrayList<>();
        for (String w : writes) {
            String dao = w.substring(0, w.indexOf('.'));
            String method = w.substring(w.indexOf('.') + 1);
            if (UNOWNED_BY_DESIGN.contains(w)) {
                continue;
            }
            if (!ArchitectureTest.TABLE_OWNERS.containsKey(dao)) {
                unguarded.add(w + " (no owners listed for " + dao + ")");
            } else if (!method.matches(ArchitectureTest.WRITE_METHOD)) {
                unguarded.add(w + " (name not matched as a write)");
            }
        }
        assertThat(unguarded).as("DAO writes outside ArchitectureTest.tableOwners").isEmpty();
    }

    /** The scan itself: a writer is found through a private helper, a reader is not taken for one. */
    @Test
    void scanFindsWritersThroughHelpers() {
        String src = """
                public final class FooDao {
                    public static void record(Connection c) throws SQLException {
                        write(c);
                    }

                    private static void write(Connection c) throws SQLException {
                        c.prepareStatement("INSERT INTO foo(a) VALUES (?)");
                    }

                    public static List<String> list(Connection c) throws SQLException {
                        new StringBuilder().write(1);
                        c.prepareStatement("SELECT a FROM foo WHERE b = 'UPDATE'");
                        return List.of();
                    }
                }
                """;
        assertThat(publicWrites("FooDao", src)).containsExactly("FooDao.record");
    }

    static List<String> publicWrites(Path file) throws IOException {
        String name = file.getFileName().toString().replace(".java", "");
        return publicWrites(name, Files.readString(file));
    }

    static List<String> publicWrites(String className, String src) {
        Map<String, String> bodies = new LinkedHashMap<>();
        Set<String> publicNames = new LinkedHashSet<>();
        Matcher m = METHOD.matcher(src);
        List<int[]> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.start(), m.end()});
            names.add(m.group(1));
            if (m.group().contains("public")) {
                publicNames.add(m.group(1));
            }
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : src.length();
            bodies.merge(names.get(i), src.substring(starts.get(i)[1], end), String::concat);
        }
        Set<String> writers = new LinkedHashSet<>();
        bodies.forEach((n, b) -> {
            if (WRITE_SQL.matcher(b).find()) {
                writers.add(n);
            }
        });
        boolean grew = true;
        while (grew) {
            grew = false;
            for (var e : bodies.entrySet()) {
                if (!writers.contains(e.getKey()) && writers.stream()
                        .anyMatch(w -> calls(className, w, e.getValue()))) {
                    writers.add(e.getKey());
                    grew = true;
                }
            }
        }
        return publicNames.stream().filter(writers::contains).map(n -> className + "." + n).toList();
    }

    /** A call of the class's own method {@code name} (unqualified or through the class), not {@code sb.name(…)}. */
    private static boolean calls(String className, String name, String body) {
        return Pattern.compile("(?<![\\w.])(?:" + className + "\\.)?" + name + "\\s*\\(").matcher(body).find();
    }
}
