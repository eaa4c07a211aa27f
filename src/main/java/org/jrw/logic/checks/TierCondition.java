package org.jrw.logic.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jrw.model.BadInputException;
import org.jrw.model.Circumstances;
import org.jrw.model.Party;

/**
 * A benchmark tier's condition over the facts a 裁量基准 tiers by, written as the benchmark words it:
 * {@code 违法所得10000元以上且违法所得不足50000元}, {@code 面积>=500}, {@code 死亡人数>=1 或 直接经济损失100万元以上}.
 * Clauses are {@code 事实 比较 数值}: 比较 is one of {@code >= ≥ > <= ≤ < =} or the words 超过 / 大于 (>),
 * 不足 / 未满 / 少于 / 小于 (<), 达到 (>=), or the number followed by 以上 (>=) or 以下 (<=) — 以上、以下
 * include the number itself, as in statute. Numbers may carry 万 and a unit (元, 平方米, 日 …). Clauses
 * join with 且 (and) and 或 (or; 且 binds first). A fact the case does not record makes the clause
 * unknown and the tier does not apply. Parsed once per text (cached).
 */
public final class TierCondition {
    /** The facts a condition may name, with what they mean (for the template's documentation). */
    public static final Map<String, String> FACTS = new LinkedHashMap<>();

    static {
        FACTS.put("违法所得", "元");
        FACTS.put("数量", "件、箱、吨等，按基准的计量单位");
        FACTS.put("面积", "平方米");
        FACTS.put("持续天数", "日");
        FACTS.put("涉及处数", "处或人数（circumstances.count）");
        FACTS.put("从业人员", "人（当事人的从业人员数）");
        FACTS.put("死亡人数", "人");
        FACTS.put("重伤人数", "人");
        FACTS.put("直接经济损失", "元");
    }

    private static final Pattern CLAUSE = Pattern.compile(
            "(\\p{IsHan}+?)\\s*(>=|≥|＞=|<=|≤|＜=|>|＞|<|＜|=|＝|超过|大于|不足|未满|少于|小于|达到)?\\s*"
                    + "(\\d+(?:\\.\\d+)?)\\s*(万)?\\s*(?:元|平方米|㎡|日|天|人|名|处|件|箱|吨|千克|公斤|个|次)?\\s*(以上|以下)?");
    private static final Pattern QUANTITY = Pattern.compile(
            "(\\p{IsHan}+?)\\s*[=:：为]?\\s*(?:约|共计|共|计)?\\s*(\\d+(?:\\.\\d+)?)\\s*(万)?");
    private static final Pattern ILLEGAL_INCOME = Pattern.compile(
            "违法所得(?:共计|合计|总计|约|为|计)*\\s*(?:人民币)?\\s*(\\d{1,3}(?:[,，]\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*(万)?元");
    private static final Map<String, TierCondition> CACHE = new ConcurrentHashMap<>();

    private record Clause(String fact, String op, BigDecimal value) {
    }

    /** Disjunction of conjunctions. */
    private final List<List<Clause>> any;
    private final String text;

    private TierCondition(String text, List<List<Clause>> any) {
        this.text = text;
        this.any = any;
    }

    public String text() {
        return text;
    }

    /** Parses (cached); a text that is not a condition throws {@link BadInputException} naming the clause. */
    public static TierCondition parse(String text) {
        TierCondition c = CACHE.get(text);
        if (c == null) {
            c = doParse(text);
            if (CACHE.size() < 10_000) {
                CACHE.put(text, c);
            }
        }
        return c;
    }

    private static TierCondition doParse(String text) {
        List<List<Clause>> any = new ArrayList<>();
        for (String alt : text.strip().split("\\s*(?:或者|或|\\|\\||\\bor\\b)\\s*")) {
            List<Clause> all = new ArrayList<>();
            for (String part : alt.split("\\s*(?:并且|而且|且|&&|\\band\\b)\\s*")) {
                all.add(clause(part.strip()));
            }
            any.add(all);
        }
        return new TierCondition(text.strip(), any);
    }

