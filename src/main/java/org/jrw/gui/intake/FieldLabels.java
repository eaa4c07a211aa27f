package org.jrw.gui.intake;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jrw.i18n.Messages;
import org.jrw.logic.intake.Proposal;
import org.jrw.model.CaseDocument;

/** Readable names of the manifest's field paths (案号, 当事人名称, 行政处罚决定书 · 送达日期). */
final class FieldLabels {
    private static final Pattern INDEXED = Pattern.compile("^(\\w+)\\[(\\d+)]\\.(.+)$");

    private FieldLabels() {
    }

    static String label(String field, Proposal p) {
        Matcher m = INDEXED.matcher(field);
        if (m.matches()) {
            String group = m.group(1);
            int i = Integer.parseInt(m.group(2));
            String rest = m.group(3);
            String key = "intake.field." + group + "." + rest;
            String name = Messages.has(key) ? Messages.get(key) : rest;
            if (group.equals("documents") && p != null && i < p.dossier().documents().size()) {
                CaseDocument d = p.dossier().documents().get(i);
                return d.title() + " · " + name;
            }
            if ((group.equals("parties") || group.equals("violations")) && i > 0) {
                return Messages.get("intake.field.partyN", i + 1) + " · " + name;
            }
            if (group.equals("officers")) {
                return Messages.get("intake.field.officer", i + 1) + " · " + name;
            }
            return name;
        }
        String key = "intake.field." + field;
        return Messages.has(key) ? Messages.get(key) : field;
    }
}
