package org.jrw.logic.demo;

import java.time.LocalDate;
import org.jrw.logic.dossier.Identifiers;

/**
 * The facts of the simulated case, in one place so that every document, the manifest and the
 * tests say the same thing. All names, numbers and addresses are invented; identifiers are made
 * valid by computing their check characters.
 */
final class DemoCase {
    private DemoCase() {
    }

    static final String AGENCY = "西安市应急管理局";
    static final String AGENCY_ADDRESS = "西安市未央区某某路9号";
    static final String ENFORCEMENT_UNIT = "西安市应急管理综合执法支队";
    static final String DISTRICT = "未央区";
    static final String INDUSTRY = "工贸";
    static final String SOURCE = "双随机检查";

    static final String CASE_NUMBER = "西应急罚〔2024〕37号";
    static final String FILING_NUMBER = "西应急立〔2024〕37号";
    static final String INQUIRY_NOTICE_NUMBER = "西应急询〔2024〕37号";
    static final String NOTICE_NUMBER = "西应急罚告〔2024〕37号";
    static final String DECISION_NUMBER = CASE_NUMBER;
    static final String INSPECTION_NUMBER = "西应急检记〔2024〕112号";
    static final String ORDER_NUMBER = "西应急责改〔2024〕112号";
    static final String RECHECK_NUMBER = "西应急复查〔2024〕112号";
    static final String REVIEW_NUMBER = "西应急法审〔2024〕37号";
    static final String CASE_TITLE = "西安某某精工机械有限公司使用未取得特种作业操作证人员从事焊接作业案";
    static final String CAUSE = "使用未取得特种作业操作证的人员从事电焊作业";

    // ---------------------------------------------------------------- the unit
    static final String UNIT = "西安某某精工机械有限公司";
    /** division code of 未央区 */
    static final String DIVISION = "610112";
    static final String ORG_CODE = orgCode("MA6U7R2K");
    static final String CREDIT_CODE = creditCode("91" + DIVISION + ORG_CODE);
    static final String UNIT_ADDRESS = "西安市未央区某某工业园纬二路18号";
    static final String UNIT_PHONE = "029-8XXX6120";
    static final int EMPLOYEES = 86;
    static final String BUSINESS_SCOPE = "通用机械零部件、钢结构件的加工、制造与销售";
    static final LocalDate ESTABLISHED = LocalDate.of(2016, 8, 23);

    // ---------------------------------------------------------------- persons
    static final String LEGAL_REP = "张某华";
    static final String LEGAL_REP_ID = idNumber("610112" + "19720514" + "273");
    static final String LEGAL_REP_POSITION = "执行董事兼总经理（法定代表人）";
    static final String LEGAL_REP_PHONE = "139XXXX5821";

    static final String WORKER = "李某强";
    static final String WORKER_ID = idNumber("610124" + "19960903" + "035");
    static final String WORKER_ADDRESS = "陕西省西安市周至县某某镇某某村三组";
    static final String WORKER_PHONE = "187XXXX0367";

    static final String SAFETY_MANAGER = "刘某";
    static final String SAFETY_MANAGER_POSITION = "安全环保部部长";

    static final String OFFICER_1 = "王某明";
    static final String OFFICER_1_CERT = "61010024017";
    static final String OFFICER_2 = "赵某";
    static final String OFFICER_2_CERT = "61010024052";
    static final String OFFICERS = OFFICER_1 + "、" + OFFICER_2;
    static final String OFFICER_CERTS = OFFICER_1 + "（执法证号" + OFFICER_1_CERT + "）、" + OFFICER_2
            + "（执法证号" + OFFICER_2_CERT + "）";

    static final String HEAD_OF_DIVISION = "陈某";
    static final String LEGAL_REVIEWER = "孙某";
    static final String DEPUTY_DIRECTOR = "周某";

    // ---------------------------------------------------------------- law
    static final String LAW = "《中华人民共和国安全生产法》";
    static final String VIOLATED = LAW + "第三十条第一款";
    static final String PENALTY_BASIS = LAW + "第九十七条第七项";
    static final String VIOLATED_TEXT = "生产经营单位的特种作业人员必须按照国家有关规定经专门的安全作业培训，取得相应资格，方可上岗作业。";
    static final String PENALTY_TEXT = "生产经营单位有下列行为之一的，责令限期改正，处十万元以下的罚款；逾期未改正的，责令停产停业整顿，"
            + "并处十万元以上二十万元以下的罚款，对其直接负责的主管人员和其他直接责任人员处二万元以上五万元以下的罚款："
            + "……（七）特种作业人员未按照规定经专门的安全作业培训并取得相应资格，上岗作业的。";
    static final String MITIGATION_BASIS = "《中华人民共和国行政处罚法》第三十二条第一项";

    // ---------------------------------------------------------------- penalty
    static final long FINE_YUAN = 20_000L;
    static final String FINE_TEXT = "罚款人民币贰万元整（20000元）";

    // ---------------------------------------------------------------- dates (2024)
    static final LocalDate INSPECTED = LocalDate.of(2024, 3, 12);
    static final LocalDate RECTIFY_BY = LocalDate.of(2024, 3, 26);
    static final LocalDate FILED = LocalDate.of(2024, 3, 14);
    static final LocalDate INQUIRY_NOTICE = LocalDate.of(2024, 3, 15);
    static final LocalDate INQUIRED = LocalDate.of(2024, 3, 19);
    static final LocalDate RECHECKED = LocalDate.of(2024, 3, 27);
    static final LocalDate REPORTED = LocalDate.of(2024, 4, 8);
    static final LocalDate REVIEWED = LocalDate.of(2024, 4, 10);
    static final LocalDate NOTIFIED = LocalDate.of(2024, 4, 11);
    static final LocalDate STATED = LocalDate.of(2024, 4, 12);
    static final LocalDate DECIDED = LocalDate.of(2024, 4, 16);
    static final LocalDate DECISION_SERVED = LocalDate.of(2024, 4, 17);
    static final LocalDate PAID = LocalDate.of(2024, 4, 25);
    static final LocalDate CLOSED = LocalDate.of(2024, 5, 8);

    static String orgCode(String first8) {
        return first8 + Identifiers.orgCodeCheckChar(first8);
    }

    static String creditCode(String first17) {
        return first17 + Identifiers.creditCodeCheckChar(first17);
    }

    static String idNumber(String first17) {
        return first17 + Identifiers.idNumberCheckChar(first17);
    }

    /** An ID number with the birth date and sequence masked, as printed on public documents. */
    static String masked(String id) {
        return id.substring(0, 6) + "********" + id.substring(14);
    }
}
