package org.jrw.logic.demo;

import static org.jrw.logic.demo.DemoCase.*;
import static org.jrw.logic.pdf.OfficialDocument.chineseDate;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.jrw.logic.pdf.FieldTable;
import org.jrw.logic.pdf.OfficialDocument;
import org.jrw.logic.pdf.OfficialDocument.PageNumbers;
import org.jrw.logic.pdf.OfficialDocument.SignLine;

/** The texts of the simulated dossier's documents, each as an {@link OfficialDocument}. */
final class DemoDocuments {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private DemoDocuments() {
    }

    private static OfficialDocument.Builder doc(String title, String number, LocalDate date) {
        return OfficialDocument.builder(title).organ(AGENCY).number(number)
                .info(AGENCY, CASE_TITLE, CASE_NUMBER + " 全流程模拟案卷（虚构）")
                .fixedTimestamp(ZonedDateTime.of(date, LocalTime.of(17, 30), ZONE));
    }

    private static String d(LocalDate date) {
        return chineseDate(date);
    }

    private static final String UNIT_LINE = "被检查单位：" + UNIT;

    // ------------------------------------------------------------------ 现场检查记录

    static OfficialDocument inspectionRecord() {
        return doc("现场检查记录", INSPECTION_NUMBER, INSPECTED).pageNumbers(PageNumbers.PAGE_OF_TOTAL)
                .fields(FieldTable.builder(4)
                        .row("被检查单位", UNIT)
                        .row("地址", UNIT_ADDRESS)
                        .row("法定代表人", LEGAL_REP, "联系电话", LEGAL_REP_PHONE)
                        .row("检查场所", "生产车间（一号、二号车间）、仓库、办公区")
                        .row("检查时间", d(INSPECTED) + " 9时30分至11时20分")
                        .row("检查人员", OFFICER_CERTS)
                        .row("陪同人员", SAFETY_MANAGER + "（" + SAFETY_MANAGER_POSITION + "）", "记录人", OFFICER_2)
                        .build())
                .paragraph("检查依据：根据《中华人民共和国安全生产法》第六十五条的规定，按照西安市应急管理局2024年度“双随机、一公开”"
                        + "监督检查计划，对" + UNIT + "的安全生产情况进行现场检查。执法人员向陪同人员出示了行政执法证件，"
                        + "告知了检查事项和回避申请权利，陪同人员表示不申请回避。")
                .heading("检查情况：")
                .paragraph("一、该公司主要从事" + BUSINESS_SCOPE + "，现有从业人员" + EMPLOYEES + "人，设有安全环保部，"
                        + "配备专职安全生产管理人员2名。")
                .paragraph("二、检查二号车间时，发现一名员工正在钢结构件焊接工位使用交流弧焊机（型号BX1-315）进行电焊作业。"
                        + "经现场询问，该员工自称" + WORKER + "，系该公司二号车间员工。执法人员要求其出示特种作业操作证，"
                        + "其称未取得熔化焊接与热切割作业操作证。执法人员当场通过“特种作业操作证及安全生产知识和管理能力考核合格信息查询平台”"
                        + "查询，未查询到" + WORKER + "的特种作业操作证信息。")
                .paragraph("三、该公司不能提供" + WORKER + "的特种作业操作证，特种作业人员台账中无" + WORKER + "的信息。")
                .paragraph("四、其他方面：车间安全警示标志设置基本齐全，消防器材在有效期内，未发现其他明显问题。")
                .paragraph("执法人员对作业现场进行了拍照，并使用执法记录仪全程记录。")
                .heading("现场处理措施：")
                .paragraph("对发现的问题，执法人员当场要求该公司立即停止" + WORKER + "的电焊作业，并下达《责令限期整改指令书》（"
                        + ORDER_NUMBER + "）。")
                .signLines(new SignLine("被检查单位现场负责人（签名）", SAFETY_MANAGER, INSPECTED),
                        new SignLine("检查人员（签名）", OFFICERS, INSPECTED),
                        new SignLine("记录人（签名）", OFFICER_2, INSPECTED))
                .note("注：本记录经被检查单位现场负责人核对，确认与现场情况一致。")
                .build();
    }

    // ------------------------------------------------------------------ 责令限期整改指令书

