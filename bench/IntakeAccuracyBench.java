import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jrw.codec.Json;
import org.jrw.logic.demo.DemoDossierGenerator;
import org.jrw.logic.intake.Choices;
import org.jrw.logic.intake.FieldValue;
import org.jrw.logic.intake.IntakeScan;
import org.jrw.logic.intake.IntakeService;
import org.jrw.logic.intake.Proposal;
import org.jrw.logic.task.Progress;
import org.jrw.model.CaseDocument;
import org.jrw.model.DocumentType;
import org.jrw.model.Dossier;
import org.jrw.persistence.Workspace;

/**
 * Field accuracy of case intake. Part 1: the held-out decisions (bench/intake-heldout, each turned
 * into a DOCX); part 2: the demo dossier's own files, loose, against the demo's manifest.
 * A field is right when the proposal's value equals the expected one (blanks and full-width forms
 * aside), missed when empty or in conflict, and wrong (from a wrong source) when filled with another
 * value. Usage: java -cp target/jrw.jar bench/IntakeAccuracyBench.java bench/intake-heldout
 */
public class IntakeAccuracyBench {
    static int right;
    static int missed;
    static int wrong;

    public static void main(String[] args) throws Exception {
        Path heldout = Path.of(args.length > 0 ? args[0] : "bench/intake-heldout");
        Path tmp = Files.createTempDirectory("jrw-intake-acc");
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            IntakeService s = new IntakeService(ws);
            JsonNode expected = Json.parse(Files.readAllBytes(heldout.resolve("expected.json")));
            System.out.println("== held-out decisions (" + heldout + ")");
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                Path dir = tmp.resolve("in-" + e.getKey());
                Files.createDirectories(dir);
                Path docx = dir.resolve(e.getKey().replace(".txt", "-行政处罚决定书.docx"));
                try (XWPFDocument d = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
                    for (String line : Files.readAllLines(heldout.resolve(e.getKey()))) {
                        d.createParagraph().createRun().setText(line);
                    }
                    d.write(out);
                }
                IntakeScan scan = s.scan(List.of(dir), Progress.NONE);
                Proposal p = s.propose(scan, new Choices());
                CaseDocument decision = p.dossier().firstOf(DocumentType.PENALTY_DECISION).orElse(null);
                for (Iterator<Map.Entry<String, JsonNode>> f = e.getValue().fields(); f.hasNext(); ) {
                    Map.Entry<String, JsonNode> x = f.next();
                    Object got = x.getKey().equals("decision.date")
                            ? (decision == null ? null : decision.date())
                            : p.value(x.getKey());
                    compare(e.getKey(), x.getKey(), x.getValue().asText(), got);
                }
                scan.discard();
            }
            int hr = right, hm = missed, hw = wrong;
            report("held-out", hr, hm, hw);

