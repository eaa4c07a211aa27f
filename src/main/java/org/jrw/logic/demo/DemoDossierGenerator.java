package org.jrw.logic.demo;

import static org.jrw.logic.demo.DemoCase.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jrw.codec.DossierCodec;
import org.jrw.codec.Json;
import org.jrw.logic.pdf.OfficialDocument;
import org.jrw.logic.pdf.OfficialDocumentWriter;
import org.jrw.model.CaseDocument;
import org.jrw.model.CaseInfo;
import org.jrw.model.Circumstances;
import org.jrw.model.Dossier;
import org.jrw.model.DocumentType;
import org.jrw.model.Evidence;
import org.jrw.model.Extra;
import org.jrw.model.Officer;
import org.jrw.model.Party;
import org.jrw.model.PartyKind;
import org.jrw.model.ProposedPenalty;
import org.jrw.model.Violation;

/**
 * Generates the bundled demo dossier (全流程模拟案卷): a fictional work-safety penalty case of the Xi'an
 * emergency management bureau from inspection to closing, as a {@code .jrcase} v1 package. Every
 * document is a real PDF written by {@link OfficialDocumentWriter}; photos, a screenshot and an
 * audio clip are drawn/synthesised in Java. Output is deterministic: same JDK, same bytes.
 *
 * <p>Regenerate the committed package with
 * {@code mvn -o -q compile exec:java -Dexec.mainClass=org.jrw.logic.demo.DemoDossierGenerator -Dexec.args=resources/demo/demo.jrcase}.
 */