    static OfficialDocument rectificationOrder() {
        return doc("责令限期整改指令书", ORDER_NUMBER, INSPECTED)
                .plain(UNIT + "：")
                .paragraph("经查，你单位存在下列问题：")
                .paragraph("1.安排未取得熔化焊接与热切割作业特种作业操作证的员工" + WORKER + "在二号车间从事电焊作业，"
                        + "违反了" + VIOLATED + "的规定。")
                .paragraph("现责令你单位立即停止" + WORKER + "的电焊作业，并于" + d(RECTIFY_BY) + "前整改完毕，达到有关法律法规规章和标准规定的要求。"
                        + "整改措施包括：对全公司从事特种作业的人员进行全面排查，建立特种作业人员管理台账，确保特种作业人员持证上岗；"
                        + "对未取得操作证的人员调离特种作业岗位或者安排其参加专门的安全作业培训和考核。")
                .paragraph("由你单位主要负责人对整改工作负责，整改完成后书面报告我局。逾期未整改或者整改不合格的，我局将依法查处。")
                .paragraph("如果不服本指令，可以依法在六十日内向西安市人民政府申请行政复议，或者在六个月内依法向人民法院提起行政诉讼，"
                        + "但本指令不停止执行，法律另有规定的除外。")
                .signLines(new SignLine("安全生产监管执法人员（签名）", OFFICERS, INSPECTED),
                        new SignLine("被检查单位负责人（签名）", SAFETY_MANAGER + "（受" + LEGAL_REP + "委托）", INSPECTED))
                .signature(AGENCY, INSPECTED)
                .note("本文书一式两份：一份由西安市应急管理局备案，一份交被检查单位。")
                .build();
    }

    // ------------------------------------------------------------------ 立案审批表

    static OfficialDocument filingApproval() {
        return doc("立案审批表", FILING_NUMBER, FILED).pageNumbers(PageNumbers.PAGE_OF_TOTAL)
                .fields(FieldTable.builder(4)
                        .row("案件名称", CASE_TITLE)
                        .row("案件来源", SOURCE + "（" + d(INSPECTED) + "现场检查发现）", "受案时间", d(INSPECTED))
                        .row("当事人", UNIT)
                        .row("统一社会信用代码", CREDIT_CODE)
                        .row("法定代表人", LEGAL_REP, "联系电话", LEGAL_REP_PHONE)
                        .row("地址", UNIT_ADDRESS)
                        .tall("案情简介", d(INSPECTED) + "，执法人员在对" + UNIT + "进行“双随机”监督检查时，发现该公司员工" + WORKER
                                + "在二号车间从事电焊作业，经查询未取得熔化焊接与热切割作业特种作业操作证。该公司的行为涉嫌违反"
                                + VIOLATED + "的规定，依据" + PENALTY_BASIS + "应当给予行政处罚。", 110f)
                        .box("承办人意见", "该案违法事实初步清楚，属于本局管辖，且在法定追责时效内，符合立案条件。建议立案调查，"
                                + "由" + OFFICERS + "承办。", "承办人：" + OFFICERS, FILED)
                        .box("承办机构意见", "同意立案，由" + OFFICERS + "负责调查。", "负责人：" + HEAD_OF_DIVISION, FILED)
                        .box("审批意见", "同意立案。", "审批人：" + DEPUTY_DIRECTOR, FILED)
                        .build())
                .note("注：立案审批人指定" + OFFICERS + "两名执法人员承办本案；执法证号分别为" + OFFICER_1_CERT + "、" + OFFICER_2_CERT + "。")
                .build();
    }

    // ------------------------------------------------------------------ 询问通知书

    static OfficialDocument inquiryNotice() {
        return doc("询问通知书", INQUIRY_NOTICE_NUMBER, INQUIRY_NOTICE)
                .plain(UNIT + "：")
                .paragraph("因你单位涉嫌使用未取得特种作业操作证的人员从事电焊作业一案，根据《中华人民共和国安全生产法》第六十五条"
                        + "和《中华人民共和国行政处罚法》第五十五条的规定，请你单位法定代表人或者委托代理人于" + d(INQUIRED)
                        + "9时00分到" + AGENCY_ADDRESS + "（西安市应急管理局执法支队第三询问室）接受询问调查，并请你单位安排员工"
                        + WORKER + "于同日14时30分在你单位会议室接受询问。")
                .paragraph("请携带下列材料：1.营业执照副本；2.法定代表人身份证明书及身份证件；3.授权委托书（委托代理人到场的）；"
                        + "4.员工花名册、" + WORKER + "的劳动合同；5.特种作业人员管理台账及操作证。")
                .plain("联系人：" + OFFICER_1 + "　　联系电话：029-8XXX3507")
                .signature(AGENCY, INQUIRY_NOTICE)
                .signLines(new SignLine("被询问单位签收人（签名）", SAFETY_MANAGER, INQUIRY_NOTICE))
                .note("本文书一式两份：一份留存，一份交被询问单位。")
                .build();
    }

