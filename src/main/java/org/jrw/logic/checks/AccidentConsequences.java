package org.jrw.logic.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jrw.logic.law.ChineseNumerals;

/**
 * The consequences of an accident as the facts state them: persons killed, persons seriously
 * injured, direct economic loss. Read from the wording investigators use (造成2人死亡, 致1名作业人员
 * 当场死亡, 死亡三人, 重伤2人, 直接经济损失约120.5万元); "受伤" and "轻伤" are not serious
 * injuries, and a sentence that states none (未造成人员伤亡) gives zero. The largest figure stated
 * counts (a total is usually the largest).
 */
public record AccidentConsequences(int deaths, int seriousInjuries, long directLossYuan) {
    private static final String NUM = "(\\d+|[０-９]+|[零〇一二两三四五六七八九十百千]+)";
    /** Between a count and its verb: 名/位/个, then up to five characters that name the persons (人, 工人, 作业人员 …). */
    private static final String WHO = "\\s*(?:名|位|个)?\\s*(\\p{IsHan}{0,5}?)\\s*";
    private static final Pattern COUNT_FIRST_DEATH = Pattern.compile(NUM + WHO + "(?:当场|抢救无效|经抢救无效)?(?:死亡|遇难|身亡|罹难)");
    private static final Pattern VERB_FIRST_DEATH = Pattern.compile("(?:死亡|遇难|身亡|罹难)\\s*" + NUM + "\\s*(?:人|名)");
    private static final Pattern COUNT_FIRST_INJURY = Pattern.compile(NUM + WHO + "重伤");
    private static final Pattern VERB_FIRST_INJURY = Pattern.compile("重伤\\s*" + NUM + "\\s*(?:人|名)");
    private static final Pattern LOSS = Pattern.compile(
            "直接经济损失[^，。；;\\d０-９零〇一二两三四五六七八九十百千]{0,6}?"
                    + "(\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千]+(?:点[零〇一二两三四五六七八九]+)?)\\s*(?:余|多)?\\s*(亿|万)?\\s*(?:余|多)?\\s*元");

    public static final AccidentConsequences NONE = new AccidentConsequences(0, 0, 0);

    /** What {@code facts} state; {@link #NONE} for no text. */
    public static AccidentConsequences of(String facts) {
        if (facts == null || facts.isBlank()) {
            return NONE;
        }
        String t = facts.replace('\u3000', ' ');
        int deaths = Math.max(counted(COUNT_FIRST_DEATH, t, true), counted(VERB_FIRST_DEATH, t, false));
        int injuries = Math.max(counted(COUNT_FIRST_INJURY, t, true), counted(VERB_FIRST_INJURY, t, false));
        long loss = 0;
        Matcher m = LOSS.matcher(t);
        while (m.find()) {
            loss = Math.max(loss, yuan(m.group(1), m.group(2)));
        }
        return new AccidentConsequences(deaths, injuries, loss);
    }

    /** The largest count the pattern finds; with {@code who}, only when the words between name persons. */
    private static int counted(Pattern p, String t, boolean who) {
        int max = 0;
        Matcher m = p.matcher(t);
        while (m.find()) {
            if (who && !persons(m.group(2))) {
                continue;
            }
            max = Math.max(max, ChineseNumerals.parse(m.group(1)));
        }
        return max;
    }

    /** 人, 工人, 作业人员, 施工人员, 伤者 …, or nothing at all (2名死亡); not 1年内发生死亡事故. */
    private static boolean persons(String between) {
        if (between.isEmpty()) {
            return true;
        }
        return between.contains("人") || between.contains("员") || between.endsWith("工") || between.endsWith("者");
    }

    private static long yuan(String number, String unit) {
        BigDecimal v;
        try {
            if (number.matches("\\d+(?:\\.\\d+)?")) {
                v = new BigDecimal(number);
            } else {
                String[] parts = number.split("点", 2);
                v = BigDecimal.valueOf(ChineseNumerals.parse(parts[0]));
                if (parts.length == 2) {
                    StringBuilder frac = new StringBuilder("0.");
                    for (char c : parts[1].toCharArray()) {
                        frac.append(ChineseNumerals.parse(String.valueOf(c)) < 0 ? 0 : ChineseNumerals.parse(String.valueOf(c)));
                    }
                    v = v.add(new BigDecimal(frac.toString()));
                }
            }
        } catch (NumberFormatException e) {
            // not a number: nothing counted
            return 0;
        }
        if (v.signum() < 0) {
            return 0;
        }
        if ("亿".equals(unit)) {
            v = v.multiply(BigDecimal.valueOf(100_000_000L));
        } else if ("万".equals(unit)) {
            v = v.multiply(BigDecimal.valueOf(10_000L));
        }
        return v.longValue();
    }

    /** For a finding: 死亡2人、重伤1人、直接经济损失300万元 (only what was stated). */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (deaths > 0) {
            parts.add("死亡" + deaths + "人");
        }
        if (seriousInjuries > 0) {
            parts.add("重伤" + seriousInjuries + "人");
        }
        if (directLossYuan > 0) {
            parts.add("直接经济损失" + (directLossYuan % 10_000 == 0 ? directLossYuan / 10_000 + "万元" : directLossYuan + "元"));
        }
        return String.join("、", parts);
    }
}
