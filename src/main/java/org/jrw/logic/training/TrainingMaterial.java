package org.jrw.logic.training;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jrw.codec.DossierCodec;
import org.jrw.codec.Json;
import org.jrw.i18n.Messages;
import org.jrw.logic.demo.DemoContent;
import org.jrw.logic.dossier.DossierImporter;
import org.jrw.logic.dossier.PackageSource;
import org.jrw.logic.pdf.OfficialDocument;
import org.jrw.logic.pdf.OfficialDocumentWriter;
import org.jrw.logic.search.PrecedentCodec;
import org.jrw.logic.task.Progress;
import org.jrw.model.BadInputException;
import org.jrw.model.Dossier;
import org.jrw.model.PrecedentRecord;
import org.jrw.persistence.Vault;

/**
 * Built-in training material: the demo dossier and case studies made from the bundled precedent
 * corpus ({@code content/precedents/cases.jsonl}). A precedent becomes a small dossier — the facts,
 * the violated and penalty provisions, the circumstances the published text states and the fine
 * decided — which then goes through the same anonymisation and leak scan as any case: the places
 * and deciding agency become 某市/某区, unit and person names in the facts get pseudonyms. The result
 * is an ordinary {@code .jrcase} the exercise mode scores against.
 *
 * <p>A precedent is usable when it names both provisions and a fine (unit or person). Circumstances
 * are taken from the wording only: 自查/主动上报/主动报告 → corrected in time and mitigating; 曾…被处罚,
 * 屡罚不改, 再次 → aggravating; 首次/初次/首违 → first offence; nothing else is assumed.
 */
public final class TrainingMaterial {
    /** The id of the demo dossier among the material. */
    public static final String DEMO = "demo";

    /** One piece of material: an id, what it is, a title and (for precedents) the key facts. */
    public record Item(String id, String kind, String title, String industry, String violatedProvision,
                       String penaltyProvision, Long fineYuan) {
    }

    private static final Pattern UNIT_WORD = Pattern.compile(
            "([\\u4e00-\\u9fa5]{0,4}?)(有限公司|公司|加工场|工艺品厂|电器厂|附件厂|厂|超市|加油站|果蔬站|购销店|煤矿|机构|仓库)");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Map<String, String> LAW_NAMES = Map.of(
            "《安全生产法》", "《中华人民共和国安全生产法》",
            "《行政处罚法》", "《中华人民共和国行政处罚法》",
            "《消防法》", "《中华人民共和国消防法》",
            "《特种设备安全法》", "《中华人民共和国特种设备安全法》");

    private TrainingMaterial() {
    }

