package org.jrw.i18n;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * A message bundle read from a UTF-8 {@code .properties} file with the syntax of
 * {@link java.util.Properties#load(java.io.Reader)} (comments, {@code =}, {@code :} or blanks between
 * key and value, escapes, {@code \}uXXXX, continued lines), into a plain map.
 *
 * <p>Why not {@link java.util.PropertyResourceBundle}: the workbench reads all its bundles (some
 * 160 KB, 5 000 messages) while the window opens, and {@code Properties.load} reads character by
 * character through several calls each, about 40 ms of CPU before the JIT has compiled it. This reader
 * finds line ends and separators with {@link String#indexOf} and only unescapes lines that have a
 * backslash; {@code BundleFileTest} checks it against {@code Properties} on every shipped bundle and on
 * generated edge cases.
 */
final class BundleFile extends ResourceBundle {
    private final Map<String, String> messages;

    private BundleFile(Map<String, String> messages) {
        this.messages = messages;
    }

    /** The bundle in {@code utf8}; throws IllegalArgumentException on a malformed {@code \}uXXXX escape, as Properties does. */
    static BundleFile read(byte[] utf8) {
        return new BundleFile(parse(new String(utf8, StandardCharsets.UTF_8)));
    }

    @Override
    protected Object handleGetObject(String key) {
        return messages.get(key);
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(messages.keySet());
    }

    @Override
    protected Set<String> handleKeySet() {
        return messages.keySet();
    }

    /** Key to value, as {@code Properties.load} reads {@code text}. */
    static Map<String, String> parse(String text) {
        return new Lines(text).read();
    }

    /** The natural lines of a text, found with {@link String#indexOf}. */
    private static final class Lines {
        private final String text;
        private final int n;
        /** The next carriage return at or after the current line, or -1 when there is none. */
        private int cr;
        private int pos;
        /** The current natural line: [start, end), leading blanks skipped. */
        private int start;
        private int end;
        /** Whether the current natural line ends in {@code \r\n}. */
        private boolean crlf;

        Lines(String text) {
            this.text = text;
            this.n = text.length();
            this.cr = text.indexOf('\r');
        }

        /** Moves to the next natural line; false at the end of the text. */
        boolean next() {
            if (pos >= n) {
                return false;
            }
            int lf = text.indexOf('\n', pos);
            if (lf < 0) {
                lf = n;
            }
            if (cr >= 0 && cr < pos) {
                cr = text.indexOf('\r', pos);
            }
            end = cr >= 0 && cr < lf ? cr : lf;
            start = skipBlanks(text, pos, end);
            crlf = end + 1 < n && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n';
            pos = crlf ? end + 2 : end + 1;
            return true;
        }

        Map<String, String> read() {
            Map<String, String> out = new HashMap<>(Math.max(16, n / 24));
            StringBuilder joined = new StringBuilder();
            while (next()) {
                if (start == end || isComment()) {
                    continue; // blank line or comment (a comment line is never continued)
                }
                if (!continues(text, start, end)) {
                    entry(text.substring(start, end), out);
                    continue;
                }
                // a logical line: each natural line ending in an odd number of backslashes goes on
                // with the next one, whose leading blanks are dropped; a blank one ends it
                joined.setLength(0);
                joined.append(text, start, end - 1);
                // whether the last line read asked for another and the text ends with its line break
                // (or without one): Properties then reads the logical line as an entry even when it is
                // empty. After a \r\n it reads the \n as the next line's start and finds no entry.
                boolean open = true;
                while (next()) {
                    if (joined.length() == 0 && isComment()) {
                        open = false;
                        continue; // nothing read yet: still the start of a line, where # starts a comment
                    }
                    open = continues(text, start, end);
                    joined.append(text, start, open ? end - 1 : end);
                    if (!open) {
                        break;
                    }
                }
                if (joined.length() > 0 || open && !crlf) {
                    entry(joined.toString(), out);
                }
            }
            return out;
        }

        private boolean isComment() {
            if (start >= end) {
                return false;
            }
            char c = text.charAt(start);
            return c == '#' || c == '!';
        }
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\f';
    }

    private static int skipBlanks(String s, int from, int end) {
        while (from < end && isBlank(s.charAt(from))) {
            from++;
        }
        return from;
    }

    /** Whether the line [start, end) ends in an odd number of backslashes. */
    private static boolean continues(String s, int start, int end) {
        int k = 0;
        for (int i = end - 1; i >= start && s.charAt(i) == '\\'; i--) {
            k++;
        }
        return (k & 1) == 1;
    }

    /** Splits a logical line (leading blanks removed) into key and value, as Properties does. */
    private static void entry(String line, Map<String, String> out) {
        int len = line.length();
        int keyEnd = len;
        int valueStart = len;
        boolean hasSeparator = false;
        boolean escaped = false;
        for (int i = 0; i < len; i++) {
            char c = line.charAt(i);
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '=' || c == ':') {
                keyEnd = i;
                valueStart = i + 1;
                hasSeparator = true;
                break;
            } else if (isBlank(c)) {
                keyEnd = i;
                valueStart = i + 1;
                break;
            }
        }
        int v = valueStart;
        while (v < len && isBlank(line.charAt(v))) {
            v++;
        }
        if (!hasSeparator && v < len && (line.charAt(v) == '=' || line.charAt(v) == ':')) {
            v++;
        }
        while (v < len && isBlank(line.charAt(v))) {
            v++;
        }
        out.put(unescape(line, 0, keyEnd), unescape(line, v, len));
    }

    private static String unescape(String s, int from, int to) {
        int bs = s.indexOf('\\', from);
        if (bs < 0 || bs >= to) {
            return s.substring(from, to);
        }
        StringBuilder b = new StringBuilder(to - from);
        b.append(s, from, bs);
        int i = bs;
        while (i < to) {
            char c = s.charAt(i++);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            if (i >= to) {
                break; // a lone backslash at the end is dropped, as Properties drops it
            }
            c = s.charAt(i++);
            switch (c) {
                case 't' -> b.append('\t');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 'f' -> b.append('\f');
                case 'u' -> {
                    if (i + 4 > to) {
                        throw new IllegalArgumentException("Malformed \\uxxxx encoding.");
                    }
                    int value = 0;
                    for (int k = 0; k < 4; k++) {
                        char h = s.charAt(i++);
                        int d = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10
                                : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1; // ASCII only, as Properties
                        if (d < 0) {
                            throw new IllegalArgumentException("Malformed \\uxxxx encoding.");
                        }
                        value = (value << 4) | d;
                    }
                    b.append((char) value);
                }
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
