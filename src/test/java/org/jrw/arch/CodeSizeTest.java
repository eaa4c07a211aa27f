package org.jrw.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Sizes stay where issue 24 left them: no class file over 600 lines, no method over 80 (the same measure as
 * {@code tools/code-size.py}: physical lines of the file; a method from its signature to its closing brace,
 * found by brace matching with comments, strings, text blocks and chars blanked). A class or method that grows
 * past the limit fails here; cut it by responsibility (ARCHITECTURE.md, "Structure").
 */
class CodeSizeTest {
    static final int CLASS_LIMIT = 600;
    static final int METHOD_LIMIT = 80;
    private static final Path MAIN = Path.of("src/main/java");
    private static final Set<String> CONTROL = Set.of("if", "for", "while", "switch", "catch", "synchronized",
            "try", "do", "else", "return", "new");
    private static final Pattern SIG = Pattern.compile(
            "([A-Za-z_$][\\w$]*)\\s*\\((?:[^()]|\\([^()]*\\))*\\)\\s*(?:throws\\s+[\\w$.,\\s<>]+)?\\s*$", Pattern.DOTALL);
    private static final Pattern TYPE = Pattern.compile("\\b(record|class|interface|enum)\\s");
    private static final Pattern NEW = Pattern.compile("\\bnew\\s");

    record Method(String name, int line, int length) {
    }

    @Test
    void noClassOver600AndNoMethodOver80Lines() throws IOException {
        List<String> over = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String src = Files.readString(f, StandardCharsets.UTF_8);
                String cls = MAIN.relativize(f).toString().replace('\\', '/').replace(".java", "");
                long lines = src.lines().count();
                if (lines > CLASS_LIMIT) {
                    over.add(cls + ": " + lines + " lines");
                }
                for (Method m : methods(src)) {
                    if (m.length() > METHOD_LIMIT) {
                        over.add(cls + "." + m.name() + " (line " + m.line() + "): " + m.length() + " lines");
                    }
                }
            }
        }
        assertThat(over).as("classes over %d lines, methods over %d", CLASS_LIMIT, METHOD_LIMIT).isEmpty();
    }

    @Test
    void theMeasureFindsMethodsAndSkipsWhatIsNotOne() {
        String src = """
                class A {
                    void a() {
                        if (x) {
                            Runnable r = () -> {
                            };
                        }
                        String s = "}{";
                        // }
                    }

                    int b(int x) throws java.io.IOException {
                        return new Object() {
                        }.hashCode();
                    }
                }
                """;
        assertThat(methods(src)).containsExactly(new Method("a", 2, 8), new Method("b", 11, 4));
        String big = "class B {\n    void big() {\n" + "        x();\n".repeat(80) + "    }\n}\n";
        assertThat(methods(big)).containsExactly(new Method("big", 2, 82));
    }

    /** The methods of a source file with their first line and length, as tools/code-size.py finds them. */
    static List<Method> methods(String source) {
        String src = blank(source);
        int[] lineAt = new int[src.length() + 1];
        for (int i = 0, line = 1; i <= src.length(); i++) {
            lineAt[i] = line;
            if (i < src.length() && src.charAt(i) == '\n') {
                line++;
            }
        }
        Deque<Object> stack = new ArrayDeque<>();
        List<Method> found = new ArrayList<>();
        int last = 0;
        for (int i = 0; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '{') {
                String head = src.substring(last, i);
                Matcher m = SIG.matcher(head);
                boolean method = m.find() && !CONTROL.contains(m.group(1)) && !head.contains("->")
                        && !TYPE.matcher(head).find() && !NEW.matcher(head).find()
                        && !head.split("\\(", 2)[0].contains("=");
                if (method) {
                    int lead = head.length() - head.stripLeading().length();
                    stack.push(new Method(m.group(1), lineAt[last + lead], 0));
                } else {
                    stack.push(Boolean.FALSE);
                }
                last = i + 1;
            } else if (c == '}') {
                Object top = stack.isEmpty() ? null : stack.pop();
                if (top instanceof Method open) {
                    found.add(new Method(open.name(), open.line(), lineAt[i] - open.line() + 1));
                }
                last = i + 1;
            } else if (c == ';') {
                last = i + 1;
            }
        }
        found.sort(java.util.Comparator.comparingInt(Method::line));
        return found;
    }

    /** The source with comments, strings, text blocks and chars blanked (newlines kept). */
    static String blank(String src) {
        StringBuilder out = new StringBuilder(src.length());
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (src.startsWith("//", i)) {
                int j = src.indexOf('\n', i);
                j = j < 0 ? n : j;
                out.append(" ".repeat(j - i));
                i = j;
            } else if (src.startsWith("/*", i)) {
                int j = src.indexOf("*/", i + 2);
                j = j < 0 ? n : j + 2;
                out.append(src.substring(i, j).replaceAll("[^\\n]", " "));
                i = j;
            } else if (src.startsWith("\"\"\"", i)) {
                int j = src.indexOf("\"\"\"", i + 3);
                j = j < 0 ? n : j + 3;
                out.append("\"\"").append(src.substring(i + 2, j - 2).replaceAll("[^\\n]", " ")).append("\"\"");
                i = j;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && src.charAt(j) != c) {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                out.append(c).append(" ".repeat(Math.max(0, Math.min(j, n) - i - 1))).append(c);
                i = j + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
