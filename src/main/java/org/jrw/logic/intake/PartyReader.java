package org.jrw.logic.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.jrw.logic.dossier.Identifiers;
import org.jrw.logic.intake.Extractor.Doc;
import org.jrw.model.DocumentType;

/**
 * Reads the parties from a document's heading block (split from {@link Extractor}): one
 * {@code parties[i]} per part of the block ({@link PartyBlock#segments}), the addressee line of a
 * notice or decision, and a filing form's credit code; each value added as a reading with its
 * source through the extractor.
 */
final class PartyReader {
    private final Extractor x;

    PartyReader(Extractor x) {
        this.x = x;
    }

    /**
     * The parties named in the heading block (被处罚单位：…, 当事人：…, or the addressee line 某某公司：):
     * one part of the block per party (a unit and its responsible person are two), each read into
     * its own {@code parties[i]}.
     */
    void party(Doc d) {
        List<String> head = new ArrayList<>();
        for (String l : Extractor.headerBlock(d)) {
            head.add(PartyBlock.closeUpLabel(l));
        }
        List<List<String>> parts = PartyBlock.segments(head, l -> startsParty(l));
        boolean[] kind = partyPart(d, 0, parts.get(0));
        String name = partyNames(d).isEmpty() ? null : partyNames(d).get(0);
        boolean unit = kind[0];
        boolean person = kind[1];
        // the kind's source is the line that names the party (被处罚单位：…), not the heading's first line
        String kindLine = parts.get(0).stream().filter(PartyReader::startsParty).findFirst()
                .orElse(parts.get(0).isEmpty() ? "" : parts.get(0).get(0));
        for (int i = 1; i < parts.size(); i++) {
            boolean[] k = partyPart(d, i, parts.get(i));
            if (k[0] || k[1]) {
                x.add("parties[" + i + "].kind", k[0] ? "unit" : "person", d, 0, parts.get(i).get(0), "party.kind");
            }
        }
        // a notice addressed to the party: the line "某某有限公司：" just before the body
        if (name == null && (d.type() == DocumentType.PENALTY_NOTICE || d.type() == DocumentType.HEARING_RIGHTS_NOTICE
                || d.type() == DocumentType.PENALTY_DECISION)) {
            for (String l : d.text().pages().get(0)) {
                String t = l.replaceAll("\\s", "");
                if (t.matches("^[\\u4e00-\\u9fa5（）()·]{2,40}[：:]$") && Extractor.UNIT_SUFFIX.matcher(t.substring(0, t.length() - 1)).find()) {
                    x.add("parties[0].name", t.substring(0, t.length() - 1), d, 0, l, "party.addressee");
                    unit = true;
                    kindLine = l;
                    break;
                }
                if (Extractor.BODY_START.matcher(t).find()) {
                    break;
                }
            }
        }
        if (unit || person) {
            x.add("parties[0].kind", unit ? "unit" : "person", d, 0, kindLine, "party.kind");
        }
        // a form (filing approval) laid out as a table: a credit code that passes its check character
        if (d.type() == DocumentType.FILING_APPROVAL) {
            Extractor.lines(d, (p, l) -> {
                if (Extractor.CREDIT_LABEL.matcher(l).find()) {
                    return;
                }
                Matcher m = Extractor.CREDIT.matcher(l.replaceAll("\\s", ""));
                if (m.find() && Identifiers.isValidCreditCode(m.group(1))) {
                    x.add("parties[0].creditCode", m.group(1), d, p, l, "party.creditCode.checked");
                }
            });
            Extractor.lines(d, (p, l) -> {
                Matcher m = Extractor.CREDIT_LABEL.matcher(l);
                if (m.find()) {
                    x.add("parties[0].creditCode", m.group(1), d, p, l, "party.creditCode.label");
                }
            });
        }
    }

