package org.jrw.logic.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jrw.codec.DossierCodec;
import org.jrw.codec.Json;
import org.jrw.logic.task.Progress;
import org.jrw.model.Dossier;
import org.jrw.model.Violation;
import org.jrw.persistence.Workspace;
import org.jrw.testing.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Contract v1.1: circumstances.reducing, violations[].continuing and endedOn through codec, database and export. */
class V11FieldsRoundTripTest {
    @TempDir
    Path tmp;

    @Test
    void theFieldsSurviveImportStorageAndExport() throws Exception {
        ObjectNode m = demo();
        ObjectNode v = (ObjectNode) m.get("violations").get(0);
        v.put("continuing", true);
        v.put("endedOn", "2024-03-12");
        ((ObjectNode) v.get("circumstances")).putArray("reducing").add("主动供述行政机关尚未掌握的违法行为");
        Dossier read = DossierCodec.read(m);
        Violation rv = read.violations().get(0);
        assertTrue(rv.continuing());
        assertEquals(LocalDate.parse("2024-03-12"), rv.endedOn());
        assertEquals(List.of("主动供述行政机关尚未掌握的违法行为"), rv.circumstances().reducing());

        // import a package with the fields, reload from the database, export, read again
        Path pkg = tmp.resolve("pkg");
        unzipDemoWith(m, pkg);
        Path ws = tmp.resolve("ws");
        CliRunner.Run imp = CliRunner.run("--workspace", ws.toString(), "case", "import", pkg.toString());
        assertEquals(0, imp.code(), imp.err());
        Path out = tmp.resolve("out.jrcase");
        try (Workspace w = Workspace.open(ws)) {
            DossierService s = new DossierService(w);
            Violation stored = s.load("西应急罚〔2024〕37号").violations().get(0);
            assertTrue(stored.continuing());
            assertEquals(LocalDate.parse("2024-03-12"), stored.endedOn());
            assertEquals(1, stored.circumstances().reducing().size());
            s.export("西应急罚〔2024〕37号", out, Progress.NONE);
        }
        JsonNode again = manifest(out);
        JsonNode ev = again.path("violations").get(0);
        assertTrue(ev.path("continuing").asBoolean());
        assertEquals("2024-03-12", ev.path("endedOn").asText());
        assertEquals("主动供述行政机关尚未掌握的违法行为", ev.path("circumstances").path("reducing").get(0).asText());

        // the accessors when absent, and the copy methods
        Violation plain = DossierCodec.read(demo()).violations().get(0);
        assertFalse(plain.continuing());
        assertNull(plain.endedOn());
        assertTrue(plain.circumstances().reducing().isEmpty());
        Violation marked = plain.withContinuing(true, LocalDate.parse("2024-01-01"));
        assertTrue(marked.continuing() && marked.endedOn().equals(LocalDate.parse("2024-01-01")));
        assertEquals(List.of("x"), plain.circumstances().withReducing(List.of("x")).reducing());
    }

    @Test
    void wrongTypesAreRefusedNamingTheField() throws Exception {
        ObjectNode m = demo();
        ObjectNode v = (ObjectNode) m.get("violations").get(0);
        v.put("continuing", "yes");
        v.put("endedOn", "2024-13-40");
        ((ObjectNode) v.get("circumstances")).put("reducing", "not a list");
        List<String> errors = ManifestValidator.validate(m).errors().stream().map(p -> p.message()).toList();
        assertTrue(errors.stream().anyMatch(e -> e.contains("violations[0].continuing")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("violations[0].endedOn")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("reducing")), errors.toString());
    }

    static ObjectNode demo() throws Exception {
        return (ObjectNode) manifest(Path.of("resources/demo/demo.jrcase"));
    }

    static void unzipDemoWith(ObjectNode manifest, Path dir) throws Exception {
        Files.createDirectories(dir);
        try (var zip = new java.util.zip.ZipInputStream(Files.newInputStream(Path.of("resources/demo/demo.jrcase")))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.isDirectory()) {
                    continue;
                }
                Path target = dir.resolve(e.getName());
                Files.createDirectories(target.getParent());
                if (e.getName().equals("manifest.json")) {
                    Files.writeString(target, Json.write(manifest));
                } else {
                    Files.write(target, zip.readAllBytes());
                }
            }
        }
    }

    static JsonNode manifest(Path jrcase) throws Exception {
        try (var zip = new java.util.zip.ZipInputStream(Files.newInputStream(jrcase))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("manifest.json")) {
                    return Json.parse(zip.readAllBytes());
                }
            }
        }
        throw new AssertionError("no manifest");
    }
}
