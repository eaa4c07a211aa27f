package org.jrw.logic.search;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jrw.model.PrecedentRecord;

/** Values derived from a precedent record for the index: title, categories, year, date key, fine bucket. */
final class Fields {
    private static final Pattern YEAR = Pattern.compile("(19[5-9]\\d|20\\d\\d)");
    private static final Pattern DATE = Pattern.compile("(19[5-9]\\d|20\\d\\d)(?:[-年./](\\d{1,2}))?(?:[-月./](\\d{1,2}))?");
    private static final Pattern PROVINCE = Pattern.compile("^(.{2,8}?(?:省|自治区|特别行政区)|北京市|上海市|天津市|重庆市)");
    private static final Pattern CITY = Pattern.compile("^(?:.{2,8}?(?:省|自治区))?(.{2,8}?(?:市|州|盟|地区))");

    private Fields() {
    }

    /** The record's title, or one made from region, industry and the first clause of the facts. */
    static String title(PrecedentRecord r) {
        if (r.title() != null && !r.title().isBlank()) {
            return r.title().strip();
        }
        String facts = r.facts().strip();
        // clauses up to about 30 characters, at least one that says something (经12345举报核查 alone does not)
        String[] clauses = facts.split("(?<=[,，。；;])");
        StringBuilder first = new StringBuilder();
        for (String c : clauses) {
            if (first.length() >= 12) {
                break;
            }
            first.append(c);
        }
        String head = first.toString().replaceAll("[,，。；;]$", "");
        if (head.length() > 30) {
            head = head.substring(0, 30) + "…";
        }
        String place = city(r.region());
        if (place != null) {
            // 不详(某省) and the like: no bracket left open in the title, no "unknown" place
            place = place.split("[(（]", 2)[0].strip();
            if (place.isEmpty() || place.startsWith("不详")) {
                place = null;
            }
        }
        String cat = industryCategory(r.industry());
        StringBuilder sb = new StringBuilder();
        if (place != null) {
            sb.append(place);
        }
        if (cat != null) {
            sb.append(sb.length() > 0 ? "·" : "").append(cat);
        }
        return (sb.length() > 0 ? sb + "｜" : "") + head;
    }

    /** The industry's top category: the text before the first bracket or slash (工贸, 烟花爆竹 …). */
    static String industryCategory(String industry) {
        if (industry == null || industry.isBlank()) {
            return null;
        }
        String s = industry.strip().split("[(（/、]", 2)[0].strip();
        return s.isEmpty() ? industry.strip() : s;
    }

    /** The province (or municipality) the region names, or the region's own text when none. */
    static String province(String region) {
        if (region == null || region.isBlank()) {
            return null;
        }
        Matcher m = PROVINCE.matcher(region.strip());
        if (m.find()) {
            return m.group(1);
        }
        return region.strip().startsWith("不详") ? "不详" : region.strip().split("[(（]", 2)[0];
    }

    static String city(String region) {
        if (region == null || region.isBlank()) {
            return null;
        }
        Matcher m = CITY.matcher(region.strip());
        if (m.find()) {
            return m.group(1);
        }
        return province(region);
    }

    static Integer year(String date) {
        if (date == null) {
            return null;
        }
        Matcher m = YEAR.matcher(date);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** The first date in the free-text date field as yyyymmdd (missing month/day as 00), 0 when none. */
    static long dateKey(String date) {
        if (date == null) {
            return 0;
        }
        Matcher m = DATE.matcher(date);
        if (!m.find()) {
            return 0;
        }
        int y = Integer.parseInt(m.group(1));
        int mo = m.group(2) == null ? 0 : Math.min(12, Integer.parseInt(m.group(2)));
        int d = m.group(3) == null ? 0 : Math.min(31, Integer.parseInt(m.group(3)));
        return y * 10000L + mo * 100L + d;
    }

    /** The fine used for sorting and the fine facet: the unit's fine, else the person's, else -1. */
    static long fine(PrecedentRecord r) {
        if (r.penaltyUnitYuan() != null) {
            return r.penaltyUnitYuan().longValue();
        }
        if (r.penaltyPersonYuan() != null) {
            return r.penaltyPersonYuan().longValue();
        }
        return -1;
    }

    static final List<Map.Entry<Long, String>> FINE_BUCKETS = List.of(
            Map.entry(0L, "无罚款"), Map.entry(10_000L, "1万元以下"), Map.entry(30_000L, "1万–3万元"),
            Map.entry(100_000L, "3万–10万元"), Map.entry(Long.MAX_VALUE, "10万元以上"));

    static String fineBucket(long fine) {
        if (fine < 0) {
            return "不详";
        }
        if (fine == 0) {
            return "无罚款";
        }
        for (Map.Entry<Long, String> b : FINE_BUCKETS.subList(1, FINE_BUCKETS.size())) {
            if (fine <= b.getKey()) {
                return b.getValue();
            }
        }
        return "10万元以上";
    }

    static String transferred(Boolean t) {
        return t == null ? "不详" : t ? "是" : "否";
    }
}
