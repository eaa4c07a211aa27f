package org.jrw.logic.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.jrw.model.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PDF returned by a reviewer is untrusted input (ADR 0050): it is refused by name when it cannot be
 * read or needs a password; otherwise every markup annotation becomes a {@link ForeignComment} with
 * what can be read of it, and whatever cannot (a broken rectangle, a quadrilateral with a
 * non-number) is dropped rather than guessed.
 */
class PdfCommentReaderTest {
    @TempDir
    Path tmp;

    private static COSArray numbers(Object... v) {
        COSArray a = new COSArray();
        for (Object o : v) {
            a.add(o instanceof Integer i ? COSInteger.get(i) : o instanceof Double d ? new COSFloat(d.floatValue())
                    : new COSString(String.valueOf(o)));
        }
        return a;
    }

    /** An annotation dictionary: subtype (null: none) and key/value pairs (String values become PDF strings). */
    private static COSDictionary annot(String subtype, Object... kv) {
        COSDictionary d = new COSDictionary();
        d.setItem(COSName.TYPE, COSName.ANNOT);
        if (subtype != null) {
            d.setItem(COSName.SUBTYPE, COSName.getPDFName(subtype));
        }
        for (int i = 0; i < kv.length; i += 2) {
            Object v = kv[i + 1];
            COSName k = COSName.getPDFName((String) kv[i]);
            if (v instanceof String s) {
                d.setString(k, s);
            } else if (v instanceof COSName n) {
                d.setItem(k, n);
            } else {
                d.setItem(k, (org.apache.pdfbox.cos.COSBase) v);
            }
        }
        return d;
    }