    // ------------------------------------------------------------------ 询问笔录

    static OfficialDocument inquiryRecordLegalRep() {
        return doc("询问笔录", null, INQUIRED).subtitle("（" + LEGAL_REP + "）").pageNumbers(PageNumbers.PAGE_OF_TOTAL)
                .fields(FieldTable.builder(4)
                        .row("询问时间", d(INQUIRED) + " 9时05分至10时10分")
                        .row("询问地点", "西安市应急管理局执法支队第三询问室")
                        .row("被询问人", LEGAL_REP, "性别", "男")
                        .row("身份证号码", LEGAL_REP_ID, "联系电话", LEGAL_REP_PHONE)
                        .row("工作单位", UNIT, "职务", LEGAL_REP_POSITION)
                        .row("询问人", OFFICER_CERTS)
                        .row("记录人", OFFICER_2)
                        .build())
                .qa("我们是西安市应急管理局的执法人员（出示行政执法证件），现依法就你单位涉嫌使用未取得特种作业操作证的人员"
                        + "从事电焊作业一事向你进行询问调查。你应当如实回答问题，对与本案无关的问题有权拒绝回答。"
                        + "如果你认为执法人员与本案有利害关系，可以申请回避。你是否申请回避？", "不申请回避。")
                .qa("请介绍一下你的身份和你单位的基本情况。", "我是" + UNIT + "的执行董事兼总经理，是公司的法定代表人。"
                        + "公司成立于" + ESTABLISHED.getYear() + "年，主要做" + BUSINESS_SCOPE + "，现在有员工" + EMPLOYEES + "人。")
                .qa(d(INSPECTED) + "你单位二号车间从事电焊作业的人员是谁？", "是二号车间的员工" + WORKER + "。")
                .qa(WORKER + "是否取得了熔化焊接与热切割作业特种作业操作证？", "没有取得。他原来在车间做下料和打磨，"
                        + "看老师傅焊过一段时间，会一些简单的焊接。")
                .qa("你单位为什么安排" + WORKER + "从事电焊作业？", "今年2月下旬有一批钢结构件赶工期，原来的两名持证焊工"
                        + "有一名辞职了，车间主任就临时安排" + WORKER + "帮忙焊一些支架，从2月26日开始断断续续在焊。"
                        + "这个事情我知道，当时想着等工期过了再送他去培训，没有想到这是违法的。")
                .qa("你单位对特种作业人员是如何管理的？", "公司有特种作业人员台账，由安全环保部负责，现在持证的有电工2人、"
                        + "焊工1人、叉车司机3人。" + WORKER + "没有登记在台账里。")
                .qa("检查后你单位采取了哪些整改措施？", "检查当天就让" + WORKER + "停止焊接作业，调回打磨岗位。"
                        + "公司已经给他和另外一名员工报名参加熔化焊接与热切割作业的培训考试，又新招了一名持证焊工，"
                        + "并对全公司特种作业人员重新排查了一遍，更新了台账。")
                .qa("你单位此前是否因安全生产违法行为受到过行政处罚？", "没有。")
                .qa("你还有什么需要补充的吗？", "没有了。我们认识到了错误，一定按要求整改到位，希望从轻处理。")
                .plain("（以上笔录我已看过，与我说的一致。）")
                .signLines(new SignLine("被询问人（签名）", LEGAL_REP, INQUIRED),
                        new SignLine("询问人（签名）", OFFICERS, INQUIRED),
                        new SignLine("记录人（签名）", OFFICER_2, INQUIRED))
                .build();
    }

