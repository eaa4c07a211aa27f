package org.jrw.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jrw.codec.Json;
import org.jrw.testing.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Structure-aware fuzzing of the dossier manifest: the demo dossier's {@code manifest.json} is
 * mutated (a field removed, set to null, given another type, an odd date, number or string, an
 * array emptied or an element duplicated; one to three mutations per run) and the package is
 * imported into a fresh workspace. A refusal must be a clean one (exit 2 with a message); a case
 * that imports must then pass through {@code check}, {@code evaluate}, {@code case export}, the
 * re-import of that export into another workspace, and (every tenth run) {@code anonymize} without
 * an internal error (exit 1). Not part of {@code mvn verify} (bench class); run by
 * {@code bench/manifest-fuzz.sh}. {@code -Djrw.fuzz.runs=N}, {@code -Djrw.fuzz.seed=S},
 * {@code -Djrw.fuzz.seconds=S}.
 */
class ManifestFuzz {
    @TempDir
    Path tmp;

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    @Test
    void everyMutatedManifestIsImportedOrRefusedCleanly() throws Exception {
        FuzzBudget budget = FuzzBudget.fromProperties(100);
        long seed = budget.seed;
        System.setProperty("jrw.ocr", "off");
        Path base = tmp.resolve("demo");
        unzip(Path.of("resources/demo/demo.jrcase"), base);
        JsonNode original = Json.parse(Files.readString(base.resolve("manifest.json")));
        Random rnd = new Random(seed);
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int i = 0;
        for (; budget.more(i); i++) {
            JsonNode m = original.deepCopy();
            List<String> what = new ArrayList<>();
            int n = 1 + rnd.nextInt(3);
            for (int k = 0; k < n; k++) {
                what.add(mutate(m, rnd));
            }
            Files.writeString(base.resolve("manifest.json"), Json.pretty(m), StandardCharsets.UTF_8);
            Path ws = tmp.resolve("ws" + i);
            CliRunner.Run imp = CliRunner.run("--workspace", ws.toString(), "--json", "case", "import", base.toString());
            String outcome = "import:" + imp.code();
            if (imp.code() == 0) {
                String caseId = Json.parse(imp.out()).path("caseId").asText();
                List<String[]> steps = new ArrayList<>();
                steps.add(new String[] {"check", caseId});
                steps.add(new String[] {"evaluate", caseId});
                Path out = tmp.resolve("export" + i + ".jrcase");
                steps.add(new String[] {"case", "export", caseId, "--out", out.toString()});
                if (i % 10 == 0) {
                    steps.add(new String[] {"anonymize", caseId, "--out", tmp.resolve("anon" + i + ".jrcase").toString()});
                }
                for (String[] step : steps) {
                    String[] args = Stream.concat(Stream.of("--workspace", ws.toString(), "--json"), Stream.of(step))
                            .toArray(String[]::new);
                    CliRunner.Run r = CliRunner.run(args);
                    outcome += " " + step[0] + ":" + r.code();
                    if (r.code() == 1 || (r.code() == 2 && r.err().isBlank())) {
                        failures.add(step[0] + " after " + what + ": " + r.err().strip());
                    }
                    if (step[0].equals("case") && r.code() == 0) {
                        CliRunner.Run again = CliRunner.run("--workspace", tmp.resolve("re" + i).toString(), "case",
                                "import", out.toString());
                        outcome += " reimport:" + again.code();
                        if (again.code() != 0) {
                            failures.add("re-import of the export after " + what + ": " + again.err().strip());
                        }
                        delete(tmp.resolve("re" + i));
                    }
                }
            } else if (imp.code() != 2 || imp.err().isBlank()) {
                failures.add("import after " + what + ": exit " + imp.code() + " " + imp.err().strip());
            }
            outcomes.merge(outcome, 1, Integer::sum);
            if (Boolean.getBoolean("jrw.fuzz.verbose")) {
                System.out.println("  " + outcome + " <- " + what + (imp.code() == 0 ? ""
                        : " : " + abbreviate(imp.err().strip().replace('\n', ' '), 300)));
            }
            delete(ws);
        }
        System.out.println("manifest fuzz: seed " + seed + ", runs " + i + budget.label() + ", outcomes " + outcomes
                + ", failures " + failures.size());
        failures.stream().limit(20).forEach(f -> System.out.println("  FAIL " + f));
        assertThat(failures).isEmpty();
    }

