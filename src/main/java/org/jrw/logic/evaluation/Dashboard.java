package org.jrw.logic.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jrw.codec.Csv;
import org.jrw.persistence.EvaluationDao;
import org.jrw.persistence.Workspace;

/**
 * The reporting dashboard: for the workspace's cases by district and period (year of filing),
 * cases, evaluated files, 合格 and 优秀 rates; and per enforcement unit and year the typical cases
 * reported against the quota of the 92号 cadence (county every two months, city every quarter,
 * province every half year, at least one case each time: 6, 4 and 2 a year).
 */
public final class Dashboard {
    private static final Pattern COUNTY = Pattern.compile(".*(区|县|旗|县级市).*");

    /** Reporting level of a unit, with its cadence and yearly minimum under 应急厅函〔2021〕92号. */
    public enum Level {
        COUNTY("县级", "每两个月", 6), CITY("市级", "每季度", 4), PROVINCE("省级", "每半年", 2);

        public final String label;
        public final String cadence;
        public final int perYear;

        Level(String label, String cadence, int perYear) {
            this.label = label;
            this.cadence = cadence;
            this.perYear = perYear;
        }
    }

    /** The level an agency reports at, from its name (省 without 市 → province; 区/县 → county; else city). */
    public static Level levelOf(String agency) {
        if (agency == null || agency.isBlank()) {
            return Level.COUNTY;
        }
        String a = agency.replaceAll("应急管理.*$", "");
        if (a.contains("省") && !a.contains("市")) {
            return Level.PROVINCE;
        }
        if (a.contains("市") && COUNTY.matcher(a.substring(a.lastIndexOf('市') + 1)).matches()) {
            return Level.COUNTY;
        }
        if (!a.contains("市") && COUNTY.matcher(a).matches()) {
            return Level.COUNTY;
        }
        return Level.CITY;
    }

    /**
     * The 92号 reporting period of a date for a level: county every two months ({@code 2024-双月3}),
     * city every quarter ({@code 2024-Q2}), province every half year ({@code 2024-H1}).
     */
    public static String reportingPeriod(Level level, String isoDate) {
        if (isoDate == null || isoDate.length() < 7) {
            return "—";
        }
        String year = isoDate.substring(0, 4);
        int month;
        try {
            month = Integer.parseInt(isoDate.substring(5, 7));
        } catch (NumberFormatException e) {
            // no month: counted by year
            return year;
        }
        return switch (level) {
            case COUNTY -> year + "-双月" + ((month + 1) / 2);
            case CITY -> year + "-Q" + ((month + 2) / 3);
            case PROVINCE -> year + "-H" + (month <= 6 ? 1 : 2);
        };
    }

    /** One district and period. */
    public record Row(String district, String period, int cases, int evaluated, int pass, int excellent) {
        /** 合格率 among evaluated files (优秀 counts as 合格). */
        public double passRate() {
            return evaluated == 0 ? 0 : (pass + excellent) / (double) evaluated;
        }

        public double excellentRate() {
            return evaluated == 0 ? 0 : excellent / (double) evaluated;
        }
    }

    /** Typical cases of one unit in one 92号 reporting period against the quota (one per period). */
    public record Quota(String unit, Level level, String period, int reported, int drafts, int quota) {
    }

    public record Data(List<Row> rows, List<Quota> quotas) {
    }

    public static Data compute(Workspace ws) {
        var facts = ws.db().withConnection(EvaluationDao::caseFacts);
        Map<String, EvaluationDao.Row> latest = new LinkedHashMap<>();
        ws.db().withConnection(EvaluationDao::latestPerCase).forEach(r -> latest.put(r.caseId(), r));
        Map<String, EvaluationDao.TypicalRow> typical = new LinkedHashMap<>();
        ws.db().withConnection(EvaluationDao::typicals).forEach(t -> typical.put(t.caseId(), t));
        return compute(facts, latest, typical);
    }

    static Data compute(List<EvaluationDao.CaseFacts> facts, Map<String, EvaluationDao.Row> latest,
                        Map<String, EvaluationDao.TypicalRow> typical) {
        Map<String, int[]> rows = new TreeMap<>();
        Map<String, int[]> units = new TreeMap<>();
        for (EvaluationDao.CaseFacts f : facts) {
            String period = f.filedOn() == null || f.filedOn().length() < 4 ? "—" : f.filedOn().substring(0, 4);
            String district = f.district() == null || f.district().isBlank() ? "—" : f.district();
            int[] r = rows.computeIfAbsent(district + "\u0000" + period, k -> new int[4]);
            r[0]++;
            EvaluationDao.Row e = latest.get(f.caseId());
            if (e != null) {
                r[1]++;
                if ("合格".equals(e.grade())) {
                    r[2]++;
                } else if ("优秀".equals(e.grade())) {
                    r[3]++;
                }
            }
            String unit = f.agency() == null || f.agency().isBlank() ? "—" : f.agency();
            int[] u = units.computeIfAbsent(unit + "\u0000" + reportingPeriod(levelOf(unit), f.filedOn()),
                    k -> new int[2]);
            EvaluationDao.TypicalRow t = typical.get(f.caseId());
            if (t != null) {
                if ("reported".equals(t.status())) {
                    u[0]++;
                } else {
                    u[1]++;
                }
            }
        }
        List<Row> out = new ArrayList<>();
        rows.forEach((k, v) -> {
            String[] p = k.split("\u0000");
            out.add(new Row(p[0], p[1], v[0], v[1], v[2], v[3]));
        });
        List<Quota> quotas = new ArrayList<>();
        units.forEach((k, v) -> {
            String[] p = k.split("\u0000");
            Level l = levelOf(p[0]);
            quotas.add(new Quota(p[0], l, p[1], v[0], v[1], 1)); // at least one case each reporting period
        });
        return new Data(out, quotas);
    }

    /** The dashboard as CSV (UTF-8 with BOM so that spreadsheet programs read the Chinese; see {@link Csv}). */
    public static String csv(Data d) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("区县", "年度", "案件数", "已评查", "合格", "优秀", "合格率", "优秀率"));
        for (Row r : d.rows()) {
            rows.add(List.of(r.district(), r.period(), r.cases(), r.evaluated(), r.pass() + r.excellent(), r.excellent(),
                    pct(r.passRate()), pct(r.excellentRate())));
        }
        rows.add(List.of());
        rows.add(List.of("执法单位", "层级", "年度", "已报送典型案例", "草稿", "年度最低报送数（应急厅函〔2021〕92号）", "报送频次"));
        for (Quota q : d.quotas()) {
            rows.add(List.of(q.unit(), q.level().label, q.period(), q.reported(), q.drafts(), q.quota(), q.level().cadence));
        }
        return Csv.write(rows, false);
    }

    static String pct(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", v * 100);
    }

}
