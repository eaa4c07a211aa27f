package org.jrw.logic.training;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jrw.i18n.Messages;

/**
 * Scores an answer out of 100: violated provision 30, penalty provision 30, circumstances 15,
 * fine 25. A provision scores fully when law, article, paragraph and item match, half when law and
 * article match. The fine scores against the statutory range (10), the benchmark band (10) and the
 * actual fine (5) when the law library knows range and band; otherwise against the actual fine
 * alone (25 within 10 %, 15 within 25 %, 8 within 50 %). Feedback quotes the article text when the
 * law library has it.
 */
public final class Scorer {
    public static final int VIOLATED = 30;
    public static final int PENALTY = 30;
    public static final int CIRCUMSTANCES = 15;
    public static final int FINE = 25;

    /** One scored part. */
    public record Item(String code, int points, int max, String feedback) {
    }

    public record Score(String trainee, int total, List<Item> items) {
    }

    /** A citation reduced to law / article / paragraph / item, e.g. {@code 安全生产法|九十七|-|七}. */
    record Citation(String law, String article, String paragraph, String item) {
    }

    private static final Pattern CITE = Pattern.compile(
            "《?(?:中华人民共和国)?([^》第]+?)》?\\s*第([零〇一二三四五六七八九十百千\\d]+)条(?:之([一二三四五六七八九十]+))?"
                    + "(?:\\s*第([零〇一二三四五六七八九十\\d]+)款)?(?:\\s*第?[（(]?([零〇一二三四五六七八九十\\d]+)[）)]?项)?");

    private final StatuteReference statute;

    public Scorer(StatuteReference statute) {
        this.statute = statute == null ? StatuteReference.NONE : statute;
    }

    private static Citation split(String id) {
        String[] p = id.split("\\|", -1);
        return new Citation(p[0], p[1], p[2], p[3]);
    }

    static Citation parse(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = CITE.matcher(s.replaceAll("\\s+", ""));
        if (!m.find()) {
            return null;
        }
        String article = m.group(2) + (m.group(3) == null ? "" : "之" + m.group(3));
        return new Citation(m.group(1).strip(), article, m.group(4) == null ? "-" : m.group(4),
                m.group(5) == null ? "-" : m.group(5));
    }

    public Score score(Exercise ex, Exercise.Answer a) {
        List<Item> items = new ArrayList<>();
        Exercise.Key k = ex.key();
        items.add(provision("violated", a.violatedProvision(), k.violatedProvision(), VIOLATED, k));
        items.add(provision("penalty", a.penaltyProvision(), k.penaltyProvision(), PENALTY, k));
        items.add(circumstances(a.circumstances(), k.circumstanceCodes()));
        items.add(fine(a.fineYuan(), k));
        return new Score(a.trainee(), items.stream().mapToInt(Item::points).sum(), items);
    }

    private Item provision(String code, String given, String actual, int max, Exercise.Key k) {
        // the law library's reading first (安全生产法第30条第1款 = 《中华人民共和国安全生产法》第三十条第一款)
        var gi = statute.identify(given, k.decidedOn());
        var ci = statute.identify(actual, k.decidedOn());
        boolean library = gi.isPresent() && ci.isPresent();
        Citation g = library ? split(gi.get()) : parse(given);
        Citation c = library ? split(ci.get()) : parse(actual);
        int points;
        String verdict;
        if (g != null && g.equals(c)) {
            points = max;
            verdict = Messages.get("training.score.provision.right");
        } else if (g != null && c != null && g.law().equals(c.law()) && g.article().equals(c.article())) {
            points = max / 2;
            verdict = Messages.get("training.score.provision.article");
        } else {
            points = 0;
            verdict = Messages.get("training.score.provision.wrong");
        }
        String text = statute.articleText(actual, k.decidedOn()).map(t -> Messages.get("training.score.quote", t))
                .orElse("");
        return new Item(code, points, max, Messages.get("training.score.provision", verdict,
                given == null || given.isBlank() ? "—" : given, actual) + text);
    }

    private static Item circumstances(Set<Exercise.Circumstance> given, Set<Exercise.Circumstance> actual) {
        Set<Exercise.Circumstance> union = new HashSet<>(given);
        union.addAll(actual);
        Set<Exercise.Circumstance> both = new HashSet<>(given);
        both.retainAll(actual);
        int points = union.isEmpty() ? CIRCUMSTANCES : Math.round((float) CIRCUMSTANCES * both.size() / union.size());
        List<String> missed = actual.stream().filter(c -> !given.contains(c))
                .map(c -> Messages.get("training.circumstance." + c)).toList();
        List<String> extra = given.stream().filter(c -> !actual.contains(c))
                .map(c -> Messages.get("training.circumstance." + c)).toList();
        if (missed.isEmpty() && extra.isEmpty()) {
            // nothing missed, nothing extra: say so, not 漏选：—；多选：—
            return new Item("circumstances", points, CIRCUMSTANCES, Messages.get("fixes.training.circumstances.right"));
        }
        return new Item("circumstances", points, CIRCUMSTANCES, Messages.get("training.score.circumstances",
                missed.isEmpty() ? "—" : String.join(Messages.get("training.list.separator"), missed),
                extra.isEmpty() ? "—" : String.join(Messages.get("training.list.separator"), extra)));
    }

    private Item fine(Long given, Exercise.Key k) {
        if (given == null || k.fineYuan() == null) {
            return new Item("fine", 0, FINE, Messages.get("training.score.fine.none", k.fineYuan()));
        }
        var range = statute.statutoryRange(k.penaltyProvision(), k.circumstances(), k.decidedOn());
        var band = statute.benchmarkBand(k.penaltyProvision(), k.circumstances(), k.decidedOn());
        double off = k.fineYuan() == 0 ? (given == 0 ? 0 : 1) : Math.abs(given - k.fineYuan()) / (double) k.fineYuan();
        StringBuilder fb = new StringBuilder(Messages.get("training.score.fine.actual", given, k.fineYuan()));
        int points;
        if (range.isPresent() || band.isPresent()) {
            points = 0;
            if (range.isPresent()) {
                boolean in = range.get().contains(given);
                points += in ? 10 : 0;
                fb.append(Messages.get(in ? "training.score.fine.inRange" : "training.score.fine.outOfRange",
                        fmt(range.get()), range.get().basis()));
            }
            if (band.isPresent()) {
                boolean in = band.get().contains(given);
                points += in ? 10 : 0;
                fb.append(Messages.get(in ? "training.score.fine.inBand" : "training.score.fine.outOfBand",
                        fmt(band.get()), band.get().basis()));
            }
            points += off <= 0.1 ? 5 : off <= 0.25 ? 3 : 0;
        } else {
            points = off <= 0.1 ? FINE : off <= 0.25 ? 15 : off <= 0.5 ? 8 : 0;
            fb.append(Messages.get("training.score.fine.noLibrary"));
        }
        return new Item("fine", Math.min(points, FINE), FINE, fb.toString());
    }

    private static String fmt(StatuteReference.Range r) {
        return (r.minYuan() == null ? "0" : r.minYuan().toString()) + "–"
                + (r.maxYuan() == null ? "∞" : r.maxYuan().toString());
    }
}
