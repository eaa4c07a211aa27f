package org.jrw.logic.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jrw.logic.intake.Extractor.Doc;
import org.jrw.model.DocumentType;

/**
 * Reads when each document was served (split from {@link Extractor}): as a decision recounts it, as
 * the party's signature on a document served on the spot dates it, and as a delivery receipt states
 * which document it served and when.
 */
final class ServiceReader {
    private static final Pattern SERVED_IN_TEXT = Pattern.compile(
            "于\\s*(\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)[^。；]{0,12}?送达(?:了)?《([^》]{2,20})》");

    private final Extractor x;

    ServiceReader(Extractor x) {
        this.x = x;
    }

    /** A document that recounts serving another: 于2024年4月11日向你单位送达了《行政处罚告知书》. */
    void served(Doc d) {
        if (d.type() != DocumentType.PENALTY_DECISION) {
            return;
        }
        Extractor.lines(d, (p, l) -> {
            Matcher m = SERVED_IN_TEXT.matcher(l);
            while (m.find()) {
                DocumentType t = Classifier.documentType(m.group(2));
                Doc target = only(t);
                if (target != null && target != d) {
                    x.add("documents[" + target.index() + "].deliveredOn", Dates.first(m.group(1)), d, p,
                            Extractor.sentence(l, m.start()), "served.recounted");
                }
            }
        });
    }

    private static final Pattern PARTY_SIGNATURE = Pattern.compile(
            "(?:被检查单位|被复查单位|被询问单位|被询问人|当事人|受送达人|被处罚单位|被处罚人)[^：:，。]{0,10}(?:签名|签收|签字|盖章)[^：:]{0,4}[：:]");

    /**
     * A document served on the spot carries the party's signature and the day it was signed
     * (被检查单位负责人（签名）：… / 2024年3月12日): that day is its date of service. The date must follow
     * the party's signature (on its line or the next); the bureau's date above it is not taken.
     */
    void signedOnReceipt(Doc d) {
        if (d.index() < 0 || !d.type().served()) {
            return;
        }
        List<List<String>> pages = d.text().pages();
        for (int p = pages.size() - 1; p >= 0; p--) {
            List<String> ls = pages.get(p);
            for (int i = ls.size() - 1; i >= 0; i--) {
                Matcher m = PARTY_SIGNATURE.matcher(ls.get(i));
                if (!m.find()) {
                    continue;
                }
                String after = ls.get(i).substring(m.end());
                LocalDate date = Dates.first(after);
                String src = ls.get(i);
                if (date == null && i + 1 < ls.size()) {
                    String next = ls.get(i + 1).replaceAll("\\s", "");
                    List<Dates.Found> f = Dates.findAll(next);
                    if (f.size() == 1 && f.get(0).start() == 0 && f.get(0).end() == next.length()) {
                        date = f.get(0).date();
                        src = ls.get(i) + " " + ls.get(i + 1);
                    }
                }
                if (date != null) {
                    x.add("documents[" + d.index() + "].deliveredOn", date, d, p, src, "served.signedOnDocument");
                }
                return;
            }
        }
    }

    /** A delivery receipt: which document was served (by its number, else by its title) and when. */
    void receipt(Doc d) {
        String all = d.text().all();
        Doc target = null;
        String named = null; // the words naming the served document
        Matcher n = Extractor.DOC_NUMBER.matcher(all.replaceAll("[ \\t]", ""));
        while (n.find() && target == null) {
            String num = Reading.normalize(n.group(1));
            for (Reading r : x.readings()) {
                // a label run into the number (文书编号西应急罚告〔2024〕37号) is matched with it: compare the tail
                if (r.field().endsWith(".number") && !r.key().isEmpty() && num.endsWith(r.key())) {
                    int idx = Integer.parseInt(r.field().replaceAll("\\D+", " ").strip().split(" ")[0]);
                    target = x.docs().stream().filter(o -> o.index() == idx).findFirst().orElse(null);
                    named = r.value().toString();
                }
            }
        }
        if (target == null) {
            for (String l : d.text().head(8)) {
                String t = l.replaceAll("\\s", "");
                if (t.matches(".*(送达回执|送达回证)$")) {
                    continue;
                }
                DocumentType type = Classifier.documentType(t);
                if (type != null && type != DocumentType.DELIVERY_RECEIPT) {
                    target = only(type);
                    named = l;
                    break;
                }
            }
        }
        if (target == null) {
            return;
        }
        if (d.index() >= 0) {
            String line = named;
            for (String l : all.split("\n")) {
                if (named != null && l.replaceAll("\\s", "").contains(named.replaceAll("\\s", ""))) {
                    line = l;
                    break;
                }
            }
            x.add("documents[" + d.index() + "].states.servedDocument", target.index(), d, 0, line == null ? "" : line,
                    "served.document");
        }
        List<List<String>> pages = d.text().pages();
        for (int p = 0; p < pages.size(); p++) {
            List<String> ls = pages.get(p);
            for (int i = 0; i < ls.size(); i++) {
                Matcher m = Pattern.compile("送达(时间|日期)").matcher(ls.get(i));
                if (m.find()) {
                    String rest = ls.get(i).substring(m.end()) + (i + 1 < ls.size() ? " " + ls.get(i + 1) : "");
                    LocalDate date = Dates.first(rest.length() > 60 ? rest.substring(0, 60) : rest);
                    if (date != null) {
                        x.add("documents[" + target.index() + "].deliveredOn", date, d, p, ls.get(i), "served.receipt");
                        return;
                    }
                }
            }
        }
    }

    /** The one document of a type, or null when there is none or several. */
    private Doc only(DocumentType t) {
        if (t == null) {
            return null;
        }
        List<Doc> ds = x.docs().stream().filter(o -> o.type() == t && o.index() >= 0).toList();
        return ds.size() == 1 ? ds.get(0) : null;
    }
}
