package org.jrw.logic.settings;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jrw.codec.Json;
import org.jrw.model.BadInputException;
import org.jrw.model.Role;

/**
 * Reads and writes {@code preferences.json}. A missing file gives the defaults; a damaged one is
 * reported with the field named (and the defaults are used by the GUI); writes are atomic.
 */
public final class PreferencesStore {
    public static final String FILE = "preferences.json";
    private static final Set<String> KNOWN = Set.of("language", "uiScalePercent", "theme", "workspace", "identity",
            "thresholds");

    private final Path file;

    public PreferencesStore(Path configDir) {
        this.file = configDir.resolve(FILE);
    }

    public Path file() {
        return file;
    }

    public Preferences load() {
        if (!Files.isRegularFile(file)) {
            return Preferences.defaults();
        }
        JsonNode n;
        try {
            n = Json.parse(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new BadInputException(e, "prefs.malformed", file.toString(), e.getMessage());
        }
        if (!n.isObject()) {
            throw new BadInputException("prefs.malformed", file.toString(), "not an object");
        }
        Preferences d = Preferences.defaults();
        String lang = text(n, "language", d.language());
        if (!List.of("zh", "en").contains(lang)) {
            throw new BadInputException("prefs.field", file.toString(), "language", lang);
        }
        int scale = n.has("uiScalePercent") ? n.get("uiScalePercent").asInt(-1) : d.uiScalePercent();
        if (scale < Preferences.MIN_SCALE || scale > Preferences.MAX_SCALE) {
            throw new BadInputException("prefs.field", file.toString(), "uiScalePercent", n.get("uiScalePercent"));
        }
        Preferences.Theme theme;
        try {
            theme = Preferences.Theme.valueOf(text(n, "theme", d.theme().name()));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("prefs.field", file.toString(), "theme", n.get("theme"));
        }
        Preferences.Identity id = null;
        JsonNode idn = n.get("identity");
        if (idn != null && idn.isObject()) {
            String roleText = text(idn, "role", null);
            Role role = roleText == null ? null : Role.parse(roleText)
                    .orElseThrow(() -> new BadInputException("prefs.field", file.toString(), "identity.role", roleText));
            id = new Preferences.Identity(text(idn, "name", null), role, text(idn, "organisation", null));
        }
        Map<String, Long> thresholds = new LinkedHashMap<>();
        JsonNode t = n.get("thresholds");
        if (t != null && t.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = t.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().isIntegralNumber() || e.getValue().asLong() < 0) {
                    throw new BadInputException("prefs.field", file.toString(), "thresholds." + e.getKey(),
                            e.getValue());
                }
                thresholds.put(e.getKey(), e.getValue().asLong());
            }
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        n.fields().forEachRemaining(e -> {
            if (!KNOWN.contains(e.getKey())) {
                extra.put(e.getKey(), Json.toJava(e.getValue()));
            }
        });
        return new Preferences(lang, scale, theme, text(n, "workspace", null), id, Map.copyOf(thresholds),
                Map.copyOf(extra));
    }

    /** Loads, falling back to the defaults when the file is damaged (the GUI reports it). */
    public Preferences loadOrDefaults() {
        try {
            return load();
        } catch (BadInputException e) {
            System.getLogger("jrw.prefs").log(System.Logger.Level.WARNING, e.getMessage());
            return Preferences.defaults();
        }
    }

    public void save(Preferences p) {
        if (p.uiScalePercent() < Preferences.MIN_SCALE || p.uiScalePercent() > Preferences.MAX_SCALE) {
            throw new BadInputException("prefs.field", file.toString(), "uiScalePercent", p.uiScalePercent());
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("language", p.language());
        m.put("uiScalePercent", p.uiScalePercent());
        m.put("theme", p.theme().name());
        if (p.workspace() != null && !p.workspace().isBlank()) {
            m.put("workspace", p.workspace());
        }
        if (p.identity() != null) {
            Map<String, Object> id = new LinkedHashMap<>();
            id.put("name", p.identity().name());
            id.put("role", p.identity().role() == null ? null : p.identity().role().name());
            id.put("organisation", p.identity().organisation());
            m.put("identity", id);
        }
        m.put("thresholds", p.thresholds());
        m.putAll(p.extra());
        try {
            org.jrw.persistence.AtomicFiles.write(file, Json.pretty(m).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new BadInputException(e, "prefs.io", file.toString(), e.getMessage());
        }
    }

    private static String text(JsonNode n, String f, String dflt) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? dflt : v.asText();
    }
}