public final class DemoDossierGenerator {
    /** Where the package lives in the project (and, as {@code /content/demo/demo.jrcase}, on the class path). */
    public static final String PROJECT_PATH = "resources/demo/demo.jrcase";
    public static final String CLASSPATH_RESOURCE = "/content/demo/demo.jrcase";
    /** Timestamp of every ZIP entry (local date-time, no zone: ZIP stores DOS time). */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2024, 5, 8, 17, 30);

    private final OfficialDocumentWriter writer = OfficialDocumentWriter.forms();

    /** The generated package: the dossier model and every entry (path → bytes), manifest included. */
    public record DemoPackage(Dossier dossier, SortedMap<String, byte[]> entries) {
        public byte[] manifest() {
            return entries.get("manifest.json");
        }
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : PROJECT_PATH);
        DemoPackage p = new DemoDossierGenerator().generate();
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.write(out, toZip(p));
        System.out.println("wrote " + out + " (" + p.entries().size() + " entries, " + Files.size(out) + " bytes)");
    }

    /** Builds the whole package in memory. */
    public DemoPackage generate() {
        SortedMap<String, byte[]> files = new TreeMap<>();
        List<CaseDocument> docs = new ArrayList<>();
        Map<String, String> fileOfDoc = new LinkedHashMap<>();

        addDocuments(docs, files, fileOfDoc);
        List<Evidence> evidence = evidence(files, fileOfDoc, docs);
        Dossier dossier = dossier(docs, evidence);
        byte[] manifest = (Json.pretty(DossierCodec.write(dossier)) + "\n").getBytes(StandardCharsets.UTF_8);
        files.put("manifest.json", manifest);
        return new DemoPackage(dossier, files);
    }

    /** The sixteen documents of the case, from the inspection to the closing approval. */
    private void addDocuments(List<CaseDocument> docs, SortedMap<String, byte[]> files, Map<String, String> fileOfDoc) {
        addDoc(docs, files, fileOfDoc, "d01", DocumentType.INSPECTION_RECORD, "现场检查记录", INSPECTION_NUMBER, INSPECTED,
                null, null, DemoDocuments.inspectionRecord(), "01-现场检查记录.pdf");
        addDoc(docs, files, fileOfDoc, "d02", DocumentType.RECTIFICATION_ORDER, "责令限期整改指令书", ORDER_NUMBER, INSPECTED,
                INSPECTED, states("rectifyBy", RECTIFY_BY.toString()), DemoDocuments.rectificationOrder(),
                "02-责令限期整改指令书.pdf");
        addDoc(docs, files, fileOfDoc, "d03", DocumentType.RECHECK_OPINION, "整改复查意见书", RECHECK_NUMBER, RECHECKED,
                RECHECKED, states("rectified", true), DemoDocuments.recheckOpinion(), "03-整改复查意见书.pdf");
        addDoc(docs, files, fileOfDoc, "d04", DocumentType.FILING_APPROVAL, "立案审批表", FILING_NUMBER, FILED,
                null, null, DemoDocuments.filingApproval(), "04-立案审批表.pdf");
        addDoc(docs, files, fileOfDoc, "d05", DocumentType.INQUIRY_NOTICE, "询问通知书", INQUIRY_NOTICE_NUMBER,
                INQUIRY_NOTICE, INQUIRY_NOTICE, null, DemoDocuments.inquiryNotice(), "05-询问通知书.pdf");
        addDoc(docs, files, fileOfDoc, "d06", DocumentType.INQUIRY_RECORD, "询问笔录（" + LEGAL_REP + "）", null, INQUIRED,
                null, null, DemoDocuments.inquiryRecordLegalRep(), "06-询问笔录-" + LEGAL_REP + ".pdf");
        addDoc(docs, files, fileOfDoc, "d07", DocumentType.INQUIRY_RECORD, "询问笔录（" + WORKER + "）", null, INQUIRED,
                null, null, DemoDocuments.inquiryRecordWorker(), "07-询问笔录-" + WORKER + ".pdf");
        addDoc(docs, files, fileOfDoc, "d08", DocumentType.INVESTIGATION_REPORT, "案件调查终结报告", null, REPORTED,
                null, states("fineYuan", FINE_YUAN), DemoDocuments.investigationReport(), "08-案件调查终结报告.pdf");
        addDoc(docs, files, fileOfDoc, "d09", DocumentType.LEGAL_REVIEW, "法制审核意见书", REVIEW_NUMBER, REVIEWED,
                null, states("fineYuan", FINE_YUAN), DemoDocuments.legalReview(), "09-法制审核意见书.pdf");
        addDoc(docs, files, fileOfDoc, "d10", DocumentType.PENALTY_NOTICE, "行政处罚告知书", NOTICE_NUMBER, NOTIFIED,
                NOTIFIED, states("fineYuan", FINE_YUAN), DemoDocuments.penaltyNotice(), "10-行政处罚告知书.pdf");
        addDoc(docs, files, fileOfDoc, "d11", DocumentType.STATEMENT_RECORD, "陈述申辩笔录", null, STATED,
                null, null, DemoDocuments.statementRecord(), "11-陈述申辩笔录.pdf");
        addDoc(docs, files, fileOfDoc, "d12", DocumentType.PENALTY_DECISION, "行政处罚决定书", DECISION_NUMBER, DECIDED,
                DECISION_SERVED, states("fineYuan", FINE_YUAN), DemoDocuments.penaltyDecision(), "12-行政处罚决定书.pdf");
        addDoc(docs, files, fileOfDoc, "d13", DocumentType.DELIVERY_RECEIPT, "文书送达回执（行政处罚告知书）", null, NOTIFIED,
                null, states("servedDocument", "d10"),
                DemoDocuments.deliveryReceipt("行政处罚告知书", NOTICE_NUMBER, NOTIFIED, "西安市应急管理局执法支队",
                        "直接送达"), "13-送达回执-行政处罚告知书.pdf");
        addDoc(docs, files, fileOfDoc, "d14", DocumentType.DELIVERY_RECEIPT, "文书送达回执（行政处罚决定书）", null,
                DECISION_SERVED, null, states("servedDocument", "d12"),
                DemoDocuments.deliveryReceipt("行政处罚决定书", DECISION_NUMBER, DECISION_SERVED, UNIT_ADDRESS, "直接送达"),
                "14-送达回执-行政处罚决定书.pdf");
        addDoc(docs, files, fileOfDoc, "d15", DocumentType.PAYMENT_RECEIPT, "罚款缴纳凭证", null, PAID,
                null, states("paidYuan", FINE_YUAN), DemoDocuments.paymentReceipt(), "15-罚款缴纳凭证.pdf");
        addDoc(docs, files, fileOfDoc, "d16", DocumentType.CLOSING_APPROVAL, "结案审批表", null, CLOSED,
                null, null, DemoDocuments.closingApproval(), "16-结案审批表.pdf");
    }

    /** The evidence: documents, objects, pictures, a screenshot, a recording and the records that are evidence too. */
    private List<Evidence> evidence(SortedMap<String, byte[]> files, Map<String, String> fileOfDoc, List<CaseDocument> docs) {
        List<Evidence> evidence = new ArrayList<>();
        String by = OFFICERS;
        List<String> v1 = List.of("v1");
        addEvidence(evidence, files, "e01", "书证", "营业执照（副本）复印件", INSPECTED, by, "当事人提供",
                "files/evidence/e01-营业执照复印件.pdf", writer.write(DemoDocuments.businessLicenceCopy()), v1, Extra.NONE);
        addEvidence(evidence, files, "e02", "书证", "员工花名册及劳动合同复印件", INQUIRED, by, "当事人提供",
                "files/evidence/e02-员工花名册及劳动合同复印件.pdf", writer.write(DemoDocuments.staffRoster()), v1, Extra.NONE);
        addEvidence(evidence, files, "e03", "物证", "现场照片：" + WORKER + "在二号车间焊接工位从事电焊作业", INSPECTED, OFFICER_2,
                "执法人员现场拍摄", "files/evidence/e03-现场照片-电焊作业.jpg",
                DemoMedia.weldingPhoto("2024-03-12 09:42:16", "二号车间焊接工位：" + WORKER + "正在进行电焊作业（拍摄：" + OFFICER_2 + "）"),
                v1, Extra.NONE);
        addEvidence(evidence, files, "e04", "物证", "现场照片：作业使用的交流弧焊机（BX1-315）", INSPECTED, OFFICER_2,
                "执法人员现场拍摄", "files/evidence/e04-现场照片-交流弧焊机.jpg",
                DemoMedia.machinePhoto("2024-03-12 09:47:03", "作业使用的交流弧焊机及铭牌（拍摄：" + OFFICER_2 + "）"),
                v1, Extra.NONE);
        addEvidence(evidence, files, "e05", "物证", "整改复查照片：特种作业人员持证上岗公示牌", RECHECKED, OFFICER_2,
                "执法人员现场拍摄", "files/evidence/e05-复查照片-持证上岗公示.jpg",
                DemoMedia.noticeBoardPhoto("2024-03-27 10:15:40", "整改复查：特种作业人员持证上岗公示牌（拍摄：" + OFFICER_2 + "）",
                        new String[][] {{"马某", "焊接与热切割", "T6101**********12", "2027-05"},
                            {"冯某", "焊接与热切割", "T6101**********48", "2029-11"},
                            {"杜某", "低压电工", "T6101**********06", "2026-08"},
                            {"郭某", "叉车司机", "T6101**********31", "2027-02"}}),
                v1, Extra.NONE);
        addEvidence(evidence, files, "e06", "电子数据", "特种作业操作证查询结果截图（" + WORKER + "）", INSPECTED, by,
                "执法人员现场查询", "files/evidence/e06-操作证查询结果截图.png",
                DemoMedia.certificateQueryScreenshot(WORKER, masked(WORKER_ID), "2024-03-12 09:55"), v1, Extra.NONE);
        addEvidence(evidence, files, "e07", "视听资料", "执法记录仪音频：现场检查开始提示音及车间环境声", INSPECTED, OFFICER_1,
                "执法记录仪", "files/evidence/e07-执法记录仪音频.wav", DemoMedia.recorderClip(), v1,
                new Extra(Map.of("note", "演示用合成音频（约4秒），代替真实录音")));
        addEvidenceForDocument(evidence, fileOfDoc, docs, "e08", "现场笔录", "现场检查记录", "d01", INSPECTED, by,
                "执法人员现场制作", v1);
        addEvidenceForDocument(evidence, fileOfDoc, docs, "e09", "当事人的陈述", "询问笔录（" + LEGAL_REP + "，法定代表人）", "d06",
                INQUIRED, by, "执法人员询问制作", v1);
        addEvidenceForDocument(evidence, fileOfDoc, docs, "e10", "证人证言", "询问笔录（" + WORKER + "，员工）", "d07",
                INQUIRED, by, "执法人员询问制作", v1);
        addEvidenceForDocument(evidence, fileOfDoc, docs, "e11", "书证", "整改复查意见书", "d03", RECHECKED, by,
                "执法人员制作", v1);
        return evidence;
    }

    /** The manifest's case: its fields, parties, officers and violation, with the documents and evidence. */
    private static Dossier dossier(List<CaseDocument> docs, List<Evidence> evidence) {
        CaseInfo info = new CaseInfo(CASE_NUMBER, CASE_TITLE, AGENCY, DISTRICT, INDUSTRY, SOURCE, INSPECTED, INSPECTED,
                FILED, "已结案", new Extra(orderedMap("closedOn", CLOSED.toString())));
        List<Party> parties = List.of(
                new Party("p1", PartyKind.UNIT, UNIT, CREDIT_CODE, LEGAL_REP, UNIT_ADDRESS, EMPLOYEES, null, null, null,
                        Extra.NONE),
                new Party("p2", PartyKind.PERSON, LEGAL_REP, null, null, UNIT_ADDRESS, null, LEGAL_REP_ID,
                        LEGAL_REP_POSITION, null, Extra.NONE));
        List<Officer> officers = List.of(new Officer(OFFICER_1, OFFICER_1_CERT, Extra.NONE),
                new Officer(OFFICER_2, OFFICER_2_CERT, Extra.NONE));
        Violation violation = new Violation("v1", "p1",
                "该公司自2024年2月26日起安排未取得熔化焊接与热切割作业特种作业操作证的员工" + WORKER
                        + "在二号车间从事电焊作业，2024年3月12日被检查发现。",
                VIOLATED, PENALTY_BASIS,
                new Circumstances(true, true, false, false, 1, List.of("主动消除违法行为危害后果", "按期完成整改"),
                        List.of(), Extra.NONE),
                new ProposedPenalty(FINE_YUAN, 0L, List.of("责令限期改正"), Extra.NONE), Extra.NONE);
        Dossier dossier = new Dossier(null, 1, info, parties, officers, List.of(violation), docs, evidence,
                new Extra(orderedMap("demo", orderedMap(
                        "fictional", true,
                        "description", "全流程模拟案卷：单位、人物、编号、地址均为虚构，仅用于演示和培训。",
                        "generator", DemoDossierGenerator.class.getName()))));
        return dossier;
    }

    /** The package as ZIP bytes: entries sorted by name, fixed timestamps, maximum compression. */
    public static byte[] toZip(DemoPackage p) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(buf, StandardCharsets.UTF_8)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (Map.Entry<String, byte[]> e : p.entries().entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTimeLocal(ENTRY_TIME);
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buf.toByteArray();
    }

    // ------------------------------------------------------------------ helpers

    private void addDoc(List<CaseDocument> docs, SortedMap<String, byte[]> files, Map<String, String> fileOfDoc,
                        String id, DocumentType type, String title, String number, LocalDate date,
                        LocalDate deliveredOn, Map<String, Object> states, OfficialDocument doc, String fileName) {
        String path = "files/documents/" + fileName;
        byte[] pdf = writer.write(doc);
        files.put(path, pdf);
        fileOfDoc.put(id, path);
        docs.add(new CaseDocument(id, type.name(), title, number, date, deliveredOn, path, sha256(pdf), states,
                Extra.NONE));
    }

    private static void addEvidence(List<Evidence> list, SortedMap<String, byte[]> files, String id, String type,
                                    String title, LocalDate collectedOn, String by, String source, String path,
                                    byte[] bytes, List<String> proves, Extra extra) {
        files.put(path, bytes);
        list.add(new Evidence(id, type, title, collectedOn, by, source, path, sha256(bytes), proves, extra));
    }

    /** Evidence whose file is a dossier document (笔录 are evidence too): same file, same hash. */
    private static void addEvidenceForDocument(List<Evidence> list, Map<String, String> fileOfDoc,
                                               List<CaseDocument> docs, String id, String type, String title,
                                               String docId, LocalDate collectedOn, String by, String source,
                                               List<String> proves) {
        CaseDocument d = docs.stream().filter(x -> x.id().equals(docId)).findFirst().orElseThrow();
        list.add(new Evidence(id, type, title, collectedOn, by, source, fileOfDoc.get(docId), d.sha256(), proves,
                new Extra(orderedMap("documentId", docId))));
    }

    private static Map<String, Object> states(String key, Object value) {
        return orderedMap(key, value);
    }

    private static Map<String, Object> orderedMap(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