    private Path pdf(String name, List<List<COSDictionary>> pages, java.util.function.Consumer<PDDocument> more)
            throws Exception {
        Path f = tmp.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            for (List<COSDictionary> annots : pages) {
                PDPage p = new PDPage();
                List<PDAnnotation> list = new ArrayList<>();
                for (COSDictionary a : annots) {
                    list.add(PDAnnotation.createAnnotation(a));
                }
                p.setAnnotations(list);
                doc.addPage(p);
            }
            more.accept(doc);
            doc.save(f.toFile());
        }
        return f;
    }

    private static String refusal(Path f) {
        try {
            PdfCommentReader.read(f);
        } catch (BadInputException e) {
            assertThat(e.getMessage()).contains(f.getFileName().toString());
            return e.key();
        }
        return null;
    }

    @Test
    void missingCorruptAndPasswordProtectedFilesAreRefusedByName() throws Exception {
        assertThat(refusal(tmp.resolve("none.pdf"))).isEqualTo("exchange.package.notFound");
        assertThat(refusal(Files.writeString(tmp.resolve("text.pdf"), "not a PDF at all")))
                .isEqualTo("comments.pdf.corrupt");
        Path locked = pdf("locked.pdf", List.of(List.of()), doc -> {
            try {
                StandardProtectionPolicy p = new StandardProtectionPolicy("owner", "user", new AccessPermission());
                p.setEncryptionKeyLength(128);
                doc.protect(p);
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        });
        assertThat(refusal(locked)).isEqualTo("comments.pdf.encrypted");
    }

    @Test
    void theExportsIdentityIsReadFromInfoAttachmentAndId() throws Exception {
        Path f = pdf("ids.pdf", List.of(List.of(), List.of()), doc -> {
            doc.getDocumentInformation().setCustomMetadataValue(CommentPdfWriter.INFO_EXPORT_ID, " exp-1 ");
            doc.getDocumentInformation().setCustomMetadataValue(CommentPdfWriter.INFO_CASE_ID, "  ");
            COSArray id = new COSArray();
            id.add(new COSString(new byte[] {1, 2, (byte) 0xAB}));
            id.add(new COSString(new byte[] {1, 2, (byte) 0xAB}));
            doc.getDocument().setDocumentID(id);
            embed(doc, CommentMap.FILE_NAME, "{\"format\":\"jrw-comment-pdf\"}", true, true);
        });
        PdfCommentReader.Read r = PdfCommentReader.read(f);
        assertThat(r.exportId()).isEqualTo("exp-1");
        assertThat(r.caseId()).as("a blank value is no value").isNull();
        assertThat(r.pdfId()).isEqualTo("0102ab");
        assertThat(r.pageCount()).isEqualTo(2);
        assertThat(r.embeddedMap()).isEqualTo("{\"format\":\"jrw-comment-pdf\"}");
    }

    @Test
    void theMapIsFoundInAChildNodeAndNotUnderAnotherName() throws Exception {
        Path kid = pdf("kid.pdf", List.of(List.of()), doc -> embed(doc, CommentMap.FILE_NAME, "{}", false, false));
        assertThat(PdfCommentReader.read(kid).embeddedMap()).isEqualTo("{}");
        Path other = pdf("other.pdf", List.of(List.of()), doc -> embed(doc, "something-else.json", "{}", true, true));
        assertThat(PdfCommentReader.read(other).embeddedMap()).isNull();
        Path none = pdf("none.pdf", List.of(List.of()), doc -> { });
        assertThat(PdfCommentReader.read(none).embeddedMap()).isNull();
        Path noFile = pdf("nofile.pdf", List.of(List.of()), doc -> {
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile(CommentMap.FILE_NAME);
            PDEmbeddedFilesNameTreeNode root = new PDEmbeddedFilesNameTreeNode();
            root.setNames(Map.of(CommentMap.FILE_NAME, spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
            names.setEmbeddedFiles(root);
            doc.getDocumentCatalog().setNames(names);
        });
        assertThat(PdfCommentReader.read(noFile).embeddedMap()).isNull();
    }

    private static void embed(PDDocument doc, String fileName, String json, boolean unicode, boolean inRoot) {
        try {
            PDEmbeddedFile ef = new PDEmbeddedFile(doc, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile(fileName);
            if (unicode) {
                spec.setEmbeddedFileUnicode(ef);
            } else {
                spec.setEmbeddedFile(ef);
            }
            PDEmbeddedFilesNameTreeNode root = new PDEmbeddedFilesNameTreeNode();
            if (inRoot) {
                root.setNames(Map.of(fileName, spec));
            } else {
                PDEmbeddedFilesNameTreeNode leaf = new PDEmbeddedFilesNameTreeNode();
                leaf.setNames(Map.of(fileName, spec));
                root.setKids(List.of(leaf));
            }
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
            names.setEmbeddedFiles(root);
            doc.getDocumentCatalog().setNames(names);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void onlySupportedMarkupIsACommentOthersCountedAsSkippedLinksAndPopupsIgnored() throws Exception {
        Path f = pdf("kinds.pdf", List.of(List.of(
                annot("Text", "NM", "t1", "Contents", "意见", "T", "张某"),
                annot("Popup"), annot("Link"), annot("Widget"), annot(null),
                annot("FileAttachment", "NM", "fa"),
                annot("Sound", "NM", "so"),
                annot("Movie", "NM", "mv")),
                List.of(annot("Square", "NM", "s1", "Rect", numbers(100, 100, 200, 200), "RD", numbers(10, 20, 30, 40)))),
                doc -> { });
        PdfCommentReader.Read r = PdfCommentReader.read(f);
        assertThat(r.comments()).extracting(ForeignComment::key).containsExactly("t1", "s1");
        assertThat(r.skipped()).as("attachment, sound, unknown subtype").isEqualTo(3);
        ForeignComment t = r.comments().get(0);
        assertThat(t.page()).isZero();
        assertThat(t.contents()).isEqualTo("意见");
        assertThat(t.author()).isEqualTo("张某");
        ForeignComment s = r.comments().get(1);
        assertThat(s.page()).isEqualTo(1);
        assertThat(s.rect()).containsExactly(110, 140, 170, 180);
    }

    @Test
    void brokenRectanglesAndQuadrilateralsAreDropped() throws Exception {
        Path f = pdf("geom.pdf", List.of(List.of(
                annot("Highlight", "NM", "h1", "Rect", numbers(300, 400, 100, 200),
                        "QuadPoints", numbers(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, "x", 13, 14, 15, 16, 17, 18)),
                annot("Text", "NM", "short", "Rect", numbers(1, 2, 3)),
                annot("Text", "NM", "nan", "Rect", numbers(1, 2, "a", 4)),
                annot("Text", "NM", "name", "Rect", COSName.getPDFName("X")),
                annot("Square", "NM", "rdNeg", "Rect", numbers(100, 100, 200, 200), "RD", numbers(10, -1, 30, 40)),
                annot("Square", "NM", "rdBad", "Rect", numbers(100, 100, 200, 200), "RD", numbers(10, "x", 30, 40)),
                annot("Square", "NM", "rdShort", "Rect", numbers(100, 100, 200, 200), "RD", numbers(10, 20)),
                annot("Square", "NM", "rdHuge", "Rect", numbers(100, 100, 200, 200), "RD", numbers(60, 0, 60, 0)),
                annot("Text", "NM", "rdIgnored", "Rect", numbers(100, 100, 200, 200), "RD", numbers(10, 20, 30, 40)))),
                doc -> { });
        List<ForeignComment> c = PdfCommentReader.read(f).comments();
        assertThat(c.get(0).rect()).containsExactly(100, 200, 300, 400);
        assertThat(c.get(0).quads()).as("the quadrilateral with a non-number is dropped").hasSize(1);
        assertThat(c.get(0).quads().get(0)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(c.get(1).rect()).isNull();
        assertThat(c.get(2).rect()).isNull();
        assertThat(c.get(3).rect()).isNull();
        for (int i = 4; i <= 8; i++) {
            assertThat(c.get(i).rect()).as(c.get(i).key()).containsExactly(100, 100, 200, 200);
        }
    }

    @Test
    void freeTextWithoutContentsTakesItsRichTextAndDatesAndLinesAreRead() throws Exception {
        Path f = pdf("text.pdf", List.of(List.of(
                annot("FreeText", "NM", "ft", "RC", "<body><p>A &lt;B&gt; &amp; &quot;C&quot; &apos;D&apos;</p></body>",
                        "CreationDate", "D:20261201120000+08'00'", "M", "D:20261202120000+08'00'"),
                annot("FreeText", "NM", "ft2", "Contents", " ", "RC", "<body> </body>"),
                annot("FreeText", "NM", "ft3"),
                annot("Text", "NM", "crlf", "Contents", "一\r\n二\r三", "CreationDate", numbers(1)))),
                doc -> { });
        List<ForeignComment> c = PdfCommentReader.read(f).comments();
        assertThat(c.get(0).contents()).isEqualTo("A <B> & \"C\" 'D'");
        assertThat(c.get(0).created()).isEqualTo("D:20261201120000+08'00'");
        assertThat(c.get(0).modified()).isEqualTo("D:20261202120000+08'00'");
        assertThat(c.get(1).contents()).isNull();
        assertThat(c.get(2).contents()).isNull();
        assertThat(c.get(3).contents()).isEqualTo("一\n二\n三");
        assertThat(c.get(3).created()).as("a date that is not a string").isNull();
        assertThat(PdfCommentReader.stripMarkup(null)).isNull();
    }

    @Test
    void repliesStatesAndCommentsWithoutANameAreKeyed() throws Exception {
        COSDictionary parent = annot("Text", "NM", "p1", "Contents", "主意见");
        COSDictionary gone = annot("Text", "NM", "gone-nm");
        COSDictionary goneUnnamed = annot("Text");
        Path f = pdf("replies.pdf", List.of(List.of(parent,
                annot("Text", "NM", "r1", "IRT", parent, "Contents", "回复"),
                annot("Text", "NM", "g1", "IRT", parent, "RT", COSName.getPDFName("Group")),
                annot("Text", "NM", "r2", "IRT", gone, "Contents", "回复已删除的"),
                annot("Text", "NM", "r3", "IRT", goneUnnamed, "Contents", "回复无名的"),
                annot("Text", "NM", "st", "IRT", parent, "StateModel", "Review", "State", "Accepted"),
                annot("Text", "NM", "st2", "IRT", parent, "State", "Rejected"),
                annot("Text", "Contents", "无名", "T", "李某"),
                annot("Text", "NM", "  ", "Contents", "无名", "T", "李某"))),
                doc -> { });
        List<ForeignComment> c = PdfCommentReader.read(f).comments();
        assertThat(c.get(0).parentKey()).isNull();
        assertThat(c.get(1).parentKey()).isEqualTo("p1");
        assertThat(c.get(1).isReply()).isTrue();
        assertThat(c.get(2).isReply()).as("a group member is not a reply").isFalse();
        assertThat(c.get(3).parentKey()).as("a parent not on a page: its /NM").isEqualTo("gone-nm");
        assertThat(c.get(4).parentKey()).isEqualTo("?");
        assertThat(c.get(5).isStateChange()).isTrue();
        assertThat(c.get(5).state()).isEqualTo("Accepted");
        assertThat(c.get(6).state()).isEqualTo("Rejected");
        assertThat(c.get(7).named()).isFalse();
        assertThat(c.get(7).key()).startsWith("x-");
        assertThat(c.get(8).key()).isEqualTo(c.get(7).key());
    }

    @Test
    void anIdThatIsNotAStringAndANameTreeWithoutFilesAreNoIdentity() throws Exception {
        Path f = pdf("odd.pdf", List.of(List.of()), doc -> {
            COSArray id = new COSArray();
            id.add(COSInteger.get(1));
            id.add(COSInteger.get(2));
            doc.getDocument().setDocumentID(id);
            doc.getDocumentCatalog().setNames(new PDDocumentNameDictionary(doc.getDocumentCatalog()));
        });
        PdfCommentReader.Read r = PdfCommentReader.read(f);
        assertThat(r.pdfId()).isNull();
        assertThat(r.embeddedMap()).isNull();
        assertThat(r.exportId()).isNull();
    }
}
