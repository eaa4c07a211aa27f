package org.jrw.logic.training;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jrw.codec.Json;

/**
 * Regions of the bundled material's images marked as personal data
 * ({@code /training/personal-regions.json}: SHA-256 of the image → list of {@code {x, y, w, h}} in
 * pixels), e.g. the name and ID number on the demo case's certificate-query screenshot.
 */
final class BuiltInRegions {
    private static volatile Map<String, List<Anonymizer.Region>> cache;

    private BuiltInRegions() {
    }

    static Map<String, List<Anonymizer.Region>> bySha256() {
        Map<String, List<Anonymizer.Region>> c = cache;
        if (c == null) {
            c = new HashMap<>();
            try (InputStream in = BuiltInRegions.class.getResourceAsStream("/training/personal-regions.json")) {
                if (in != null) {
                    JsonNode root = Json.parse(in.readAllBytes());
                    var it = root.path("images").fields();
                    while (it.hasNext()) {
                        var e = it.next();
                        List<Anonymizer.Region> rs = new ArrayList<>();
                        for (JsonNode r : e.getValue().path("regions")) {
                            rs.add(new Anonymizer.Region(r.path("x").asInt(), r.path("y").asInt(), r.path("w").asInt(),
                                    r.path("h").asInt()));
                        }
                        c.put(e.getKey(), List.copyOf(rs));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            cache = c;
        }
        return c;
    }
}
