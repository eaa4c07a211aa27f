package org.jrw.logic.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups of domain terms that mean the same in work-safety enforcement texts (无证 / 未取得…操作证,
 * 焊工 / 焊接与热切割作业 …). A query term containing one member also finds the others. The
 * groups are deliberately small: each member must be specific enough to not flood the results.
 */
public final class DomainSynonyms {
    static final List<List<String>> GROUPS = List.of(
            List.of("无证", "未取得", "未持证", "无资格", "无特种作业资格", "未经专门", "无操作证", "不具备资格", "没有证", "操作证", "已失效", "未按期复审", "未复审"),
            List.of("焊接", "电焊", "焊工", "焊接与热切割", "熔化焊接", "气焊", "热切割", "动火"),
            List.of("电工", "低压电工", "电工作业"),
            List.of("特种作业", "特种作业操作证", "特种作业资格", "持证上岗", "操作资格"),
            List.of("假证", "伪造", "持假证", "造假", "仿冒", "假冒"),
            List.of("安全出口", "疏散出口", "紧急出口", "疏散通道", "逃生通道", "消防通道", "紧急疏散"),
            List.of("锁闭", "上锁", "锁住", "锁死", "封堵", "堵塞", "占用"),
            List.of("粉尘", "粉尘涉爆", "粉尘防爆", "除尘", "木粉", "泄爆", "抑爆", "粉尘爆炸"),
            List.of("有限空间", "受限空间", "密闭空间"),
            List.of("烟花爆竹", "烟花", "鞭炮", "爆竹", "炮仗"),
            List.of("未经许可", "无经营许可", "无零售许可", "无许可", "无许可证", "没许可证", "没有许可证", "未取得许可", "私自", "擅自", "非法"),
            List.of("销售", "出售", "售卖", "贩卖", "卖"),
            List.of("危险化学品", "危化品", "危化", "化学品"),
            List.of("煤矿", "矿井", "井下"),
            List.of("应急预案", "应急救援预案", "预案", "应急演练", "预案演练"),
            List.of("主要负责人", "负责人", "法定代表人", "老板", "厂长"),
            List.of("报警器", "报警装置", "探头", "可燃气体报警", "检测报警", "气体探测"),
            List.of("安全设备", "消防设施", "消防栓", "消火栓", "灭火器"),
            List.of("维护", "维修", "保养", "检测", "检修", "定期检测"),
            List.of("安评", "安全评价", "评价机构", "中介机构", "安评机构"),
            List.of("虚假报告", "失实报告", "报告失实", "虚假", "失实"),
            List.of("出租", "租赁", "承租", "出借"),
            List.of("外包", "承包", "发包", "承包单位", "发包单位"),
            List.of("责任制", "安全生产责任制", "全员安全生产责任制"),
            List.of("培训", "教育培训", "安全培训", "安全教育"),
            List.of("叉车", "场内专用机动车辆", "厂内机动车"),
            List.of("冷库", "制冷", "冷藏"),
            List.of("移送", "涉嫌犯罪", "刑事", "行刑衔接", "公安机关", "追究刑事责任"),
            List.of("重大事故隐患", "重大隐患"),
            List.of("储存", "存放", "仓储", "囤积", "堆放"),
            List.of("警示标志", "警示标识", "安全警示", "警示牌"),
            List.of("台账", "管理台账", "档案"),
            List.of("举报", "投诉", "12345"),
            List.of("油漆", "易燃液体", "固化剂", "涂料"),
            List.of("除尘器", "除尘系统", "滤筒"),
            List.of("防隔水煤柱", "煤柱", "隔水"));

    private DomainSynonyms() {
    }

    /** A member of a group found in a text, with the group's other members. */
    public record Match(String term, int start, List<String> alternatives) {
        public int end() {
            return start + term.length();
        }
    }

    /**
     * The group members occurring in {@code text}, longest first and without overlaps, in text
     * order. Each comes with its group's other members.
     */
    public static List<Match> find(String text) {
        List<Match> all = new ArrayList<>();
        for (List<String> g : GROUPS) {
            for (String m : g) {
                int i = text.indexOf(m);
                while (i >= 0) {
                    List<String> alts = g.stream().filter(x -> !x.equals(m)).toList();
                    all.add(new Match(m, i, alts));
                    i = text.indexOf(m, i + 1);
                }
            }
        }
        all.sort(Comparator.comparingInt((Match x) -> -x.term().length()).thenComparingInt(Match::start));
        List<Match> chosen = new ArrayList<>();
        boolean[] used = new boolean[text.length()];
        for (Match m : all) {
            boolean free = true;
            for (int k = m.start(); k < m.end(); k++) {
                free &= !used[k];
            }
            if (free) {
                for (int k = m.start(); k < m.end(); k++) {
                    used[k] = true;
                }
                chosen.add(m);
            }
        }
        chosen.sort(Comparator.comparingInt(Match::start));
        return chosen;
    }
}
