package org.jrw.logic.training;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jrw.logic.dossier.Identifiers;
import org.jrw.logic.privacy.Surnames;
import static org.jrw.logic.training.ScrubberPatterns.*;

/**
 * The pseudonym table of one anonymisation and the text detectors that fill it. Every identifier
 * found (names of units and persons, 统一社会信用代码, 公民身份号码, telephone, account and certificate
 * numbers, addresses, licence plates, place names of the case, case and document numbers) gets one
 * pseudonym, used wherever the identifier occurs, so the case study stays consistent. Generated
 * codes are valid in their own right (check characters computed with {@link Identifiers}).
 *
 * <p>Use: {@code register…} the identifiers the manifest names, {@link #discover} every text of
 * the dossier (manifest strings, PDF text, file names), then {@link #spans}/{@link #apply}.
 */
public final class Scrubber {
    // the pseudonym table; its patterns are in ScrubberPatterns, finding and applying replacements in PseudonymRewriter
    /** What an identifier is; used in messages and in the leak report. */
    public enum Kind { UNIT, TRADE_NAME, PERSON, CREDIT_CODE, ID_NUMBER, NUMBER, PHONE, ADDRESS, PLATE, PLACE, DOC_NUMBER,
        EMAIL, ONLINE_ID }

    /** A replacement at {@code [start, end)} of a text. */
    public record Span(int start, int end, String original, String replacement) {
    }

    /** An original identifier and its pseudonym. */
    public record Entry(String original, String pseudonym, Kind kind) {
    }

    private final Map<String, Entry> table = new LinkedHashMap<>();
    private final PseudonymRewriter rewriter;
    private final PlaceDiscovery placeDiscovery = new PlaceDiscovery(this);
    private final PersonFinder personFinder = new PersonFinder();
    private final Surnames surnames = Surnames.get();
    private int nextEmail = 1;
    private final Set<String> pseudonyms = new HashSet<>();
    private final Set<String> protectedTexts = new HashSet<>();
    private final Random random;
    private final int shiftDays;
    private final Set<Character> usedSurnames = new HashSet<>();
    private int nextSurname;
    private int nextUnit;
    private int nextRoad = 1;
    private int nextDocSerial;
    private String caseAbbreviation;
    private final IdentifierDiscovery discovery;

    public Scrubber(long seed, int shiftDays) {
        this.random = new Random(seed);
        this.shiftDays = shiftDays;
        this.rewriter = new PseudonymRewriter(table, shiftDays);
        this.nextDocSerial = 1 + random.nextInt(80);
        this.discovery = new IdentifierDiscovery(this, table, pseudonyms, derivedForms, placeDiscovery, personFinder, surnames);
    }

    static boolean isHan(int c) {
        return Surnames.isHan(c);
    }

    public int shiftDays() {
        return shiftDays;
    }

    /** Every identifier found so far, in order of discovery. */
    public List<Entry> entries() {
        return List.copyOf(table.values());
    }

    public boolean isPseudonym(String s) {
        return pseudonyms.contains(s);
    }

    /** The pseudonyms written so far that have at least {@code length} characters. */
    public List<String> pseudonymsOfAtLeast(int length) {
        return pseudonyms.stream().filter(p -> p.length() >= length).toList();
    }

    /** Text that must stay as it is (e.g. provisions): candidates inside it are not identifiers. */
    public void protect(String text) {
        if (text != null && !text.isBlank()) {
            protectedTexts.add(text);
        }
    }

    // --------------------------------------------------------------------------------- registering

    private String put(String original, Kind kind, java.util.function.Supplier<String> gen) {
        if (original == null || original.isBlank()) {
            return original;
        }
        Entry e = table.get(original);
        if (e != null) {
            return e.pseudonym();
        }
        if (pseudonyms.contains(original)) {
            return original;
        }
        String p = null;
        for (int i = 0; i < 50; i++) {
            String c = gen.get();
            if (!c.equals(original) && !table.containsKey(c) && !containsOriginal(c)) {
                p = c;
                break;
            }
        }
        if (p == null) {
            p = "某" + kind.ordinal() + "-" + table.size();
        }
        table.put(original, new Entry(original, p, kind));
        pseudonyms.add(p);
        return p;
    }