    private static Clause clause(String part) {
        Matcher m = CLAUSE.matcher(part);
        if (part.isEmpty() || !m.matches()) {
            throw new BadInputException("rules.condition.syntax", part);
        }
        String fact = m.group(1);
        if (!FACTS.containsKey(fact)) {
            throw new BadInputException("rules.condition.fact", fact, String.join("、", FACTS.keySet()));
        }
        String prefix = m.group(2);
        String suffix = m.group(5);
        if ((prefix == null) == (suffix == null)) {
            throw new BadInputException("rules.condition.syntax", part);
        }
        String op = prefix != null ? switch (prefix) {
            case ">=", "≥", "＞=", "达到" -> ">=";
            case "<=", "≤", "＜=" -> "<=";
            case ">", "＞", "超过", "大于" -> ">";
            case "<", "＜", "不足", "未满", "少于", "小于" -> "<";
            default -> "=";
        } : suffix.equals("以上") ? ">=" : "<=";
        BigDecimal v = new BigDecimal(m.group(3));
        if (m.group(4) != null) {
            v = v.multiply(BigDecimal.valueOf(10_000));
        }
        return new Clause(fact, op, v);
    }

    /** Whether the facts meet the condition; a clause on a fact not recorded is not met. */
    public boolean test(Map<String, BigDecimal> facts) {
        for (List<Clause> all : any) {
            boolean ok = true;
            for (Clause c : all) {
                BigDecimal f = facts.get(c.fact());
                if (f == null || !holds(f.compareTo(c.value()), c.op())) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                return true;
            }
        }
        return false;
    }

    /** The facts the condition names that {@code facts} lacks. */
    public List<String> missing(Map<String, BigDecimal> facts) {
        List<String> out = new ArrayList<>();
        for (List<Clause> all : any) {
            for (Clause c : all) {
                if (!facts.containsKey(c.fact()) && !out.contains(c.fact())) {
                    out.add(c.fact());
                }
            }
        }
        return out;
    }

    private static boolean holds(int cmp, String op) {
        return switch (op) {
            case ">=" -> cmp >= 0;
            case "<=" -> cmp <= 0;
            case ">" -> cmp > 0;
            case "<" -> cmp < 0;
            default -> cmp == 0;
        };
    }

    /**
     * The facts of a violation a condition can name: recorded in {@code circumstances.quantities}
     * (e.g. 违法所得=8600, 面积=1200), else read from its facts' own wording (违法所得8600元; deaths,
     * serious injuries and direct loss as {@link AccidentConsequences} reads them), the count of
     * places or persons and the party's employees.
     */
    public static Map<String, BigDecimal> facts(Party party, Circumstances c, String factsText) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        if (factsText != null && !factsText.isBlank()) {
            Matcher m = ILLEGAL_INCOME.matcher(factsText);
            if (m.find()) {
                out.put("违法所得", amount(m.group(1).replaceAll("[,，]", ""), m.group(2)));
            }
            AccidentConsequences a = AccidentConsequences.of(factsText);
            out.put("死亡人数", BigDecimal.valueOf(a.deaths()));
            out.put("重伤人数", BigDecimal.valueOf(a.seriousInjuries()));
            out.put("直接经济损失", BigDecimal.valueOf(a.directLossYuan()));
        }
        out.put("涉及处数", BigDecimal.valueOf(c == null || c.count() == null ? 1 : c.count()));
        if (party != null && party.employees() != null) {
            out.put("从业人员", BigDecimal.valueOf(party.employees()));
        }
        for (String q : quantities(c)) {
            Matcher m = QUANTITY.matcher(q.strip());
            if (m.matches() && FACTS.containsKey(m.group(1))) {
                out.put(m.group(1), amount(m.group(2), m.group(3)));
            }
        }
        return out;
    }

    /** {@code circumstances.quantities}: entries 名称=数值 (kept in the record's extra fields). */
    public static List<String> quantities(Circumstances c) {
        Object v = c == null || c.extra() == null ? null : c.extra().get(QUANTITIES_FIELD);
        if (v instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    /** A quantity entry as written: its fact if it is one a condition can name, else empty. */
    public static Optional<String> quantityProblem(String entry) {
        Matcher m = QUANTITY.matcher(entry.strip());
        if (!m.matches() || !FACTS.containsKey(m.group(1))) {
            return Optional.of(entry);
        }
        return Optional.empty();
    }

    public static final String QUANTITIES_FIELD = "quantities";

    private static BigDecimal amount(String number, String wan) {
        BigDecimal v = new BigDecimal(number);
        return wan == null ? v : v.multiply(BigDecimal.valueOf(10_000));
    }
}
