package org.jrw.persistence;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Per-user folders (XDG on Linux; %APPDATA% / %LOCALAPPDATA% on Windows; ~/Library on macOS):
 * configuration (preferences, the single-instance socket) and state (logs, crash reports).
 */
public final class UserDirs {
    private UserDirs() {
    }

    private static String os() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    }

    private static Path home() {
        return Path.of(System.getProperty("user.home", "."));
    }

    private static Path env(String name) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? null : Path.of(v);
    }

    public static Path config() {
        String override = System.getProperty("jrw.configDir");
        if (override != null) {
            return Path.of(override);
        }
        if (os().contains("win")) {
            Path a = env("APPDATA");
            return (a != null ? a : home().resolve("AppData/Roaming")).resolve("jrw");
        }
        if (os().contains("mac")) {
            return home().resolve("Library/Preferences/org.jrw.workbench");
        }
        Path x = env("XDG_CONFIG_HOME");
        return (x != null ? x : home().resolve(".config")).resolve("jrw");
    }

    public static Path logs() {
        String override = System.getProperty("jrw.logDir");
        if (override != null) {
            return Path.of(override);
        }
        if (os().contains("win")) {
            Path a = env("LOCALAPPDATA");
            return (a != null ? a : home().resolve("AppData/Local")).resolve("jrw").resolve("logs");
        }
        if (os().contains("mac")) {
            return home().resolve("Library/Logs/jrw");
        }
        Path x = env("XDG_STATE_HOME");
        return (x != null ? x : home().resolve(".local/state")).resolve("jrw").resolve("logs");
    }
}