    static OfficialDocument inquiryRecordWorker() {
        return doc("询问笔录", null, INQUIRED).subtitle("（" + WORKER + "）").pageNumbers(PageNumbers.PAGE_OF_TOTAL)
                .fields(FieldTable.builder(4)
                        .row("询问时间", d(INQUIRED) + " 14时30分至15时20分")
                        .row("询问地点", UNIT + "二楼会议室")
                        .row("被询问人", WORKER, "性别", "男")
                        .row("身份证号码", WORKER_ID, "联系电话", WORKER_PHONE)
                        .row("住址", WORKER_ADDRESS)
                        .row("工作单位", UNIT, "岗位", "二号车间打磨工")
                        .row("询问人", OFFICER_CERTS)
                        .row("记录人", OFFICER_2)
                        .build())
                .qa("我们是西安市应急管理局的执法人员（出示行政执法证件），现依法向你了解有关情况，你应当如实回答。"
                        + "你是否申请执法人员回避？", "不申请。")
                .qa("你在" + UNIT + "从事什么工作？什么时候入职的？", "我是2022年7月入职的，在二号车间做下料和打磨。")
                .qa(d(INSPECTED) + "上午检查时你在做什么？", "我在二号车间的焊接工位用电焊机焊钢结构的支架。")
                .qa("是谁安排你做电焊作业的？", "是车间主任安排的。今年2月底车间赶活，焊工不够，主任让我帮忙焊一些简单的支架。")
                .qa("你从什么时候开始做电焊作业？", "从2月26日开始，有活的时候就焊，一周大概三四天。")
                .qa("你是否取得了特种作业操作证？", "没有。我没有参加过焊工的培训和考试，焊接是跟车间的老师傅学的。")
                .qa("公司是否对你进行过电焊作业的安全培训？", "入职的时候参加过公司的三级安全教育，没有专门的焊工培训。")
                .qa("检查以后公司是怎么处理的？", "当天就不让我焊了，回到打磨岗位。公司给我报了焊工培训班，下个月参加考试。")
                .qa("你还有什么需要补充的吗？", "没有。")
                .plain("（以上笔录我已看过，与我说的一致。）")
                .signLines(new SignLine("被询问人（签名）", WORKER, INQUIRED),
                        new SignLine("询问人（签名）", OFFICERS, INQUIRED),
                        new SignLine("记录人（签名）", OFFICER_2, INQUIRED))
                .build();
    }

    // ------------------------------------------------------------------ 整改复查意见书

    static OfficialDocument recheckOpinion() {
        return doc("整改复查意见书", RECHECK_NUMBER, RECHECKED)
                .plain(UNIT + "：")
                .paragraph("我局于" + d(INSPECTED) + "对你单位作出了《责令限期整改指令书》（" + ORDER_NUMBER + "），"
                        + "经对你单位整改情况进行复查，提出如下意见：")
                .paragraph("1." + WORKER + "已于" + d(INSPECTED) + "停止电焊作业，调回打磨岗位，复查时未发现其从事特种作业；")
                .paragraph("2.你单位已新聘用持有熔化焊接与热切割作业操作证的焊工一名，并安排" + WORKER + "等二人报名参加"
                        + "熔化焊接与热切割作业安全技术培训和考核；")
                .paragraph("3.你单位已对全公司特种作业人员进行排查，重新建立特种作业人员管理台账，现场设置了特种作业人员持证上岗公示牌。")
                .paragraph("经复查，上述问题已于" + d(RECTIFY_BY) + "前整改完毕，整改合格。你单位应当持续落实特种作业人员持证上岗制度。"
                        + "对你单位的违法行为，我局另行依法处理。")
                .signLines(new SignLine("安全生产监管执法人员（签名）", OFFICERS, RECHECKED),
                        new SignLine("被复查单位负责人（签名）", LEGAL_REP, RECHECKED))
                .signature(AGENCY, RECHECKED)
                .note("本文书一式两份：一份由西安市应急管理局备案，一份交被复查单位。")
                .build();
    }

    // ------------------------------------------------------------------ 案件调查终结报告

