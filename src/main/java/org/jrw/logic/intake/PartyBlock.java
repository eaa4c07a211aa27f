package org.jrw.logic.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The party block of a document's heading, cut into one part per party. A decision against a unit
 * and its responsible person prints two blocks (当事人（单位）：… 法定代表人… / 当事人（个人）：…
 * 身份证号码…); each is read on its own, so the person's address or ID number is never taken for
 * the unit's. Also: labels printed with letter spacing (地 址：, 姓　名：) are closed up, and a fine
 * sentence is attributed to the party it names.
 */
final class PartyBlock {
    /** Most parties a heading is read for. */
    static final int MAX_PARTIES = 4;

    private static final Pattern SPACED_LABEL = Pattern.compile(
            "^([\\u4e00-\\u9fa5](?:[ \\u3000]+[\\u4e00-\\u9fa5]){1,5})(?=[ \\u3000]*[：:])");

    private PartyBlock() {
    }

    /** 地 址：… → 地址：… (a label of two to six characters printed with spaces between them). */
    static String closeUpLabel(String line) {
        Matcher m = SPACED_LABEL.matcher(line.strip());
        if (!m.find()) {
            return line;
        }
        return m.group(1).replaceAll("[ \\u3000]+", "") + line.strip().substring(m.end()).replaceFirst("^[ \\u3000]+", "");
    }

    /**
     * The heading lines cut where a second party's name label starts (a line labelled with a
     * party's name after the first party's name was read). {@code startsParty} tells whether a line
     * names a party.
     */
    static List<List<String>> segments(List<String> head, java.util.function.Predicate<String> startsParty) {
        List<List<String>> out = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        boolean named = false;
        for (String l : head) {
            boolean starts = startsParty.test(l);
            if (starts && named && out.size() < MAX_PARTIES - 1) {
                out.add(cur);
                cur = new ArrayList<>();
                named = false;
            }
            cur.add(l);
            named |= starts;
        }
        out.add(cur);
        return out;
    }

    /**
     * The clauses of a penalty sentence, one per party it names: "对A公司处罚款3万元，对何某处罚款1万元"
     * → two clauses (cut before each 对 that follows a comma); a sentence naming one party is one clause.
     */
    static List<String> clauses(String sentence) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("[，,、]\\s*(?=对)").matcher(sentence);
        int s = 0;
        while (m.find()) {
            out.add(sentence.substring(s, m.start() + 1));
            s = m.end();
        }
        out.add(sentence.substring(s));
        return out;
    }

    /**
     * Which party a penalty clause imposes on: the party whose name the clause names first after 对
     * (or anywhere, when no 对 precedes it); 0 when it names none (你单位, 你公司, 你).
     */
    static int partyOf(String clause, List<String> names) {
        int best = -1;
        int bestAt = Integer.MAX_VALUE;
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            if (n == null || n.length() < 2) {
                continue;
            }
            int at = clause.indexOf(n);
            if (at >= 0 && at < bestAt) {
                best = i;
                bestAt = at;
            }
        }
        return Math.max(best, 0);
    }
}
