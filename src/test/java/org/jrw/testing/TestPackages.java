package org.jrw.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jrw.codec.Json;
import org.jrw.persistence.Vault;

/** Builds {@code .jrcase} packages for tests: a valid small case that tests then damage. */
public final class TestPackages {
    private TestPackages() {
    }

    /** A small valid package: manifest tree plus file contents by path. */
    public static final class Pkg {
        public final ObjectNode manifest;
        public final Map<String, byte[]> files = new LinkedHashMap<>();

        Pkg(ObjectNode manifest) {
            this.manifest = manifest;
        }

        public ObjectNode doc(int i) {
            return (ObjectNode) manifest.get("documents").get(i);
        }

        public ObjectNode evidence(int i) {
            return (ObjectNode) manifest.get("evidence").get(i);
        }

        /** Adds an evidence item proving nothing yet, its file under {@code files/} with its hash. */
        public ObjectNode addEvidence(String id, String type, String title, String file, byte[] content) {
            ObjectNode e = ((ArrayNode) manifest.get("evidence")).addObject();
            e.put("id", id);
            e.put("type", type);
            e.put("title", title);
            e.put("file", file);
            e.put("sha256", Vault.hash(content));
            e.putArray("proves");
            files.put(file, content);
            return e;
        }

        public Path writeDir(Path dir) throws IOException {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("manifest.json"), Json.pretty(manifest));
            for (var f : files.entrySet()) {
                Path p = dir.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.write(p, f.getValue());
            }
            return dir;
        }

        public Path writeZip(Path zip) throws IOException {
            return writeZip(zip, Json.pretty(manifest).getBytes(StandardCharsets.UTF_8));
        }

        public Path writeZip(Path zip, byte[] manifestBytes) throws IOException {
            Map<String, byte[]> entries = new LinkedHashMap<>();
            entries.put("manifest.json", manifestBytes);
            entries.putAll(files);
            return zip(zip, entries);
        }
    }

    public static Path zip(Path zip, Map<String, byte[]> entries) throws IOException {
        Files.createDirectories(zip.toAbsolutePath().getParent());
        try (OutputStream fo = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(fo)) {
            for (var e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return zip;
    }

    public static Pkg valid() {
        return valid("西应急罚〔2024〕99号");
    }

    public static Pkg valid(String caseNumber) {
        ObjectNode m = Json.object();
        m.put("format", "jrw-dossier");
        m.put("version", 1);
        ObjectNode c = m.putObject("case");
        c.put("caseNumber", caseNumber);
        c.put("title", "某某机械有限公司使用未取得特种作业操作证人员上岗作业案");
        c.put("agency", "西安市应急管理局");
        c.put("district", "莲湖区");
        c.put("industry", "工贸");
        c.put("violationDate", "2024-03-01");
        c.put("discoveredOn", "2024-03-01");
        c.put("filedOn", "2024-03-04");
        c.put("status", "拟作出决定");
        c.put("customCaseField", "kept");
        ArrayNode parties = m.putArray("parties");
        ObjectNode p1 = parties.addObject();
        p1.put("id", "p1");
        p1.put("kind", "unit");
        p1.put("name", "西安某某机械有限公司");
        p1.put("creditCode", "91610104MA6TXXXXXX");
        p1.put("employees", 85);
        ObjectNode p2 = parties.addObject();
        p2.put("id", "p2");
        p2.put("kind", "person");
        p2.put("name", "李某");
        p2.put("annualIncomeYuan", 120000);
        p2.putObject("vendorData").put("x", 1.5);
        ArrayNode officers = m.putArray("officers");
        officers.addObject().put("name", "王某").put("certificateNo", "61010000123");
        officers.addObject().put("name", "赵某").put("certificateNo", "61010000456");
        ObjectNode v = m.putArray("violations").addObject();
        v.put("id", "v1");
        v.put("partyId", "p1");
        v.put("facts", "该公司安排1名未取得熔化焊接与热切割作业操作证的员工从事电焊作业。");
        v.put("violatedProvision", "《中华人民共和国安全生产法》第三十条第一款");
        v.put("penaltyProvision", "《中华人民共和国安全生产法》第九十七条第七项");
        ObjectNode circ = v.putObject("circumstances");
        circ.put("firstOffence", false);
        circ.put("correctedInTime", true);
        circ.put("count", 1);
        circ.putArray("mitigating").add("主动消除危害后果");
        circ.putArray("aggravating");
        ObjectNode prop = v.putObject("proposed");
        prop.put("fineYuan", 20000);
        prop.putArray("other").add("责令限期改正");
        Pkg pkg = new Pkg(m);
        ArrayNode docs = m.putArray("documents");
        addDoc(pkg, docs, "d1", "FILING_APPROVAL", "立案审批表", "2024-03-04", null, "files/01-立案审批表.pdf");
        ObjectNode d7 = addDoc(pkg, docs, "d7", "PENALTY_NOTICE", "行政处罚告知书", "2024-04-10", "2024-04-11",
                "files/07-告知书.pdf");
        d7.put("number", "西应急罚告〔2024〕12号");
        d7.putObject("states").put("fineYuan", 20000);
        ArrayNode ev = m.putArray("evidence");
        ObjectNode e1 = ev.addObject();
        byte[] img = "JPEG-BYTES-e1".getBytes(StandardCharsets.UTF_8);
        pkg.files.put("files/e1.jpg", img);
        e1.put("id", "e1");
        e1.put("type", "书证");
        e1.put("title", "营业执照复印件");
        e1.put("collectedOn", "2024-03-01");
        e1.put("file", "files/e1.jpg");
        e1.put("sha256", Vault.hash(img));
        e1.putArray("proves").add("v1");
        m.put("futureTopLevel", "kept too");
        return pkg;
    }

    private static ObjectNode addDoc(Pkg pkg, ArrayNode docs, String id, String type, String title, String date,
                                     String delivered, String file) {
        byte[] content = ("%PDF-1.4 fake " + title).getBytes(StandardCharsets.UTF_8);
        pkg.files.put(file, content);
        ObjectNode d = docs.addObject();
        d.put("id", id);
        d.put("type", type);
        d.put("title", title);
        d.put("date", date);
        if (delivered != null) {
            d.put("deliveredOn", delivered);
        }
        d.put("file", file);
        d.put("sha256", Vault.hash(content));
        return d;
    }

    /** Every file under a folder with its SHA-256: equal snapshots mean byte-for-byte equal trees. */
    public static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        if (!Files.exists(dir)) {
            return out;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String rel = dir.relativize(p).toString();
                out.put(rel + (Files.isDirectory(p) ? "/" : ""), Files.isDirectory(p) ? "" : Vault.hash(p));
            }
        }
        return out;
    }
}
