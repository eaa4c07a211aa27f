package org.jrw.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * docs/packages.md matches the code (issue 24, "Done when"): the package edges jdeps finds in the compiled
 * classes — folded as {@code tools/package-diagram.py} folds them (org.jrw's layers, logic's feature packages,
 * the GUI's sub-packages into {@code gui}) — are exactly the ones the document's table lists. A move that adds or
 * drops a dependency between packages fails here until the diagram is regenerated
 * ({@code mvn -B -ntp -o -q compile && tools/package-diagram.py}).
 */
class PackageDiagramTest {
    private static final Pattern EDGE = Pattern.compile("^\\s+(\\S+)\\s+->\\s+(\\S+)");
    private static final Pattern ROW = Pattern.compile("^\\| ([a-z0-9.]+) \\| ([a-z0-9., ]*) \\|");

    @Test
    void theDocumentedPackageDiagramIsTheCompiledOne() throws IOException {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElse(null);
        Assumptions.assumeTrue(jdeps != null, "jdeps is part of the JDK the build runs on");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = jdeps.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                "-verbose:package", "-filter:none", Path.of("target/classes").toString());
        assertThat(rc).as(err.toString(StandardCharsets.UTF_8)).isZero();
        Map<String, TreeSet<String>> compiled = new TreeMap<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\\R")) {
            Matcher m = EDGE.matcher(line);
            if (!m.find()) {
                continue;
            }
            String a = node(m.group(1));
            String b = node(m.group(2));
            if (a == null) {
                continue;
            }
            if (b != null && !b.equals(a)) {
                compiled.computeIfAbsent(a, k -> new TreeSet<>()).add(b);
                compiled.computeIfAbsent(b, k -> new TreeSet<>());
            }
        }
        Map<String, TreeSet<String>> documented = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of("docs/packages.md"), StandardCharsets.UTF_8)) {
            Matcher m = ROW.matcher(line);
            if (m.find() && !m.group(1).equals("package")) {
                TreeSet<String> uses = new TreeSet<>();
                for (String u : m.group(2).split(",")) {
                    if (!u.isBlank()) {
                        uses.add(u.strip());
                    }
                }
                documented.put(m.group(1), uses);
            }
        }
        assertThat(compiled).as("jdeps on target/classes").containsKey("logic.exchange");
        assertThat(documented).as("docs/packages.md (regenerate with tools/package-diagram.py)").isEqualTo(compiled);
    }

    @Test
    void packagesFoldAsTheScriptFoldsThem() {
        assertThat(node("org.jrw.logic.exchange")).isEqualTo("logic.exchange");
        assertThat(node("org.jrw.gui.review")).isEqualTo("gui");
        assertThat(node("org.jrw.persistence")).isEqualTo("persistence");
        assertThat(node("org.jrw")).isNull();
        assertThat(node("java.util")).isNull();
    }

    /** A package's node in the diagram, or null outside org.jrw (the script's {@code node}). */
    static String node(String pkg) {
        String[] parts = pkg.split("\\.");
        if (parts.length < 3 || !parts[0].equals("org") || !parts[1].equals("jrw")) {
            return null;
        }
        if (parts[2].equals("logic") && parts.length >= 4) {
            return "logic." + parts[3];
        }
        return parts[2];
    }
}
