package org.jrw.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Json#toJava} and {@link Json#toMap} walk the tree themselves (faster to start than Jackson's
 * conversion); they must give exactly what {@code convertValue} gives under the project's
 * configuration: the same values, of the same classes, in the same order.
 */
class JsonToJavaTest {
    /** A check of one JSON document. */
    private interface DocumentCheck {
        void check(String text) throws Exception;
    }

    /** Runs {@code check} on 400 documents generated from {@code seed}. */
    private static void onGeneratedDocuments(long seed, DocumentCheck check) throws Exception {
        Random r = new Random(seed);
        for (int i = 0; i < 400; i++) {
            check.check(Json.write(value(r, 0)));
        }
    }

    @Test
    void givesWhatJacksonsConversionGivesOnGeneratedDocuments() throws Exception {
        onGeneratedDocuments(20261208, text -> {
            JsonNode n = Json.parse(text);
            Object expected = Json.mapper().convertValue(n, Object.class);
            Object actual = Json.toJava(n);
            assertThat(actual).as(text).isEqualTo(expected);
            assertSameShape(actual, expected, text);
            if (n.isObject()) {
                assertThat(Json.toMap(n)).as(text).isEqualTo(Json.mapper().convertValue(n, LinkedHashMap.class));
            }
        });
    }

    /** What {@code Json.parse} gave when it read through the object mapper (the reference). */
    private static JsonNode mapperTree(String text) throws Exception {
        try (com.fasterxml.jackson.core.JsonParser p = Json.mapper().createParser(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            JsonNode n = Json.mapper().readTree(p);
            if (n != null && p.nextToken() != null) {
                throw new java.io.IOException("trailing content");
            }
            return n;
        }
    }

    @Test
    void theStreamingParserReadsTheTreeTheMapperReads() throws Exception {
        onGeneratedDocuments(7, text -> {
            JsonNode mine = Json.parse(text);
            JsonNode ref = mapperTree(text);
            assertThat(mine).as(text).isEqualTo(ref);
            assertThat(mine.toString()).as(text).isEqualTo(ref.toString()); // decimals' scale included
            assertSameNodes(mine, ref, text);
        });
        for (String text : new String[] {"1.50", "-0.0", "1e400", "123456789012345678901234567890", "2147483648",
                "[1, 2147483647, -2147483649, 1.0E+2]", "\"文\"", "true", "null", "  {\"a\" : [ ] }  "}) {
            assertThat(Json.parse(text).toString()).as(text).isEqualTo(mapperTree(text).toString());
            assertSameNodes(Json.parse(text), mapperTree(text), text);
        }
        assertThat(Json.parse("")).isNull();
        assertThat(Json.parse("   ")).isNull();
        assertThat(mapperTree("")).isNull();
    }

    @Test
    void theStreamingParserRefusesWhatTheMapperRefuses() {
        for (String text : new String[] {"{\"a\":1,\"a\":2}", "{} {}", "[1] 2", "{\"a\":1} x", "// c\n{}", "/* c */ {}",
                "{a:1}", "{'a':1}", "[1,]", "{\"a\":}", "[", "{\"a\":NaN}", "01"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> mapperTree(text)).as("reference " + text)
                    .isInstanceOf(java.io.IOException.class);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Json.parse(text)).as(text)
                    .isInstanceOf(java.io.IOException.class);
        }
    }

    private static void assertSameNodes(JsonNode a, JsonNode b, String doc) {
        assertThat(a.getClass()).as(doc).isEqualTo(b.getClass());
        if (a.isContainerNode()) {
            assertThat(a.size()).as(doc).isEqualTo(b.size());
            if (a.isObject()) {
                var names = new ArrayList<String>();
                a.fieldNames().forEachRemaining(names::add);
                var other = new ArrayList<String>();
                b.fieldNames().forEachRemaining(other::add);
                assertThat(names).as(doc).isEqualTo(other);
                for (String n : names) {
                    assertSameNodes(a.get(n), b.get(n), doc);
                }
            } else {
                for (int i = 0; i < a.size(); i++) {
                    assertSameNodes(a.get(i), b.get(i), doc);
                }
            }
        }
    }