            right = missed = wrong = 0;
            System.out.println("== demo dossier's files, loose");
            Path demo = tmp.resolve("demo");
            Dossier truth = null;
            try (ZipInputStream z = new ZipInputStream(DemoDossierGenerator.class.getResourceAsStream(
                    DemoDossierGenerator.CLASSPATH_RESOURCE), java.nio.charset.StandardCharsets.UTF_8)) {
                ZipEntry en;
                while ((en = z.getNextEntry()) != null) {
                    if (en.getName().equals("manifest.json")) {
                        truth = org.jrw.codec.DossierCodec.read(Json.parse(z.readAllBytes()));
                    } else if (en.getName().startsWith("files/")) {
                        Path out = demo.resolve(en.getName().substring(6));
                        Files.createDirectories(out.getParent());
                        Files.copy(z, out);
                    }
                }
            }
            IntakeScan scan = s.scan(List.of(demo), Progress.NONE);
            Proposal p = s.propose(scan, new Choices());
            Dossier got = p.dossier();
            var tp = truth.parties().get(0);
            var gp = got.parties().get(0);
            compare("demo", "case.caseNumber", truth.caseInfo().caseNumber(), got.caseInfo().caseNumber());
            compare("demo", "case.title", truth.caseInfo().title(), p.value("case.title"));
            compare("demo", "case.agency", truth.caseInfo().agency(), got.caseInfo().agency());
            compare("demo", "case.filedOn", truth.caseInfo().filedOn(), got.caseInfo().filedOn());
            compare("demo", "parties[0].name", tp.name(), p.value("parties[0].name"));
            compare("demo", "parties[0].creditCode", tp.creditCode(), gp.creditCode());
            compare("demo", "parties[0].legalRepresentative", tp.legalRepresentative(), gp.legalRepresentative());
            compare("demo", "parties[0].address", tp.address(), gp.address());
            for (int i = 0; i < truth.officers().size(); i++) {
                compare("demo", "officers[" + i + "].name", truth.officers().get(i).name(),
                        i < got.officers().size() ? got.officers().get(i).name() : null);
                compare("demo", "officers[" + i + "].certificateNo", truth.officers().get(i).certificateNo(),
                        i < got.officers().size() ? got.officers().get(i).certificateNo() : null);
            }
            var tv = truth.violations().get(0);
            var gv = got.violations().isEmpty() ? null : got.violations().get(0);
            compare("demo", "violatedProvision", tv.violatedProvision(), gv == null ? null : gv.violatedProvision());
            compare("demo", "penaltyProvision", tv.penaltyProvision(), gv == null ? null : gv.penaltyProvision());
            compare("demo", "fineYuan", tv.proposed().fineYuan(), gv == null ? null : gv.proposed().fineYuan());
            // documents: matched by file name; type, number, date, date of service, stated fine
            int typesRight = 0;
            for (CaseDocument td : truth.documents()) {
                String name = td.file().substring(td.file().lastIndexOf('/') + 1);
                CaseDocument gd = got.documents().stream().filter(x -> x.file().endsWith(name)).findFirst().orElse(null);
                if (gd != null && gd.type() == td.type()) {
                    typesRight++;
                }
                String at = "documents/" + name;
                compare("demo", at + " type", td.type().name(), gd == null ? null : gd.type().name());
                if (td.number() != null) {
                    compare("demo", at + " number", td.number(), gd == null ? null : gd.number());
                } else if (gd != null && gd.number() != null) {
                    compare("demo", at + " number", null, gd.number());
                }
                compare("demo", at + " date", td.date(), gd == null ? null : gd.date());
                if (td.deliveredOn() != null) {
                    compare("demo", at + " deliveredOn", td.deliveredOn(), gd == null ? null : gd.deliveredOn());
                }
                if (td.statedLong("fineYuan") != null) {
                    compare("demo", at + " fineYuan", td.statedLong("fineYuan"), gd == null ? null : gd.statedLong("fineYuan"));
                }
            }
            long evRight = truth.evidence().stream().filter(te -> te.extra().get("documentId") == null).filter(te -> {
                String name = te.file().substring(te.file().lastIndexOf('/') + 1);
                return got.evidence().stream().anyMatch(ge -> ge.file().endsWith(name) && ge.kind().equals(te.kind()));
            }).count();
            System.out.println("  documents classified right: " + typesRight + "/" + truth.documents().size()
                    + "; evidence kinds right: " + evRight + "/"
                    + truth.evidence().stream().filter(te -> te.extra().get("documentId") == null).count());
            System.out.println("  conflicts: " + p.conflicts().size() + "; unresolved: " + p.unresolved());
            report("demo", right, missed, wrong);
            scan.discard();
        } finally {
            Workspace.deleteTree(tmp);
        }
    }

    static String norm(Object v) {
        if (v == null) {
            return null;
        }
        String s = v.toString().replaceAll("\\s", "");
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c >= '！' && c <= '～' ? (char) (c - 0xFEE0) : c);
        }
        return sb.toString().replace('〔', '[').replace('〕', ']');
    }

    static void compare(String doc, String field, Object expected, Object got) {
        String e = norm(expected);
        String g = norm(got);
        String verdict;
        if (e == null && g == null) {
            return;
        }
        if (g == null) {
            missed++;
            verdict = "MISSED";
        } else if (g.equals(e)) {
            right++;
            verdict = "ok";
        } else {
            wrong++;
            verdict = "WRONG";
        }
        if (!verdict.equals("ok") || Boolean.getBoolean("verbose")) {
            System.out.println("  " + verdict + "  " + doc + "  " + field + "  expected=" + expected + "  got=" + got);
        }
    }

    static void report(String set, int r, int m, int w) {
        int n = r + m + w;
        System.out.printf("%s: %d fields, %d right (%.1f %%), %d missed, %d wrong (filled from a wrong source)%n",
                set, n, r, 100.0 * r / n, m, w);
    }
}
