package org.jrw.logic.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jrw.codec.Json;
import org.jrw.logic.pdf.OfficialDocument;
import org.jrw.logic.pdf.OfficialDocumentWriter;

/**
 * Benchmark dossier generator (bench/evidence): a .jrcase folder with 300 evidence items —
 * PDFs of 1–50 pages written with the project's OfficialDocumentWriter, JPEG photos drawn like the
 * demo's, and a few WAV recordings. Seeded, so every run writes the same package.
 * usage: DossierGen OUT_DIR [ITEMS=300]
 */
public final class DossierGen {
    private static final String[] SENTENCES = {
        "经现场检查，该单位三号车间一台剪板机的安全防护装置被拆除，作业人员未佩戴防护用品。",
        "现场负责人表示防护罩系维修时拆下，尚未恢复，企业未对该情况进行隐患排查和登记。",
        "执法人员当场出示执法证件，告知当事人依法享有陈述、申辩的权利，当事人表示清楚。",
        "企业提供的安全生产教育培训记录显示，二〇二三年度未对新入职员工开展三级安全教育。",
        "焊接作业人员王某某持有的特种作业操作证已于二〇二二年十月过期，未按规定复审。",
        "检查发现危险化学品储存间未设置泄漏报警装置，消防器材压力表指针处于红色区域。",
    };

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Path files = out.resolve("files");
        Files.createDirectories(files);
        Random rnd = new Random(20240422L);
        OfficialDocumentWriter writer = new OfficialDocumentWriter();
        List<Map<String, Object>> evidence = new ArrayList<>();
        int pdfs = 0, photos = 0, media = 0, pages = 0;
        long t0 = System.nanoTime();
        for (int i = 1; i <= n; i++) {
            String id = String.format("e%03d", i);
            String v = "v" + (1 + i % 3);
            Map<String, Object> e = new LinkedHashMap<>();
            byte[] bytes;
            String name;
            if (i % 60 == 0) { // 5 recordings
                bytes = DemoMedia.recorderClip();
                name = id + "-执法记录仪音频.wav";
                e.put("type", "视听资料");
                e.put("title", "执法记录仪录音 " + i);
                media++;
            } else if (i % 3 == 0) { // ~100 photos
                String stamp = String.format("2024-03-%02d 10:%02d:%02d", 1 + i % 28, i % 60, (i * 7) % 60);
                bytes = i % 2 == 0 ? DemoMedia.weldingPhoto(stamp, "现场照片 " + i)
                        : DemoMedia.machinePhoto(stamp, "设备照片 " + i);
                name = id + "-现场照片.jpg";
                e.put("type", "勘验笔录、现场笔录");
                e.put("title", "现场照片 " + i);
                photos++;
            } else { // ~195 PDFs of 1–50 pages
                int want = 1 + rnd.nextInt(50);
                bytes = writer.write(pdf(i, want, rnd));
                name = id + "-书证.pdf";
                e.put("type", "书证");
                e.put("title", "书证材料 " + i + "（约" + want + "页）");
                pdfs++;
                pages += want;
            }
            Files.write(files.resolve(name), bytes);
            e.put("id", id);
            e.put("file", "files/" + name);
            e.put("sha256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
            if (i % 7 != 0) {
                e.put("proves", List.of(v));
            }
            evidence.add(e);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", "jrw-dossier");
        m.put("version", 1);
        m.put("case", Map.of("caseNumber", "基准〔2026〕300号", "title", "证据阅览基准案卷（300 件证据）"));
        m.put("parties", List.of(Map.of("id", "p1", "kind", "unit", "name", "基准测试机械有限公司")));
        m.put("violations", List.of(
                Map.of("id", "v1", "partyId", "p1", "facts", "未对安全设备进行经常性维护、保养"),
                Map.of("id", "v2", "partyId", "p1", "facts", "特种作业人员未持证上岗"),
                Map.of("id", "v3", "partyId", "p1", "facts", "未如实记录安全生产教育和培训情况")));
        m.put("documents", List.of());
        m.put("evidence", evidence);
        Files.writeString(out.resolve("manifest.json"), Json.write(m));
        System.out.printf("generated %d items: %d PDFs (%d pages asked), %d photos, %d recordings in %.1f s%n",
                n, pdfs, pages, photos, media, (System.nanoTime() - t0) / 1e9);
    }

    private static OfficialDocument pdf(int i, int pages, Random rnd) {
        OfficialDocument.Builder b = OfficialDocument.builder("证据材料")
                .organ("基准市应急管理局")
                .number("基应急证〔2024〕" + i + "号")
                .pageNumbers(OfficialDocument.PageNumbers.PAGE_OF_TOTAL);
        // about 7 paragraphs of ~90 characters fill one page
        for (int k = 0; k < pages * 7; k++) {
            b.paragraph(SENTENCES[rnd.nextInt(SENTENCES.length)] + SENTENCES[rnd.nextInt(SENTENCES.length)]);
        }
        return b.signature("基准市应急管理局", LocalDate.of(2024, 4, 22)).build();
    }
}
