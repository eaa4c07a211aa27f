package org.jrw.cli;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * Text from dossiers (names, titles, file names) reaches the terminal through the command line's
 * output. Control characters (ESC sequences can recolour, move the cursor or retitle the terminal)
 * and bidirectional overrides (U+202E can make a file name read backwards) are shown as visible
 * escapes instead (issue 21). In JSON the same characters are written as {@code \\uXXXX}
 * escapes, which parse to the same string.
 */
final class TerminalText {
    private TerminalText() {
    }

    /** Whether the character must not reach a terminal raw. Line feed and tab are kept in human text. */
    static boolean dangerous(char c) {
        return c < 0x20 && c != '\n' && c != '\t' && c != '\r'
                || c == 0x7F
                || c >= 0x80 && c <= 0x9F
                || c == 0x061C || c == 0x200E || c == 0x200F
                || c >= 0x202A && c <= 0x202E
                || c >= 0x2066 && c <= 0x2069;
    }

    /** Human text with every dangerous character shown as {@code <U+XXXX>}. */
    static String human(String s) {
        if (s == null || s.chars().noneMatch(c -> dangerous((char) c) || c == '\r')) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean lineEnd = c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n';
            if (dangerous(c) || c == '\r' && !lineEnd) {
                sb.append(String.format("<U+%04X>", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * The value as pretty JSON with every dangerous character written as a {@code \\uXXXX} escape
     * by Jackson itself ({@link CharacterEscapes}), not by rewriting the text afterwards.
     */
    static String json(Object value) {
        try {
            return org.jrw.codec.Json.mapper().writer(new Escapes()).withDefaultPrettyPrinter().writeValueAsString(value);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** JSON's standard escapes, plus DEL, the C1 controls and the bidi controls. */
    private static final class Escapes extends CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();

        Escapes() {
            ascii[0x7F] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch > 0x7F && ch <= 0xFFFF && dangerous((char) ch) ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
