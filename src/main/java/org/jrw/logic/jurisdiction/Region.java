package org.jrw.logic.jurisdiction;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jrw.model.CaseInfo;

/**
 * A place as the administrative divisions name it: province (省、自治区, or one of the four
 * municipalities), city (市、自治州、地区、盟) and county (区、县、旗、县级市), each null when not
 * named. The empty region is the whole country (全国). A rule source's region {@link #covers} a
 * case's place when every level the source names is the place's: 全国 covers every place;
 * 陕西省 covers 陕西省西安市雁塔区; 西安市 covers 雁塔区 of 西安市.
 */
public record Region(String province, String city, String county) {
    public static final Region NATIONAL = new Region(null, null, null);
    private static final List<String> MUNICIPALITIES = List.of("北京市", "天津市", "上海市", "重庆市");
    private static final Pattern PROVINCE = Pattern.compile("^(\\p{IsHan}{2,8}?(?:省|自治区|特别行政区))");
    private static final Pattern CITY = Pattern.compile("^(\\p{IsHan}{1,8}?(?:自治州|地区|盟|市))");
    private static final Pattern COUNTY = Pattern.compile("^(\\p{IsHan}{1,8}?(?:自治县|区|县|旗|市))");
    private static final List<String> NATIONAL_NAMES = List.of("", "全国", "国家", "中华人民共和国", "national");

    /**
     * Reads a region from text such as {@code 陕西省西安市雁塔区}, {@code 西安市应急管理局} or
     * {@code 全国}: the leading division names, in order; whatever follows (an agency's name) is ignored.
     */
    public static Region parse(String text) {
        String s = text == null ? "" : text.strip().replaceAll("\\s+", "");
        if (NATIONAL_NAMES.contains(s)) {
            return NATIONAL;
        }
        String province = null;
        String city = null;
        String county = null;
        for (String m : MUNICIPALITIES) {
            if (s.startsWith(m)) {
                province = m;
                s = s.substring(m.length());
                break;
            }
        }
        if (province == null) {
            Matcher p = PROVINCE.matcher(s);
            if (p.find()) {
                province = p.group(1);
                s = s.substring(p.end());
            }
        }
        if (province == null || !MUNICIPALITIES.contains(province)) {
            Matcher c = CITY.matcher(s);
            if (c.find() && !startsAgency(c.group(1))) {
                city = c.group(1);
                s = s.substring(c.end());
            }
        }
        Matcher k = COUNTY.matcher(s);
        if (k.find() && !startsAgency(k.group(1))) {
            county = k.group(1);
        }
        return new Region(province, city, county);
    }

    /** Division-like words that begin an agency's name rather than a place (应急管理局 has no 区). */
    private static boolean startsAgency(String match) {
        return match.startsWith("应急") || match.startsWith("安全") || match.startsWith("人民") || match.contains("管理");
    }

    /**
     * Where a case's agency sits: its agency and district as written, completed by the workspace's
     * jurisdiction when the case names no province (a 西安市 agency in a 陕西省西安市雁塔区
     * workspace is in 陕西省), or names nothing at all.
     */
    public static Region ofCase(CaseInfo c, Region workspace) {
        Region ws = workspace == null ? NATIONAL : workspace;
        Region agency = parse(c == null ? null : c.agency());
        Region district = parse(c == null ? null : c.district());
        String province = first(agency.province, district.province);
        String city = first(agency.city, district.city);
        String county = first(agency.county, district.county);
        if (province == null && city == null && county == null) {
            return ws;
        }
        if (province == null && (city == null || city.equals(ws.city))) {
            province = ws.province;
            if (city == null && county != null && county.equals(ws.county)) {
                city = ws.city;
            } else if (city == null && county == null) {
                city = ws.city;
            } else if (city == null && ws.city != null && ws.county == null) {
                city = ws.city;
            }
        }
        return new Region(province, city, county);
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    public boolean national() {
        return province == null && city == null && county == null;
    }

    /** Whether a rule binding this region applies to a case at {@code place}. */
    public boolean covers(Region place) {
        if (national()) {
            return true;
        }
        if (place == null) {
            return false;
        }
        return (province == null || Objects.equals(province, place.province))
                && (city == null || Objects.equals(city, place.city))
                && (county == null || Objects.equals(county, place.county));
    }

    /** How specific the region is: 0 全国, 1 province, 2 city, 3 county. */
    public int level() {
        return county != null ? 3 : city != null ? 2 : province != null ? 1 : 0;
    }

    /** The region as written (全国 for the whole country). */
    public String label() {
        if (national()) {
            return "全国";
        }
        List<String> parts = new ArrayList<>();
        for (String p : new String[] {province, city, county}) {
            if (p != null) {
                parts.add(p);
            }
        }
        return String.join("", parts);
    }

    @Override
    public String toString() {
        return label();
    }
}
