package org.jrw.logic.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jrw.model.DocumentType;

/**
 * The penalty wording of a sentence (split from {@link Extractor}): which clause imposes a fine on
 * which party, the fine's amount, the other measures and the provisions a 违反/依据 clause cites.
 */
final class PenaltyClauses {
    /** 处人民币3.25万元罚款, 处罚款人民币贰仟元整: a definite amount imposed (a statutory range has 以上/以下 there). */
    static final Pattern IMPOSED_AMOUNT = Pattern.compile(
            "(?:处以?|并处|合并处)(?:人民币)?[0-9.零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟]+万?元整?的?罚款"
            + "|处罚款(?:人民币)?[0-9.零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟]+万?元(?!以上|以下)");
    private static final Pattern CITATION = Pattern.compile("《([^》]{2,40})》([^《]*)");

    private PenaltyClauses() {
    }

    /**
     * The penalty clauses of a sentence with the party each imposes on ({index, clause}): the whole
     * sentence for party 0 when the heading names one party; one clause per party named otherwise.
     */
    static List<String[]> fineClauses(DocumentType type, String s, List<String> names) {
        List<String[]> out = new ArrayList<>();
        if (names.size() <= 1) {
            if (fineSentence(type, s)) {
                out.add(new String[] {"0", s});
            }
            return out;
        }
        boolean whole = fineSentence(type, s);
        for (String c : PartyBlock.clauses(s)) {
            if (fineSentence(type, c) || whole && c.contains("罚款")) {
                out.add(new String[] {String.valueOf(PartyBlock.partyOf(c, names)), c});
            }
        }
        return out;
    }

    /** Is this the sentence that states the document's fine? */
    static boolean fineSentence(DocumentType type, String s) {
        if (!s.contains("罚款") || s.matches(".*(每日按罚款|加处罚款|到期不缴纳|逾期不缴纳|缴至|缴纳至|代收).*")) {
            return false;
        }
        if (type == DocumentType.PENALTY_DECISION && IMPOSED_AMOUNT.matcher(s).find() && !s.contains("拟")) {
            return true;
        }
        return switch (type) {
            case PENALTY_DECISION -> s.matches(".*(决定|给予|处以|处罚如下|并处|作出).*") && !s.contains("拟");
            case PENALTY_NOTICE, HEARING_RIGHTS_NOTICE -> s.matches(".*(拟|决定|给予|处以|作出).*");
            default -> s.matches(".*(建议|拟|给予|处以|同意|决定).*");
        };
    }

    /** The fine of a penalty sentence: its first amount that is not a range bound nor confiscated gains. */
    static Long fineOf(String s) {
        for (Money.Amount a : Money.findAll(s)) {
            String after = s.substring(a.end(), Math.min(s.length(), a.end() + 3));
            String before = s.substring(Math.max(0, a.start() - 10), a.start());
            if (after.matches("^[（(]?(以上|以下|至|到|－|-|~|～).*") || before.matches(".*(违法所得|没收|货值|价值|收入|营业额)(人民币)?$")
                    || before.matches(".*(处|并处)$") && s.substring(a.end()).matches("^.{0,12}以下.*")) {
                continue;
            }
            // the amount must belong to the fine (罚款…X or X…罚款)
            int fineAt = s.indexOf("罚款");
            if (fineAt < 0) {
                continue;
            }
            if (a.yuan() > 0) {
                return a.yuan();
            }
        }
        return null;
    }

    private static final Pattern[] MEASURES = {
            Pattern.compile("警告"), Pattern.compile("通报批评"),
            Pattern.compile("没收(?!违法所得)[^，,。；]{1,20}"),
            Pattern.compile("暂扣[^，,。；]{1,20}"), Pattern.compile("吊销[^，,。；]{1,20}"),
            Pattern.compile("责令停产停业整顿|责令停产停业|责令停止建设|责令停止施工|责令停止使用|责令关闭|责令停止生产|责令停业"),
            Pattern.compile("降低资质等级"), Pattern.compile("限制从业|终身不得担任[^，,。；]{0,20}")};

    static List<String> measures(String s) {
        List<String> out = new ArrayList<>();
        for (Pattern p : MEASURES) {
            Matcher m = p.matcher(s);
            if (m.find()) {
                out.add(m.group().replaceAll("[的之]?(行政处罚|处罚)$", ""));
            }
        }
        return out;
    }

    /** Citations of a 违反/依据 clause; for the penalty basis the 行政处罚法's general rules are left out. */
    static String provisions(String clause, boolean penalty) {
        List<String> keep = new ArrayList<>();
        Matcher c = CITATION.matcher(clause);
        while (c.find()) {
            String law = c.group(1);
            // a note between the title and the article: 《…规定》（应急管理部令第13号）第十一条
            String after = c.group(2).replaceAll("\\s", "").replaceFirst("^[（(][^）)]{1,20}(令|修正|修订|版)[^）)]{0,10}[）)]", "");
            Matcher r = Pattern.compile("^(?:第[零〇一二两三四五六七八九十百千0-9]+[条款项](?:之[一二三四五六七八九十]+)?|[（(][一二三四五六七八九十0-9]+[）)]|[、和及]|第[零〇一二两三四五六七八九十百千0-9]+项|第[（(][一二三四五六七八九十0-9]+[）)]项)*")
                    .matcher(after);
            String rest = r.find() ? r.group() : "";
            rest = rest.replaceAll("[、和及]+$", "").replaceAll("[和及]", "、");
            if (penalty && law.matches(".*行政处罚法$")) {
                continue;
            }
            if (rest.isEmpty()) {
                continue; // a law without its article is not a provision (《安全生产法》的规定)
            }
            keep.add("《" + law + "》" + rest);
        }
        return String.join("、", keep);
    }
}
