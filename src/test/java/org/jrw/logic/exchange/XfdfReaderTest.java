package org.jrw.logic.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jrw.model.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * XFDF from a PDF reader is untrusted input (ADR 0050): a document type declaration in any of the
 * encodings a parser would accept is refused before parsing, what is not XFDF is named as such, and
 * every annotation attribute that cannot be read makes that comment skipped rather than guessed.
 */
class XfdfReaderTest {
    @TempDir
    Path tmp;

    private static XfdfReader.Read read(String annots) {
        return XfdfReader.read(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<xfdf xmlns=\"http://ns.adobe.com/xfdf/\"><annots>" + annots + "</annots></xfdf>")
                .getBytes(StandardCharsets.UTF_8), "c.xfdf");
    }

    private static String refusal(byte[] bytes) {
        try {
            XfdfReader.read(bytes, "bad.xfdf");
        } catch (BadInputException e) {
            assertThat(e.getMessage()).contains("bad.xfdf");
            return e.key();
        }
        return null;
    }

    @Test
    void aDoctypeIsRefusedInEveryEncodingBeforeParsing() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><xfdf>&e;</xfdf>";
        assertThat(refusal(xxe.getBytes(StandardCharsets.UTF_8))).isEqualTo("comments.xfdf.doctype");
        // UTF-16 with and without a byte order mark, both byte orders
        assertThat(refusal(xxe.getBytes(StandardCharsets.UTF_16))).isEqualTo("comments.xfdf.doctype");
        assertThat(refusal(xxe.getBytes(StandardCharsets.UTF_16BE))).isEqualTo("comments.xfdf.doctype");
        assertThat(refusal(xxe.getBytes(StandardCharsets.UTF_16LE))).isEqualTo("comments.xfdf.doctype");
        byte[] le = xxe.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[le.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(le, 0, withBom, 2, le.length);
        assertThat(refusal(withBom)).isEqualTo("comments.xfdf.doctype");
        // an entity declared without a DOCTYPE keyword is refused too
        assertThat(refusal("<xfdf><!ENTITY a \"b\"></xfdf>".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("comments.xfdf.doctype");
    }

    @Test
    void notXmlAndOtherXmlAreNamed() {
        assertThat(refusal("<xfdf><annots>".getBytes(StandardCharsets.UTF_8))).isEqualTo("comments.xfdf.malformed");
        assertThat(refusal(new byte[] {'x'})).isEqualTo("comments.xfdf.malformed");
        assertThat(refusal("<fdf><annots/></fdf>".getBytes(StandardCharsets.UTF_8))).isEqualTo("comments.xfdf.notXfdf");
    }

    @Test
    void aMissingOrOversizedFileIsRefusedBeforeReading() throws Exception {
        assertThatThrownBy(() -> XfdfReader.read(tmp.resolve("none.xfdf")))
                .isInstanceOfSatisfying(BadInputException.class,
                        e -> assertThat(e.key()).isEqualTo("exchange.package.notFound"));
        assertThatThrownBy(() -> XfdfReader.read(tmp))
                .isInstanceOfSatisfying(BadInputException.class,
                        e -> assertThat(e.key()).isEqualTo("exchange.package.notFound"));
        Path big = tmp.resolve("big.xfdf");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(XfdfReader.MAX_BYTES + 1); // sparse: nothing is written
        }
        assertThatThrownBy(() -> XfdfReader.read(big))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.key()).isEqualTo("comments.xfdf.tooLarge");
                    assertThat(e.getMessage()).contains("big.xfdf");
                });
        Path ok = Files.writeString(tmp.resolve("ok.xfdf"), "<xfdf><f href=\"x.pdf\"/></xfdf>");
        assertThat(XfdfReader.read(ok).href()).isEqualTo("x.pdf");
    }

    @Test
    void theFileAndItsIdentityAreRead() {
        XfdfReader.Read r = XfdfReader.read(("<xfdf xmlns=\"http://ns.adobe.com/xfdf/\"><f href=\"案卷.pdf\"/>"
                + "<ids original=\" ABCDEF01 \" modified=\"00\"/><fields/><annots/></xfdf>")
                .getBytes(StandardCharsets.UTF_8), "c.xfdf");
        assertThat(r.href()).isEqualTo("案卷.pdf");
        assertThat(r.idOriginal()).isEqualTo("abcdef01");
        assertThat(r.comments()).isEmpty();
        assertThat(read("").idOriginal()).isNull();
    }

    @Test
    void unreadablePagesAndUnsupportedElementsAreSkippedPopupsIgnored() {
        XfdfReader.Read r = read("<text page=\"x\" rect=\"1,2,3,4\"/>"
                + "<text rect=\"1,2,3,4\"/>"
                + "<text page=\"-1\" rect=\"1,2,3,4\"/>"
                + "<fileattachment page=\"0\" rect=\"1,2,3,4\"/>"
                + "<popup page=\"0\" rect=\"1,2,3,4\"/>"
                + "<Text page=\" 2 \" rect=\"1,2,3,4\"><contents>ok</contents></Text>");
        assertThat(r.skipped()).isEqualTo(4);
        assertThat(r.comments()).singleElement().satisfies(c -> {
            assertThat(c.page()).isEqualTo(2);
            assertThat(c.subtype()).isEqualTo("Text");
        });
    }

    @Test
    void rectanglesAreNormalisedAndUnreadableOnesDropped() {
        XfdfReader.Read r = read("<text page=\"0\" rect=\"300 400,100 200\" name=\"a\"/>"
                + "<text page=\"0\" rect=\"1,2,3\" name=\"b\"/>"
                + "<text page=\"0\" rect=\"1,2,3,NaN\" name=\"c\"/>"
                + "<text page=\"0\" rect=\"1,2,3,x\" name=\"d\"/>"
                + "<text page=\"0\" rect=\"  \" name=\"e\"/>"
                + "<square page=\"0\" rect=\"100,100,200,200\" fringe=\"10,20,30,40\" name=\"f\"/>"
                + "<square page=\"0\" rect=\"100,100,200,200\" fringe=\"10,-1,30,40\" name=\"g\"/>");
        assertThat(r.comments()).extracting(ForeignComment::key).containsExactly("a", "b", "c", "d", "e", "f", "g");
        assertThat(r.comments().get(0).rect()).containsExactly(100, 200, 300, 400);
        assertThat(r.comments().subList(1, 5)).allSatisfy(c -> assertThat(c.rect()).isNull());
        // the square's drawn rectangle inside /Rect (left, top, right, bottom differences)
        assertThat(r.comments().get(5).rect()).containsExactly(110, 140, 170, 180);
        assertThat(r.comments().get(6).rect()).containsExactly(100, 100, 200, 200);
    }

    @Test
    void quadPointsAreReadInEightsOnly() {
        XfdfReader.Read r = read("<highlight page=\"0\" name=\"q\" coords=\"1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16\"/>"
                + "<highlight page=\"0\" name=\"p\" coords=\"1,2,3,4,5,6,7\"/>");
        assertThat(r.comments().get(0).quads()).hasSize(2);
        assertThat(r.comments().get(0).quads().get(1)).containsExactly(9, 10, 11, 12, 13, 14, 15, 16);
        assertThat(r.comments().get(1).quads()).isEmpty();
    }

    @Test
    void plainContentsWinOverRichTextAndLinesAreNormalised() {
        XfdfReader.Read r = read("<text page=\"0\" name=\"a\"><contents-richtext><body>富文本</body></contents-richtext>"
                + "<contents>第一行\r\n第二行\r第三行 </contents></text>"
                + "<text page=\"0\" name=\"b\"><contents-richtext><body><p>只有富文本</p></body></contents-richtext>"
                + "<popup/></text>"
                + "<text page=\"0\" name=\"c\"/>");
        assertThat(r.comments()).extracting(ForeignComment::contents)
                .containsExactly("第一行\n第二行\n第三行", "只有富文本", null);
    }

    @Test
    void keysRepliesGroupsAndStatesAreRead() {
        XfdfReader.Read r = read("<text page=\"1\" name=\" nm-1 \" title=\"张某\" subject=\"审阅\" "
                + "creationdate=\"D:20261201\" date=\"D:20261202\"><contents>意见</contents></text>"
                + "<text page=\"1\" name=\"nm-2\" inreplyto=\"nm-1\"><contents>回复</contents></text>"
                + "<text page=\"1\" name=\"nm-3\" inreplyto=\"nm-1\" replyType=\"group\"/>"
                + "<text page=\"1\" name=\"nm-4\" inreplyto=\"  \"/>"
                + "<text page=\"1\" name=\"nm-5\" inreplyto=\"nm-1\" state=\"Accepted\" statemodel=\"Review\"/>"
                + "<text page=\"1\" name=\"nm-6\" inreplyto=\"nm-1\" statemodel=\"Review\"/>"
                + "<text page=\"1\" title=\"张某\"><contents>无名</contents></text>"
                + "<text page=\"1\" name=\" \" title=\"张某\"><contents>无名</contents></text>");
        var c = r.comments();
        assertThat(c.get(0).key()).isEqualTo("nm-1");
        assertThat(c.get(0).named()).isTrue();
        assertThat(c.get(0).author()).isEqualTo("张某");
        assertThat(c.get(0).subject()).isEqualTo("审阅");
        assertThat(c.get(0).created()).isEqualTo("D:20261201");
        assertThat(c.get(0).modified()).isEqualTo("D:20261202");
        assertThat(c.get(0).isReply()).isFalse();
        assertThat(c.get(1).isReply()).isTrue();
        assertThat(c.get(1).parentKey()).isEqualTo("nm-1");
        assertThat(c.get(2).isReply()).as("a group member is not a reply").isFalse();
        assertThat(c.get(3).parentKey()).isNull();
        assertThat(c.get(4).isStateChange()).isTrue();
        assertThat(c.get(4).state()).isEqualTo("Accepted");
        assertThat(c.get(5).isStateChange()).isTrue();
        assertThat(c.get(6).named()).isFalse();
        assertThat(c.get(6).key()).startsWith("x-");
        // the same content without a name gets the same derived key (a blank name is no name)
        assertThat(c.get(7).named()).isFalse();
        assertThat(c.get(7).key()).isEqualTo(c.get(6).key());
    }

    @Test
    void aDoctypeIsFoundInEveryEncodingAnXmlParserWouldDetect() {
        String dtd = "<?xml version=\"1.0\"?><!DOCTYPE xfdf [<!ENTITY x \"y\">]><xfdf/>";
        byte[] be = dtd.getBytes(java.nio.charset.StandardCharsets.UTF_16BE);
        byte[] le = dtd.getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        byte[] beBom = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, be);
        byte[] leBom = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, le);
        for (byte[] b : new byte[][] {be, le, beBom, leBom, dtd.getBytes(StandardCharsets.UTF_8)}) {
            assertThat(XfdfReader.declaresDoctype(b)).isTrue();
            assertThat(refusal(b)).isEqualTo("comments.xfdf.doctype");
        }
        // read as single bytes, a UTF-16 text hides its DOCTYPE: the byte order decides
        assertThat(new String(be, StandardCharsets.ISO_8859_1)).doesNotContain("<!DOCTYPE");
        // first bytes that only look like a byte order mark are read as single bytes
        assertThat(XfdfReader.declaresDoctype(concat(new byte[] {(byte) 0xFE, 'x'}, "<!DOCTYPE".getBytes(StandardCharsets.UTF_8))))
                .isTrue();
        assertThat(XfdfReader.declaresDoctype(concat(new byte[] {(byte) 0xFF, 'x'}, "<!ENTITY".getBytes(StandardCharsets.UTF_8))))
                .isTrue();
        assertThat(XfdfReader.declaresDoctype(concat(new byte[] {0, 'x'}, "<!DOCTYPE".getBytes(StandardCharsets.UTF_8))))
                .isTrue();
        assertThat(XfdfReader.declaresDoctype(new byte[] {'<'})).isFalse();
        assertThat(XfdfReader.declaresDoctype("<xfdf/>".getBytes(StandardCharsets.UTF_16LE))).isFalse();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void plainContentsWinOverRichTextInEitherOrder() {
        XfdfReader.Read r = read("<text page=\"0\" name=\"a\"><contents>纯文本</contents>"
                + "<contents-richtext><body>富文本</body></contents-richtext></text>"
                + "<text page=\"0\" name=\"b\"><contents-richtext><body>富文本</body></contents-richtext>"
                + "<contents>纯文本</contents></text>"
                + "<text page=\"0\" name=\"c\"><contents-richtext><body>只有富文本</body></contents-richtext></text>");
        assertThat(r.comments()).extracting(ForeignComment::contents).containsExactly("纯文本", "纯文本", "只有富文本");
    }
}
