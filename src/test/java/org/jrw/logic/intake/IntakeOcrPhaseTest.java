package org.jrw.logic.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jrw.logic.task.CancelledException;
import org.jrw.logic.task.Progress;
import org.jrw.logic.training.Ocr;
import org.jrw.model.DocumentType;
import org.jrw.model.EvidenceKind;
import org.jrw.persistence.CaseDao;
import org.jrw.persistence.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two phases of an intake: the classification list from hashing, names and cheap text, then
 * text recognition of pictures and scans, which refines the type and the fields; cancel during
 * recognition leaves nothing; a real scanned-looking page read by tesseract when it is installed.
 */
class IntakeOcrPhaseTest {
    @TempDir
    Path tmp;

    private static final List<String> DECISION_SCAN = List.of(
            "渭南市某某区应急管理局",
            "行政处罚决定书",
            "渭某应急罚〔2024〕15号",
            "被处罚单位：渭南某某化工有限公司",
            "统一社会信用代码：91610502MA6Y3K8T4N",
            "依据《中华人民共和国安全生产法》第九十七条第三项的规定，决定给予你单位罚款人民币贰万元整的行政处罚。",
            "2024年7月2日");

    /** The same decision as printed on a page: the long sentence wraps. */
    private static final List<String> SCAN_PAGE = List.of(
            "渭南市某某区应急管理局",
            "行政处罚决定书",
            "渭某应急罚〔2024〕15号",
            "被处罚单位：渭南某某化工有限公司",
            "统一社会信用代码：91610502MA6Y3K8T4N",
            "依据《中华人民共和国安全生产法》第九十七条第三项的",
            "规定，决定给予你单位罚款人民币贰万元整的行政处罚。",
            "2024年7月2日");

    private static boolean posix() {
        return !System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win");
    }

    private static Path png(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        BufferedImage img = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        img.setRGB(file.getFileName().toString().hashCode() & 31, 3, 0xFFFFFF); // each picture its own content
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    @Test
    void theListComesBeforeRecognitionWhichThenRefinesTypeAndFields() throws Exception {
        assumeTrue(posix(), "stand-in tesseract is a shell script");
        FakeTesseract fake = FakeTesseract.create(tmp.resolve("ocr"), DECISION_SCAN, 0);
        Path in = tmp.resolve("in");
        png(in.resolve("扫描件-003.png"));
        png(in.resolve("现场照片-1.png"));
        IntakeFixtures.docx(in.resolve("行政处罚告知书.docx"), IntakeFixtures.notice("贰万元"));
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            IntakeService s = new IntakeService(ws, fake::engine);
            IntakeScan scan = s.scan(List.of(in), Progress.NONE);
            // phase one: no picture recognised yet, both queued (识别中…), the list already typed
            assertThat(fake.calls()).isZero();
            assertThat(scan.queuedForOcr()).hasSize(2);
            IntakeFile queued = byName(scan, "扫描件-003.png");
            assertThat(queued.textStatus()).isEqualTo(TextReader.Status.OCR_QUEUED);
            assertThat(queued.messageTexts()).containsExactly("识别中…");
            assertThat(queued.proposed().evidenceKind()).isEqualTo(EvidenceKind.PHYSICAL);
            assertThat(byName(scan, "行政处罚告知书.docx").proposed().documentType()).isEqualTo(DocumentType.PENALTY_NOTICE);
            assertThat(s.propose(scan, new Choices()).value("case.caseNumber")).isNull();

            // phase two: each file replaced in place, its index reported
            List<Integer> done = new ArrayList<>();
            s.recognise(scan, Progress.NONE, done::add);
            assertThat(fake.calls()).isEqualTo(2);
            assertThat(done).hasSize(2);
            IntakeFile read = byName(scan, "扫描件-003.png");
            assertThat(read.textStatus()).isEqualTo(TextReader.Status.OCR);
            assertThat(read.messageTexts()).isEmpty();
            assertThat(read.proposed().documentType()).isEqualTo(DocumentType.PENALTY_DECISION);
            // a picture named as a photograph stays a photograph whatever is read in it
            assertThat(byName(scan, "现场照片-1.png").proposed().evidenceKind()).isEqualTo(EvidenceKind.PHYSICAL);
            assertThat(scan.queuedForOcr()).isEmpty();
            Proposal p = s.propose(scan, new Choices());
            assertThat(p.value("case.caseNumber")).isEqualTo("渭某应急罚〔2024〕15号");
            assertThat(p.value("parties[0].creditCode")).isEqualTo("91610502MA6Y3K8T4N");
            assertThat(p.dossier().violations().get(0).proposed().fineYuan()).isEqualTo(20000L);
            scan.discard();
        }
    }

