package org.jrw.logic.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jrw.logic.dossier.Identifiers;
import org.jrw.logic.privacy.PersonalData;
import org.jrw.logic.privacy.Surnames;
import org.jrw.logic.training.Scrubber.Entry;
import org.jrw.logic.training.Scrubber.Kind;
import static org.jrw.logic.training.ScrubberPatterns.*;

/**
 * Finds identifiers in running text by pattern (split from {@link Scrubber}): numbers, codes, phones,
 * online ids, plates, names (张某, 张三 by {@link PersonFinder}), units and places (by
 * {@link PlaceDiscovery}), and in a second pass the titled forms of known surnames (张经理, 老王);
 * each one found is registered in the scrubber's pseudonym table.
 */
final class IdentifierDiscovery {
    private final Scrubber s;
    private final Map<String, Entry> table;
    private final Set<String> pseudonyms;
    private final Set<String> derivedForms;
    private final PlaceDiscovery placeDiscovery;
    private final PersonFinder personFinder;
    private final Surnames surnames;

    IdentifierDiscovery(Scrubber s, Map<String, Entry> table, Set<String> pseudonyms, Set<String> derivedForms,
            PlaceDiscovery placeDiscovery, PersonFinder personFinder, Surnames surnames) {
        this.s = s;
        this.table = table;
        this.pseudonyms = pseudonyms;
        this.derivedForms = derivedForms;
        this.placeDiscovery = placeDiscovery;
        this.personFinder = personFinder;
        this.surnames = surnames;
    }

    /** Finds identifiers in a text by pattern and registers them. */
    void discover(String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        // full-width digits and letters (１３９…) are found as the ASCII number; spans() finds both forms
        text = Identifiers.halfWidth(text);
        Matcher m = ID_NUMBER.matcher(text);
        while (m.find()) {
            s.idNumber(m.group());
        }
        m = CREDIT_CODE.matcher(text);
        while (m.find()) {
            String c = m.group();
            if (table.containsKey(c) || pseudonyms.contains(c)) {
                continue;
            }
            boolean letters = c.substring(8).chars().anyMatch(ch -> Character.isLetter(ch) || ch == '*');
            if (letters && !ID_NUMBER.matcher(c).matches()) {
                s.creditCode(c);
            }
        }
        m = LONG_NUMBER.matcher(text);
        while (m.find()) {
            String n = m.group();
            long digits = n.chars().filter(Character::isDigit).count();
            if (digits >= 6 && !table.containsKey(n) && !pseudonyms.contains(n)) {
                s.number(n, n.length() == 11 && n.charAt(0) == '1' ? Kind.PHONE : Kind.NUMBER);
            }
        }
        m = LANDLINE.matcher(text);
        while (m.find()) {
            s.number(m.group(), Kind.PHONE);
        }
        // numbers written in groups are registered without their separators; spans() finds every layout
        for (PersonalData.Hit h : PersonalData.phones(text)) {
            String n = h.value();
            if (h.kind() == PersonalData.Kind.MOBILE && !n.equals(text.substring(h.start(), h.end()))
                    && !table.containsKey(n) && !pseudonyms.contains(n)) {
                s.number(n, Kind.PHONE);
            }
        }
        // an ID number written in groups only with its check character right (ADR 0140)
        for (PersonalData.Hit h : PersonalData.idNumbers(text)) {
            if (h.checked() && !h.value().equals(text.substring(h.start(), h.end()))) {
                s.idNumber(h.value());
            }
        }
        m = LABELLED_PHONE.matcher(text);
        while (m.find()) {
            s.number(m.group(1), Kind.PHONE);
        }
        m = ACCOUNT.matcher(text);
        while (m.find()) {
            if (!table.containsKey(m.group(1)) && !pseudonyms.contains(m.group(1))) {
                s.number(m.group(1), Kind.NUMBER);
            }
        }
        discoverOnline(text);
        discoverNames(text);
        placeDiscovery.units(text);
        placeDiscovery.roads(text);
        placeDiscovery.addressChains(text);
        for (PersonFinder.Found f : personFinder.find(text)) {
            if (!acceptableName(f.name())) {
                continue;
            }
            String pseudo = s.person(f.name());
            if (f.alias() != null && acceptableName(f.alias())) {
                table.put(f.alias(), new Entry(f.alias(), pseudo, Kind.PERSON));
                derivedForms.add(f.alias());
            }
        }
        if (s.caseAbbreviation() != null) {
            Matcher d = Pattern.compile(Pattern.quote(s.caseAbbreviation())
                    + "(?:应急|安监)[\\u4e00-\\u9fa5]{0,4}〔\\d{4}〕\\d+号").matcher(text);
            while (d.find()) {
                s.documentNumber(d.group());
            }
        }
    }

