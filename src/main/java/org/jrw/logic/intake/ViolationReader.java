package org.jrw.logic.intake;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jrw.logic.intake.Extractor.Doc;
import org.jrw.model.DocumentType;

/**
 * Reads one document's violation (split from {@link Extractor}): the facts, the violated provisions
 * and the penalty basis, the fine of each party and the other measures, the circumstances; each
 * value added as a reading with its source through the extractor.
 */
final class ViolationReader {
    private static final String V = "violations[0].";
    private static final Pattern VIOLATED = Pattern.compile("违反了?((?:《[^》]{2,40}》[^《。；]*?)+?)(?:之|的)?规定");
    private static final Pattern BASIS = Pattern.compile("(?:依据|依照|根据|按照)((?:《[^》]{2,40}》[^《。；]*?)+?)(?:之|的)?规定");
    /** A line that is only a cited provision and its quoted text: 《…法》第三十六条第一款规定：…. */
    private static final Pattern CITED_LINE = Pattern.compile(
            "^((?:《[^》]{2,40}》(?:[（(][^）)]{1,20}[）)])?第[^：:“\"。，,]{1,30}?)+)(?:规定)?[：:“\"]");

    private final Extractor x;
    private final Doc d;
    private final List<String> names;
    private final boolean[] fineDone = new boolean[PartyBlock.MAX_PARTIES];
    private final Set<String> mitigating = new LinkedHashSet<>();
    /** The violated provisions, possibly one per line after the 违反 sentence (each quoted). */
    private final List<String> violated = new ArrayList<>();
    private int violatedPage;
    private String violatedSentence;
    private boolean factsDone;
    private boolean violatedDone;
    private boolean violatedOpen;
    private boolean basisDone;

    ViolationReader(Extractor x, Doc d) {
        this.x = x;
        this.d = d;
        this.names = PartyReader.partyNames(d);
    }

    /** Facts, provisions, the fine and other measures, circumstances. */
    void read() {
        Extractor.lines(d, this::line);
        if (!violated.isEmpty()) {
            x.add(V + "violatedProvision", String.join("、", violated), d, violatedPage,
                    violatedSentence, violated.size() > 1 ? "violation.violated.lines" : "violation.violated");
        }
        if (!mitigating.isEmpty()) {
            x.addReading(new Reading(V + "circumstances.mitigating", List.copyOf(mitigating),
                    mitigatingSource(), d.type(), "circumstances.mitigating"));
        }
    }

    private void line(int p, String l) {
        String t = l.strip();
        if (violatedOpen) {
            Matcher more = CITED_LINE.matcher(t);
            if (more.find()) {
                String prov = PenaltyClauses.provisions(more.group(1), false);
                if (!prov.isEmpty()) {
                    violated.add(prov);
                    return;
                }
            }
            violatedOpen = false;
        }
        if (!factsDone && t.matches("^(经查|现查明|经调查|调查查明)[，,：:].*")) {
            facts(p, l, t);
        }
        for (String s : Extractor.sentences(t)) {
            if (!violatedDone) {
                violated(p, s);
            }
            if (!basisDone && imposing(s)) {
                basis(p, s);
            }
            fines(p, s);
            circumstances(p, s);
        }
    }

    private void facts(int p, String l, String t) {
        String f = t.replaceFirst("^(经查|现查明|经调查|调查查明)[，,：:]\\s*", "");
        int cut = f.indexOf("以上事实");
        if (cut < 0) {
            cut = f.indexOf("上述事实");
        }
        f = cut > 0 ? f.substring(0, cut) : f;
        if (f.length() >= 8 && (d.type() == DocumentType.PENALTY_DECISION || d.type() == DocumentType.PENALTY_NOTICE)) {
            x.add(V + "facts", f.strip(), d, p, l, "violation.facts");
            factsDone = true;
        }
    }

    private void violated(int p, String s) {
        Matcher m = VIOLATED.matcher(s);
        if (m.find()) {
            String prov = PenaltyClauses.provisions(m.group(1), false);
            if (!prov.isEmpty()) {
                violated.add(prov);
                violatedPage = p;
                violatedSentence = s;
                violatedDone = true;
                // a provision quoted after a colon: the next lines may cite more, one each
                violatedOpen = s.substring(m.start()).matches("(?s).*《[^》]+》[^：:“\"。]*[：:].*");
            }
        }
    }

    private static boolean imposing(String s) {
        return (s.matches(".*(决定|给予|处以|作出|拟|建议|处罚如下|并处|处罚款).*") || PenaltyClauses.IMPOSED_AMOUNT.matcher(s).find())
                && !s.matches(".*(陈述|申辩|听证|复议|诉讼|加处|强制执行|缴纳罚款).*");
    }

