package org.jrw.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
 *
 * <p>Reading a tree ({@link #parse}, {@link #readMap}) needs only the streaming parser and the node
 * factory: the object mapper, whose construction costs some 300 classes and 20 ms of CPU, is built on
 * first use by writing or converting ({@link #mapper()}), so the window's start (preferences, the
 * last case) reads without it.
 */
public final class Json {
    /** The node factory: decimals exactly as written (1.50 stays 1.50). */
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    /** The parser factory, with the mapper's reading rules: duplicate keys refused, no comments. */
    private static final JsonFactory PARSERS = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();

    /** The object mapper, built on first use. */
    private static final class Mapper {
        /** On the same parser factory, so both read by the same rules. */
        static final ObjectMapper INSTANCE = JsonMapper.builder(PARSERS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .nodeFactory(NODES)
                .build();
    }

    private Json() {
    }

    /** The project's object mapper (built on the first call). */
    public static ObjectMapper mapper() {
        return Mapper.INSTANCE;
    }

    /** The node factory of the project's trees (exact decimals); needs no object mapper. */
    public static JsonNodeFactory nodes() {
        return NODES;
    }

    public static ObjectNode object() {
        return NODES.objectNode();
    }

    public static ArrayNode array() {
        return NODES.arrayNode();
    }

    /**
     * Parses text into a tree (null for text with no value, as the mapper's {@code readTree} gives);
     * throws IOException with the parser's location on malformed input, duplicate keys or anything
     * after the value. The tree is the one the mapper reads: integers as int, long or big-integer
     * nodes by size, decimals as exact decimal nodes.
     */
    public static JsonNode parse(byte[] bytes) throws IOException {
        try (JsonParser p = PARSERS.createParser(bytes)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return null;
            }
            JsonNode n = tree(p, first);
            if (p.nextToken() != null) {
                throw new IOException("trailing content after the JSON document");
            }
            return n;
        }
    }

    private static JsonNode tree(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT -> {
                ObjectNode o = NODES.objectNode();
                for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                    o.set(name, tree(p, p.nextToken()));
                }
                return o;
            }
            case START_ARRAY -> {
                ArrayNode a = NODES.arrayNode();
                for (JsonToken x = p.nextToken(); x != JsonToken.END_ARRAY; x = p.nextToken()) {
                    a.add(tree(p, x));
                }
                return a;
            }
            case VALUE_STRING -> {
                return NODES.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (p.getNumberType()) {
                    case INT -> NODES.numberNode(p.getIntValue());
                    case LONG -> NODES.numberNode(p.getLongValue());
                    default -> NODES.numberNode(p.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(p.getDecimalValue()); // as USE_BIG_DECIMAL_FOR_FLOATS reads it
            }
            case VALUE_TRUE -> {
                return NODES.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return NODES.booleanNode(false);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new IOException("unexpected " + t + " at " + p.currentLocation());
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
        return mapper().convertValue(n, Object.class); // binary, POJO and short nodes, as Jackson converts them
    }

    public static JsonNode toTree(Object value) {
        return mapper().valueToTree(value);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> toMap(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return new LinkedHashMap<>();
        }
        if (n.isObject()) {
            return (Map<String, Object>) toJava(n);
        }
        return mapper().convertValue(n, LinkedHashMap.class); // not an object: Jackson's own answer (or error)
    }

    public static String write(Object value) {
        try {
            return mapper().writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String pretty(Object value) {
        try {
            return mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value);
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
