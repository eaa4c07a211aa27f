package org.jrw.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every word the GUI shows comes from the bundles (issue 23): a string or character literal with
 * a Chinese character in {@code org.jrw.gui} fails, outside comments. Chinese that is data, not
 * a label (codes of the lower layers, the index's query syntax, words looked for in documents, a
 * folder's name), is allowed on a line marked {@code // zh-data}.
 */
class GuiLiteralsTest {
    private static final Path GUI = Path.of("src/main/java/org/jrw/gui");

    @Test
    void noChineseLiteralInGuiCodeOutsideTheBundles() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(GUI)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                found.addAll(scan(f, Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        assertThat(found).as("Chinese literals in gui code (move them to a bundle, or mark data // zh-data)").isEmpty();
    }

    @Test
    void theScannerFindsLiteralsAndSkipsComments() {
        String src = "class A {\n  // \"注释\"\n  /* \"块\" */\n  String a = \"标签\";\n  String b = \"代码\"; // zh-data\n"
                + "  char c = '是';\n  String d = \"a\\\"b\";\n}\n";
        assertThat(scan(Path.of("A.java"), src)).containsExactly("A.java:4: 标签", "A.java:6: 是");
    }

    static List<String> scan(Path file, String s) {
        List<String> out = new ArrayList<>();
        String[] lines = s.split("\n", -1);
        int line = 1;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (s.startsWith("//", i)) {
                int j = s.indexOf('\n', i);
                i = j < 0 ? n : j;
            } else if (s.startsWith("/*", i)) {
                int j = s.indexOf("*/", i + 2);
                line += count(s, i, j);
                i = j + 2;
            } else if (s.startsWith("\"\"\"", i)) {
                int j = s.indexOf("\"\"\"", i + 3);
                check(out, file, lines, line, s.substring(i + 3, j));
                line += count(s, i, j);
                i = j + 3;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (s.charAt(j) != c) {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                check(out, file, lines, line, s.substring(i + 1, j));
                i = j + 1;
            } else {
                if (c == '\n') {
                    line++;
                }
                i++;
            }
        }
        return out;
    }

    private static int count(String s, int from, int to) {
        int k = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '\n') {
                k++;
            }
        }
        return k;
    }

    private static void check(List<String> out, Path file, String[] lines, int line, String literal) {
        boolean chinese = literal.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        if (chinese && !lines[line - 1].contains("// zh-data")) {
            out.add(file + ":" + line + ": " + literal);
        }
    }
}