    static OfficialDocument investigationReport() {
        return doc("案件调查终结报告", null, REPORTED)
                .fields(FieldTable.builder(4)
                        .row("案件名称", CASE_TITLE)
                        .row("立案日期", d(FILED), "立案编号", FILING_NUMBER)
                        .row("承办人", OFFICERS, "调查终结日期", d(REPORTED))
                        .build())
                .heading("一、当事人基本情况")
                .paragraph(UNIT + "，统一社会信用代码" + CREDIT_CODE + "，住所" + UNIT_ADDRESS + "，法定代表人" + LEGAL_REP
                        + "，成立于" + d(ESTABLISHED) + "，经营范围为" + BUSINESS_SCOPE + "，从业人员" + EMPLOYEES + "人。")
                .heading("二、案件来源及调查经过")
                .paragraph(d(INSPECTED) + "，执法人员" + OFFICERS + "对该公司进行“双随机”监督检查时发现本案线索，"
                        + "当场制作现场检查记录，下达责令限期整改指令书。" + d(FILED) + "经批准立案。" + d(INQUIRY_NOTICE)
                        + "向当事人送达询问通知书，" + d(INQUIRED) + "分别询问了当事人法定代表人" + LEGAL_REP + "和员工" + WORKER
                        + "，调取了营业执照、员工花名册、劳动合同等书证。" + d(RECHECKED) + "进行了整改复查，整改合格。")
                .heading("三、违法事实")
                .paragraph("经查，当事人自2024年2月26日起安排未取得熔化焊接与热切割作业特种作业操作证的员工" + WORKER
                        + "在二号车间从事电焊作业，至" + d(INSPECTED) + "被执法人员检查发现。")
                .heading("四、证据")
                .paragraph("1.现场检查记录及现场照片3张，证明" + d(INSPECTED) + WORKER + "在二号车间从事电焊作业的事实；"
                        + "2.执法记录仪音频资料，证明检查过程；3.特种作业操作证查询结果截图，证明" + WORKER + "未取得特种作业操作证；"
                        + "4.营业执照复印件，证明当事人主体资格；5." + LEGAL_REP + "询问笔录（当事人的陈述）；6." + WORKER
                        + "询问笔录（证人证言）；7.员工花名册及劳动合同复印件，证明" + WORKER + "系当事人员工；"
                        + "8.整改复查意见书，证明当事人已按期整改。")
                .paragraph("以上证据来源合法，内容真实，相互印证，足以认定违法事实。")
                .heading("五、定性及处罚依据")
                .paragraph("当事人的行为违反了" + VIOLATED + "“" + VIOLATED_TEXT + "”的规定，依据" + PENALTY_BASIS
                        + "应当予以处罚。")
                .heading("六、裁量理由及处理意见")
                .paragraph("本案涉及无证上岗人员1人，当事人系初次违法，未造成生产安全事故等危害后果，检查当日即停止违法行为，"
                        + "并按期完成整改，属于主动消除违法行为危害后果，依据" + MITIGATION_BASIS + "和《应急管理行政裁量权基准暂行规定》"
                        + "（应急管理部令第12号）的规定，应当从轻处罚。参照本局同类案件处罚情况，建议对当事人处以" + FINE_TEXT
                        + "的行政处罚。拟处罚款数额未达到较大数额罚款标准，不适用听证程序。")
                .signLines(new SignLine("承办人（签名）", OFFICERS, REPORTED))
                .fields(FieldTable.builder(2)
                        .box("承办机构意见", "同意承办人意见，报法制审核。", "负责人：" + HEAD_OF_DIVISION, REPORTED)
                        .build())
                .build();
    }

    // ------------------------------------------------------------------ 法制审核意见书

    static OfficialDocument legalReview() {
        return doc("法制审核意见书", REVIEW_NUMBER, REVIEWED)
                .plain("执法支队：")
                .paragraph("你支队报送的" + CASE_TITLE + "（" + FILING_NUMBER + "）案卷材料收悉。经法制审核，意见如下：")
                .paragraph("一、主体与权限。当事人" + UNIT + "主体资格明确，营业执照、统一社会信用代码在卷；"
                        + "本案属于本局法定职权范围，执法人员" + OFFICERS + "具有行政执法资格。")
                .paragraph("二、事实与证据。当事人安排未取得熔化焊接与热切割作业特种作业操作证的员工" + WORKER
                        + "从事电焊作业的事实，有现场检查记录、现场照片、查询截图、询问笔录等证据证明，证据确实充分，相互印证。")
                .paragraph("三、法律适用。当事人的行为违反" + VIOLATED + "，适用" + PENALTY_BASIS + "处罚，定性准确，适用依据正确。")
                .paragraph("四、程序。本案于" + d(INSPECTED) + "发现，" + d(FILED) + "立案，调查取证由两名执法人员进行，"
                        + "询问笔录经被询问人核对签名，程序合法。处罚决定作出前应当依法履行告知程序，听取当事人的陈述和申辩。")
                .paragraph("五、裁量。当事人初次违法、涉及1人、按期整改，拟处" + FINE_TEXT + "，在法定幅度内，"
                        + "考虑了从轻情节，裁量适当。")
                .paragraph("审核结论：同意承办机构的处理意见，可以进入行政处罚告知程序。")
                .signLines(new SignLine("法制审核人员（签名）", LEGAL_REVIEWER, REVIEWED))
                .signature(AGENCY + "政策法规处", REVIEWED, "（处室章）")
                .build();
    }

    // ------------------------------------------------------------------ 行政处罚告知书

