package org.jrw.codec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The project's one JSON configuration: strict parsing (duplicate keys refused, no comments),
 * exact decimals, insertion order kept. Used by the dossier codec, persistence of sub-objects and
 * the command line's output.
 */
public final class Json {
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** Parses text into a tree; throws IOException with Jackson's location on malformed input. */
    public static JsonNode parse(byte[] bytes) throws IOException {
        try (JsonParser p = MAPPER.createParser(bytes)) {
            JsonNode n = MAPPER.readTree(p);
            if (p.nextToken() != null) {
                throw new IOException("trailing content after the JSON document");
            }
            return n;
        }
    }

    public static JsonNode parse(String text) throws IOException {
        return parse(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * A tree to a plain Java value (Map, List, String, Number, Boolean, null), order kept: the
     * value Jackson's {@code convertValue(n, Object.class)} gives under this configuration (objects
     * as {@link LinkedHashMap}, arrays as {@link java.util.ArrayList}, integers as Integer, Long or
     * BigInteger by size, decimals as BigDecimal), walked here instead. Converting goes through
     * Jackson's serializers and deserializers, some 200 classes and 20 ms the first time; the
     * workbench converts its preferences and each case's stored details while the window opens.
     */
    public static Object toJava(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        if (n.isObject()) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (var it = n.fields(); it.hasNext(); ) {
                var e = it.next();
                m.put(e.getKey(), toJava(e.getValue()));
            }
            return m;
        }
        if (n.isArray()) {
            java.util.List<Object> l = new java.util.ArrayList<>(n.size());
            for (JsonNode c : n) {
                l.add(toJava(c));
            }
            return l;
        }
        if (n.isTextual()) {
            return n.textValue();
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isIntegralNumber() && (n.isInt() || n.isLong() || n.isBigInteger())) {
            return n.numberValue();
        }
        if (n.isFloatingPointNumber()) {
            return n.decimalValue(); // USE_BIG_DECIMAL_FOR_FLOATS
        }
        return MAPPER.convertValue(n, Object.class); // binary, POJO and short nodes, as Jackson converts them
    }

    public static JsonNode toTree(Object value) {
        return MAPPER.valueToTree(value);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> toMap(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return new LinkedHashMap<>();
        }
        if (n.isObject()) {
            return (Map<String, Object>) toJava(n);
        }
        return MAPPER.convertValue(n, LinkedHashMap.class); // not an object: Jackson's own answer (or error)
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String pretty(Object value) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Map<String, Object> readMap(String text) {
        if (text == null || text.isBlank()) {
            return new LinkedHashMap<>();
        }
        try {
            return toMap(parse(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
