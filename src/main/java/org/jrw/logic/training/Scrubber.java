package org.jrw.logic.training;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jrw.logic.dossier.Identifiers;

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
    /** What an identifier is; used in messages and in the leak report. */
    public enum Kind { UNIT, TRADE_NAME, PERSON, CREDIT_CODE, ID_NUMBER, NUMBER, PHONE, ADDRESS, PLATE, PLACE, DOC_NUMBER }

    /** A replacement at {@code [start, end)} of a text. */
    public record Span(int start, int end, String original, String replacement) {
    }

    /** An original identifier and its pseudonym. */
    public record Entry(String original, String pseudonym, Kind kind) {
    }

    static final String SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏"
            + "窦章云苏潘葛范彭郎鲁韦昌马苗凤花俞任袁柳鲍史唐费廉岑薛雷贺倪汤殷罗毕郝邬乐卞齐康伍余顾孟黄穆萧尹姚邵湛"
            + "汪祁毛狄米贝明臧计伏戴谈宋庞熊纪舒屈项祝董梁杜阮蓝闵席季贾路江童颜郭梅盛林钟徐邱骆高夏蔡田樊胡凌霍虞万"
            + "柯管卢莫房解应宗丁宣邓单杭洪包诸左石崔龚程邢裴陆荣翁荀甄曲封储靳焦牧山谷车侯全班仰秋仲伊宫宁仇甘厉戎"
            + "祖武符刘景詹龙叶幸司黎薄印白蒲邰从鄂索咸籍赖卓蔺屠蒙池乔胥闻党翟谭贡劳姬申扶冉宰雍桑桂牛寿通边燕冀"
            + "浦尚农温庄晏柴瞿阎连习艾鱼容向古易慎廖庾终居衡步都耿满弘匡国文寇广禄东欧沃利蔚越夔隆师巩聂晁勾敖融冷辛"
            + "阚那简饶曾沙养鞠须丰关蒯相查后荆红游竺权盖益桓公";
    /** Surnames that are also everyday words: not used to recognise real names after a label. */
    static final String AMBIGUOUS_SURNAMES = "安于时上成向和将高文方常明金石白江万全田康通应国东关公山车从计相后"
            + "路红齐单解都师利容易养终居步满广益";
    /** Characters that end a name recognised in running text (the next word starts). */
    static final String NAME_STOP = "某性职工联身问答询记被执当提签于在从的和与及、，。；：:,等为是对向将把称说表到去来也都已未没"
            + "不作任负所有讲因拒承同时确反介系现（(焊电叉打下司岗入特男女出证及经自至由给让请向该本其此年月日号"
            + "先后再又均即称姓名部车间队局厅处科室组长员师傅";
    static final Pattern MOU_NAME = Pattern.compile("([" + SURNAMES + "])某(?!某)([\\u4e00-\\u9fa5])?");
    static final Pattern LABELLED_NAME = Pattern.compile(
            "(?:姓名|被询问人|询问人|记录人|法定代表人|主要负责人|负责人|受送达人|送达人|见证人|联系人|委托代理人|代理人"
                    + "|执法人员|承办人|审核人|批准人|经办人|签收人|缴款人|提取人|陈述人|申辩人|乙方|员工|工人|职工|焊工|电工"
                    + "|司机|驾驶员|操作工|学徒|作业人员|班长|组长|主任|经理|厂长|矿长|站长|董事长|股东|监护人)[：:\\s]*"
                    + "([" + SURNAMES + "][\\u4e00-\\u9fa5]{1,2})");
    static final Pattern ID_NUMBER = Pattern.compile(
            "(?<![0-9A-Za-z])\\d{6}(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[\\dXx](?![0-9A-Za-z])");
    static final Pattern CREDIT_CODE = Pattern.compile(
            "(?<![0-9A-Za-z])[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY*]{10}(?![0-9A-Za-z])");
    static final Pattern LONG_NUMBER = Pattern.compile(
            "(?<![0-9A-Za-z])\\d[0-9*Xx]{10,}(?![0-9A-Za-z])|(?<![0-9A-Za-z])\\d{4}(?: [0-9*]{4}){2,4}(?![0-9A-Za-z])");
    static final Pattern LANDLINE = Pattern.compile("(?<![0-9])0\\d{2,3}-\\d{7,8}(?![0-9])");
    static final Pattern PLATE = Pattern.compile(
            "[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][·•・.]?[A-HJ-NP-Z0-9]{5,6}(?![A-Za-z0-9])");
    static final Pattern COMPANY_SUFFIX = Pattern.compile(
            "(有限责任公司|股份有限公司|有限公司|分公司|公司|加油站|合作社|商行|经营部|门市部|加工厂|厂)");
    static final Pattern ROAD = Pattern.compile(
            "[\\u4e00-\\u9fa5]{1,8}(?:路|街|大街|大道|巷|胡同)\\d+号(?:院)?(?:\\d+(?:号楼|栋|幢|单元|层|室|号))*");
    static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    static final Pattern CN_DATE = Pattern.compile("(?<!\\d)(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    static final Pattern CN_MONTH = Pattern.compile("(?<!\\d)(\\d{4})年(\\d{1,2})月(?!\\d{1,2}日)");
    /** Characters after which a name of a unit or an address cannot continue backwards. */
    static final String BACK_STOP = "与和及的为是对向由被将把在经从了、于至即系给：:，。；（）()“”《》 \n\t甲乙方你我他其该本此";
    static final List<String> INDUSTRY_WORDS = List.of("机械", "精工", "化工", "建筑", "建设", "物流", "运输", "食品",
            "钢铁", "冶金", "纺织", "电子", "科技", "家具", "木业", "塑料", "制品", "燃气", "石化", "石油", "矿业",
            "烟花爆竹", "商贸", "贸易", "餐饮", "酒店", "印刷", "包装", "材料", "工程", "实业", "制造", "电力", "能源",
            "汽车", "汽修", "仓储", "加油站", "铸造", "五金", "不锈钢", "金属", "化学", "医药", "水泥", "陶瓷", "玻璃");
    static final String UNIT_LETTERS = "甲乙丙丁戊己庚辛壬癸";
    static final List<String> FAKE_DIVISIONS = List.of("110105", "310104", "440106", "510107", "320102", "330106");
    /** Words that look like names but are not (protected from replacement). */
    static final Set<String> NOT_NAMES = Set.of("安全", "生产", "特种", "作业", "执法", "检查", "经营", "管理", "应急",
            "主要", "负责", "法定", "代表", "现场", "整改", "罚款", "处罚", "单位", "公司", "员工", "工作", "电焊");

    private final Map<String, Entry> table = new LinkedHashMap<>();
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

    public Scrubber(long seed, int shiftDays) {
        this.random = new Random(seed);
        this.shiftDays = shiftDays;
        this.nextDocSerial = 1 + random.nextInt(80);
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

    private boolean isProtected(String candidate) {
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
    }

    public String person(String name) {
        if (name == null || name.isBlank() || name.length() > 8) {
            return name;
        }
        reserveSurname(name);
        return put(name, Kind.PERSON, () -> {
            while (nextSurname < SURNAMES.length()) {
                char c = SURNAMES.charAt(nextSurname++);
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

    private static String stripPlaces(String s, Set<String> places) {
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
            return first17 + Identifiers.idNumberCheckChar(first17);
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
        if (text == null || text.isEmpty()) {
            return;
        }
        Matcher m = ID_NUMBER.matcher(text);
        while (m.find()) {
            idNumber(m.group());
        }
        m = CREDIT_CODE.matcher(text);
        while (m.find()) {
            String c = m.group();
            if (table.containsKey(c) || pseudonyms.contains(c)) {
                continue;
            }
            boolean letters = c.substring(8).chars().anyMatch(ch -> Character.isLetter(ch) || ch == '*');
            if (letters && !ID_NUMBER.matcher(c).matches()) {
                creditCode(c);
            }
        }
        m = LONG_NUMBER.matcher(text);
        while (m.find()) {
            String n = m.group();
            long digits = n.chars().filter(Character::isDigit).count();
            if (digits >= 6 && !table.containsKey(n) && !pseudonyms.contains(n)) {
                number(n, n.length() == 11 && n.charAt(0) == '1' ? Kind.PHONE : Kind.NUMBER);
            }
        }
        m = LANDLINE.matcher(text);
        while (m.find()) {
            number(m.group(), Kind.PHONE);
        }
        m = PLATE.matcher(text);
        while (m.find()) {
            plate(m.group());
        }
        m = MOU_NAME.matcher(text);
        while (m.find()) {
            String name = m.group(2) != null && NAME_STOP.indexOf(m.group(2).charAt(0)) < 0
                    ? m.group() : m.group(1) + "某";
            if (!isProtected(name) && !pseudonyms.contains(name)) {
                person(name);
            }
        }
        m = LABELLED_NAME.matcher(text);
        while (m.find()) {
            String cand = m.group(1);
            if (AMBIGUOUS_SURNAMES.indexOf(cand.charAt(0)) >= 0 || cand.indexOf('某') >= 0) {
                continue;
            }
            int len = 1;
            while (len < cand.length() && NAME_STOP.indexOf(cand.charAt(len)) < 0) {
                len++;
            }
            String name = cand.substring(0, len);
            if (name.length() >= 2 && !isProtected(name) && !pseudonyms.contains(name) && !table.containsKey(name)
                    && !startsKnown(text, m.start(1))) {
                person(name);
            }
        }
        discoverUnits(text);
        discoverRoads(text);
        if (caseAbbreviation != null) {
            Matcher d = Pattern.compile(Pattern.quote(caseAbbreviation)
                    + "(?:应急|安监)[\\u4e00-\\u9fa5]{0,4}〔\\d{4}〕\\d+号").matcher(text);
            while (d.find()) {
                documentNumber(d.group());
            }
        }
    }

    /** Whether a registered identifier (e.g. a unit name) starts at this position. */
    private boolean startsKnown(String text, int pos) {
        for (String o : table.keySet()) {
            if (o.length() > 3 && text.startsWith(o, pos)) {
                return true;
            }
        }
        return false;
    }

    private void discoverUnits(String text) {
        Matcher m = COMPANY_SUFFIX.matcher(text);
        while (m.find()) {
            int start = backStart(text, m.start(), 18);
            String core = cutAfterLabel(text.substring(start, m.start()));
            if (m.group().equals("厂") && m.end() < text.length() && "区房内长商家里门".indexOf(text.charAt(m.end())) >= 0) {
                continue;
            }
            if (core.matches(".*(\\d|号|路|街|巷|道)$")) {
                continue;
            }
            if (core.length() < 3 || core.startsWith("该") || core.replace("某", "").length() < 2) {
                continue;
            }
            String name = core + m.group();
            if (!table.containsKey(name) && !pseudonyms.contains(name) && !isProtected(name)
                    && !name.contains("应急管理") && !containsPseudonym(name)) {
                unit(name, places());
            }
        }
    }

    static final List<String> LABEL_WORDS = List.of("单位", "名称", "全称", "工作", "住所", "地址", "当事人", "被处罚",
            "缴款人", "收款人", "甲方", "乙方", "企业", "机构", "开户");

    private static String cutAfterLabel(String core) {
        int cut = 0;
        for (String w : LABEL_WORDS) {
            int i = core.lastIndexOf(w);
            if (i >= 0 && i + w.length() > cut && i + w.length() < core.length()) {
                cut = i + w.length();
            }
        }
        return core.substring(cut);
    }

    private boolean containsPseudonym(String s) {
        for (String p : pseudonyms) {
            if (p.length() >= 2 && s.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private void discoverRoads(String text) {
        Matcher m = ROAD.matcher(text);
        while (m.find()) {
            int start = backStart(text, m.start(), 20);
            String addr = cutAfterLabel(text.substring(start, m.end() - (m.end() - m.start()))) + m.group();
            if (!table.containsKey(addr) && !pseudonyms.contains(addr) && !containsPseudonym(addr)) {
                address(addr);
            }
        }
    }

    private static int backStart(String text, int from, int max) {
        int i = from;
        while (i > 0 && from - i < max) {
            char c = text.charAt(i - 1);
            if (BACK_STOP.indexOf(c) >= 0 || !(Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                    || Character.isDigit(c))) {
                break;
            }
            i--;
        }
        return i;
    }

    private Set<String> places() {
        Set<String> s = new HashSet<>();
        table.values().stream().filter(e -> e.kind() == Kind.PLACE).forEach(e -> s.add(e.original()));
        return s;
    }

    // --------------------------------------------------------------------------------- applying

    /** The replacements in a text: identifiers longest first, then shifted dates; no overlaps. */
    public List<Span> spans(String text) {
        List<Span> found = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return found;
        }
        for (Entry e : table.values()) {
            if (e.original().endsWith("#serial")) {
                continue;
            }
            int i = text.indexOf(e.original());
            while (i >= 0) {
                found.add(new Span(i, i + e.original().length(), e.original(), e.pseudonym()));
                i = text.indexOf(e.original(), i + 1);
            }
        }
        if (shiftDays != 0) {
            dateSpans(text, found);
        }
        found.sort(Comparator.comparingInt((Span s) -> -(s.end() - s.start())).thenComparingInt(Span::start));
        List<Span> chosen = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        outer:
        for (Span s : found) {
            for (int i = s.start(); i < s.end(); i++) {
                if (taken[i]) {
                    continue outer;
                }
            }
            for (int i = s.start(); i < s.end(); i++) {
                taken[i] = true;
            }
            chosen.add(s);
        }
        chosen.sort(Comparator.comparingInt(Span::start));
        return chosen;
    }

    private void dateSpans(String text, List<Span> out) {
        Matcher m = ISO_DATE.matcher(text);
        while (m.find()) {
            LocalDate d = parse(m.group(1), m.group(2), m.group(3));
            if (d != null) {
                out.add(new Span(m.start(), m.end(), m.group(), d.plusDays(shiftDays).toString()));
            }
        }
        m = CN_DATE.matcher(text);
        while (m.find()) {
            LocalDate d = parse(m.group(1), m.group(2), m.group(3));
            if (d != null) {
                LocalDate s = d.plusDays(shiftDays);
                out.add(new Span(m.start(), m.end(), m.group(),
                        s.getYear() + "年" + s.getMonthValue() + "月" + s.getDayOfMonth() + "日"));
            }
        }
        m = CN_MONTH.matcher(text);
        while (m.find()) {
            LocalDate d = parse(m.group(1), m.group(2), "15");
            if (d != null) {
                LocalDate s = d.plusDays(shiftDays);
                out.add(new Span(m.start(), m.end(), m.group(), s.getYear() + "年" + s.getMonthValue() + "月"));
            }
        }
    }

    private static LocalDate parse(String y, String mo, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Shifts an ISO date string by the configured days. */
    public String shiftIso(String iso) {
        if (shiftDays == 0 || iso == null) {
            return iso;
        }
        try {
            return LocalDate.parse(iso).plusDays(shiftDays).toString();
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    /** The text with every replacement applied. */
    public String apply(String text) {
        return apply(text, new int[1]);
    }

    /** The text with every replacement applied; {@code count[0]} is increased by the replacements made. */
    public String apply(String text, int[] count) {
        if (text == null) {
            return null;
        }
        List<Span> spans = spans(text);
        if (spans.isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        int pos = 0;
        for (Span s : spans) {
            sb.append(text, pos, s.start()).append(s.replacement());
            pos = s.end();
        }
        sb.append(text.substring(pos));
        count[0] += spans.size();
        return sb.toString();
    }

    /** The originals that must not appear in the output (identifiers, not dates). */
    public List<Entry> identifiers() {
        return table.values().stream().filter(e -> !e.original().endsWith("#serial")).toList();
    }
}