    static OfficialDocument penaltyNotice() {
        return doc("行政处罚告知书", NOTICE_NUMBER, NOTIFIED)
                .plain(UNIT + "：")
                .paragraph("经查，你单位自2024年2月26日起安排未取得熔化焊接与热切割作业特种作业操作证的员工" + WORKER
                        + "在二号车间从事电焊作业，" + d(INSPECTED) + "被我局执法人员检查发现。以上事实有现场检查记录、现场照片、"
                        + "特种作业操作证查询结果、询问笔录等证据为证。")
                .paragraph("你单位的上述行为违反了" + VIOLATED + "的规定，依据" + PENALTY_BASIS + "的规定，鉴于你单位初次违法、"
                        + "按期完成整改，主动消除了违法行为危害后果，依据" + MITIGATION_BASIS + "的规定，我局拟对你单位作出"
                        + FINE_TEXT + "的行政处罚。")
                .paragraph("根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你单位有权进行陈述和申辩。"
                        + "你单位如有陈述、申辩意见，可以在收到本告知书之日起三日内向我局提出，逾期视为放弃陈述和申辩的权利。")
                .plain("联系人：" + OFFICER_1 + "　　联系电话：029-8XXX3507")
                .plain("地址：" + AGENCY_ADDRESS)
                .signature(AGENCY, NOTIFIED)
                .note("本文书一式两份：一份留存，一份交当事人。")
                .build();
    }

    // ------------------------------------------------------------------ 陈述申辩笔录

    static OfficialDocument statementRecord() {
        return doc("陈述申辩笔录", null, STATED).pageNumbers(PageNumbers.PAGE_OF_TOTAL)
                .fields(FieldTable.builder(4)
                        .row("时间", d(STATED) + " 10时00分至10时40分")
                        .row("地点", "西安市应急管理局执法支队第三询问室")
                        .row("陈述申辩人", LEGAL_REP, "职务", LEGAL_REP_POSITION)
                        .row("单位", UNIT)
                        .row("承办人", OFFICERS, "记录人", OFFICER_2)
                        .build())
                .qa("我局于" + d(NOTIFIED) + "向你单位送达了《行政处罚告知书》（" + NOTICE_NUMBER + "），"
                        + "现依法听取你单位的陈述和申辩。你对告知书认定的违法事实有无异议？", "没有异议，事实是清楚的。")
                .qa("你对拟作出的处罚有什么陈述和申辩意见？", "我们公司是第一次违法，检查当天就让" + WORKER + "停了焊接，"
                        + "已经按期整改完了，也新招了持证焊工。今年订单少，资金比较紧张，请求减轻处罚，把罚款降到一万元。")
                .qa("你还有其他证据材料需要提交吗？", "提交整改情况报告一份、新聘焊工的操作证复印件一份。")
                .qa("还有什么补充？", "没有了。")
                .paragraph("复核意见：当事人提出的初次违法、按期整改等情节，已在拟处罚意见中作为从轻情节予以考虑；"
                        + "经营困难不属于法定从轻或者减轻处罚的情形。当事人未提出新的事实、理由和证据，申辩理由不能成立，"
                        + "维持拟处罚意见。")
                .plain("（以上笔录我已看过，与我说的一致。）")
                .signLines(new SignLine("陈述申辩人（签名）", LEGAL_REP, STATED),
                        new SignLine("承办人（签名）", OFFICERS, STATED),
                        new SignLine("记录人（签名）", OFFICER_2, STATED))
                .build();
    }

    // ------------------------------------------------------------------ 行政处罚决定书

    static OfficialDocument penaltyDecision() {
        return doc("行政处罚决定书", DECISION_NUMBER, DECIDED)
                .plain("被处罚单位：" + UNIT)
                .plain("统一社会信用代码：" + CREDIT_CODE)
                .plain("地址：" + UNIT_ADDRESS)
                .plain("法定代表人：" + LEGAL_REP + "　　职务：执行董事兼总经理")
                .paragraph("我局执法人员于" + d(INSPECTED) + "对你单位进行监督检查时，发现你单位涉嫌使用未取得特种作业操作证的人员"
                        + "从事电焊作业，我局于" + d(FILED) + "立案调查。现已调查终结。")
                .paragraph("经查，你单位自2024年2月26日起安排未取得熔化焊接与热切割作业特种作业操作证的员工" + WORKER
                        + "在二号车间从事电焊作业，至" + d(INSPECTED) + "被检查发现。")
                .paragraph("以上事实有现场检查记录、现场照片3张、执法记录仪音频资料、特种作业操作证查询结果截图、营业执照复印件、"
                        + LEGAL_REP + "和" + WORKER + "的询问笔录、员工花名册及劳动合同复印件、整改复查意见书等证据为证。")
                .paragraph("你单位的上述行为违反了" + VIOLATED + "的规定。")
                .paragraph("我局于" + d(NOTIFIED) + "向你单位送达了《行政处罚告知书》（" + NOTICE_NUMBER + "），告知你单位拟作出"
                        + "行政处罚的事实、理由、依据和处罚内容以及依法享有的陈述、申辩权利。你单位于" + d(STATED)
                        + "提出陈述申辩，请求减轻处罚。经复核，你单位初次违法、按期整改的情节已作为从轻情节予以考虑，"
                        + "经营困难不属于法定从轻或者减轻处罚的情形，申辩理由不予采纳。")
                .paragraph("依据" + PENALTY_BASIS + "和" + MITIGATION_BASIS + "的规定，决定给予你单位" + FINE_TEXT
                        + "的行政处罚。")
                .paragraph("罚款限你单位自收到本决定书之日起十五日内缴至指定银行（通过陕西省非税收入收缴系统缴款，"
                        + "缴款码见随附的非税收入一般缴款书）。逾期不缴纳的，我局将依据《中华人民共和国行政处罚法》第七十二条第一款"
                        + "第一项的规定，每日按罚款数额的百分之三加处罚款。")
                .paragraph("你单位如不服本决定，可以自收到本决定书之日起六十日内依法向西安市人民政府申请行政复议，"
                        + "或者在六个月内依法向西安铁路运输法院提起行政诉讼，但本决定不停止执行，法律另有规定的除外。")
                .signature(AGENCY, DECIDED)
                .note("本文书一式两份：一份留存，一份交被处罚单位。")
                .build();
    }

