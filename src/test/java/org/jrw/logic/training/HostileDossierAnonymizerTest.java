package org.jrw.logic.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.io.font.constants.StandardFonts;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfOutline;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.annot.PdfTextAnnotation;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.canvas.PdfCanvasConstants;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jrw.codec.DossierCodec;
import org.jrw.codec.Json;
import org.jrw.logic.dossier.DossierService;
import org.jrw.logic.dossier.Identifiers;
import org.jrw.logic.pdf.PdfFonts;
import org.jrw.logic.task.Progress;
import org.jrw.model.Dossier;
import org.jrw.persistence.Vault;
import org.jrw.persistence.Workspace;
import org.jrw.testing.CliRunner;
import org.jrw.testing.TestPackages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dossier the anonymiser has never seen, built here: personal data in manifest fields (known and
 * unknown ones), in running text without labels, in PDFs written with several fonts and encodings
 * (embedded CJK Identity-H, standard Latin WinAnsi, text in a form XObject, invisible text, names
 * split over two show operations and over two lines, document information, bookmarks, annotations),
 * in a Word document whose runs split the names, in a text note, in file names and in image
 * metadata. Every byte of the result is searched: the package, every entry, nested archives, every
 * decoded PDF stream and string, the extracted PDF text — in UTF-8, UTF-16BE and GB18030.
 */