    /** One mutation somewhere in the tree; returns a description. */
    static String mutate(JsonNode root, Random rnd) {
        List<Object[]> slots = new ArrayList<>(); // {parent, key or index, path}
        collect(root, "", slots);
        Object[] s = slots.get(rnd.nextInt(slots.size()));
        JsonNode parent = (JsonNode) s[0];
        String path = (String) s[2];
        JsonNode current = parent.isObject() ? parent.get((String) s[1]) : parent.get((Integer) s[1]);
        int kind = rnd.nextInt(13);
        JsonNode value;
        String desc;
        if (kind >= 10 && current != null && current.isTextual() && current.asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
            // a valid date elsewhere in time: the checks meet dates in any order
            java.time.LocalDate d = java.time.LocalDate.of(2014, 1, 1).plusDays(rnd.nextInt(365 * 14));
            value = F.textNode(d.toString());
            desc = "valid date " + d;
            kind = -1;
        } else if (kind >= 10 && current != null && current.isIntegralNumber()) {
            long v = rnd.nextInt(4) == 0 ? rnd.nextInt(3) : rnd.nextInt(2_000_000);
            value = F.numberNode(v);
            desc = "valid number " + v;
            kind = -1;
        } else if (kind >= 10 && current != null && current.isBoolean()) {
            value = F.booleanNode(!current.asBoolean());
            desc = "flipped";
            kind = -1;
        } else {
            value = null;
            desc = null;
        }
        switch (kind) {
            case -1 -> {
            }
            case 0 -> {
                if (parent.isObject()) {
                    ((ObjectNode) parent).remove((String) s[1]);
                } else {
                    ((ArrayNode) parent).remove((Integer) s[1]);
                }
                return path + " removed";
            }
            case 1 -> {
                value = F.nullNode();
                desc = "null";
            }
            case 2 -> {
                value = current != null && current.isTextual() ? F.numberNode(rnd.nextInt(3) - 1) : F.textNode("x");
                desc = "type swapped";
            }
            case 3 -> {
                value = rnd.nextBoolean() ? F.objectNode() : F.arrayNode();
                desc = "container";
            }
            case 4 -> {
                String[] dates = {"2024-02-30", "2024-1-5", "2024/01/05", "0001-01-01", "9999-12-31", "2100-01-01",
                    "1900-01-01", "2024-04-01T10:00:00", "二〇二四年四月一日", ""};
                value = F.textNode(dates[rnd.nextInt(dates.length)]);
                desc = "date " + value.asText();
            }
            case 5 -> {
                Object[] nums = {-1L, 0L, 1L << 53, Long.MAX_VALUE, -0.5, 1e300, 12.345, Integer.MIN_VALUE};
                Object v = nums[rnd.nextInt(nums.length)];
                value = v instanceof Long l ? F.numberNode(l) : v instanceof Integer in ? F.numberNode(in)
                        : F.numberNode((Double) v);
                desc = "number " + v;
            }
            case 6 -> {
                String[] strs = {"", " ", "\u0000", "../../etc/passwd", "第九十九条", "《不存在法》第一条", "２０２４",
                    "a".repeat(20_000), "<script>", "null", "\uD83D\uDE00", "《中华人民共和国安全生产法》第九十七条第（九十）项",
                    "OFFICER", "UNKNOWN_TYPE", "files/../manifest.json", "files/evidence/none.pdf"};
                value = F.textNode(strs[rnd.nextInt(strs.length)]);
                desc = "string " + abbreviate(value.asText());
            }
            case 7 -> {
                if (current != null && current.isArray() && !current.isEmpty()) {
                    ((ArrayNode) current).add(current.get(rnd.nextInt(current.size())).deepCopy());
                    return path + " element duplicated";
                }
                value = F.arrayNode();
                desc = "empty array";
            }
            case 8 -> {
                if (current != null && current.isArray()) {
                    ((ArrayNode) current).removeAll();
                    return path + " emptied";
                }
                value = F.booleanNode(rnd.nextBoolean());
                desc = "boolean";
            }
            default -> {
                // another node's value (ids, references and dates from elsewhere in the dossier)
                Object[] other = slots.get(rnd.nextInt(slots.size()));
                JsonNode op = (JsonNode) other[0];
                JsonNode ov = op.isObject() ? op.get((String) other[1]) : op.get((Integer) other[1]);
                value = ov == null ? F.nullNode() : ov.deepCopy();
                desc = "value of " + other[2];
            }
        }
        if (parent.isObject()) {
            ((ObjectNode) parent).set((String) s[1], value);
        } else {
            ((ArrayNode) parent).set((Integer) s[1], value);
        }
        return path + " := " + desc;
    }

    private static void collect(JsonNode n, String path, List<Object[]> slots) {
        if (n.isObject()) {
            n.fieldNames().forEachRemaining(f -> {
                slots.add(new Object[] {n, f, path + "." + f});
                collect(n.get(f), path + "." + f, slots);
            });
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                slots.add(new Object[] {n, i, path + "[" + i + "]"});
                collect(n.get(i), path + "[" + i + "]", slots);
            }
        }
    }

    private static String abbreviate(String s) {
        return abbreviate(s, 40);
    }

    private static String abbreviate(String s, int max) {
        return s.length() > max ? s.substring(0, max) + "…(" + s.length() + ")" : s;
    }

    private static void unzip(Path zip, Path dir) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = z.getNextEntry()) != null) {
                Path p = dir.resolve(e.getName()).normalize();
                if (e.isDirectory()) {
                    Files.createDirectories(p);
                } else {
                    Files.createDirectories(p.getParent());
                    Files.write(p, z.readAllBytes());
                }
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