    private boolean containsOriginal(String candidate) {
        for (String o : table.keySet()) {
            if (o.length() >= 2 && candidate.contains(o)) {
                return true;
            }
        }
        return false;
    }

    boolean isProtected(String candidate) {
        if (NOT_NAMES.contains(candidate)) {
            return true;
        }
        for (String p : protectedTexts) {
            if (p.contains(candidate)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Protects a text (a stated circumstance) unless it seems to name someone: then its names must go,
     * and the substance check compares the circumstances by their flags and counts.
     */
    public void protectUnlessNamed(String text) {
        if (text != null && personFinder.find(text).isEmpty() && !MOU_NAME.matcher(text).find() && spans(text).isEmpty()) {
            protect(text);
        }
    }

    /** Reserves the surnames of the case's real persons, so that no pseudonym shares one. */
    public void reserveSurname(String name) {
        if (name != null && !name.isBlank()) {
            usedSurnames.add(name.charAt(0));
        }
    }

    /** Reserves the surnames of every name a text seems to mention (call on all texts before registering). */
    public void prescan(String text) {
        if (text == null) {
            return;
        }
        Matcher m = MOU_NAME.matcher(text);
        while (m.find()) {
            usedSurnames.add(m.group(1).charAt(0));
        }
        m = LABELLED_NAME.matcher(text);
        while (m.find()) {
            usedSurnames.add(m.group(1).charAt(0));
        }
        for (PersonFinder.Found f : personFinder.find(text)) {
            usedSurnames.add(f.name().charAt(0));
        }
    }

    /** Given names that are also everyday words of enforcement texts: never replaced on their own. */
    static final Set<String> COMMON_GIVEN_WORDS = Set.of("建设", "发展", "人民", "群众", "卫生", "明确", "稳定", "先进",
            "创新", "科技", "团结", "前进", "平安", "安全", "光明", "和平", "文明", "国家", "中华", "华夏", "新华", "东方",
            "长江", "黄河", "胜利", "成功", "立新", "和谐", "进步", "利民", "为民", "国庆", "春节", "振兴", "兴旺", "富强",
            "民主", "法治", "诚信", "友善", "永久", "长城", "红星", "生产", "经营", "管理", "作业", "检查", "整改", "处罚",
            "电焊", "焊接", "特种", "应急", "消防", "工贸", "危化", "烟花", "爆竹", "粉尘", "有限", "空间", "车间", "仓库",
            "现场", "员工", "工人", "企业", "单位", "公司", "法人", "代表", "负责", "主要", "罚款", "警告", "责令", "改正");

    private final Set<String> derivedForms = new HashSet<>();

    /**
     * A person's name. Besides the full name, the given name alone is replaced (建国 for 刘建国) when it
     * has two characters, is no everyday word, does not occur inside protected text and belongs to
     * no one else; the same pseudonym stands for both.
     */
    public String person(String name) {
        if (name == null || name.isBlank() || name.length() > 8) {
            return name;
        }
        String p = person0(name);
        givenNameAlias(name, p);
        return p;
    }

    private void givenNameAlias(String name, String pseudo) {
        if (name.indexOf('某') >= 0 || pseudonyms.contains(name)) {
            return;
        }
        String sn = surnames.surnameOf(name);
        if (sn == null) {
            return;
        }
        String given = name.substring(sn.length());
        if (given.length() != 2 || !given.chars().allMatch(Scrubber::isHan) || COMMON_GIVEN_WORDS.contains(given)
                || PersonFinder.isCommonWord(given) || isProtected(given) || table.containsKey(given)
                || pseudonyms.contains(given)) {
            return;
        }
        table.put(given, new Entry(given, pseudo, Kind.PERSON));
        derivedForms.add(given);
    }

    private String person0(String name) {
        reserveSurname(name);
        return put(name, Kind.PERSON, () -> {
            while (nextSurname < PSEUDONYM_SURNAMES.length()) {
                char c = PSEUDONYM_SURNAMES.charAt(nextSurname++);
                if (!usedSurnames.contains(c) && AMBIGUOUS_SURNAMES.indexOf(c) < 0) {
                    return c + "某";
                }
            }
            return "某" + UNIT_LETTERS.charAt(random.nextInt(UNIT_LETTERS.length())) + (table.size() + 1);
        });
    }

    /** A unit's name; its short forms (without the place, the trade name) are registered as well. */
    public String unit(String name, Set<String> places) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String industry = "";
        int best = -1;
        for (String w : INDUSTRY_WORDS) {
            int i = name.lastIndexOf(w);
            if (i > best) {
                best = i;
            }
        }
        Matcher suffix = COMPANY_SUFFIX.matcher(name);
        int sfx = -1;
        String form = "";
        while (suffix.find()) {
            sfx = suffix.start();
            form = suffix.group();
        }
        if (best >= 0 && (sfx < 0 || best < sfx)) {
            industry = name.substring(best, sfx < 0 ? name.length() : sfx);
            if (industry.length() > 4) {
                industry = industry.substring(0, 4);
            }
        }
        String tail = industry + form;
        String letter = nextUnit < UNIT_LETTERS.length() ? String.valueOf(UNIT_LETTERS.charAt(nextUnit))
                : "第" + (nextUnit + 1);
        boolean known = table.containsKey(name);
        String pseudo = put(name, Kind.UNIT, () -> letter + (tail.isEmpty() ? "单位" : tail));
        if (!known) {
            nextUnit++;
        }
        // short forms: without the place prefix, and the trade name (字号)
        String rest = stripPlaces(name, places);
        if (!rest.equals(name) && rest.length() >= 4) {
            table.putIfAbsent(rest, new Entry(rest, pseudo, Kind.UNIT));
        }
        int end = best >= 0 ? best : sfx;
        if (end > 0) {
            String trade = stripPlaces(name.substring(0, end), places);
            if (trade.length() >= 2 && !trade.replace("某", "").isEmpty() && !isProtected(trade)) {
                String p = pseudo.substring(0, 1);
                table.putIfAbsent(trade, new Entry(trade, p, Kind.TRADE_NAME));
            }
        }
        return pseudo;
    }

    static String stripPlaces(String s, Set<String> places) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String p : places) {
                if (s.startsWith(p) && s.length() > p.length()) {
                    s = s.substring(p.length());
                    changed = true;
                }
            }
        }
        return s;
    }

    /** A place of the case (city, district): {@code 西安市} → {@code 某市}; the bare name too. */
    public void place(String place) {
        if (place == null || place.length() < 2) {
            return;
        }
        char suffix = place.charAt(place.length() - 1);
        if ("省市区县州盟旗镇乡".indexOf(suffix) >= 0 && place.length() >= 3) {
            table.putIfAbsent(place, new Entry(place, "某" + suffix, Kind.PLACE));
            String bare = place.substring(0, place.length() - 1);
            if (bare.length() >= 2 && !Set.of("高新", "新城", "城关", "开发", "经开", "新区", "中心", "城区", "郊区",
                    "矿区", "市中", "市辖", "高新技术").contains(bare)) {
                table.putIfAbsent(bare, new Entry(bare, "某地", Kind.PLACE));
            }
        }
    }

    public String address(String address) {
        if (address == null || address.isBlank()) {
            return address;
        }
        return put(address, Kind.ADDRESS, () -> "某区某路" + (nextRoad++) + "号");
    }

    public String creditCode(String code) {
        return put(code, Kind.CREDIT_CODE, () -> {
            if (!Identifiers.isValidCreditCode(code)) {
                return scrambleDigits(code, 2);
            }
            String head = code.substring(0, 2) + FAKE_DIVISIONS.get(random.nextInt(FAKE_DIVISIONS.size()));
            StringBuilder org = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                org.append(i < 2 ? "MA".charAt(i) : Identifiers.CREDIT_ALPHABET.charAt(random.nextInt(10)));
            }
            String org9 = org.toString() + Identifiers.orgCodeCheckChar(org.toString());
            String first17 = head + org9;
            return first17 + Identifiers.creditCodeCheckChar(first17);
        });
    }

    public String idNumber(String id) {
        return put(id, Kind.ID_NUMBER, () -> {
            if (!Identifiers.isValidIdNumber(id)) {
                return scrambleDigits(id, 0);
            }
            LocalDate birth = Identifiers.birthDate(id);
            LocalDate pseudoBirth = LocalDate.of(birth.getYear(), 1 + random.nextInt(12), 1 + random.nextInt(28));
            int seq = random.nextInt(500) * 2 + (Identifiers.isMale(id) ? 1 : 0);
            String first17 = FAKE_DIVISIONS.get(random.nextInt(FAKE_DIVISIONS.size()))
                    + String.format("%04d%02d%02d", pseudoBirth.getYear(), pseudoBirth.getMonthValue(),
                    pseudoBirth.getDayOfMonth()) + String.format("%03d", seq);
            // a deliberately wrong check digit (GB 11643): the pseudonym can never be a real person's
            return first17 + Identifiers.pseudonymIdCheckChar(first17);
        });
    }

    /** Phone, account, certificate and other long numbers (masked ones too): digits replaced. */
    public String number(String n, Kind kind) {
        int keep = n.length() == 11 && n.charAt(0) == '1' ? 3 : 1;
        return put(n, kind, () -> scrambleDigits(n, keep));
    }

    public String plate(String plate) {
        return put(plate, Kind.PLATE, () -> {
            StringBuilder sb = new StringBuilder("某A·");
            String letters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
            sb.append(letters.charAt(random.nextInt(letters.length())));
            for (int i = 0; i < 4; i++) {
                sb.append((char) ('0' + random.nextInt(10)));
            }
            return sb.toString();
        });
    }

    /**
     * A case or document number of this case ({@code 西应急罚〔2024〕37号}): the place abbreviation
     * becomes 某, the serial a pseudonymous serial (the same original serial always the same).
     */
    public void caseNumber(String caseNumber) {
        if (caseNumber == null) {
            return;
        }
        Matcher m = Pattern.compile("^([\\u4e00-\\u9fa5]{1,4}?)(应急|安监)").matcher(caseNumber);
        if (m.find()) {
            caseAbbreviation = m.group(1);
        }
        documentNumber(caseNumber);
    }

    public void documentNumber(String number) {
        if (number == null || number.isBlank()) {
            return;
        }
        Matcher m = Pattern.compile("^(.*?)〔(\\d{4})〕(\\d+)号$").matcher(number);
        if (!m.matches()) {
            put(number, Kind.DOC_NUMBER, () -> "某文号" + (nextDocSerial++));
            return;
        }
        String prefix = m.group(1);
        if (caseAbbreviation != null && prefix.startsWith(caseAbbreviation)) {
            prefix = "某" + prefix.substring(caseAbbreviation.length());
        } else if (!prefix.startsWith("某")) {
            prefix = "某" + prefix;
        }
        String serial = put("〔" + m.group(2) + "〕" + m.group(3) + "号#serial", Kind.DOC_NUMBER,
                () -> String.valueOf(nextDocSerial++));
        int year = Integer.parseInt(m.group(2));
        int shiftedYear = LocalDate.of(year, 7, 1).plusDays(shiftDays).getYear();
        String p = prefix + "〔" + shiftedYear + "〕" + serial + "号";
        put(number, Kind.DOC_NUMBER, () -> p);
    }

    private String scrambleDigits(String s, int keep) {
        StringBuilder sb = new StringBuilder(s.length());
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) {
                digits++;
                sb.append(digits <= keep ? c : (char) ('0' + random.nextInt(10)));
            } else if (Character.isLetter(c) && c != 'X' && c != 'x') {
                sb.append(Identifiers.CREDIT_ALPHABET.charAt(10 + random.nextInt(21)));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    // --------------------------------------------------------------------------------- discovery

    /** Finds identifiers in a text by pattern and registers them. */
    public void discover(String text) {
        discovery.discover(text);
    }

    /** The second pass, once every person is known: see {@link IdentifierDiscovery#discoverForms}. */
    public void discoverForms(String text) {
        discovery.discoverForms(text);
    }

    /** The case's abbreviation in its document numbers (西应急罚… → 西), or null before the case number is known. */
    String caseAbbreviation() {
        return caseAbbreviation;
    }

    private String chainPseudonym(String addr) {
        Matcher u = CHAIN_UNIT.matcher(addr);
        StringBuilder sb = new StringBuilder();
        int pos = 0;
        while (u.find()) {
            String name = addr.substring(pos, u.start());
            if (name.chars().allMatch(Character::isDigit) || name.matches("[一二三四五六七八九十]+")) {
                sb.append(name.isEmpty() ? "" : String.valueOf(1 + random.nextInt(9)));
            } else if (!name.isEmpty()) {
                sb.append("某");
            }
            sb.append(u.group());
            pos = u.end();
        }
        sb.append(addr.substring(pos));
        return sb.toString();
    }

    public String email(String email) {
        return put(email, Kind.EMAIL, () -> "trainee" + (nextEmail++) + "@example.org");
    }

    /** QQ numbers and WeChat ids. */
    public String onlineId(String id) {
        if (id == null || id.length() < 5 || pseudonyms.contains(id)) {
            return id;
        }
        return put(id, Kind.ONLINE_ID, () -> {
            if (id.chars().allMatch(Character::isDigit)) {
                return scrambleDigits(id, 1);
            }
            StringBuilder sb = new StringBuilder("wx_");
            for (int i = 0; i < 8; i++) {
                sb.append((char) ('a' + random.nextInt(26)));
            }
            return sb.toString();
        });
    }

    /** An original or a pseudonym of the table. */
    boolean known(String text) {
        return table.containsKey(text) || pseudonyms.contains(text);
    }

    /** An address found as a chain of places (省…村, 路…号): the names of its levels replaced by 某. */
    void addressChain(String addr) {
        put(addr, Kind.ADDRESS, () -> chainPseudonym(addr));
    }

    boolean containsPseudonym(String s) {
        for (String p : pseudonyms) {
            if (p.length() >= 2 && s.contains(p)) {
                return true;
            }
        }
        return false;
    }

    Set<String> places() {
        Set<String> s = new HashSet<>();
        table.values().stream().filter(e -> e.kind() == Kind.PLACE).forEach(e -> s.add(e.original()));
        return s;
    }

    // --------------------------------------------------------------------------------- applying

    /** The replacements in a text: identifiers longest first, then shifted dates; no overlaps. */
    public List<Span> spans(String text) {
        return rewriter.spans(text);
    }

    /** See {@link PseudonymRewriter#groupedForm}. */
    Pattern groupedForm(String original) {
        return rewriter.groupedForm(original);
    }

    /** The pseudonym laid out like the original's occurrence: its separators where they were. */
    static String regroup(String occurrence, String pseudonym) {
        return PseudonymRewriter.regroup(occurrence, pseudonym);
    }

    /** Shifts an ISO date string by the configured days. */
    public String shiftIso(String iso) {
        return rewriter.shiftIso(iso);
    }

    /** The text with every replacement applied. */
    public String apply(String text) {
        return apply(text, new int[1]);
    }

    /** The text with every replacement applied; {@code count[0]} is increased by the replacements made. */
    public String apply(String text, int[] count) {
        return rewriter.apply(text, count);
    }

    /** The originals that must not appear in the output (identifiers, not dates). */
    public List<Entry> identifiers() {
        return table.values().stream().filter(e -> !e.original().endsWith("#serial")).toList();
    }
}
