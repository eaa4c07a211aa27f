package org.jrw.logic.settings;

import java.util.Map;
import org.jrw.model.Role;

/**
 * The user's preferences, applied at start: language, UI scale (100–200 %), theme, workspace
 * location, identity (who signs annotations and views), and overrides of configurable thresholds
 * by name (e.g. {@code hearingThresholdUnitYuan}). Unknown fields of the stored file are kept.
 */
public record Preferences(String language, int uiScalePercent, Theme theme, String workspace, Identity identity,
                          Map<String, Long> thresholds, Map<String, Object> extra) {

    public enum Theme { LIGHT, HIGH_CONTRAST }

    /** Who the user is in the panel. */
    public record Identity(String name, Role role, String organisation) {
        public boolean complete() {
            return name != null && !name.isBlank() && role != null;
        }
    }

    public static final int MIN_SCALE = 100;
    public static final int MAX_SCALE = 200;

    public static Preferences defaults() {
        return new Preferences("zh", 100, Theme.LIGHT, null, null, Map.of(), Map.of());
    }

    public Preferences withIdentity(Identity id) {
        return new Preferences(language, uiScalePercent, theme, workspace, id, thresholds, extra);
    }

    public double scale() {
        return uiScalePercent / 100.0;
    }
}