    @Test
    void numbersKeepTheirKindsAndDecimalsTheirScale() throws Exception {
        JsonNode n = Json.parse("{\"i\":7,\"l\":8000000000,\"b\":123456789012345678901234567890,"
                + "\"d\":1.50,\"e\":2E+3,\"neg\":-0.0,\"t\":true,\"z\":null,\"s\":\"罚款\",\"a\":[],\"o\":{}}");
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) Json.toJava(n);
        assertThat(m.keySet()).containsExactly("i", "l", "b", "d", "e", "neg", "t", "z", "s", "a", "o");
        assertThat(m.get("i")).isEqualTo(7);
        assertThat(m.get("l")).isEqualTo(8_000_000_000L);
        assertThat(m.get("b")).isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(m.get("d")).isEqualTo(new BigDecimal("1.50"));
        assertThat(m.get("e")).isEqualTo(new BigDecimal("2E+3"));
        assertThat(m.get("t")).isEqualTo(Boolean.TRUE);
        assertThat(m).containsEntry("z", null);
        assertThat(m.get("a")).isInstanceOf(ArrayList.class);
        assertThat(m.get("o")).isInstanceOf(LinkedHashMap.class);
        assertSameShape(m, Json.mapper().convertValue(n, Object.class), "fixed");
        assertThat(Json.toJava(null)).isNull();
        assertThat(Json.toMap(Json.parse("null"))).isEmpty();
    }

    /** Equal values can differ in class (1 and 1L); the walk must give Jackson's classes too. */
    private static void assertSameShape(Object actual, Object expected, String doc) {
        if (expected == null) {
            assertThat(actual).as(doc).isNull();
            return;
        }
        assertThat(actual).as(doc).isNotNull();
        assertThat(actual.getClass()).as(doc).isEqualTo(expected.getClass());
        if (expected instanceof Map<?, ?> em) {
            Map<?, ?> am = (Map<?, ?>) actual;
            assertThat(new ArrayList<>(am.keySet())).as(doc).isEqualTo(new ArrayList<>(em.keySet()));
            for (Object k : em.keySet()) {
                assertSameShape(am.get(k), em.get(k), doc);
            }
        } else if (expected instanceof List<?> el) {
            List<?> al = (List<?>) actual;
            for (int i = 0; i < el.size(); i++) {
                assertSameShape(al.get(i), el.get(i), doc);
            }
        } else if (expected instanceof BigDecimal ed) {
            assertThat(((BigDecimal) actual).scale()).as(doc).isEqualTo(ed.scale());
        }
    }

    private static Object value(Random r, int depth) {
        int kind = r.nextInt(depth > 3 ? 7 : 9);
        return switch (kind) {
            case 0 -> r.nextInt(2000) - 1000;
            case 1 -> r.nextLong();
            case 2 -> new BigInteger(90, r);
            case 3 -> BigDecimal.valueOf(r.nextInt(1_000_000), r.nextInt(6));
            case 4 -> r.nextBoolean();
            case 5 -> r.nextInt(5) == 0 ? null : "值" + r.nextInt(100);
            case 6 -> "第" + r.nextInt(9) + "条";
            case 7 -> {
                Map<String, Object> m = new LinkedHashMap<>();
                for (int i = r.nextInt(5); i > 0; i--) {
                    m.put("k" + r.nextInt(1000), value(r, depth + 1));
                }
                yield m;
            }
            default -> {
                List<Object> l = new ArrayList<>();
                for (int i = r.nextInt(5); i > 0; i--) {
                    l.add(value(r, depth + 1));
                }
                yield l;
            }
        };
    }
}
