package org.jrw.logic.checks;

import java.util.Map;

/** The categories findings and evaluation items are stored under (in Chinese, as the contract's JSON carries them) and their message keys. */
public final class CheckCategories {
    private static final Map<String, String> KEYS = Map.of(
            "主体", "subject", "事实证据", "facts", "法律适用", "law", "裁量", "discretion", "程序", "procedure", // zh-data
            "文书", "documents", "文书规范", "documentForm", "归档", "archive"); // zh-data: the categories as stored

    private CheckCategories() {
    }

    /** The bundle key naming a category in the interface language, or null for an unknown category. */
    public static String messageKey(String category) {
        String k = category == null ? null : KEYS.get(category);
        return k == null ? null : "ux.checks.category." + k;
    }

    /** A category in the interface language (the stored text when it is not a known one). */
    public static String label(String category) {
        String key = messageKey(category);
        return key == null ? String.valueOf(category) : org.jrw.i18n.Messages.get(key);
    }
}