    // ------------------------------------------------------------------ 文书送达回执

    static OfficialDocument deliveryReceipt(String servedTitle, String servedNumber, LocalDate served,
                                            String place, String method) {
        return doc("文书送达回执", null, served).subtitle("（" + servedTitle + "）")
                .fields(FieldTable.builder(4)
                        .row("送达文书名称", servedTitle)
                        .row("文书编号", servedNumber)
                        .row("受送达人", UNIT)
                        .row("送达地点", place)
                        .row("送达方式", method, "送达时间", d(served))
                        .row("送达人", OFFICERS)
                        .box("受送达人签名或者盖章", "已收到上述文书。", LEGAL_REP + "（" + UNIT + "）", served)
                        .tall("代收人及代收理由", "无", 40f)
                        .tall("备注", "受送达人当场签收。", 40f)
                        .build())
                .signature(AGENCY, served)
                .build();
    }

    // ------------------------------------------------------------------ 罚款缴纳凭证

    static OfficialDocument paymentReceipt() {
        return OfficialDocument.builder("罚款缴纳凭证").organ("陕西省非税收入一般缴款书（收据联）")
                .number("票据号码：6101240425XXXX")
                .info(AGENCY, CASE_TITLE, CASE_NUMBER + " 全流程模拟案卷（虚构）")
                .fixedTimestamp(ZonedDateTime.of(PAID, LocalTime.of(15, 10), ZONE))
                .fields(FieldTable.builder(4)
                        .row("缴款日期", d(PAID), "执收单位", AGENCY)
                        .row("缴款人全称", UNIT)
                        .row("缴款人账号", "6102 **** **** 3318", "开户银行", "某某银行西安未央支行")
                        .row("收款人全称", "西安市财政局")
                        .row("项目名称", "应急管理罚没收入", "决定书文号", DECISION_NUMBER)
                        .row("金额（小写）", "20000.00元", "金额（大写）", "贰万元整")
                        .row("缴款方式", "网上银行转账", "交易流水号", "2024042515XXXX8806")
                        .tall("备注", "缴纳" + DECISION_NUMBER + "行政处罚决定书确定的罚款；收款银行已确认到账。"
                                + "（演示案卷虚构凭证，非真实票据）", 50f)
                        .build())
                .signature("收款银行（业务专用章）", PAID, "（银行盖章）")
                .build();
    }

    // ------------------------------------------------------------------ 结案审批表

    static OfficialDocument closingApproval() {
        return doc("结案审批表", null, CLOSED).pageNumbers(PageNumbers.PAGE_OF_TOTAL)
                .fields(FieldTable.builder(4)
                        .row("案件名称", CASE_TITLE)
                        .row("立案日期", d(FILED), "立案编号", FILING_NUMBER)
                        .row("当事人", UNIT, "法定代表人", LEGAL_REP)
                        .row("处罚决定书文号", DECISION_NUMBER, "决定日期", d(DECIDED))
                        .row("违法事实", "安排未取得熔化焊接与热切割作业特种作业操作证的员工" + WORKER + "从事电焊作业。")
                        .row("处罚依据", PENALTY_BASIS)
                        .row("处罚内容", FINE_TEXT)
                        .row("送达情况", d(DECISION_SERVED) + "直接送达，" + LEGAL_REP + "签收")
                        .row("执行情况", "当事人于" + d(PAID) + "全额缴纳罚款20000元，违法行为已于" + d(RECTIFY_BY) + "前整改完毕。")
                        .row("复议诉讼情况", "当事人未申请行政复议，未提起行政诉讼。")
                        .box("承办人意见", "本案处罚决定已执行完毕，建议结案，案卷立卷归档。", "承办人：" + OFFICERS, CLOSED)
                        .box("承办机构意见", "同意结案。", "负责人：" + HEAD_OF_DIVISION, CLOSED)
                        .box("审批意见", "同意结案归档。", "审批人：" + DEPUTY_DIRECTOR, CLOSED)
                        .build())
                .build();
    }