    /** Whether a heading line labels a party's name (被处罚单位：…, 当事人（个人）：…, 被处罚人：…). */
    private static boolean startsParty(String l) {
        if (l.startsWith("姓名")) {
            return false; // a person's name inside a unit's block (its representative), not a second party
        }
        Matcher u = Extractor.UNIT_LABEL.matcher(l);
        Matcher pm = Extractor.PERSON_LABEL.matcher(l);
        return u.find() && partyName(u.group(1)) != null || pm.find() && partyName(pm.group(1)) != null;
    }

    /** The names the heading block gives the parties, in order (for attributing fines to parties). */
    static List<String> partyNames(Doc d) {
        List<String> names = new ArrayList<>();
        for (String l : Extractor.headerBlock(d)) {
            String c = PartyBlock.closeUpLabel(l);
            Matcher u = Extractor.UNIT_LABEL.matcher(c);
            Matcher pm = Extractor.PERSON_LABEL.matcher(c);
            String n = u.find() ? partyName(u.group(1)) : pm.find() ? partyName(pm.group(1)) : null;
            if (n != null && names.size() < PartyBlock.MAX_PARTIES) {
                names.add(n);
            }
        }
        return names;
    }

    /** Reads one party's part of the heading into parties[i]; returns {unit, person}. */
    private boolean[] partyPart(Doc d, int i, List<String> part) {
        String f = "parties[" + i + "].";
        String name = null;
        boolean unit = false;
        boolean person = false;
        for (String l : part) {
            Matcher u = Extractor.UNIT_LABEL.matcher(l);
            Matcher pm = Extractor.PERSON_LABEL.matcher(l);
            if (name == null && u.find() && partyName(u.group(1)) != null) {
                name = partyName(u.group(1));
                unit = Extractor.UNIT_SUFFIX.matcher(name).find() || l.startsWith("被处罚单位") || l.contains("单位名称");
                person = !unit && (l.startsWith("被处罚人") || l.startsWith("当事人"));
                x.add(f + "name", name, d, 0, l, "party.label");
            } else if (name == null && pm.find() && partyName(pm.group(1)) != null) {
                name = partyName(pm.group(1));
                person = !Extractor.UNIT_SUFFIX.matcher(name).find();
                unit = !person;
                x.add(f + "name", name, d, 0, l, "party.label");
            }
            Matcher c = Extractor.CREDIT_LABEL.matcher(l);
            if (c.find()) {
                unit = true;
                person = false;
                x.add(f + "creditCode", c.group(1), d, 0, l, "party.creditCode.label");
            }
            Matcher id = Extractor.ID_LABEL.matcher(l);
            if (id.find()) {
                x.add(f + "idNumber", id.group(1).toUpperCase(java.util.Locale.ROOT), d, 0, l, "party.idNumber.label");
            }
            Matcher lr = Extractor.LEGAL_REP.matcher(l);
            if (lr.find()) {
                String rep = Extractor.cutValue(l.substring(lr.start(1)));
                if (rep.length() >= 2 && rep.length() <= 10) {
                    x.add(f + "legalRepresentative", rep, d, 0, l, "party.legalRepresentative.label");
                }
            }
            Matcher a = Extractor.ADDRESS.matcher(l);
            if (a.find() && !l.contains("联系人")) {
                x.add(f + "address", Extractor.cutValue(a.group(1)), d, 0, l, "party.address.label");
            }
            Matcher pos = Extractor.POSITION.matcher(l);
            if (pos.find() && person && !l.contains("法定代表人")) {
                x.add(f + "position", Extractor.cutValue(pos.group(1)), d, 0, l, "party.position.label");
            }
        }
        return new boolean[] {unit, person};
    }

    /** A party's name from a labelled value, or null when the value is another label (当事人 法定代表人 …). */
    static String partyName(String value) {
        String v = Extractor.cutValue(value);
        if (v.length() < 2 || v.matches("^(" + Extractor.STOP_LABELS + ").*") || v.contains("：") || v.contains(":")) {
            return null;
        }
        return v;
    }
}
