package org.jrw.logic.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jrw.model.DocumentType;

/**
 * What a document states about the procedure ({@code documents[i].states}), read from its own
 * wording: the deadline a rectification order sets (于…前整改完毕 → {@code rectifyBy}), whether a
 * recheck found the problems rectified (整改合格 → {@code rectified}) and the amount a payment
 * receipt records ({@code paidYuan}). Each value's source is the sentence it was read from; a
 * document that does not say it gives nothing.
 */
final class StatesReader {
    private StatesReader() {
    }

    private static final String DATE = "((?:\\d{4}|[〇○零一二三四五六七八九]{4})\\s*年\\s*[0-9一二三四五六七八九十]{1,3}\\s*月\\s*[0-9一二三四五六七八九十]{1,3}\\s*日)";
    private static final Pattern RECTIFY_BY = Pattern.compile(
            "(?:于|在|限于|限在)\\s*" + DATE + "\\s*(?:之?前|以前)[^。；]{0,8}?(?:整改完毕|完成整改|整改到位|改正完毕|予以改正|改正)");
    private static final Pattern NOT_RECTIFIED = Pattern.compile("(?:未|没有|尚未)(?:按期|按要求|按照要求)?(?:完成)?整改|整改不合格|整改不到位|仍未改正");
    private static final Pattern RECTIFIED = Pattern.compile("整改合格|已(?:经)?(?:按期)?整改完毕|已(?:按期)?完成整改|已整改到位|已改正");
    private static final Pattern UPPER = Pattern.compile("[零壹贰叁肆伍陆柒捌玖拾佰仟万萬亿]{2,}[元圆](?:[零壹贰叁肆伍陆柒捌玖]角)?(?:[零壹贰叁肆伍陆柒捌玖]分)?整?");
    private static final Pattern FIGURE = Pattern.compile("(?:金额|实缴金额|缴款金额)[^0-9。]{0,12}?(\\d[\\d,]*(?:\\.\\d{1,2})?)\\s*元");

    /** The order's own command: 现责令你单位…整改 (not a mention of an order in another document). */
    private static final Pattern ORDERS_CORRECTION = Pattern.compile("责令[^。；]{0,40}?(?:整改|改正)");

    /** The measure a rectification order imposes, as the manifest's proposed.other names it. */
    static final String CORRECTION = "责令限期改正";

    static List<Reading> read(List<Extractor.Doc> docs) {
        List<Reading> out = new ArrayList<>();
        for (Extractor.Doc d : docs) {
            if (d.text() == null || d.text().isBlank()) {
                continue;
            }
            String field = "documents[" + d.index() + "].states.";
            String all = d.text().all().replace("\n", "");
            switch (d.type()) {
                case RECTIFICATION_ORDER -> {
                    Matcher m = RECTIFY_BY.matcher(all);
                    if (m.find()) {
                        LocalDate by = Dates.first(m.group(1));
                        add(out, d, field + "rectifyBy", by, sentence(all, m.start()));
                    }
                    Matcher c = ORDERS_CORRECTION.matcher(all);
                    if (c.find()) {
                        add(out, d, "violations[0].proposed.correction", CORRECTION, sentence(all, c.start()));
                    }
                }
                case RECHECK_OPINION -> {
                    for (String s : all.split("(?<=[。；])")) {
                        if (NOT_RECTIFIED.matcher(s).find() && !s.contains("逾期")) {
                            add(out, d, field + "rectified", Boolean.FALSE, s);
                            break;
                        }
                        if (RECTIFIED.matcher(s).find()) {
                            add(out, d, field + "rectified", Boolean.TRUE, s);
                            break;
                        }
                    }
                }
                case PAYMENT_RECEIPT -> {
                    String flat = all.replaceAll("\\s", "");
                    Matcher u = UPPER.matcher(flat);
                    Matcher f = FIGURE.matcher(flat);
                    long yuan = -1;
                    String src = null;
                    if (u.find()) {
                        yuan = Money.parse(u.group());
                        src = u.group();
                    }
                    if (yuan < 0 && f.find()) {
                        yuan = Money.parse(f.group(1).replace(",", "") + "元");
                        src = f.group();
                    }
                    if (yuan > 0) {
                        add(out, d, field + "paidYuan", yuan, line(d, src));
                    }
                }
                default -> {
                }
            }
        }
        return out;
    }

    private static void add(List<Reading> out, Extractor.Doc d, String field, Object value, String text) {
        if (value != null) {
            out.add(new Reading(field, value, new Reading.Source(d.file(), d.text().pageNumber(0), text.strip()), d.type(),
                    "states"));
        }
    }

    /** The sentence of {@code all} around {@code pos}. */
    private static String sentence(String all, int pos) {
        int s = pos;
        while (s > 0 && "。；".indexOf(all.charAt(s - 1)) < 0) {
            s--;
        }
        int e = pos;
        while (e < all.length() && "。；".indexOf(all.charAt(e)) < 0) {
            e++;
        }
        return all.substring(s, Math.min(all.length(), e + 1));
    }

    /** The printed line holding {@code value} (blanks ignored), else the value itself. */
    private static String line(Extractor.Doc d, String value) {
        for (List<String> p : d.text().pages()) {
            for (String l : p) {
                if (l.replaceAll("\\s", "").contains(value)) {
                    return l;
                }
            }
        }
        return value;
    }
}