    private void basis(int p, String s) {
        Matcher m = BASIS.matcher(s);
        List<String> parts = new ArrayList<>();
        while (m.find()) {
            String prov = PenaltyClauses.provisions(m.group(1), true);
            if (!prov.isEmpty()) {
                parts.add(prov);
            }
        }
        if (!parts.isEmpty()) {
            x.add(V + "penaltyProvision", String.join("、", parts), d, p, s, "violation.basis");
            basisDone = true;
        }
    }

    /** The document's own fine (party 0) with its confiscation and measures; other parties' fines. */
    private void fines(int p, String s) {
        String own = null;
        for (String[] wc : PenaltyClauses.fineClauses(d.type(), s, names)) {
            int who = Integer.parseInt(wc[0]);
            if (who == 0) {
                own = own == null ? wc[1] : own;
            } else if (!fineDone[who]) {
                // a fine on another party of the decision (the unit's responsible person)
                Long other = PenaltyClauses.fineOf(wc[1]);
                if (other != null) {
                    x.add("violations[" + who + "].proposed.fineYuan", other, d, p, wc[1], "fine.party." + d.type().name());
                    fineDone[who] = true;
                }
            }
        }
        if (fineDone[0] || own == null) {
            return;
        }
        Long fine = PenaltyClauses.fineOf(own);
        if (fine == null) {
            return;
        }
        x.add("documents[" + d.index() + "].states.fineYuan", fine, d, p, s, "fine.stated");
        x.add(V + "proposed.fineYuan", fine, d, p, s, "fine." + d.type().name());
        fineDone[0] = true;
        Matcher conf = Pattern.compile("没收违法所得(?:人民币)?").matcher(s);
        if (conf.find()) {
            long c = Money.parse(s.substring(conf.end()));
            if (c >= 0) {
                x.add(V + "proposed.confiscationYuan", c, d, p, s, "confiscation");
            }
        }
        List<String> other = PenaltyClauses.measures(s);
        if (!other.isEmpty()) {
            x.add(V + "proposed.other", other, d, p, s, "measures");
        }
    }

    private Reading.Source mitigatingSource() {
        for (Reading r : x.readings()) {
            if (r.rule().startsWith("circumstances.") && r.source().file().equals(d.file())) {
                return r.source();
            }
        }
        return new Reading.Source(d.file(), d.text().pageNumber(0), "");
    }

    private static final String[][] MITIGATING = {
            {"主动消除违法行为危害后果", "主动消除(或者减轻)?(了)?违法行为(的)?危害后果"},
            {"按期完成整改", "按期(完成)?整改|按要求完成整改|及时整改到位"},
            {"初次违法", "初次违法|首次违法"},
            {"配合行政机关查处违法行为有立功表现", "配合.{0,8}查处.{0,6}立功"},
            {"如实陈述", "如实陈述"}};

    private void circumstances(int p, String s) {
        String v = "violations[0].circumstances.";
        if (s.matches(".*(初次违法|首次违法).*")) {
            x.add(v + "firstOffence", Boolean.TRUE, d, p, s, "circumstances.firstOffence");
        }
        if (s.matches(".*(按期(完成)?整改|及时(改正|整改)|已(经)?整改(完毕|到位)|按要求完成整改).*")
                && !s.matches(".*(未|没有)(按期|及时).*")) {
            x.add(v + "correctedInTime", Boolean.TRUE, d, p, s, "circumstances.correctedInTime");
        }
        if (s.matches(".*(逾期未(改正|整改)|拒不(改正|整改)|逾期仍未).*")) {
            x.add(v + "uncorrectedAfterDeadline", Boolean.TRUE, d, p, s, "circumstances.uncorrected");
        }
        if (s.matches(".*未造成.{0,6}(后果|事故|损失|伤亡).*")) {
            x.add(v + "harmfulConsequence", Boolean.FALSE, d, p, s, "circumstances.noHarm");
        } else if (s.matches(".*造成.{0,10}(死亡|受伤|重伤|直接经济损失|生产安全事故).*")) {
            x.add(v + "harmfulConsequence", Boolean.TRUE, d, p, s, "circumstances.harm");
        }
        for (String[] m : MITIGATING) {
            if (Pattern.compile(m[1]).matcher(s).find() && !s.matches(".*(不属于|不予|未能|没有).*" + m[0].substring(0, 2) + ".*")) {
                mitigating.add(m[0]);
            }
        }
    }
}
