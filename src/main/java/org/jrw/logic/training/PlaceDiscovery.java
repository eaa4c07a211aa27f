package org.jrw.logic.training;

import java.util.List;
import java.util.regex.Matcher;
import static org.jrw.logic.training.ScrubberPatterns.*;

/**
 * Finds units (名称 + legal-form suffix), roads with numbers and chains of places in running text and
 * registers them in the anonymiser's pseudonym table ({@link Scrubber}): the back edge of a name is
 * found by stop words, labels and verbs; a unit named only by places and generic words has no proper
 * name and stays.
 */
final class PlaceDiscovery {
    private final Scrubber s;

    PlaceDiscovery(Scrubber s) {
        this.s = s;
    }

    void units(String text) {
        Matcher m = COMPANY_SUFFIX.matcher(text);
        while (m.find()) {
            int start = backStart(text, m.start(), 18);
            // not into an identifier already known (a plate, a number) nor across a verb or another unit
            for (Scrubber.Span sp : s.spans(text.substring(start, m.start()))) {
                if (sp.start() == 0 || sp.end() < m.start() - start) {
                    start = Math.max(start, start + sp.end());
                }
            }
            String window = text.substring(start, m.start());
            Matcher cut = UNIT_START_CUT.matcher(window);
            if (cut.lookingAt() && cut.end() < window.length()) {
                start += cut.end();
            }
            while (start < m.start() && !Scrubber.isHan(text.charAt(start))) {
                start++;
            }
            String core = cutAfterLabel(text.substring(start, m.start()));
            if (m.group().equals("厂") && m.end() < text.length() && "区房内长商家里门".indexOf(text.charAt(m.end())) >= 0) {
                continue;
            }
            if (core.matches(".*(\\d|号|路|街|巷|道)$")) {
                continue;
            }
            if (core.length() < 2 || core.startsWith("该") || core.replace("某", "").length() < 2
                    || !hasProperName(core)) {
                continue;
            }
            if (m.group().equals("店") && m.end() < text.length() && "铺面长员内外主".indexOf(text.charAt(m.end())) >= 0) {
                continue;
            }
            if (m.group().equals("矿") && m.end() < text.length() && "山井区产物石业".indexOf(text.charAt(m.end())) >= 0) {
                continue;
            }
            String name = core + m.group();
            if (!s.known(name) && !s.isProtected(name)
                    && !name.contains("应急管理") && !s.containsPseudonym(name)) {
                s.unit(name, s.places());
            }
        }
    }

    /** Whether the part before a legal-form suffix holds a proper name (not only places and generic words). */
    private boolean hasProperName(String core) {
        String rest = Scrubber.stripPlaces(core, s.places());
        rest = rest.replaceAll("^[\\u4e00-\\u9fa5]{1,6}?(?:省|市|区|县|镇|乡)", "");
        boolean changed = true;
        while (changed && !rest.isEmpty()) {
            changed = false;
            for (String w : GENERIC_UNIT_WORDS) {
                if (rest.endsWith(w)) {
                    rest = rest.substring(0, rest.length() - w.length());
                    changed = true;
                }
                if (rest.startsWith(w)) {
                    rest = rest.substring(w.length());
                    changed = true;
                }
            }
            for (String w : INDUSTRY_WORDS) {
                if (rest.endsWith(w)) {
                    rest = rest.substring(0, rest.length() - w.length());
                    changed = true;
                }
            }
        }
        return rest.replace("某", "").length() >= 2;
    }

    void addressChains(String text) {
        Matcher m = ADDRESS_CHAIN.matcher(text);
        while (m.find()) {
            if (m.end() - m.start() < 4) {
                continue;
            }
            int start = m.start();
            String raw = m.group();
            // the regex may have taken a word before the first place: cut after stop words and labels
            int cut = 0;
            for (int i = 0; i < raw.length() && i < 3; i++) {
                if (BACK_STOP.indexOf(raw.charAt(i)) >= 0 || "住址位地处".indexOf(raw.charAt(i)) >= 0) {
                    cut = i + 1;
                }
            }
            String addr = cutAfterLabel(raw.substring(cut));
            Matcher u = CHAIN_UNIT.matcher(addr);
            int units = 0;
            String last = null;
            int pos = 0;
            boolean named = true;
            while (u.find()) {
                if (u.start() == pos && !u.group().matches("号|室|层|单元|栋|幢|号楼|号院|组|队")) {
                    named = false; // a unit without a name before it (区区, 市县)
                }
                units++;
                last = u.group();
                pos = u.end();
            }
            if (units < 2 || last == null || !LOW_UNITS.contains(last) || !named || pos != addr.length()) {
                continue;
            }
            if (addr.contains("某") || s.containsPseudonym(addr) || s.known(addr)
                    || addr.contains("应急") || addr.contains("车间") || addr.contains("厂区")) {
                continue;
            }
            s.addressChain(addr);
        }
    }

    static final List<String> LABEL_WORDS = List.of("单位", "名称", "全称", "工作", "住所", "地址", "当事人", "被处罚",
            "缴款人", "收款人", "甲方", "乙方", "企业", "机构", "开户");

    private static String cutAfterLabel(String core) {
        int cut = 0;
        for (String w : LABEL_WORDS) {
            int i = core.lastIndexOf(w);
            if (i >= 0 && i + w.length() > cut && i + w.length() < core.length()) {
                cut = i + w.length();
            }
        }
        return core.substring(cut);
    }

    void roads(String text) {
        Matcher m = ROAD.matcher(text);
        while (m.find()) {
            int start = backStart(text, m.start(), 20);
            String addr = cutAfterLabel(text.substring(start, m.end() - (m.end() - m.start()))) + m.group();
            if (!s.known(addr) && !s.containsPseudonym(addr)) {
                s.address(addr);
            }
        }
    }

    private static int backStart(String text, int from, int max) {
        int i = from;
        while (i > 0 && from - i < max) {
            char c = text.charAt(i - 1);
            if (BACK_STOP.indexOf(c) >= 0 || !(Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                    || Character.isDigit(c))) {
                break;
            }
            i--;
        }
        return i;
    }
}