class HostileDossierAnonymizerTest {
    static final List<Charset> CHARSETS = List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE,
            Charset.forName("GB18030"));

    // persons named by the manifest
    static final String REP = "刘建国";
    static final String PERSON_PARTY = "欧阳建华";
    static final String OFFICER1 = "黄志强";
    static final String OFFICER2 = "孙丽";
    static final String WITNESS = "马晓东";
    static final String CONTACT = "蔡文静";
    // persons only in running text, recognised by their cues
    static final String TEXT_WITNESS = "邱少华";
    static final String RECORDER = "郑雪梅";
    static final String ESCORT = "韦国栋";
    static final String CALLER = "范思远";
    static final String WOMAN = "谭海燕";
    static final String ID_HOLDER = "龚建军";
    // units and the rest
    static final String COMPANY = "渭南市华盛化工有限公司";
    static final String PARTNER = "蒲城县顺达物流有限公司";
    static final String SHOP = "临渭区鑫源五金加工厂";
    static final String STORE = "宏发建材经营部";
    static final String PLATE = "陕E·3K729";
    static final String PLATE_NEV = "陕AD12345";
    static final String PLATE_NEV2 = "陕A12345D";
    static final String ACCOUNT = "6222 0212 3456 7890 123";
    static final String ACCOUNT2 = "6217000012345678901";
    static final String EMAIL = "liujg_1978@163.com";
    static final String LANDLINE = "0913-2123456";
    static final String LANDLINE2 = "(029)88776655";
    static final String QQ = "284716935";
    static final String WECHAT = "liujg1978";
    static final String ADDRESS = "渭南市临渭区杜桥街道朝阳村3组";
    static final String ADDRESS2 = "蒲城县城关镇东风路12号3单元502室";
    static final String MOBILE = "13991234567";
    static final String MOBILE2 = "13812345678";
    static String idNumber;
    static String idNumber2;
    static String creditCode;

    @TempDir
    static Path tmp;
    static Path out;
    static Dossier before;
    static Dossier after;
    static Anonymizer.Result result;

    @BeforeAll
    static void anonymiseTheHostileDossier() throws Exception {
        idNumber = withCheck("61050219880715321");
        idNumber2 = withCheck("61052619790302451");
        String c16 = "91610502MA6Y1234";
        String c17 = c16.substring(0, 16) + Identifiers.orgCodeCheckChar("MA6Y1234");
        creditCode = c17 + Identifiers.creditCodeCheckChar(c17);
        assertThat(Identifiers.isValidCreditCode(creditCode)).isTrue();

        Path dir = tmp.resolve("pkg");
        ObjectNode m = TestPackages.valid("渭应急罚〔2025〕8号").manifest;
        ObjectNode c = (ObjectNode) m.get("case");
        c.put("title", COMPANY + "未按规定装卸危险化学品案");
        c.put("agency", "渭南市应急管理局");
        c.put("district", "临渭区");
        c.put("filedOn", "2025-03-05");
        ArrayNode parties = m.putArray("parties");
        ObjectNode p1 = parties.addObject();
        p1.put("id", "p1").put("kind", "unit").put("name", COMPANY).put("creditCode", creditCode)
                .put("legalRepresentative", REP).put("address", ADDRESS).put("employees", 120)
                .put("contactPerson", CONTACT).put("phone", LANDLINE);
        ObjectNode p2 = parties.addObject();
        p2.put("id", "p2").put("kind", "person").put("name", PERSON_PARTY).put("idNumber", idNumber2)
                .put("position", "安全总监").put("address", ADDRESS2);
        ArrayNode officers = m.putArray("officers");
        officers.addObject().put("name", OFFICER1).put("certificateNo", "61050012345");
        officers.addObject().put("name", OFFICER2).put("certificateNo", "61050012399");
        ObjectNode v = (ObjectNode) m.get("violations").get(0);
        v.put("facts", facts());
        v.put("violatedProvision", "《中华人民共和国安全生产法》第三十九条第一款");
        v.put("penaltyProvision", "《危险化学品安全管理条例》第八十条第一款第一项");
        ObjectNode circ = v.putObject("circumstances");
        circ.put("firstOffence", true).put("correctedInTime", true).put("harmfulConsequence", false).put("count", 1);
        circ.putArray("mitigating").add("主动消除违法行为危害后果").add("经" + REP + "签字承诺按期完成整改");
        circ.putArray("aggravating");
        v.putObject("proposed").put("fineYuan", 50000).put("confiscationYuan", 0).putArray("other").add("责令改正");

        Map<String, byte[]> files = new LinkedHashMap<>();
        byte[] record = inquiryRecordPdf();
        byte[] latin = latinPdf();
        byte[] decision = decisionPdf();
        String f1 = "files/06-询问笔录-" + REP + "-" + MOBILE + ".pdf";
        String f2 = "files/07-" + WITNESS + "-邮件打印.pdf";
        String f3 = "files/12-决定书-" + COMPANY + ".pdf";
        String f4 = "files/证人名单-" + TEXT_WITNESS + ".docx";
        String f5 = "files/备注-" + PLATE + ".txt";
        String f6 = "files/现场照片-" + WOMAN + ".png";
        String f7 = "files/现场-" + ESCORT + ".jpg";
        files.put(f1, record);
        files.put(f2, latin);
        files.put(f3, decision);
        files.put(f4, docx());
        files.put(f5, note().getBytes(StandardCharsets.UTF_8));
        files.put(f6, pngWithText());
        files.put(f7, jpegWithComment(ESCORT + " " + MOBILE2 + " " + EMAIL));
        // a ledger saved by Excel on a Chinese Windows (GBK) and a page with the names as character references
        String f8 = "files/装卸台账.csv";
        String f9 = "files/询问笔录.html";
        files.put(f8, ledgerCsv().getBytes(Charset.forName("GBK")));
        files.put(f9, charRefHtml().getBytes(StandardCharsets.US_ASCII));

        ArrayNode docs = m.putArray("documents");
        docs.addObject().put("id", "d1").put("type", "INQUIRY_RECORD").put("title", "询问笔录（" + REP + "）")
                .put("date", "2025-03-07").put("file", f1).put("sha256", Vault.hash(record));
        docs.addObject().put("id", "d2").put("type", "OTHER").put("title", WITNESS + "提供的邮件")
                .put("date", "2025-03-08").put("file", f2).put("sha256", Vault.hash(latin));
        docs.addObject().put("id", "d3").put("type", "PENALTY_DECISION").put("title", "行政处罚决定书")
                .put("number", "渭应急罚〔2025〕8号").put("date", "2025-04-01").put("deliveredOn", "2025-04-03")
                .put("file", f3).put("sha256", Vault.hash(decision)).putObject("states").put("fineYuan", 50000);
        ArrayNode ev = m.putArray("evidence");
        ObjectNode e1 = ev.addObject().put("id", "e1").put("type", "证人证言").put("title", "证人名单")
                .put("collectedBy", OFFICER1 + "、" + OFFICER2).put("file", f4).put("sha256", Vault.hash(files.get(f4)))
                .put("collectedOn", "2025-03-06");
        e1.putArray("proves").add("v1");
        e1.putArray("witnesses").add(WITNESS).add(TEXT_WITNESS + "（村民）");
        ev.addObject().put("id", "e2").put("type", "书证").put("title", "执法人员备注").put("file", f5)
                .put("sha256", Vault.hash(files.get(f5))).put("collectedOn", "2025-03-06").putArray("proves").add("v1");
        ObjectNode e3 = ev.addObject().put("id", "e3").put("type", "物证").put("title", "现场照片")
                .put("file", f6).put("sha256", Vault.hash(files.get(f6))).put("collectedOn", "2025-03-06");
        e3.putArray("proves").add("v1");
        e3.putArray("personalDataRegions").addObject().put("x", 0).put("y", 0).put("w", 640).put("h", 120);
        ev.addObject().put("id", "e4").put("type", "物证").put("title", "现场照片（未审核）").put("file", f7)
                .put("sha256", Vault.hash(files.get(f7))).put("collectedOn", "2025-03-06").putArray("proves").add("v1");
        ev.addObject().put("id", "e5").put("type", "书证").put("title", "装卸台账").put("file", f8)
                .put("sha256", Vault.hash(files.get(f8))).put("collectedOn", "2025-03-06").putArray("proves").add("v1");
        ev.addObject().put("id", "e6").put("type", "书证").put("title", "询问笔录（网页版）").put("file", f9)
                .put("sha256", Vault.hash(files.get(f9))).put("collectedOn", "2025-03-06").putArray("proves").add("v1");

        Files.createDirectories(dir);
        Files.writeString(dir.resolve("manifest.json"), Json.pretty(m));
        for (var f : files.entrySet()) {
            Path p = dir.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, f.getValue());
        }
        // the fixture really holds the data (a no-op would be noticed)
        String recordText = pdfText(record);
        assertThat(recordText).contains(REP).contains(RECORDER).contains(idNumber).contains(TEXT_WITNESS);
        assertThat(pdfText(latin)).contains(EMAIL).contains("13991234567");

        Path ws = tmp.resolve("ws");
        CliRunner.Run imp = CliRunner.run("--workspace", ws.toString(), "case", "import", dir.toString());
        assertThat(imp.code()).as(imp.err()).isZero();
        out = tmp.resolve("anon.jrcase");
        System.setProperty("jrw.ocr", "off");
        try (Workspace w = Workspace.open(ws)) {
            before = new DossierService(w).load("渭应急罚〔2025〕8号");
            result = new Anonymizer(w).anonymize("渭应急罚〔2025〕8号", out,
                    new Anonymizer.Options(17, 7L, Map.of()), Progress.NONE);
        } catch (LeakException e) {
            throw new AssertionError(e.leaks().toString(), e);
        } finally {
            System.clearProperty("jrw.ocr");
        }
        after = readManifest(out);
    }

    static String withCheck(String first17) {
        String id = first17 + Identifiers.idNumberCheckChar(first17);
        assertThat(Identifiers.isValidIdNumber(id)).isTrue();
        return id;
    }

    static String facts() {
        return "经查，" + REP + "于2025年3月1日安排" + WITNESS + "驾驶" + PLATE + "罐车到" + SHOP + "装卸甲醇，"
                + "建国称装卸前已检查。刘经理当场表示由" + STORE + "负责联络。现场另有一辆" + PLATE_NEV + "轿车和" + PLATE_NEV2
                + "货车。证人" + TEXT_WITNESS + "证实，" + WOMAN + "，女，1985年生，在场；" + ID_HOLDER + "（身份证号" + idNumber
                + "）为罐车押运员。联系电话" + MOBILE2 + "（" + CALLER + "）。老刘的邮箱" + EMAIL + "，QQ：" + QQ + "，微信号："
                + WECHAT + "，收款账号：" + ACCOUNT + "，住" + ADDRESS2 + "。该公司委托" + PARTNER + "运输，未对装卸作业实施现场监护。";
    }

    static String ledgerCsv() {
        return "日期,装卸人员,电话,备注\r\n2025-03-01," + WITNESS + "," + MOBILE + ",甲醇装卸正常\r\n2025-03-02,"
                + ESCORT + ",,押运员到场\r\n";
    }

    /** Only ASCII: every Chinese character, the names too, as a numeric character reference. */
    static String charRefHtml() {
        StringBuilder sb = new StringBuilder("<html><body><p>");
        String text = "被询问人：" + REP + "，联系电话 " + MOBILE2 + "。";
        text.codePoints().forEach(cp -> sb.append(cp < 128 ? String.valueOf((char) cp)
                : (cp % 2 == 0 ? "&#" + cp + ";" : "&#x" + Integer.toHexString(cp).toUpperCase() + ";")));
        return sb.append("&#60;copy&#62;</p></body></html>\n").toString();
    }

    static String note() {
        return "执法人员备注：" + OFFICER2 + "与" + CONTACT + "电话联系（" + LANDLINE2 + "），对方称" + PERSON_PARTY
                + "出差。欧阳总次日到场。记录人：" + RECORDER + "\n陪同人员：" + ESCORT + "、" + WITNESS
                + "\n银行卡号 " + ACCOUNT2 + "，固定电话 0913 2765432。\n";
    }

    // ------------------------------------------------------------------ PDFs in several fonts and encodings

    static PdfFont latinFont;
    static PdfFont cjkFont;

    /** Shows text in runs: CJK characters in the CJK font, the rest (digits, Latin) in DejaVu — both Identity-H. */
    static PdfCanvas show(PdfCanvas cv, String text) {
        StringBuilder run = new StringBuilder();
        Boolean cjkRun = null;
        for (char ch : text.toCharArray()) {
            boolean c = ch >= 0x2E80;
            if (cjkRun != null && c != cjkRun) {
                cv.setFontAndSize(cjkRun ? cjkFont : latinFont, 11).showText(run.toString());
                run.setLength(0);
            }
            cjkRun = c;
            run.append(ch);
        }
        if (run.length() > 0) {
            cv.setFontAndSize(cjkRun ? cjkFont : latinFont, 11).showText(run.toString());
        }
        return cv;
    }

    static PdfFont cjk() throws IOException {
        return PdfFontFactory.createFont(PdfFonts.cjkFontBytes(), PdfEncodings.IDENTITY_H,
                PdfFontFactory.EmbeddingStrategy.PREFER_EMBEDDED);
    }

    /** Embedded CJK font (Identity-H): labelled and unlabelled names, a name over two show operations and two lines. */
    static byte[] inquiryRecordPdf() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(b))) {
            pdf.getDocumentInfo().setAuthor(OFFICER1).setTitle("询问" + REP).setKeywords(idNumber + " " + MOBILE);
            PdfFont f = cjk();
            cjkFont = f;
            latinFont = PdfFontFactory.createFont(PdfFonts.latinFontBytes(), PdfEncodings.IDENTITY_H,
                    PdfFontFactory.EmbeddingStrategy.PREFER_EMBEDDED);
            PdfPage page = pdf.addNewPage(PageSize.A4);
            PdfCanvas cv = new PdfCanvas(page);
            float y = 780;
            String[] lines = {
                "询问笔录",
                "被询问人：" + REP + "，男，身份证号码：" + idNumber,
                "工作单位：" + COMPANY + "  电话：" + MOBILE,
                "询问人：" + OFFICER1 + "、" + OFFICER2 + "    记录人：" + RECORDER,
                "问：请说明3月1日的情况。",
                "答：那天" + WITNESS + "开车来，" + TEXT_WITNESS + "也在。建国让我找刘总签字。",
                "住址：" + ADDRESS,
            };
            for (String l : lines) {
                show(cv.beginText().moveText(60, y), l).endText();
                y -= 22;
            }
            // a name split over two show operations, and over two lines
            show(show(cv.beginText().moveText(60, y), "答：我和" + ID_HOLDER.substring(0, 1)),
                    ID_HOLDER.substring(1) + "（身份证号" + idNumber.substring(0, 9)).endText();
            y -= 16;
            show(cv.beginText().moveText(60, y), idNumber.substring(9) + "）一起押运，" + WOMAN + "，女，在").endText();
            y -= 22;
            // character by character with explicit positions (as some scanners' text layers are written)
            float x = 60;
            for (char ch : ("陪同人员：" + ESCORT).toCharArray()) {
                cv.beginText().setFontAndSize(f, 11).moveText(x, y).showText(String.valueOf(ch)).endText();
                x += 11.5f;
            }
            y -= 22;
            // invisible text (render mode 3), like an OCR layer
            show(cv.beginText().setTextRenderingMode(PdfCanvasConstants.TextRenderingMode.INVISIBLE)
                    .moveText(60, y), "被询问人签名：" + REP + " " + PLATE).endText();
            // a bookmark and a note naming the person
            pdf.getOutlines(false).addOutline("询问" + REP);
            page.addAnnotation(new PdfTextAnnotation(new Rectangle(400, 700, 20, 20))
                    .setContents(new PdfString(REP + " " + MOBILE, PdfEncodings.UNICODE_BIG)));
        }
        return b.toByteArray();
    }

    /** The standard Latin font (WinAnsi): e-mail, numbers, a plate's Latin part; CJK in a form XObject header. */
    static byte[] latinPdf() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(b))) {
            PdfFont helv = PdfFontFactory.createFont(StandardFonts.HELVETICA);
            PdfFont f = cjk();
            PdfPage page = pdf.addNewPage(PageSize.A4);
            PdfFormXObject header = new PdfFormXObject(new Rectangle(0, 0, 500, 30));
            new PdfCanvas(header, pdf).beginText().setFontAndSize(f, 10).moveText(0, 10)
                    .showText("发件人：" + WITNESS + "  收件人：" + CONTACT).endText();
            PdfCanvas cv = new PdfCanvas(page);
            cv.addXObjectAt(header, 60, 790);
            cv.beginText().setFontAndSize(helv, 11).moveText(60, 740).showText("From: " + EMAIL).endText();
            cv.beginText().setFontAndSize(helv, 11).moveText(60, 720).showText("Tel: " + MOBILE + " / " + LANDLINE)
                    .endText();
            cv.beginText().setFontAndSize(helv, 11).moveText(60, 700).showText("Account: " + ACCOUNT2).endText();
            cv.beginText().setFontAndSize(f, 11).moveText(60, 680).showText("车牌" + PLATE_NEV.substring(0, 1))
                    .setFontAndSize(helv, 11).showText(PLATE_NEV.substring(1)).setFontAndSize(f, 11).showText("，QQ")
                    .setFontAndSize(helv, 11).showText(": " + QQ).endText();
            PdfArray tj = new PdfArray();
            tj.add(new PdfString("Tel. "));
            tj.add(new com.itextpdf.kernel.pdf.PdfNumber(-20));
            tj.add(new PdfString(MOBILE2.substring(0, 5)));
            tj.add(new com.itextpdf.kernel.pdf.PdfNumber(-5));
            tj.add(new PdfString(MOBILE2.substring(5)));
            cv.beginText().setFontAndSize(helv, 11).moveText(60, 660).showText(tj).endText();
        }
        return b.toByteArray();
    }

    /** A decision in the official layout with the bundled writer. */
    static byte[] decisionPdf() {
        var doc = org.jrw.logic.pdf.OfficialDocument.builder("行政处罚决定书").organ("渭南市应急管理局")
                .number("渭应急罚〔2025〕8号")
                .plain("被处罚单位：" + COMPANY).plain("统一社会信用代码：" + creditCode).plain("地址：" + ADDRESS)
                .plain("法定代表人：" + REP + "  联系人：" + CONTACT + "（" + LANDLINE + "）")
                .paragraph(facts())
                .paragraph("本机关决定对你单位处罚款人民币伍万元整。罚款请缴至账号" + ACCOUNT + "。")
                .signature("渭南市应急管理局", LocalDate.of(2025, 4, 1)).build();
        return org.jrw.logic.pdf.OfficialDocumentWriter.forms().write(doc);
    }

    // ------------------------------------------------------------------ Word, image, note

    /** A Word document written by hand: the names are split over runs, one is in a comment, the creator is set. */
    static byte[] docx() throws IOException {
        String w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
        String body = "<w:document " + w + "><w:body>"
                + "<w:p><w:r><w:t>证人：</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>" + WITNESS.substring(0, 1)
                + "</w:t></w:r><w:r><w:t>" + WITNESS.substring(1) + "，男，电话" + MOBILE2.substring(0, 4) + "</w:t></w:r>"
                + "<w:r><w:t>" + MOBILE2.substring(4) + "</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t xml:space=\"preserve\">" + TEXT_WITNESS + "（村民），住" + ADDRESS + "。</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>" + CALLER + "，男，车辆" + PLATE_NEV2 + "，邮箱 " + EMAIL + "</w:t></w:r></w:p>"
                + "</w:body></w:document>";
        String comments = "<w:comments " + w + "><w:comment w:id=\"0\" w:author=\"" + OFFICER1 + "\" w:initials=\"HZQ\">"
                + "<w:p><w:r><w:t>请" + RECORDER.substring(0, 2) + "</w:t></w:r><w:r><w:t>" + RECORDER.substring(2)
                + "核对</w:t></w:r></w:p></w:comment></w:comments>";
        String core = "<?xml version=\"1.0\"?><cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/"
                + "metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator>" + OFFICER2
                + "</dc:creator><cp:lastModifiedBy>" + OFFICER1 + "</cp:lastModifiedBy><dc:title>" + WITNESS
                + "证言</dc:title></cp:coreProperties>";
        String types = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            for (var e : Map.of("[Content_Types].xml", types, "word/document.xml", body, "word/comments.xml", comments,
                    "docProps/core.xml", core).entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return b.toByteArray();
    }

    /** A PNG showing a name and an ID number in its marked top band, with a tEXt chunk naming the author. */
    static byte[] pngWithText() throws IOException {
        BufferedImage img = new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 640, 360);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        try {
            g.setFont(Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(PdfFonts.cjkFontBytes()))
                    .deriveFont(28f));
        } catch (java.awt.FontFormatException e) {
            throw new IOException(e);
        }
        g.drawString("姓名：" + WOMAN + " 身份证：" + idNumber.substring(0, 8), 10, 50);
        g.drawString("现场：罐车装卸区", 10, 250);
        g.dispose();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), null);
        IIOMetadataNode text = new IIOMetadataNode("tEXt");
        IIOMetadataNode entry = new IIOMetadataNode("tEXtEntry");
        entry.setAttribute("keyword", "Author");
        entry.setAttribute("value", "wanghaiyan " + MOBILE);
        text.appendChild(entry);
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(text);
        meta.mergeTree("javax_imageio_png_1.0", root);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (var ios = ImageIO.createImageOutputStream(b)) {
            writer.setOutput(ios);
            writer.write(new IIOImage(img, null, meta));
        }
        writer.dispose();
        byte[] bytes = b.toByteArray();
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).contains(MOBILE);
        return bytes;
    }

    static byte[] jpegWithComment(String comment) throws IOException {
        BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        ImageIO.write(img, "jpg", b);
        byte[] jpg = b.toByteArray();
        byte[] text = comment.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        o.write(jpg, 0, 2);
        o.write(0xFF);
        o.write(0xFE);
        o.write((text.length + 2) >> 8);
        o.write((text.length + 2) & 0xFF);
        o.write(text);
        o.write(jpg, 2, jpg.length - 2);
        return o.toByteArray();
    }

    // ------------------------------------------------------------------ the assertions

    static List<String> everything() {
        if (extra != null) {
            return extra;
        }
        return List.of(REP, PERSON_PARTY, OFFICER1, OFFICER2, WITNESS, CONTACT, TEXT_WITNESS, RECORDER, ESCORT, CALLER,
                WOMAN, ID_HOLDER, COMPANY, "华盛化工", PARTNER, "顺达物流", SHOP, "鑫源五金", STORE, "宏发建材", PLATE,
                "3K729", PLATE_NEV, "AD12345", PLATE_NEV2, ACCOUNT, ACCOUNT2, EMAIL, "liujg", LANDLINE, "2123456",
                LANDLINE2, "88776655", "2765432", QQ, WECHAT, ADDRESS, "朝阳村", "杜桥", ADDRESS2, "东风路12号", "城关镇",
                MOBILE, MOBILE2, idNumber, idNumber2, creditCode, "61050012345", "61050012399", "渭应急罚〔2025〕8号",
                "渭南", "临渭", "蒲城", "HZQ", "wanghaiyan",
                // short forms of known names
                "建国", "刘经理", "刘总", "老刘", "欧阳总", "建华", "志强", "晓东", "文静");
    }

    @Test
    void noPersonalDataRemainsInAnyByte() throws Exception {
        List<String> found = new ArrayList<>();
        scanBytes(Files.readAllBytes(out), "package", found, true);
        scanZip(Files.readAllBytes(out), "package", found);
        assertThat(found).isEmpty();
    }

    /** The GBK ledger stays GBK and readable (only the names and numbers replaced), the page keeps its markup. */
    @Test
    void textFilesKeepTheirEncodingAndMarkup() throws Exception {
        String csv = new String(entry(out, "装卸台账.csv"), Charset.forName("GBK"));
        assertThat(csv).startsWith("日期,装卸人员,电话,备注\r\n").contains("甲醇装卸正常", "押运员到场")
                .doesNotContain("\uFFFD", WITNESS, ESCORT, MOBILE);
        String html = new String(entry(out, "询问笔录.html"), StandardCharsets.UTF_8);
        assertThat(html).startsWith("<html><body><p>").contains(after.parties().get(0).legalRepresentative())
                .contains("&#60;copy&#62;").doesNotContain(MOBILE2);
        assertThat(charRefsDecoded(html)).doesNotContain(REP);
    }

    @Test
    void theLegalSubstanceIsUnchanged() {
        assertThat(Anonymizer.substanceDifference(before, after)).isNull();
        var v0 = after.violations().get(0);
        assertThat(v0.violatedProvision()).isEqualTo("《中华人民共和国安全生产法》第三十九条第一款");
        assertThat(v0.penaltyProvision()).isEqualTo("《危险化学品安全管理条例》第八十条第一款第一项");
        assertThat(v0.proposed().fineYuan()).isEqualTo(50000L);
        assertThat(v0.circumstances().firstOffence()).isTrue();
        assertThat(v0.circumstances().correctedInTime()).isTrue();
        assertThat(v0.circumstances().mitigating()).hasSize(2).contains("主动消除违法行为危害后果");
        assertThat(after.documents()).extracting(d -> d.type())
                .containsExactlyElementsOf(before.documents().stream().map(d -> d.type()).toList());
        assertThat(after.documents().get(2).statedLong("fineYuan")).isEqualTo(50000L);
        assertThat(after.evidence()).extracting(e -> e.typeText())
                .containsExactlyElementsOf(before.evidence().stream().map(e -> e.typeText()).toList());
        // dates moved by the constant; intervals are the same
        assertThat(after.caseInfo().filedOn()).isEqualTo(before.caseInfo().filedOn().plusDays(17));
        assertThat(ChronoUnit.DAYS.between(after.documents().get(0).date(), after.documents().get(2).date()))
                .isEqualTo(ChronoUnit.DAYS.between(before.documents().get(0).date(), before.documents().get(2).date()));
        // the facts keep what happened
        assertThat(v0.facts()).contains("装卸甲醇").contains("未对装卸作业实施现场监护").contains("罐车押运员");
    }

    @Test
    void pseudonymsAreConsistentAndReadable() throws Exception {
        String facts = after.violations().get(0).facts();
        String rep = after.parties().get(0).legalRepresentative();
        assertThat(rep).matches("[\\u4e00-\\u9fa5]某");
        // the given name alone and the surname with a title stand for the same pseudonym
        assertThat(facts).startsWith("经查，" + rep + "于").contains(rep + "称装卸前已检查")
                .contains(rep.charAt(0) + "经理当场表示").contains("罐车到").contains("，住某").contains("该公司委托");
        // the decision PDF names the same unit and representative as the manifest
        String decision = pdfTextOf(out, "决定书").replaceAll("\\s+", "");
        assertThat(decision).contains(after.parties().get(0).name()).contains("法定代表人：" + rep)
                .contains("装卸甲醇").contains("伍万元");
    }

    @Test
    void picturesNobodyReviewedAreReportedAndMarkedOnesBlurred() throws Exception {
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w).contains("现场-").contains(".jpg").contains("未经审核"));
        assertThat(result.warnings()).noneSatisfy(w -> assertThat(w).contains(".png").contains("未经审核"));
        byte[] png = entry(out, ".png");
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        // the marked band is pixelated: few distinct colours left where the text was
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 20; y < 60; y++) {
            for (int x = 10; x < 600; x++) {
                colours.add(img.getRGB(x, y));
            }
        }
        assertThat(colours.size()).isLessThan(30);
        // the unmarked part still shows its text (many shades from anti-aliasing)
        java.util.Set<Integer> below = new java.util.HashSet<>();
        for (int y = 225; y < 260; y++) {
            for (int x = 10; x < 260; x++) {
                below.add(img.getRGB(x, y));
            }
        }
        assertThat(below.size()).isGreaterThan(colours.size());
    }

    // ------------------------------------------------------------------ helpers

    /** Asserts that none of {@code originals} is anywhere in the package (as {@link #noPersonalDataRemainsInAnyByte}). */
    static void scanBytesFor(Path pkg, List<String> originals) throws IOException {
        List<String> saved = extra;
        extra = originals;
        try {
            List<String> found = new ArrayList<>();
            byte[] b = Files.readAllBytes(pkg);
            scanBytes(b, "package", found, true);
            scanZip(b, "package", found);
            assertThat(found).isEmpty();
        } finally {
            extra = saved;
        }
    }

    static List<String> extra;

    static void scanZip(byte[] zipBytes, String where, List<String> found) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes), StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                String name = e.getName();
                String at = where + "!" + name;
                for (String o : everything()) {
                    if (name.contains(o)) {
                        found.add(o + " in entry name " + at);
                    }
                }
                byte[] b = zip.readAllBytes();
                boolean text = name.endsWith(".json") || name.endsWith(".txt") || name.endsWith(".xml")
                        || name.endsWith(".csv") || name.endsWith(".html");
                scanBytes(b, at, found, text);
                if (text) {
                    String s = charRefsDecoded(new String(b, StandardCharsets.UTF_8)) + "\n"
                            + new String(b, Charset.forName("GB18030"));
                    String plain = s.replaceAll("<[^>]*>", "").replaceAll("\\s+", "");
                    everything().stream().filter(o -> plain.contains(o.replaceAll("\\s+", "")))
                            .forEach(o -> found.add(o + " in text of " + at));
                    if (name.endsWith(".json")) {
                        String parsed = Json.parse(b).toString();
                        everything().stream().filter(parsed::contains).forEach(o -> found.add(o + " in parsed " + at));
                    }
                }
                if (name.endsWith(".docx")) {
                    scanZip(b, at, found);
                }
                if (name.endsWith(".pdf")) {
                    scanPdf(b, at, found);
                }
            }
        }
    }

    /** &#NNNN; and &#xHHHH; as characters (written here, not the anonymiser's code). */
    static String charRefsDecoded(String s) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("&#(x[0-9A-Fa-f]+|[0-9]+);").matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String g = m.group(1);
            int cp = g.startsWith("x") ? Integer.parseInt(g.substring(1), 16) : Integer.parseInt(g);
            m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(new String(Character.toChars(cp))));
        }
        return m.appendTail(sb).toString();
    }

    static void scanPdf(byte[] b, String at, List<String> found) throws IOException {
        String t = pdfText(b).replaceAll("\\s+", "");
        everything().stream().filter(o -> t.contains(o.replaceAll("\\s+", ""))).forEach(o -> found.add(o + " in text of " + at));
        try (PDDocument doc = Loader.loadPDF(b)) {
            for (COSObjectKey k : doc.getDocument().getXrefTable().keySet()) {
                COSObject obj = doc.getDocument().getObjectFromPool(k);
                COSBase base = obj == null ? null : obj.getObject();
                if (base instanceof COSStream st) {
                    try (InputStream in = st.createInputStream()) {
                        byte[] decoded = in.readAllBytes();
                        boolean binary = st.containsKey(org.apache.pdfbox.cos.COSName.LENGTH1)
                                || org.apache.pdfbox.cos.COSName.IMAGE.equals(st.getCOSName(org.apache.pdfbox.cos.COSName.SUBTYPE));
                        scanBytes(decoded, at + " stream " + k, found, !binary);
                    }
                }
                if (base instanceof COSString s) {
                    String str = s.getString();
                    everything().stream().filter(str::contains).forEach(o -> found.add(o + " in string " + at + " " + k));
                }
                if (base != null) {
                    String str = base.toString();
                    everything().stream().filter(str::contains).forEach(o -> found.add(o + " in " + at + " " + k));
                }
            }
            var info = doc.getDocumentInformation();
            String meta = info.getTitle() + info.getAuthor() + info.getSubject() + info.getKeywords();
            everything().stream().filter(meta::contains).forEach(o -> found.add(o + " in info of " + at));
        }
    }

    /** Searches bytes in every charset; binary data only for encodings of at least six bytes. */
    static void scanBytes(byte[] data, String where, List<String> found, boolean text) {
        for (String o : everything()) {
            for (Charset cs : CHARSETS) {
                byte[] pat = o.getBytes(cs);
                if ((text || pat.length >= 6) && LeakScanner.indexOf(data, pat) >= 0) {
                    found.add(o + " (" + cs + ") in " + where);
                }
            }
        }
    }

    static Dossier readManifest(Path pkg) throws IOException {
        return DossierCodec.read(Json.parse(entry(pkg, "manifest.json")));
    }

    static byte[] entry(Path pkg, String suffix) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(pkg))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.getName().endsWith(suffix)) {
                    return zip.readAllBytes();
                }
            }
        }
        throw new AssertionError("no entry " + suffix);
    }

    static String pdfTextOf(Path pkg, String nameContains) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(pkg))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.getName().contains(nameContains) && e.getName().endsWith(".pdf")) {
                    return pdfText(zip.readAllBytes());
                }
            }
        }
        throw new AssertionError("no PDF " + nameContains);
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper st = new PDFTextStripper();
            st.setSortByPosition(true);
            return st.getText(doc).replaceAll("\\s+", "");
        }
    }
}
