package org.jrw.logic.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.jrw.logic.task.CancelledException;
import org.jrw.logic.task.Progress;
import org.jrw.model.BadInputException;
import org.jrw.model.DocumentType;
import org.jrw.model.EvidenceKind;
import org.jrw.persistence.CaseDao;
import org.jrw.persistence.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad files get a message each and never stop the intake; cancel and refusal leave nothing behind. */
class IntakeServiceTest {
    @TempDir
    Path tmp;

    private static IntakeFile file(IntakeScan s, String suffix) {
        return s.files().stream().filter(f -> f.name().endsWith(suffix)).findFirst().orElseThrow();
    }

    @Test
    void everyBadFileHasItsMessageAndTheCaseIsStillCreated() throws Exception {
        Path in = tmp.resolve("案卷");
        IntakeFixtures.docx(in.resolve("行政处罚决定书.docx"), IntakeFixtures.decision("渭某应急罚〔2024〕8号", "人民币叁万元整"));
        Files.write(in.resolve("空文件.pdf"), new byte[0]);
        Files.copy(in.resolve("行政处罚决定书.docx"), in.resolve("决定书副本.docx"));
        Files.writeString(in.resolve("询问笔录.docx"), "这不是Word文件");
        Files.writeString(in.resolve("现场检查记录.pdf"), "%PDF-1.4\n garbage garbage");
        Path enc = in.resolve("法制审核意见书.pdf");
        try (PDDocument d = new PDDocument()) {
            d.addPage(new PDPage());
            StandardProtectionPolicy pol = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            pol.setEncryptionKeyLength(128);
            d.protect(pol);
            d.save(enc.toFile());
        }
        Files.writeString(in.resolve("数据.xyz"), "?");
        try (RandomAccessFile raf = new RandomAccessFile(in.resolve("执法记录仪.mp4").toFile(), "rw")) {
            raf.setLength(64L << 20); // sparse: streamed through, never held in memory
        }
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            IntakeService s = new IntakeService(ws);
            IntakeScan scan = s.scan(List.of(in), Progress.NONE);
            assertThat(file(scan, "空文件.pdf").status()).isEqualTo(IntakeFile.Status.EMPTY);
            assertThat(file(scan, "空文件.pdf").messageTexts()).anyMatch(m -> m.contains("空文件") && m.contains("0 字节"));
            IntakeFile dup = scan.files().stream().filter(f -> f.status() == IntakeFile.Status.DUPLICATE).findFirst().orElseThrow();
            assertThat(dup.messageTexts().get(0)).contains("内容相同");
            assertThat(file(scan, "询问笔录.docx").messageTexts().get(0)).contains("询问笔录.docx").contains("ZIP");
            assertThat(file(scan, "询问笔录.docx").proposed().documentType()).isEqualTo(DocumentType.INQUIRY_RECORD);
            assertThat(file(scan, "现场检查记录.pdf").messageTexts().get(0)).contains("损坏");
            assertThat(file(scan, "法制审核意见书.pdf").messageTexts().get(0)).contains("加密");
            assertThat(file(scan, "法制审核意见书.pdf").proposed().documentType()).isEqualTo(DocumentType.LEGAL_REVIEW);
            assertThat(file(scan, "数据.xyz").messageTexts().get(0)).contains("无法识别");
            assertThat(file(scan, "执法记录仪.mp4").proposed().evidenceKind()).isEqualTo(EvidenceKind.AUDIOVISUAL);
            assertThat(file(scan, "执法记录仪.mp4").size()).isEqualTo(64L << 20);

            Proposal p = s.propose(scan, new Choices());
            assertThat(p.dossier().caseInfo().caseNumber()).isEqualTo("渭某应急罚〔2024〕8号");
            assertThat(p.dossier().violations().get(0).proposed().fineYuan()).isEqualTo(30000L);
            IntakeService.Created c = s.create(scan, p, Progress.NONE);
            assertThat(ws.db().withConnection(x -> CaseDao.load(x, c.caseId())).orElseThrow().documents()).hasSize(5);
            for (IntakeFile f : scan.included()) {
                assertThat(ws.vault().verify(f.sha256())).contains(true);
            }
            assertThat(stagedFiles(ws)).isZero();
        }
    }

    @Test
    void cancelLeavesNothingBehind() throws Exception {
        Path in = tmp.resolve("in");
        for (int i = 0; i < 5; i++) {
            IntakeFixtures.docx(in.resolve("证据" + i + ".docx"), List.of("情况说明 " + i));
        }
        AtomicInteger calls = new AtomicInteger();
        Progress cancelAfterTwo = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                calls.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return calls.get() > 2;
            }
        };
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            IntakeService s = new IntakeService(ws);
            assertThatThrownBy(() -> s.scan(List.of(in), cancelAfterTwo)).isInstanceOf(CancelledException.class);
            assertThat(stagedFiles(ws)).isZero();
            assertThat(ws.vault().list()).isEmpty();
            assertThat(ws.db().withConnection(CaseDao::count)).isZero();

            // a scan discarded after reading (the user cancels in the window) leaves nothing either
            IntakeScan scan = s.scan(List.of(in), Progress.NONE);
            assertThat(stagedFiles(ws)).isEqualTo(5);
            scan.discard();
            assertThat(stagedFiles(ws)).isZero();
            assertThat(ws.vault().list()).isEmpty();
        }
    }

    @Test
    void aFolderOfTwoThousandFilesIsRefusedBeforeAnythingIsRead() throws Exception {
        Path in = tmp.resolve("big");
        Files.createDirectories(in);
        for (int i = 0; i < 2000; i++) {
            Files.writeString(in.resolve("f" + i + ".txt"), "x" + i);
        }
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            assertThatThrownBy(() -> new IntakeService(ws).scan(List.of(in), Progress.NONE))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining(in.toString()).hasMessageContaining("2000");
            assertThat(stagedFiles(ws)).isZero();
        }
    }

    @Test
    void aMissingPathIsRefusedNamingIt() throws Exception {
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            Path missing = tmp.resolve("没有这个文件.pdf");
            assertThatThrownBy(() -> new IntakeService(ws).scan(List.of(missing), Progress.NONE))
                    .isInstanceOf(BadInputException.class).hasMessageContaining("没有这个文件.pdf");
        }
    }

    @Test
    void theNoticeAndTheDecisionDisagreeOnTheFine() throws Exception {
        Path in = tmp.resolve("in");
        IntakeFixtures.docx(in.resolve("决定书.docx"), IntakeFixtures.decision("渭某应急罚〔2024〕8号", "3万元"));
        IntakeFixtures.docx(in.resolve("告知书.docx"), IntakeFixtures.notice("肆万元整"));
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            IntakeService s = new IntakeService(ws);
            IntakeScan scan = s.scan(List.of(in), Progress.NONE);
            Proposal p = s.propose(scan, new Choices());
            FieldValue fine = p.fields().get("violations[0].proposed.fineYuan");
            assertThat(fine.conflict()).isTrue();
            assertThat(fine.alternatives().keySet()).containsExactly("30000", "40000");
            assertThat(p.dossier().violations().get(0).proposed().fineYuan()).isNull();
            assertThat(p.unresolved()).contains("violations[0].proposed.fineYuan");
            // each document keeps the fine it states
            assertThat(p.dossier().firstOf(DocumentType.PENALTY_NOTICE).orElseThrow().statedLong("fineYuan")).isEqualTo(40000L);
            // the notice's footer address is the bureau's, not the party's
            assertThat(p.fields().get("parties[0].address").alternatives().keySet()).containsExactly("渭南市某某区某某路88号");
            // the user picks the decision's reading
            Proposal chosen = s.propose(scan, new Choices().set("violations[0].proposed.fineYuan", 30000L));
            assertThat(chosen.dossier().violations().get(0).proposed().fineYuan()).isEqualTo(30000L);
            assertThat(chosen.conflicts()).isEmpty();
            scan.discard();
        }
    }

    private static long stagedFiles(Workspace ws) throws IOException {
        if (!Files.isDirectory(ws.tmpDir())) {
            return 0;
        }
        try (Stream<Path> s = Files.list(ws.tmpDir())) {
            return s.filter(p -> p.getFileName().toString().startsWith("stage-")).count();
        }
    }
}
