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
    @Test
    void givesWhatJacksonsConversionGivesOnGeneratedDocuments() throws Exception {
        Random r = new Random(20261208);
        for (int i = 0; i < 400; i++) {
            String text = Json.write(value(r, 0));
            JsonNode n = Json.parse(text);
            Object expected = Json.MAPPER.convertValue(n, Object.class);
            Object actual = Json.toJava(n);
            assertThat(actual).as(text).isEqualTo(expected);
            assertSameShape(actual, expected, text);
            if (n.isObject()) {
                assertThat(Json.toMap(n)).as(text).isEqualTo(Json.MAPPER.convertValue(n, LinkedHashMap.class));
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
        assertSameShape(m, Json.MAPPER.convertValue(n, Object.class), "fixed");
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
