package org.jrw.logic.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextFilesTest {
    private static final String TEXT = "当事人：陈建国，电话13991234567\r\n";

    @Test
    void eachEncodingIsReadAndWrittenBackAsItWas() {
        byte[] bomUtf8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8));
        byte[] utf16le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE));
        byte[] gbk = TEXT.getBytes(Charset.forName("GBK"));
        for (byte[] b : new byte[][] {TEXT.getBytes(StandardCharsets.UTF_8), bomUtf8, utf16le, gbk}) {
            TextFiles.Decoded d = TextFiles.decode(b);
            assertThat(d.text()).isEqualTo(TEXT);
            assertThat(TextFiles.encode(d, d.text())).isEqualTo(b);
            // a replacement keeps the file's encoding
            byte[] changed = TextFiles.encode(d, d.text().replace("陈建国", "李某"));
            assertThat(TextFiles.decode(changed).text()).isEqualTo(TEXT.replace("陈建国", "李某"));
            assertThat(TextFiles.decode(changed).charset()).isEqualTo(d.charset());
        }
        assertThat(TextFiles.decode(gbk).charset()).isEqualTo(TextFiles.GB18030);
        // not text at all: one byte per character, written back unchanged
        byte[] junk = {(byte) 0x81, 0x30, (byte) 0xFF, 0x00, (byte) 0x80};
        TextFiles.Decoded d = TextFiles.decode(junk);
        assertThat(TextFiles.encode(d, d.text())).isEqualTo(junk);
    }

    @Test
    void characterReferencesOfLettersAndDigitsOnly() {
        assertThat(TextFiles.unescapeCharRefs("&#38472;&#x5EFA;&#22269; &#49;3 &#60;b&#62; &amp;"))
                .isEqualTo("陈建国 13 &#60;b&#62; &amp;");
        assertThat(TextFiles.unescapeCharRefs("&#99999999; &#x110000;")).isEqualTo("&#99999999; &#x110000;");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
