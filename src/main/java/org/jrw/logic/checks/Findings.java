package org.jrw.logic.checks;

import java.util.List;
import org.jrw.i18n.Messages;
import org.jrw.model.Finding;
import org.jrw.model.Severity;

/** Builds findings with their localized message ({@code checks.<CODE>[.variant]} in the checks bundle). */
final class Findings {
    static final String SUBJECT = "主体";
    static final String FACTS = "事实证据";
    static final String LAW = "法律适用";
    static final String DISCRETION = "裁量";
    static final String PROCEDURE = "程序";
    static final String DOCUMENTS = "文书";

    static final String PENALTY_LAW = "《中华人民共和国行政处罚法》";

    private Findings() {
    }

    /** A party as a finding names it: its name, or 当事人 when the case does not state one (never "null"). */
    static String party(org.jrw.model.Party p) {
        return p == null || p.name() == null || p.name().isBlank() ? Messages.get("fixes.party.unnamed") : p.name().strip();
    }

    static Finding of(String code, Severity severity, String category, String messageKey, String basis,
                      List<String> refs, Object... args) {
        return new Finding(code, severity, category, Messages.get(messageKey, args), basis,
                refs.stream().filter(r -> r != null && !r.isEmpty()).distinct().toList());
    }
}
