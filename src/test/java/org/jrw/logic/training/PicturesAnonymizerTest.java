package org.jrw.logic.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.jrw.codec.Json;
import org.jrw.logic.pdf.PdfFonts;
import org.jrw.logic.task.Progress;
import org.jrw.persistence.Vault;
import org.jrw.persistence.Workspace;
import org.jrw.testing.CliRunner;
import org.jrw.testing.TestPackages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pictures in training copies: regions annotated as 个人信息 are pixelated (images) or cut out of the
 * page (PDFs), pictures nobody reviewed are reported as warnings, and — where tesseract with the
 * Chinese model is installed — identifiers recognised in an unmarked picture are blurred.
 */
class PicturesAnonymizerTest {
    @TempDir
    Path tmp;

    @Test
    void personalDataAnnotationsBlurAndCutAndUnreviewedPicturesAreReported() throws Exception {
        Path ws = tmp.resolve("ws");
        assertThat(CliRunner.run("--workspace", ws.toString(), "init", "--demo").code()).isZero();
        String c = "西应急罚〔2024〕37号";
        CliRunner.Run a1 = CliRunner.run("--workspace", ws.toString(), "annotation", "add", c, "--target", "e03",
                "--author", "王某明", "--role", "OFFICER", "--kind", "PERSONAL_DATA", "--note", "工牌", "--rect", "40,40,300,200");
        assertThat(a1.code()).as(a1.err()).isZero();
        CliRunner.Run a2 = CliRunner.run("--workspace", ws.toString(), "annotation", "add", c, "--target", "d06",
                "--author", "王某明", "--role", "OFFICER", "--kind", "个人信息", "--note", "页眉", "--page", "1",
                "--rect", "0,0,595,200");
        assertThat(a2.code()).as(a2.err()).isZero();
        CliRunner.Run a3 = CliRunner.run("--workspace", ws.toString(), "annotation", "add", c, "--target", "e05",
                "--author", "王某明", "--role", "OFFICER", "--kind", "PERSONAL_DATA", "--note", "已审核，无个人信息");
        assertThat(a3.code()).as(a3.err()).isZero();

        Path out = tmp.resolve("anon.jrcase");
        System.setProperty("jrw.ocr", "off");
        Anonymizer.Result r;
        try (Workspace w = Workspace.open(ws)) {
            r = new Anonymizer(w).anonymize(c, out, Anonymizer.Options.defaults(), Progress.NONE);
        } finally {
            System.clearProperty("jrw.ocr");
        }
        // e03 marked, e05 declared reviewed, e06 marked by the built-in regions: only e04 is reported
        assertThat(r.warnings()).anySatisfy(x -> assertThat(x).contains("e04").contains("未经审核"));
        assertThat(r.warnings()).noneSatisfy(x -> assertThat(x).contains("e03").contains("未经审核"));
        assertThat(r.warnings()).noneSatisfy(x -> assertThat(x).contains("e05").contains("未经审核"));
        assertThat(r.warnings()).noneSatisfy(x -> assertThat(x).contains("e06").contains("未经审核"));

        // the annotated band of the inquiry record's first page holds no text any more
        byte[] pdf = HostileDossierAnonymizerTest.entry(out, findName(out, "files/documents/06-"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripperByArea area = new PDFTextStripperByArea();
            area.addRegion("top", new Rectangle2D.Float(0, 0, 595, 195));
            area.addRegion("rest", new Rectangle2D.Float(0, 260, 595, 500));
            area.extractRegions(doc.getPage(0));
            assertThat(area.getTextForRegion("top").strip()).isEmpty();
            assertThat(area.getTextForRegion("rest").strip()).isNotEmpty();
        }
    }

    @Test
    void anAnnotatedImageRegionIsPixelatedIrreversibly() throws Exception {
        BufferedImage img = textImage("1399123456", "ordinary text");
        Path ws = caseWithPicture(img, "西应急罚〔2024〕62号", "ws3");
        CliRunner.Run a = CliRunner.run("--workspace", ws.toString(), "annotation", "add", "西应急罚〔2024〕62号",
                "--target", "e1", "--author", "王某明", "--role", "OFFICER", "--kind", "PERSONAL_DATA", "--note", "号码",
                "--rect", "0,20,900,100");
        assertThat(a.code()).as(a.err()).isZero();
        Path out = tmp.resolve("blur.jrcase");
        System.setProperty("jrw.ocr", "off");
        Anonymizer.Result r;
        try (Workspace w = Workspace.open(ws)) {
            r = new Anonymizer(w).anonymize("西应急罚〔2024〕62号", out, Anonymizer.Options.defaults(), Progress.NONE);
        } finally {
            System.clearProperty("jrw.ocr");
        }
        assertThat(r.warnings()).noneSatisfy(x -> assertThat(x).contains("未经审核"));
        BufferedImage after = ImageIO.read(new ByteArrayInputStream(HostileDossierAnonymizerTest.entry(out, ".png")));
        // the pixel data is replaced by coarse quantised blocks: few colours, no fine detail
        assertThat(colours(img, 0, 20, 900, 100)).isGreaterThan(20);
        assertThat(colours(after, 0, 20, 900, 100)).isLessThan(colours(img, 0, 20, 900, 100) / 3);
        assertThat(detail(after, 0, 20, 900, 100)).isLessThan(detail(img, 0, 20, 900, 100) / 3);
        // outside the region nothing changed
        assertThat(colours(after, 0, 130, 900, 100)).isEqualTo(colours(img, 0, 130, 900, 100));
    }

    static BufferedImage textImage(String line1, String line2) throws Exception {
        BufferedImage img = new BufferedImage(900, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 900, 300);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(PdfFonts.latinFontBytes())).deriveFont(40f));
        g.drawString(line1, 30, 80);
        g.drawString(line2, 30, 180);
        g.dispose();
        return img;
    }

    Path caseWithPicture(BufferedImage img, String caseNumber, String wsName) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        ImageIO.write(img, "png", b);
        byte[] png = b.toByteArray();
        TestPackages.Pkg pkg = TestPackages.valid(caseNumber);
        pkg.files.clear();
        pkg.manifest.putArray("documents");
        pkg.files.put("files/e1.png", png);
        ObjectNode e1 = (ObjectNode) pkg.manifest.get("evidence").get(0);
        e1.put("file", "files/e1.png").put("sha256", Vault.hash(png));
        Path ws = tmp.resolve(wsName);
        CliRunner.Run imp = CliRunner.run("--workspace", ws.toString(), "case", "import",
                pkg.writeDir(tmp.resolve("pkg-" + wsName)).toString());
        assertThat(imp.code()).as(imp.err()).isZero();
        return ws;
    }

    @Test
    void withTesseractIdentifiersInUnmarkedPicturesAreBlurred() throws Exception {
        assumeTrue(Ocr.find().isPresent(), "tesseract with chi_sim is not installed");
        String id = HostileDossierAnonymizerTest.withCheck("61050219880715321");
        Path ws = caseWithPicture(textImage("ID " + id, "Tel 13991234567"), "西应急罚〔2024〕61号", "ws2");
        Path out = tmp.resolve("ocr.jrcase");
        CliRunner.Run run = CliRunner.run("--workspace", ws.toString(), "--json", "anonymize", "西应急罚〔2024〕61号",
                "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode json = Json.parse(run.out());
        assertThat(json.get("warnings").toString()).contains("OCR");
        BufferedImage result = ImageIO.read(new ByteArrayInputStream(HostileDossierAnonymizerTest.entry(out, ".png")));
        String text = String.join("", Ocr.find().orElseThrow().lines(result).stream().map(Ocr.Line::text).toList());
        assertThat(text).doesNotContain(id.substring(0, 10)).doesNotContain("13991234567");
    }

    static String findName(Path pkg, String contains) throws Exception {
        try (var zip = new java.util.zip.ZipInputStream(Files.newInputStream(pkg))) {
            java.util.zip.ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.getName().contains(contains)) {
                    return e.getName();
                }
            }
        }
        throw new AssertionError("no entry " + contains);
    }

    /** Fine detail: the mean difference of horizontally neighbouring pixels (pixelation leaves almost none). */
    static double detail(BufferedImage img, int x0, int y0, int w, int h) {
        long sum = 0;
        long n = 0;
        for (int y = y0; y < y0 + h && y < img.getHeight(); y++) {
            for (int x = x0; x + 1 < x0 + w && x + 1 < img.getWidth(); x++) {
                int a = img.getRGB(x, y);
                int b = img.getRGB(x + 1, y);
                sum += Math.abs(((a >> 16) & 255) - ((b >> 16) & 255)) + Math.abs(((a >> 8) & 255) - ((b >> 8) & 255))
                        + Math.abs((a & 255) - (b & 255));
                n++;
            }
        }
        return n == 0 ? 0 : (double) sum / n;
    }

    static int colours(BufferedImage img, int x0, int y0, int w, int h) {
        Set<Integer> s = new HashSet<>();
        for (int y = y0; y < y0 + h && y < img.getHeight(); y++) {
            for (int x = x0; x < x0 + w && x < img.getWidth(); x++) {
                s.add(img.getRGB(x, y));
            }
        }
        return s.size();
    }
}