    // ------------------------------------------------------------------ evidence documents

    static OfficialDocument businessLicenceCopy() {
        return OfficialDocument.builder("营业执照（副本）复印件").organ("证据材料")
                .info(AGENCY, CASE_TITLE, CASE_NUMBER + " 全流程模拟案卷（虚构）")
                .fixedTimestamp(ZonedDateTime.of(INSPECTED, LocalTime.of(11, 0), ZONE))
                .pageNumbers(PageNumbers.NONE)
                .fields(FieldTable.builder(2)
                        .row("统一社会信用代码", CREDIT_CODE)
                        .row("名称", UNIT)
                        .row("类型", "有限责任公司（自然人投资或控股）")
                        .row("法定代表人", LEGAL_REP)
                        .row("注册资本", "伍佰万元人民币")
                        .row("成立日期", d(ESTABLISHED))
                        .row("住所", UNIT_ADDRESS)
                        .row("经营范围", BUSINESS_SCOPE + "；机械设备租赁。（依法须经批准的项目，经相关部门批准后方可开展经营活动）")
                        .row("登记机关", "西安市未央区市场监督管理局")
                        .build())
                .paragraph("此复印件与原件一致。")
                .signLines(new SignLine("当事人（签名或者盖章）", LEGAL_REP + "（" + UNIT + "）", INSPECTED),
                        new SignLine("提取人（签名）", OFFICERS, INSPECTED))
                .note("演示案卷中的虚构材料，按营业执照记载事项转录，非真实证照。")
                .build();
    }

    static OfficialDocument staffRoster() {
        return OfficialDocument.builder("员工花名册及劳动合同（摘录）复印件").organ("证据材料")
                .info(AGENCY, CASE_TITLE, CASE_NUMBER + " 全流程模拟案卷（虚构）")
                .fixedTimestamp(ZonedDateTime.of(INQUIRED, LocalTime.of(16, 0), ZONE))
                .pageNumbers(PageNumbers.NONE)
                .heading("一、二号车间员工花名册（摘录）")
                .fields(FieldTable.builder(14f, 14f, 22f, 18f, 32f)
                        .cells(new FieldTable.Cell("序号", true, 1, 0, null), new FieldTable.Cell("姓名", true, 1, 0, null),
                                new FieldTable.Cell("岗位", true, 1, 0, null), new FieldTable.Cell("入职日期", true, 1, 0, null),
                                new FieldTable.Cell("特种作业操作证", true, 1, 0, null))
                        .cells(cell("1"), cell("马某"), cell("焊工"), cell("2018年3月"), cell("熔化焊接与热切割作业，有效"))
                        .cells(cell("2"), cell(WORKER), cell("打磨工"), cell("2022年7月"), cell("无"))
                        .cells(cell("3"), cell("何某"), cell("下料工"), cell("2021年4月"), cell("无（非特种作业岗位）"))
                        .cells(cell("4"), cell("郭某"), cell("叉车司机"), cell("2019年9月"), cell("叉车司机，有效"))
                        .build())
                .heading("二、劳动合同（摘录）")
                .paragraph("甲方：" + UNIT + "；乙方：" + WORKER + "，身份证号码" + masked(WORKER_ID) + "。"
                        + "合同期限自2022年7月1日起至2025年6月30日止；乙方从事二号车间打磨岗位工作。")
                .paragraph("此复印件与原件一致。")
                .signLines(new SignLine("当事人（签名或者盖章）", LEGAL_REP + "（" + UNIT + "）", INQUIRED),
                        new SignLine("提取人（签名）", OFFICERS, INQUIRED))
                .note("演示案卷中的虚构材料。")
                .build();
    }

    private static FieldTable.Cell cell(String text) {
        return new FieldTable.Cell(text, false, 1, 0, null);
    }
}