    /** The bundled precedents, in corpus order. */
    static List<PrecedentRecord> precedents() {
        List<PrecedentRecord> out = new ArrayList<>();
        try (InputStream in = TrainingMaterial.class.getClassLoader().getResourceAsStream(DemoContent.PRECEDENTS)) {
            if (in == null) {
                throw new IllegalStateException("precedent corpus missing from the program: " + DemoContent.PRECEDENTS);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(PrecedentCodec.read(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static boolean usable(PrecedentRecord p) {
        return p.violationBasis() != null && !p.violationBasis().isBlank() && p.penaltyBasis() != null
                && !p.penaltyBasis().isBlank() && fine(p) != null;
    }

    static Long fine(PrecedentRecord p) {
        BigDecimal f = p.penaltyUnitYuan() != null ? p.penaltyUnitYuan() : p.penaltyPersonYuan();
        return f == null ? null : f.longValue();
    }

    /** The demo dossier and every usable precedent. */
    public static List<Item> list() {
        List<Item> out = new ArrayList<>();
        out.add(new Item(DEMO, "demo", Messages.get("training.material.demo"), "工贸",
                "《中华人民共和国安全生产法》第三十条第一款", "《中华人民共和国安全生产法》第九十七条第七项", 20000L));
        for (PrecedentRecord p : precedents()) {
            if (usable(p)) {
                out.add(new Item(p.id(), "precedent", title(p), industry(p), provision(p.violationBasis()),
                        provision(p.penaltyBasis()), fine(p)));
            }
        }
        return out;
    }

    /** A title without names: the industry and the first clause of the facts. */
    static String title(PrecedentRecord p) {
        String facts = p.facts() == null ? "" : p.facts().strip();
        String[] clauses = facts.split("[，,。；;]");
        String first = clauses[0];
        // "经12345举报核查，一家电器厂…": the circumstance of discovery is no title; take what happened
        if (clauses.length > 1 && first.matches("^(经|据|在|接|市|县|区|乡镇|部|应急|执法).*")) {
            first = clauses[1];
        }
        if (first.length() > 28) {
            first = first.substring(0, 28) + "…";
        }
        return Messages.get("training.material.precedentTitle", p.id(), first);
    }

    static String industry(PrecedentRecord p) {
        String i = p.industry() == null ? "" : p.industry();
        int b = i.indexOf('(');
        return (b > 0 ? i.substring(0, b) : i).strip();
    }

    /** The provision with the law's full name and without brackets around the item (第(二)项 → 第二项). */
    static String provision(String s) {
        if (s == null) {
            return null;
        }
        String out = s.strip().replaceAll("第[（(]([一二三四五六七八九十\\d]+)[）)]项", "第$1项");
        for (var e : LAW_NAMES.entrySet()) {
            if (out.startsWith(e.getKey())) {
                out = e.getValue() + out.substring(e.getKey().length());
            }
        }
        return out;
    }

    /** The material as a raw (not yet anonymised) dossier with its files by path. */
    record Raw(Dossier dossier, Map<String, byte[]> files) {
    }

    static PrecedentRecord find(String id) {
        for (PrecedentRecord p : precedents()) {
            if (p.id().equalsIgnoreCase(id)) {
                if (!usable(p)) {
                    throw new BadInputException("training.material.unusable", id);
                }
                return p;
            }
        }
        throw new BadInputException("training.material.notFound", id);
    }

    /** Builds the raw dossier of a precedent (before anonymisation). */
    static Raw raw(PrecedentRecord p) {
        LocalDate date = date(p.date());
        String region = p.region() == null ? "" : p.region();
        String agency = agency(p, region);
        ObjectNode m = Json.object();
        m.put("format", "jrw-dossier").put("version", 1);
        ObjectNode c = m.putObject("case");
        c.put("caseNumber", "原案〔" + date.getYear() + "〕1号");
        c.put("title", title(p));
        c.put("agency", agency);
        Matcher dm = Pattern.compile("([\\u4e00-\\u9fa5]{1,6}?(?:区|县))$").matcher(agency.replace("应急管理局", ""));
        if (dm.find()) {
            c.put("district", dm.group(1));
        }
        c.put("industry", industry(p));
        c.put("source", Messages.get("training.material.source"));
        c.put("violationDate", date.toString());
        c.put("discoveredOn", date.toString());
        c.put("filedOn", date.plusDays(2).toString());
        c.put("status", "已结案");
        String facts = p.facts() == null ? "" : p.facts().strip();
        String type = p.partyType() == null ? "单位" : p.partyType();
        parties(m.putArray("parties"), facts, type);
        ArrayNode officers = m.putArray("officers");
        officers.addObject().put("name", "执法人员甲");
        officers.addObject().put("name", "执法人员乙");
        ObjectNode v = m.putArray("violations").addObject();
        v.put("id", "v1").put("partyId", "p1").put("facts", facts);
        v.put("violatedProvision", provision(p.violationBasis()));
        v.put("penaltyProvision", provision(p.penaltyBasis()));
        Long fine = fine(p);
        circumstancesAndPenalty(v, p, facts, fine);
        byte[] pdf = decisionPdf(p, agency, facts, fine, date);
        byte[] summary = (Messages.get("training.material.summaryHead") + "\n\n" + facts + "\n").getBytes(StandardCharsets.UTF_8);
        Map<String, byte[]> files = new HashMap<>();
        files.put("files/documents/01-行政处罚决定书.pdf", pdf);
        files.put("files/evidence/e01-案情摘要.txt", summary);
        ArrayNode docs = m.putArray("documents");
        docs.addObject().put("id", "d1").put("type", "PENALTY_DECISION").put("title", "行政处罚决定书")
                .put("date", date.plusDays(30).toString()).put("deliveredOn", date.plusDays(31).toString())
                .put("file", "files/documents/01-行政处罚决定书.pdf").put("sha256", Vault.hash(pdf))
                .putObject("states").put("fineYuan", fine);
        ObjectNode e1 = m.putArray("evidence").addObject();
        e1.put("id", "e1").put("type", "书证").put("title", "案情摘要").put("collectedOn", date.toString())
                .put("file", "files/evidence/e01-案情摘要.txt").put("sha256", Vault.hash(summary));
        e1.putArray("proves").add("v1");
        return new Raw(DossierCodec.read(m), files);
    }

    /** The unit (named by the word the facts use: 某某公司, 某某厂 …) and/or the person the precedent punished. */
    private static void parties(ArrayNode parties, String facts, String type) {
        boolean unit = type.contains("单位") || !type.contains("个人");
        boolean person = type.contains("个人") || type.contains("负责人") || type.contains("人员");
        if (unit) {
            Matcher u = UNIT_WORD.matcher(facts);
            String word = u.find() ? u.group(2) : "公司";
            parties.addObject().put("id", "p1").put("kind", "unit").put("name", "某某" + word);
        }
        if (person || !unit) {
            parties.addObject().put("id", unit ? "p2" : "p1").put("kind", "person").put("name", "张某某")
                    .put("position", type.contains("负责人") ? "主要负责人" : "当事人");
        }
    }

    /** The circumstances the precedent's text states (self-reported, first, repeated) and the penalty it imposed. */
    private static void circumstancesAndPenalty(ObjectNode v, PrecedentRecord p, String facts, Long fine) {
        String all = facts + " " + (p.otherSanctions() == null ? "" : p.otherSanctions()) + " "
                + (p.notes() == null ? "" : p.notes());
        ObjectNode circ = v.putObject("circumstances");
        boolean selfReported = all.matches("(?s).*(自查|主动上报|主动报告|自查自改).*");
        boolean repeated = all.matches("(?s).*(曾于.{0,20}处罚|屡罚不改|再次违法|多次被处罚|两次被处罚).*");
        boolean first = all.matches("(?s).*(首次|初次|首违).*");
        circ.put("firstOffence", first);
        circ.put("correctedInTime", selfReported);
        circ.put("uncorrectedAfterDeadline", false);
        circ.put("harmfulConsequence", false);
        circ.put("count", 1);
        ArrayNode mit = circ.putArray("mitigating");
        if (selfReported) {
            mit.add("主动报告并改正违法行为");
        }
        ArrayNode agg = circ.putArray("aggravating");
        if (repeated) {
            agg.add("多次违法被处罚");
        }
        ObjectNode prop = v.putObject("proposed");
        prop.put("fineYuan", fine);
        ArrayNode other = prop.putArray("other");
        if (p.otherSanctions() != null) {
            for (String o : p.otherSanctions().split("[;；]")) {
                if (!o.isBlank()) {
                    other.add(o.strip());
                }
            }
        }
    }

    /** The decision (the exercise's key), rendered as a short PDF. */
    private static byte[] decisionPdf(PrecedentRecord p, String agency, String facts, Long fine, LocalDate date) {
        return OfficialDocumentWriter.forms().write(OfficialDocument.builder("行政处罚决定书").organ(agency)
                .plain(Messages.get("training.material.adapted"))
                .heading("一、违法事实").paragraph(facts)
                .heading("二、处罚依据").paragraph("上述行为违反了" + provision(p.violationBasis()) + "的规定，依据"
                        + provision(p.penaltyBasis()) + "的规定，决定给予罚款人民币" + fine + "元的行政处罚。"
                        + (p.otherSanctions() == null || p.otherSanctions().isBlank() ? "" : "同时：" + p.otherSanctions() + "。"))
                .signature(agency, date.plusDays(30))
                .fixedTimestamp(java.time.ZonedDateTime.of(2000, 1, 1, 0, 0, 0, 0, java.time.ZoneId.of("Asia/Shanghai")))
                .build());
    }

    private static String agency(PrecedentRecord p, String region) {
        String pub = p.publisher() == null ? "" : p.publisher();
        Matcher m = Pattern.compile("(?:决定机关|查处机关|处理机关|原决定机关)[:：]([^;；()（）]+)").matcher(pub);
        if (m.find()) {
            return m.group(1).strip();
        }
        String r = region.replaceAll("^(?:不详|.*?省|.*?自治区)", "");
        return (r.isBlank() ? "某市" : r) + "应急管理局";
    }

    static LocalDate date(String s) {
        if (s != null) {
            Matcher m = YEAR_MONTH.matcher(s);
            if (m.find()) {
                int month = Math.max(1, Math.min(12, Integer.parseInt(m.group(2))));
                int day = m.group(3) == null ? 15 : Math.max(1, Math.min(28, Integer.parseInt(m.group(3))));
                return LocalDate.of(Integer.parseInt(m.group(1)), month, day);
            }
            Matcher y = YEAR.matcher(s);
            if (y.find()) {
                return LocalDate.of(Integer.parseInt(y.group(1)), 6, 15);
            }
        }
        return LocalDate.of(2023, 6, 15);
    }

    /**
     * Writes the anonymised material to {@code out} (a {@code .jrcase}); for {@link #DEMO} the bundled
     * demo dossier, otherwise the precedent with this id. Leak-scanned like every anonymised copy.
     */
    public static Anonymizer.Result build(String id, Path out, Progress progress) {
        return build(DEMO.equalsIgnoreCase(id) ? demo() : raw(find(id)), id, out, progress);
    }

    static Anonymizer.Result build(Raw raw, String id, Path out, Progress progress) {
        Path target = Anonymizer.checkTarget(out);
        Map<String, byte[]> bySha = new HashMap<>();
        raw.files().values().forEach(b -> bySha.put(Vault.hash(b), b));
        Anonymizer.Output o = Anonymizer.anonymize(raw.dossier(), bySha::get,
                new Anonymizer.Options(0, (long) id.toLowerCase(Locale.ROOT).hashCode(), Map.of()), progress);
        // a stable case number that names the material, not the case
        ((ObjectNode) o.manifest().get("case")).put("caseNumber", caseNumber(id));
        return Anonymizer.write(o, target, progress);
    }

    /** The case number the material gets in a workspace ({@code 培训案例-CASE-003}, {@code 培训案例-DEMO}). */
    public static String caseNumber(String id) {
        return "培训案例-" + id.toUpperCase(Locale.ROOT);
    }

    /** The bundled demo dossier, read from the program's resources. */
    static Raw demo() {
        Path tmp = null;
        try (InputStream in = TrainingMaterial.class.getClassLoader().getResourceAsStream(DemoContent.DEMO_DOSSIER)) {
            if (in == null) {
                throw new IllegalStateException("demo dossier missing from the program: " + DemoContent.DEMO_DOSSIER);
            }
            tmp = Files.createTempFile("jrw-demo-", ".jrcase");
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            try (PackageSource src = PackageSource.open(tmp, PackageSource.Limits.defaults())) {
                Dossier d = DossierImporter.readManifest(src, new ArrayList<>());
                Map<String, byte[]> files = new HashMap<>();
                for (String f : src.files()) {
                    if (!f.equals(PackageSource.MANIFEST)) {
                        try (InputStream fi = src.open(f)) {
                            files.put(f, fi.readAllBytes());
                        }
                    }
                }
                return new Raw(d, files);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (tmp != null) {
                org.jrw.persistence.AtomicFiles.deleteLeftover(tmp);
            }
        }
    }
}
