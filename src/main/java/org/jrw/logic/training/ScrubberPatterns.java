package org.jrw.logic.training;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jrw.logic.dossier.Identifiers;
import org.jrw.logic.privacy.PersonalData;
import org.jrw.logic.privacy.Surnames;

/**
 * The patterns and word lists of the anonymiser's discovery ({@link Scrubber}): identifiers by shape
 * (the shared ones come from logic.privacy, ADR 0140), units, addresses, titles, words that are no names.
 */
final class ScrubberPatterns {
    private ScrubberPatterns() {
    }

    /**
     * The surnames pseudonyms are drawn from, in this order (百家姓 order, seeded draws stay stable).
     * Recognition uses the one list of {@link Surnames} (every one of these is in it, ADR 0140).
     */
    static final String PSEUDONYM_SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏"
            + "窦章云苏潘葛范彭郎鲁韦昌马苗凤花俞任袁柳鲍史唐费廉岑薛雷贺倪汤殷罗毕郝邬乐卞齐康伍余顾孟黄穆萧尹姚邵湛"
            + "汪祁毛狄米贝明臧计伏戴谈宋庞熊纪舒屈项祝董梁杜阮蓝闵席季贾路江童颜郭梅盛林钟徐邱骆高夏蔡田樊胡凌霍虞万"
            + "柯管卢莫房解应宗丁宣邓单杭洪包诸左石崔龚程邢裴陆荣翁荀甄曲封储靳焦牧山谷车侯全班仰秋仲伊宫宁仇甘厉戎"
            + "祖武符刘景詹龙叶幸司黎薄印白蒲邰从鄂索咸籍赖卓蔺屠蒙池乔胥闻党翟谭贡劳姬申扶冉宰雍桑桂牛寿通边燕冀"
            + "浦尚农温庄晏柴瞿阎连习艾鱼容向古易慎廖庾终居衡步都耿满弘匡国文寇广禄东欧沃利蔚越夔隆师巩聂晁勾敖融冷辛"
            + "阚那简饶曾沙养鞠须丰关蒯相查后荆红游竺权盖益桓公";
    /** Surnames that are also everyday words: the one list of {@link Surnames#EVERYDAY}. */
    static final String AMBIGUOUS_SURNAMES = Surnames.EVERYDAY;
    /** Characters that end a name recognised in running text (the next word starts). */
    static final String NAME_STOP = "某性职工联身问答询记被执当提签于在从的和与及、，。；：:,等为是对向将把称说表到去来也都已未没"
            + "不作任负所有讲因拒承同时确反介系现（(焊电叉打下司岗入特男女出证及经自至由给让请向该本其此年月日号"
            + "先后再又均即称姓名部车间队局厅处科室组长员师傅";
    static final Pattern MOU_NAME = Pattern.compile("([" + Surnames.get().characterClass() + "])某(?!某)([\\u4e00-\\u9fa5])?");
    /** A name after a person label (the shared {@link PersonalData#NAME_LABELS}) or an occupation. */
    static final Pattern LABELLED_NAME = Pattern.compile(
            "(?:" + PersonalData.NAME_LABELS + "|乙方|员工|工人|职工|焊工|电工"
                    + "|司机|驾驶员|操作工|学徒|作业人员|班长|组长|主任|经理|厂长|矿长|站长|董事长|股东)[：:\\s]*"
                    + "([" + Surnames.get().characterClass() + "][\\u4e00-\\u9fa5]{1,2})");
    static final Pattern ID_NUMBER = PersonalData.ID_NUMBER;
    static final Pattern CREDIT_CODE = PersonalData.CREDIT_CODE;
    static final Pattern LONG_NUMBER = Pattern.compile(
            "(?<![0-9A-Za-z])\\d[0-9*Xx]{10,}(?![0-9A-Za-z])|(?<![0-9A-Za-z])\\d{4}(?: [0-9*]{4}){2,4}(?![0-9A-Za-z])");
    static final Pattern LANDLINE = PersonalData.LANDLINE;
    /** What may stand between the digits of a number written in groups. */
    static final String SEPARATORS = Identifiers.SEPARATORS;
    /** A local number (7–8 digits) after a telephone label. */
    static final Pattern LABELLED_PHONE = Pattern.compile(
            "(?:电话|座机|传真|固话|办公电话|联系电话|联系方式)[：:\\s]*(\\d{7,8})(?![0-9])");
    /** Ordinary (7 characters) and new-energy (8 characters) plates, with the 挂/学/警 … suffixes. */
    static final Pattern PLATE = Pattern.compile(
            "[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][·•・.\\s]?[A-HJ-NP-Z0-9]{5,6}"
                    + "[挂学警港澳使领试超]?(?![A-Za-z0-9])");
    static final Pattern EMAIL = Pattern.compile(
            "(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,10}");
    static final Pattern QQ = Pattern.compile("(?:QQ|ＱＱ|qq|Qq)(?:号码|号)?[：:\\s]*(\\d{5,12})(?![0-9])");
    static final Pattern WECHAT = Pattern.compile(
            "(?:微信号码|微信号|微信|WeChat|wechat|Wechat|WX|wx)[：:\\s]*([A-Za-z][-_A-Za-z0-9]{5,19}|\\d{5,12})(?![-_A-Za-z0-9])");
    /** Bank accounts after a label, with spaces or hyphens between groups. */
    static final Pattern ACCOUNT = Pattern.compile(
            "(?:账号|帐号|账户|帐户|卡号|银行卡|开户账号|收款账号|付款账号)[：:\\s]*(\\d[\\d *-]{6,30}[\\d*])(?![0-9])");
    static final Pattern COMPANY_SUFFIX = Pattern.compile(
            "(有限责任公司|股份有限公司|有限公司|分公司|公司|加油站|合作社|商行|经营部|门市部|加工厂|厂|店|超市|酒店|饭店|宾馆"
                    + "|作坊|工作室|事务所|养殖场|农场|矿|砖厂|采石场)");
    /** Generic words before a legal-form suffix: a unit named only by them has no proper name. */
    static final Set<String> GENERIC_UNIT_WORDS = Set.of("电器", "机械", "设备", "车辆", "附件", "配件", "零部件", "汽车",
            "工艺品", "工艺", "箱包", "家具", "食品", "水泥", "钢铁", "果蔬", "租赁", "批发", "零售", "销售", "购销", "加工",
            "生产", "制造", "烟花", "爆竹", "烟花爆竹", "建筑", "施工", "装饰", "装修", "服装", "纺织", "化工", "塑料", "五金",
            "小吃", "便利", "副食", "杂货", "百货", "超市", "餐饮", "修理", "维修", "汽修", "洗车", "物流", "运输", "仓储",
            "贸易", "商贸", "科技", "实业", "发展", "集团", "控股", "投资", "管理", "服务", "咨询", "印刷", "包装", "材料",
            "工程", "能源", "电力", "燃气", "石化", "石油", "矿业", "冶金", "金属", "不锈钢", "铸造", "玻璃", "陶瓷", "医药",
            "化学", "木业", "制品", "电子", "精工", "冷库", "煤矿", "矿山", "非煤", "危化品", "危险化学品", "安评", "评价",
            "检测", "机构", "企业", "私营", "个体", "民营", "国有", "外资", "合资", "一家", "多家", "两家", "这家", "那家",
            "某家", "涉事", "涉案", "上述", "相关", "其他", "该", "本", "此", "其", "各", "每", "同一", "另一", "另", "某",
            "甲", "乙", "丙", "承包", "发包", "分包", "总包", "劳务", "市级", "县级", "区级", "乡镇", "村办", "校办");
    static final Pattern ROAD = Pattern.compile(
            "[\\u4e00-\\u9fa5]{1,8}(?:路|街|大街|大道|巷|胡同)\\d+号(?:院)?(?:\\d+(?:号楼|栋|幢|单元|层|室|号))*");
    static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    static final Pattern CN_DATE = Pattern.compile("(?<!\\d)(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    static final Pattern CN_MONTH = Pattern.compile("(?<!\\d)(\\d{4})年(\\d{1,2})月(?!\\d{1,2}日)");
    /** Characters after which a name of a unit or an address cannot continue backwards. */
    static final String BACK_STOP = "与和及的为是对向由被将把在经从了、于至即系给：:，。；（）()“”《》 \n\t甲乙方你我他其该本此到去往赴住";
    /** Verbs and legal-form words after which a unit's name starts (委托…公司 → the name after 委托). */
    static final Pattern UNIT_START_CUT = Pattern.compile(
            ".*(?:委托|安排|通知|联系|要求|责令|告知|检查|发现|租用|承包|发包|雇佣|聘用|购买|销售|卖给|供应|运输|交给|签订|负责"
                    + "|有限责任公司|股份有限公司|有限公司|公司|厂|店|部|社|站)");
    /** Place-unit chains: at least two levels, the last one below the county (镇、村、组、路、号、室 …). */
    static final Pattern ADDRESS_CHAIN = Pattern.compile(
            "(?:[\\u4e00-\\u9fa5]{2,6}?(?:省|自治区))?(?:[\\u4e00-\\u9fa5]{1,6}?(?:市|自治州|州|盟))?"
                    + "(?:[\\u4e00-\\u9fa5]{1,6}?(?:区|县|旗))?(?:[\\u4e00-\\u9fa5]{1,6}?(?:镇|乡|街道))?"
                    + "(?:[\\u4e00-\\u9fa5]{1,8}?(?:村|社区|小区|工业园区|工业园|园区|开发区))?"
                    + "(?:[一二三四五六七八九十\\d]{1,3}(?:组|队))?(?:[\\u4e00-\\u9fa5\\d]{1,10}?(?:大街|大道|路|街|巷|弄))?"
                    + "(?:\\d+(?:-\\d+)?号(?:院)?)?(?:(?:\\d+|[一二三四五六七八九十]+)(?:号楼|栋|幢|单元|层|室))*");
    static final Pattern CHAIN_UNIT = Pattern.compile(
            "(省|自治区|自治州|市|州|盟|区|县|旗|镇|乡|街道|村|社区|小区|工业园区|工业园|园区|开发区|组|队|大街|大道|路|街|巷|弄"
                    + "|号楼|号院|号|栋|幢|单元|层|室)");
    static final Set<String> LOW_UNITS = Set.of("镇", "乡", "街道", "村", "社区", "小区", "组", "大街", "大道",
            "路", "街", "巷", "弄", "号", "号楼", "号院", "栋", "幢", "单元", "层", "室");
    /** Titles after a surname (张经理, 王师傅); the single-character ones only with surnames that are no everyday word. */
    static final List<String> TITLES = List.of("总经理", "副总经理", "经理", "董事长", "厂长", "矿长", "站长", "场长", "主任",
            "科长", "处长", "局长", "队长", "班长", "组长", "所长", "师傅", "先生", "女士", "小姐", "老板娘", "老板", "会计",
            "律师", "警官", "书记", "部长", "老师", "医生", "总工", "总监", "主管", "司机", "阿姨", "总", "董", "工", "姐",
            "哥", "叔", "姨");
    static final List<String> INDUSTRY_WORDS = List.of("机械", "精工", "化工", "建筑", "建设", "物流", "运输", "食品",
            "钢铁", "冶金", "纺织", "电子", "科技", "家具", "木业", "塑料", "制品", "燃气", "石化", "石油", "矿业",
            "烟花爆竹", "商贸", "贸易", "餐饮", "酒店", "印刷", "包装", "材料", "工程", "实业", "制造", "电力", "能源",
            "汽车", "汽修", "仓储", "加油站", "铸造", "五金", "不锈钢", "金属", "化学", "医药", "水泥", "陶瓷", "玻璃");
    static final String UNIT_LETTERS = "甲乙丙丁戊己庚辛壬癸";
    static final List<String> FAKE_DIVISIONS = List.of("110105", "310104", "440106", "510107", "320102", "330106");
    /** Words that look like names but are not (protected from replacement). */
    static final Set<String> NOT_NAMES = Set.of("安全", "生产", "特种", "作业", "执法", "检查", "经营", "管理", "应急",
            "主要", "负责", "法定", "代表", "现场", "整改", "罚款", "处罚", "单位", "公司", "员工", "工作", "电焊");
}