    /** E-mail addresses, QQ and WeChat ids, number plates. */
    private void discoverOnline(String text) {
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            s.email(m.group());
        }
        m = QQ.matcher(text);
        while (m.find()) {
            s.onlineId(m.group(1));
        }
        m = WECHAT.matcher(text);
        while (m.find()) {
            s.onlineId(m.group(1));
        }
        m = PLATE.matcher(text);
        while (m.find()) {
            s.plate(m.group());
        }
    }

    /** Names written as 张某 / 张某强. */
    private void discoverNames(String text) {
        Matcher m = MOU_NAME.matcher(text);
        while (m.find()) {
            String name = m.group(2) != null && NAME_STOP.indexOf(m.group(2).charAt(0)) < 0
                    ? m.group() : m.group(1) + "某";
            if (!s.isProtected(name) && !pseudonyms.contains(name)) {
                s.person(name);
            }
        }
    }

    /** Whether a name found in running text is new and not part of something already known. */
    private boolean acceptableName(String name) {
        if (name == null || name.length() < 2 || s.isProtected(name) || pseudonyms.contains(name)
                || table.containsKey(name) || name.indexOf('某') >= 0) {
            return false;
        }
        for (Entry e : table.values()) {
            String o = e.original();
            if (o.length() < 2 || o.endsWith("#serial")) {
                continue;
            }
            if (e.kind() == Kind.PERSON && !derivedForms.contains(o) && (name.startsWith(o) || o.startsWith(name))) {
                return false;
            }
            if ((e.kind() == Kind.UNIT || e.kind() == Kind.TRADE_NAME || e.kind() == Kind.PLACE
                    || e.kind() == Kind.ADDRESS) && (o.startsWith(name) || name.startsWith(o))) {
                return false;
            }
        }
        for (String p : pseudonyms) {
            if (p.length() >= 2 && (name.startsWith(p) || p.startsWith(name))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The second pass, once every person is known: a known surname with a title (张经理, 王师傅,
     * 李先生, 赵女士) or with 老/小 (老张, 小王). When one known person has the surname, the form gets that
     * person's pseudonymous surname (钱经理); when several have it, the neutral 某 (某经理), so that no
     * one is mistaken for another and no surname survives. Single-character titles (张总, 李工) and
     * 老/小 forms are only taken for surnames that are no everyday word (not 高工, not 小时), and 老/小
     * forms only when the next word begins after them.
     */
    void discoverForms(String text) {
        if (text == null || text.length() < 2) {
            return;
        }
        Map<String, Set<Character>> bySurname = new LinkedHashMap<>();
        for (Entry e : table.values()) {
            String o = e.original();
            if (e.kind() != Kind.PERSON || derivedForms.contains(o) || o.length() < 2 || pseudonyms.contains(o)) {
                continue;
            }
            String sn = o.length() >= 2 && o.charAt(1) == '某' ? o.substring(0, 1) : surnames.surnameOf(o);
            if (sn == null || o.length() == sn.length()) {
                continue;
            }
            String p = e.pseudonym();
            char ps = p.length() == 2 && p.charAt(1) == '某' && Scrubber.isHan(p.charAt(0)) ? p.charAt(0) : '某';
            bySurname.computeIfAbsent(sn, k -> new HashSet<>()).add(ps);
        }
        if (bySurname.isEmpty()) {
            return;
        }
        List<String> sns = new ArrayList<>(bySurname.keySet());
        sns.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alt = new StringBuilder();
        sns.forEach(x -> alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(x)));
        StringBuilder titles = new StringBuilder();
        TITLES.forEach(t -> titles.append(titles.length() == 0 ? "" : "|").append(t));
        Matcher m = Pattern.compile("(老|小)?(" + alt + ")(" + titles + ")?").matcher(text);
        while (m.find()) {
            String prefix = m.group(1);
            String sn = m.group(2);
            String title = m.group(3);
            boolean everyday = sn.length() == 1 && AMBIGUOUS_SURNAMES.indexOf(sn.charAt(0)) >= 0;
            if (title != null && title.length() == 1 && everyday) {
                continue;
            }
            if (title == null) {
                if (prefix == null || everyday) {
                    continue;
                }
                int after = m.end();
                if (after < text.length() && Scrubber.isHan(text.charAt(after))
                        && PersonFinder.STOP.indexOf(text.charAt(after)) < 0) {
                    continue;
                }
            }
            String form = m.group();
            if (table.containsKey(form) || pseudonyms.contains(form)) {
                continue;
            }
            Set<Character> ps = bySurname.get(sn);
            char p = ps.size() == 1 ? ps.iterator().next() : '某';
            String pseudo = (prefix == null ? "" : prefix) + p + (title == null ? "" : title);
            table.put(form, new Entry(form, pseudo, Kind.PERSON));
            pseudonyms.add(pseudo);
            derivedForms.add(form);
        }
    }
}
