package org.jrw.gui;

import java.util.Iterator;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.Node;
import org.jrw.codec.Json;
import org.jrw.i18n.Messages;

/**
 * What the user reads instead of the codes the lower layers use: check categories, evaluation
 * grades, audit actions and audit details, and the stock dialog buttons, all from the bundles in
 * the UI language (never JavaFX's own bundle, which follows the JVM default locale).
 */
public final class Labels {
    private Labels() {
    }

    /** Where the preferences are, spelled as the menu bar spells it: 编辑 → 偏好设置…. */
    public static String preferencesMenu() {
        return Messages.get("gui.menu.edit") + " → " + Messages.get("gui.menu.preferences");
    }

    /** A check or evaluation category (stored in Chinese by the logic) in the UI language. */
    public static String checkCategory(String category) {
        return org.jrw.logic.checks.CheckCategories.label(category);
    }

    /** An evaluation grade in the UI language. */
    public static String grade(org.jrw.logic.evaluation.Evaluation.Grade g) {
        return Messages.get("ux.grade." + g.name());
    }

    /** An audit action ({@code annotation.add}) as words; the code itself is never shown. */
    public static String auditAction(String action) {
        if (action == null) {
            return "";
        }
        for (String key : new String[] {"ux.audit.action." + action, "gui.audit.action." + action}) {
            if (Messages.has(key)) {
                return Messages.get(key);
            }
        }
        return Messages.get("ux.audit.action.other");
    }

    /**
     * Audit details (a JSON object) as "名称：值；…" with the field names in the UI language;
     * text that is not a JSON object is shown as it is.
     */
    public static String auditDetails(String json) {
        if (json == null || json.isBlank()) {
            return "";
        }
        JsonNode n;
        try {
            n = Json.parse(json);
        } catch (java.io.IOException | RuntimeException e) {
            // not JSON: the text is its own label
            return json;
        }
        if (n == null || !n.isObject()) {
            return json;
        }
        StringBuilder sb = new StringBuilder();
        Iterator<Map.Entry<String, JsonNode>> it = n.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String v = value(e.getValue());
            if (v.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(Messages.isEnglish() ? "; " : "；");
            }
            String key = "ux.audit.detail." + e.getKey();
            sb.append(Messages.has(key) ? Messages.get(key) : e.getKey())
                    .append(Messages.colon()).append(v);
        }
        return sb.toString();
    }

    private static String value(JsonNode v) {
        if (v == null || v.isNull()) {
            return "";
        }
        if (v.isBoolean()) {
            return Messages.get(v.booleanValue() ? "ux.audit.yes" : "ux.audit.no");
        }
        if (v.isArray()) {
            java.util.List<String> parts = new java.util.ArrayList<>();
            v.forEach(x -> {
                String s = value(x);
                if (!s.isEmpty()) {
                    parts.add(s);
                }
            });
            return String.join(Messages.isEnglish() ? ", " : "、", parts);
        }
        if (v.isObject()) {
            String inner = auditDetails(v.toString());
            return inner.isEmpty() ? "" : Messages.paren(inner);
        }
        return v.asText();
    }

    /**
     * Gives the stock buttons of a dialog (OK, Cancel, Yes, No, Close…) the UI language's words.
     * JavaFX names them from its own bundle in the JVM's default locale when {@link ButtonType}
     * is first loaded, which need not be the language chosen in the preferences.
     */
    public static void localizeButtons(DialogPane pane) {
        for (ButtonType t : pane.getButtonTypes()) {
            String key = stockKey(t);
            Node n = pane.lookupButton(t);
            if (key != null && n instanceof Button b) {
                b.setText(Messages.get(key));
            }
        }
    }

    private static String stockKey(ButtonType t) {
        if (t == ButtonType.OK) {
            return "ux.button.ok";
        } else if (t == ButtonType.CANCEL) {
            return "ux.button.cancel";
        } else if (t == ButtonType.YES) {
            return "ux.button.yes";
        } else if (t == ButtonType.NO) {
            return "ux.button.no";
        } else if (t == ButtonType.CLOSE) {
            return "ux.button.close";
        } else if (t == ButtonType.APPLY) {
            return "ux.button.apply";
        } else if (t == ButtonType.FINISH) {
            return "ux.button.finish";
        } else if (t == ButtonType.NEXT) {
            return "ux.button.next";
        } else if (t == ButtonType.PREVIOUS) {
            return "ux.button.previous";
        }
        return null;
    }
}
