package org.jrw.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Localized messages. Keys are dotted ({@code import.file.missing}); each feature area has its own
 * bundle under {@code i18n/} so that features can grow without touching each other's files.
 * Simplified Chinese is the default locale, English the second ({@code --lang en}).
 * Placeholders use {@link MessageFormat} syntax ({@code {0}}).
 */
public final class Messages {
    /** Every bundle base name, in lookup order. Add a feature's bundle here. */
    public static final List<String> BUNDLES = List.of(
            "i18n.core", "i18n.cli", "i18n.gui", "i18n.law", "i18n.checks", "i18n.search", "i18n.evidence",
            "i18n.review", "i18n.exchange", "i18n.meeting", "i18n.training", "i18n.evaluation",
            "i18n.audit", "i18n.intake", "i18n.edit", "i18n.seats", "i18n.search2", "i18n.rules",
            "i18n.ux", "i18n.controls", "i18n.screens", "i18n.dialogs", "i18n.mnemonics", "i18n.layout",
            "i18n.fixes");

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static volatile Locale locale = CHINESE;

    private Messages() {
    }

    public static Locale locale() {
        return locale;
    }

    public static void setLocale(Locale l) {
        locale = l == null ? CHINESE : l;
    }

    /** Sets the locale from a language tag such as {@code zh}, {@code zh-CN} or {@code en}. */
    public static void setLanguage(String tag) {
        if (tag == null || tag.isBlank() || tag.toLowerCase(Locale.ROOT).startsWith("zh")) {
            setLocale(CHINESE);
        } else if (tag.toLowerCase(Locale.ROOT).startsWith("en")) {
            setLocale(Locale.ENGLISH);
        } else {
            throw new IllegalArgumentException(tag);
        }
    }

    public static boolean isEnglish() {
        return "en".equals(locale.getLanguage());
    }

    /** The colon between a label and its value: full-width in Chinese, {@code ": "} in English. */
    public static String colon() {
        return isEnglish() ? ": " : "：";
    }

    /** The separator between items of a list in running text: {@code ；} in Chinese, {@code "; "} in English. */
    public static String semicolon() {
        return isEnglish() ? "; " : "；";
    }

    /** A remark in brackets after a word: {@code （x）} in Chinese, {@code " (x)"} in English. */
    public static String paren(Object x) {
        return isEnglish() ? " (" + x + ")" : "（" + x + "）";
    }

    /** The separator of a short enumeration (甲、乙): {@code 、} in Chinese, {@code ", "} in English. */
    public static String enumComma() {
        return isEnglish() ? ", " : "、";
    }

    /** The message for a key in the current locale; the key itself when no bundle has it. */
    public static String get(String key, Object... args) {
        return get(locale, key, args);
    }

    public static String get(Locale l, String key, Object... args) {
        String pattern = lookup(l, key);
        if (pattern == null) {
            return key;
        }
        if (args == null || args.length == 0) {
            return pattern.replace("''", "'");
        }
        return new MessageFormat(LONE_APOSTROPHE.matcher(pattern).replaceAll("''"), l).format(args);
    }

    /**
     * An apostrophe in a bundle is always text (This workspace's …), whether or not the message has
     * arguments: a lone one is doubled before {@link MessageFormat} reads it (it would otherwise start a
     * quoted section and swallow the placeholders after it), and a doubled one reads as one.
     */
    private static final java.util.regex.Pattern LONE_APOSTROPHE = java.util.regex.Pattern.compile("(?<!')'(?!')");

    public static boolean has(String key) {
        return lookup(CHINESE, key) != null;
    }

    private static String lookup(Locale l, String key) {
        for (String base : BUNDLES) {
            ResourceBundle b = bundle(base, l);
            if (b != null && b.containsKey(key)) {
                return b.getString(key);
            }
        }
        return null;
    }

    /**
     * Reads every bundle of the current language now (start-up reads them on a background thread
     * while the toolkit starts, so the window's first lookups find them read).
     */
    public static void readAll() {
        Locale l = locale;
        for (String base : BUNDLES) {
            bundle(base, l);
        }
    }

    private static final java.util.Map<String, java.util.Optional<ResourceBundle>> CACHE =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The bundle, or null when the feature has none yet. Chinese is the root file
     * ({@code core.properties}), English the {@code _en} file; both are read as UTF-8.
     */
    public static ResourceBundle bundle(String base, Locale l) {
        String k = base + ("en".equals(l.getLanguage()) ? "_en" : "");
        return CACHE.computeIfAbsent(k, x -> java.util.Optional.ofNullable(loadPlain(base, l))).orElse(null);
    }

    private static ResourceBundle loadPlain(String base, Locale l) {
        String suffix = "en".equals(l.getLanguage()) ? "_en" : "";
        String path = "/" + base.replace('.', '/') + suffix + ".properties";
        try (var in = Messages.class.getResourceAsStream(path)) {
            if (in == null) {
                return null;
            }
            return new java.util.PropertyResourceBundle(
                    new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            org.slf4j.LoggerFactory.getLogger(Messages.class).warn("message bundle {} unreadable", path, e);
            return null;
        }
    }
}