    @Test
    void cancelDuringRecognitionLeavesNothingBehind() throws Exception {
        assumeTrue(posix(), "stand-in tesseract is a shell script");
        FakeTesseract fake = FakeTesseract.create(tmp.resolve("ocr"), DECISION_SCAN, 300);
        Path in = tmp.resolve("in");
        for (int i = 0; i < 4; i++) {
            png(in.resolve("扫描件-" + i + ".png"));
        }
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            IntakeService s = new IntakeService(ws, fake::engine);
            IntakeScan scan = s.scan(List.of(in), Progress.NONE);
            assertThat(stagedFiles(ws)).isEqualTo(4);
            boolean[] cancel = {false};
            Progress p = new Progress() {
                @Override
                public void update(long done, long total, String message) {
                }

                @Override
                public boolean isCancelled() {
                    return cancel[0];
                }
            };
            assertThatThrownBy(() -> s.recognise(scan, p, i -> cancel[0] = true)).isInstanceOf(CancelledException.class);
            assertThat(fake.calls()).isEqualTo(1);
            scan.discard(); // the window's cancel
            assertThat(stagedFiles(ws)).isZero();
            assertThat(ws.vault().list()).isEmpty();
            assertThat(ws.db().withConnection(CaseDao::count)).isZero();
            // a discarded scan stops a recognition still running
            IntakeScan again = s.scan(List.of(in), Progress.NONE);
            again.discard();
            assertThatThrownBy(() -> s.recognise(again, Progress.NONE, i -> { })).isInstanceOf(CancelledException.class);
            assertThat(stagedFiles(ws)).isZero();
        }
    }

    @Test
    void stoppingRecognitionLeavesTheRestPendingAndTheIntakeGoesOn() throws Exception {
        assumeTrue(posix(), "stand-in tesseract is a shell script");
        FakeTesseract fake = FakeTesseract.create(tmp.resolve("ocr"), DECISION_SCAN, 0);
        Path in = tmp.resolve("in");
        png(in.resolve("扫描件-1.png"));
        png(in.resolve("扫描件-2.png"));
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            IntakeService s = new IntakeService(ws, fake::engine);
            IntakeScan scan = s.scan(List.of(in), Progress.NONE);
            scan.stopRecognition();
            assertThat(scan.queuedForOcr()).isEmpty();
            IntakeFile f = byName(scan, "扫描件-1.png");
            assertThat(f.textStatus()).isEqualTo(TextReader.Status.PENDING_OCR);
            assertThat(f.messageTexts()).containsExactly("“扫描件-1.png”的文字识别已停止，文字待识别");
            IntakeService.Created c = s.create(scan, s.propose(scan, new Choices()), Progress.NONE);
            assertThat(ws.db().withConnection(x -> CaseDao.load(x, c.caseId())).orElseThrow().evidence()).hasSize(2);
            assertThat(fake.calls()).isZero();
        }
    }

    @Test
    void withoutAnEngineThePicturesArePendingAndNothingIsQueued() throws Exception {
        Path in = tmp.resolve("in");
        png(in.resolve("扫描件-1.png"));
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            IntakeService s = new IntakeService(ws, Optional::empty);
            IntakeScan scan = s.scanAndRecognise(List.of(in), Progress.NONE);
            assertThat(byName(scan, "扫描件-1.png").textStatus()).isEqualTo(TextReader.Status.PENDING_OCR);
            assertThat(byName(scan, "扫描件-1.png").messageTexts().get(0)).contains("待识别");
            scan.discard();
        }
    }

    /** A page of a decision rendered as a grey, slightly noisy scan; read by the installed tesseract. */
    @Test
    void aScannedLookingPageIsReadByTesseract() throws Exception {
        Optional<Ocr> ocr = Ocr.find();
        assumeTrue(ocr.isPresent(), "tesseract with chi_sim is not installed");
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        ImageIO.write(scanned(SCAN_PAGE), "png", in.resolve("扫描件-决定书.png").toFile());
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            IntakeService s = new IntakeService(ws, () -> ocr);
            IntakeScan scan = s.scanAndRecognise(List.of(in), Progress.NONE);
            IntakeFile f = byName(scan, "扫描件-决定书.png");
            assertThat(f.textStatus()).isEqualTo(TextReader.Status.OCR);
            assertThat(f.proposed().documentType()).isEqualTo(DocumentType.PENALTY_DECISION);
            Proposal p = s.propose(scan, new Choices());
            // what recognition reads well is taken; what it may misread (号 read as 5, 贰 as 项) is
            // either right or left unresolved, never a wrong value
            assertThat(p.value("parties[0].name")).isEqualTo("渭南某某化工有限公司");
            assertThat(p.value("parties[0].creditCode")).isEqualTo("91610502MA6Y3K8T4N");
            assertThat(p.value("case.caseNumber")).isIn(null, "渭某应急罚〔2024〕15号");
            Long fine = p.dossier().violations().isEmpty() || p.dossier().violations().get(0).proposed() == null ? null
                    : p.dossier().violations().get(0).proposed().fineYuan();
            assertThat(fine).isIn(null, 20000L);
            scan.discard();
        }
    }

    @Test
    void recognisedYearBracketsOfTwoKindsAreRepairedAndMatchedPairsKept() {
        assertThat(TextReader.ocrClean("渭某应急罚〔2024]15号")).isEqualTo("渭某应急罚〔2024〕15号");
        assertThat(TextReader.ocrClean("(津保)应急罚[2023]k-39号")).isEqualTo("(津保)应急罚[2023]k-39号");
        assertThat(TextReader.ocrClean("湘株醴应急罚（2023〕125号")).isEqualTo("湘株醴应急罚〔2023〕125号");
        assertThat(TextReader.ocrClean("罚款[20000)元")).isEqualTo("罚款[20000)元"); // not a year
    }

    static BufferedImage scanned(List<String> lines) {
        int w = 1700;
        int h = 200 + 90 * lines.size();
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(236, 236, 232));
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(30, 30, 30));
        g.setFont(new Font("Noto Sans CJK SC", Font.PLAIN, 46));
        g.rotate(Math.toRadians(0.4)); // a page fed slightly askew
        int y = 120;
        for (String l : lines) {
            // long lines wrap as on paper
            for (int i = 0; i < l.length(); i += 36) {
                g.drawString(l.substring(i, Math.min(l.length(), i + 36)), 90, y);
                y += i + 36 < l.length() ? 56 : 0;
            }
            y += 80;
        }
        g.dispose();
        java.util.Random noise = new java.util.Random(7);
        for (int k = 0; k < w * h / 250; k++) {
            int x = noise.nextInt(w);
            int yy = noise.nextInt(h);
            int v = noise.nextInt(90) + 120;
            img.getRaster().setSample(x, yy, 0, v);
        }
        return img;
    }

    private static IntakeFile byName(IntakeScan s, String name) {
        return s.files().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    private static long stagedFiles(Workspace ws) throws IOException {
        if (!Files.isDirectory(ws.tmpDir())) {
            return 0;
        }
        try (Stream<Path> st = Files.list(ws.tmpDir())) {
            return st.filter(x -> x.getFileName().toString().startsWith("stage-")).count();
        }
    }
}
