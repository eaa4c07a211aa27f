package org.jrw.logic.evidence;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text evidence (the viewer, the anonymiser, the leak scanner) as it is written on Chinese office machines: UTF-8 (with or without a byte-order
 * mark), UTF-16 with a mark, or GBK/GB18030 (what Excel and Notepad on a Chinese Windows save a
 * CSV or TXT as). Read in its own encoding and written back in it, so a de-identified copy keeps
 * every character that was not replaced. Bytes that are none of these are read one byte per
 * character and written back unchanged.
 *
 * <p>GB18030 decodes almost any byte sequence without an error, so a Big5 file (Taiwan, Hong Kong,
 * older traditional-character software) would come out garbled without a word. When the bytes are
 * valid Big5 as well, ICU4J's statistical {@code CharsetDetector} breaks the tie (ADR 0151): Big5
 * only when it is clearly the likelier; short texts the detector cannot tell apart stay GB18030.
 */
public final class TextFiles {
    public static final Charset GB18030 = Charset.forName("GB18030");
    public static final Charset BIG5 = Charset.forName("Big5");
    private static final Pattern CHAR_REF = Pattern.compile("&#(?:[xX]([0-9A-Fa-f]{1,6})|([0-9]{1,7}));");

    private TextFiles() {
    }

    /** A text file's content and how to write it again: its charset and byte-order mark. */
    public record Decoded(String text, Charset charset, byte[] bom) {
    }

    public static Decoded decode(byte[] b) {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                    Arrays.copyOf(b, 3));
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE,
                    Arrays.copyOf(b, 2));
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE,
                    Arrays.copyOf(b, 2));
        }
        String utf8 = strict(b, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8, StandardCharsets.UTF_8, new byte[0]);
        }
        String gb = strict(b, GB18030);
        if (gb != null) {
            String big5 = strict(b, BIG5);
            if (big5 != null && big5Likelier(b)) {
                return new Decoded(big5, BIG5, new byte[0]);
            }
            return new Decoded(gb, GB18030, new byte[0]);
        }
        return new Decoded(new String(b, StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1, new byte[0]);
    }

    /**
     * {@code text} in the file's own encoding, with its byte-order mark; in UTF-8 with a mark when
     * that encoding cannot hold the text (a simplified-character pseudonym in a Big5 file), so that
     * nothing is written as {@code ?}.
     */
    public static byte[] encode(Decoded how, String text) {
        if (!how.charset().newEncoder().canEncode(text)) {
            how = new Decoded(text, StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        byte[] body = text.getBytes(how.charset());
        byte[] out = Arrays.copyOf(how.bom(), how.bom().length + body.length);
        System.arraycopy(body, 0, out, how.bom().length, body.length);
        return out;
    }

    /**
     * Numeric character references of letters and digits ({@code &#38472;} = 陈, {@code &#x5EFA;})
     * as the characters: in HTML and XML they are the same text, and a name must not pass as
     * references. References of markup characters ({@code &#60;}) stay as they are.
     */
    public static String unescapeCharRefs(String t) {
        if (t.indexOf("&#") < 0) {
            return t;
        }
        Matcher m = CHAR_REF.matcher(t);
        StringBuilder sb = new StringBuilder(t.length());
        while (m.find()) {
            int cp;
            try {
                cp = m.group(1) != null ? Integer.parseInt(m.group(1), 16) : Integer.parseInt(m.group(2));
            } catch (NumberFormatException e) {
                // not a character reference: left as written
                cp = -1;
            }
            String rep = cp >= 0 && cp <= Character.MAX_CODE_POINT && Character.isLetterOrDigit(cp)
                    ? new String(Character.toChars(cp)) : m.group();
            m.appendReplacement(sb, Matcher.quoteReplacement(rep));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Whether ICU's detector rates Big5 above GB18030 for these bytes (both decode them). */
    static boolean big5Likelier(byte[] b) {
        CharsetDetector d = new CharsetDetector();
        d.setText(b);
        int big5 = 0;
        int gb = 0;
        for (CharsetMatch m : d.detectAll()) {
            if (m.getName().equalsIgnoreCase("Big5")) {
                big5 = Math.max(big5, m.getConfidence());
            } else if (m.getName().equalsIgnoreCase("GB18030")) {
                gb = Math.max(gb, m.getConfidence());
            }
        }
        return big5 > gb;
    }

    private static String strict(byte[] b, Charset cs) {
        try {
            CharBuffer c = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return c.toString();
        } catch (CharacterCodingException e) {
            // expected: not this charset, the next is tried
            return null;
        }
    }

    private static boolean startsWith(byte[] b, int... head) {
        if (b.length < head.length) {
            return false;
        }
        for (int i = 0; i < head.length; i++) {
            if ((b[i] & 0xFF) != head[i]) {
                return false;
            }
        }
        return true;
    }
}
