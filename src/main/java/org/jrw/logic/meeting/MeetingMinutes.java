package org.jrw.logic.meeting;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jrw.logic.pdf.DocumentText;
import org.jrw.logic.pdf.FieldTable;
import org.jrw.logic.pdf.OfficialDocument;
import org.jrw.model.Dossier;
import org.jrw.model.Finding;
import org.jrw.model.Party;
import org.jrw.model.Severity;
import org.jrw.model.Timestamps;
import org.jrw.model.meeting.AgendaItem;
import org.jrw.model.meeting.Attendee;
import org.jrw.model.meeting.Meeting;
import org.jrw.model.review.MemberView;
import org.jrw.model.review.Review;
import org.jrw.model.review.ViewKind;

/**
 * The minutes of a joint review meeting (联审会议记录) as an official document: the case, time and
 * place, chair, recorder and attendees; each point in the order it was taken with its time, the
 * automatic findings that concern it, every member's view and the decision; the points left open;
 * dissent (保留意见); the panel's conclusion; and signature lines for everyone present. Official
 * documents are always Chinese.
 */
public final class MeetingMinutes {
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
        "十一", "十二", "十三", "十四", "十五"};
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("H:mm");

    private MeetingMinutes() {
    }

    /**
     * The meeting's date and hours in the workstation's zone, the zone the audit trail and the
     * signatures are shown in ({@link Timestamps#zone()}), so that the three agree.
     */
    static String when(OffsetDateTime start, OffsetDateTime end) {
        ZoneId zone = Timestamps.zone();
        LocalDate day = start.atZoneSameInstant(zone).toLocalDate();
        return OfficialDocument.chineseDate(day) + " " + CLOCK.format(start.atZoneSameInstant(zone))
                + (end == null ? "" : "—" + CLOCK.format(end.atZoneSameInstant(zone)));
    }

    public static OfficialDocument document(Dossier d, Review r, List<Finding> findings, Meeting m) {
        var ci = d.caseInfo();
        OffsetDateTime start = OffsetDateTime.parse(m.startedAt());
        OffsetDateTime end = m.endedAt() == null ? null : OffsetDateTime.parse(m.endedAt());
        OfficialDocument.Builder b = OfficialDocument.builder("联审会议记录")
                .organ(ci.agency())
                .pageNumbers(OfficialDocument.PageNumbers.DASHED)
                .info(ci.agency(), "联审会议记录 " + ci.caseNumber(), "联审;会议记录;" + ci.caseNumber());
        if (end == null) {
            b.subtitle("（会议进行中）");
        }
        // the parties the violations charge: a legal representative on file is not a party
        java.util.Set<String> charged = d.violations().stream().map(v -> v.partyId())
                .filter(java.util.Objects::nonNull).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        String parties = d.parties().stream().filter(p -> charged.isEmpty() || charged.contains(p.id()))
                .map(Party::name).collect(Collectors.joining("、"));
        String time = when(start, end);
        b.fields(FieldTable.builder(new float[] {16, 34, 16, 34})
                .row("案件名称", ci.title())
                .row("案　　号", ci.caseNumber(), "当 事 人", parties)
                .row("会议时间", time, "会议地点", orUnstated(m.place()))
                .row("主 持 人", orUnstated(m.chair()), "记 录 人", orUnstated(m.recorder()))
                .tall("参会人员", attendees(m), 36f)
                .build());

        int sec = 0;
        b.heading(NUMERALS[sec++] + "、审查要点讨论情况");
        discussion(b, r, findings, m);

        b.heading(NUMERALS[sec++] + "、遗留事项");
        List<AgendaItem> open = m.agenda().stream().filter(i -> i.state() != AgendaItem.State.DISCUSSED).toList();
        if (open.isEmpty()) {
            b.paragraph("无。");
        } else {
            for (AgendaItem it : open) {
                b.paragraph(it.point().labelZh() + "：" + (it.decision().isBlank() ? "待下次会议或会后补充审查。"
                        : end(it.decision())));
            }
        }

        b.heading(NUMERALS[sec++] + "、保留意见");
        List<MemberView> dissent = r.views().stream().filter(v -> v.kind() == ViewKind.OBJECT).toList();
        if (dissent.isEmpty()) {
            b.paragraph("无。");
        } else {
            for (MemberView v : dissent) {
                b.paragraph(member(r, v.memberId()) + "对“" + v.point().labelZh() + "”持保留意见："
                        + (v.text().isBlank() ? "未载明理由。" : end(DocumentText.clean(v.text()))));
            }
        }

        b.heading(NUMERALS[sec++] + "、会议结论");
        b.paragraph(conclusion(r));
        if (end != null) {
            b.paragraph("会议于" + CLOCK.format(end.atZoneSameInstant(Timestamps.zone())) + "结束，历时"
                    + duration(Duration.between(start, end).toSeconds()) + "。");
        }

        b.plain("参会人员签名：");
        b.signLines(signLines(m));
        return b.build();
    }

    /** Section 1: each point taken up, with the automatic findings, the members' views and the meeting's view. */
    private static void discussion(OfficialDocument.Builder b, Review r, List<Finding> findings, Meeting m) {
        List<AgendaItem> taken = m.agenda().stream().filter(i -> i.state() == AgendaItem.State.DISCUSSED).toList();
        int n = 0;
        for (AgendaItem it : m.agenda()) {
            if (it.state() != AgendaItem.State.DISCUSSED && it.seconds() == 0 && r.viewsOn(it.point()).isEmpty()) {
                continue; // never taken up: listed under the open points only
            }
            b.plain("（" + NUMERALS[n++ % NUMERALS.length] + "）" + it.point().labelZh() + "（用时" + duration(it.seconds())
                    + "）");
            List<Finding> fs = findings.stream().filter(f -> it.point().findingCategory().equals(f.category())).toList();
            b.paragraph("自动审查：" + (fs.isEmpty() ? "未发现问题。" : fs.stream()
                    .map(f -> "（" + severity(f.severity()) + "）" + DocumentText.clean(f.message()).replaceAll("[。；]+$", ""))
                    .collect(Collectors.joining("；")) + "。"));
            for (MemberView v : r.viewsOn(it.point())) {
                b.paragraph(member(r, v.memberId()) + "：" + v.kind().labelZh()
                        + (v.text().isBlank() ? "。" : "，" + end(DocumentText.clean(v.text()))));
            }
            if (r.viewsOn(it.point()).isEmpty()) {
                b.paragraph("参会人员未发表意见。");
            }
            b.paragraph("会议意见：" + (it.decision().isBlank()
                    ? (it.state() == AgendaItem.State.DISCUSSED ? "无。" : "未形成意见，列为遗留事项。") : end(it.decision())));
        }
        if (taken.isEmpty() && n == 0) {
            b.paragraph("会议未讨论审查要点。");
        }
    }

    /** The panel's conclusion as the minutes state it. */
    private static String conclusion(Review r) {
        var rec = r.recommendation();
        if (rec.conclusion() == null) {
            return "联审小组尚未形成结论。";
        }
        StringBuilder sb = new StringBuilder("联审结论：" + rec.conclusion().labelZh() + "。");
        if (rec.penalty() != null && !rec.penalty().isBlank()) {
            sb.append("建议处罚：").append(end(DocumentText.clean(rec.penalty())));
        } else if (rec.fineYuan() != null) {
            sb.append("建议罚款人民币").append(DocumentText.yuan(rec.fineYuan())).append("。");
        }
        if (rec.reasoning() != null && !rec.reasoning().isBlank()) {
            sb.append("理由：").append(end(DocumentText.clean(rec.reasoning())));
        }
        return sb.toString();
    }

    /** A signature line per attendee and one for the recorder. */
    private static OfficialDocument.SignLine[] signLines(Meeting m) {
        List<OfficialDocument.SignLine> lines = new ArrayList<>();
        for (Attendee a : m.attendees()) {
            lines.add(new OfficialDocument.SignLine(a.name() + "（" + (a.role() == null ? "参会人员" : a.role().labelZh())
                    + "）", "", null));
        }
        lines.add(new OfficialDocument.SignLine("记录人" + (m.recorder() == null || m.recorder().isBlank() ? ""
                : "（" + m.recorder() + "）"), "", null));
        return lines.toArray(new OfficialDocument.SignLine[0]);
    }

    private static String attendees(Meeting m) {
        return m.attendees().stream().map(a -> a.name() + "（" + (a.role() == null ? "" : a.role().labelZh())
                + (a.organisation() == null || a.organisation().isBlank() ? "" : "，" + a.organisation()) + "）")
                .collect(Collectors.joining("、"));
    }

    private static String member(Review r, String memberId) {
        return r.member(memberId).map(p -> p.name() + "（" + p.role().labelZh() + "）").orElse(memberId);
    }

    static String duration(long seconds) {
        long min = seconds / 60;
        long s = seconds % 60;
        if (min >= 60) {
            return (min / 60) + "小时" + (min % 60) + "分";
        }
        return min == 0 ? s + "秒" : min + "分" + s + "秒";
    }

    private static String severity(Severity s) {
        return switch (s) {
            case ERROR -> "错误";
            case WARNING -> "警示";
            default -> "提示";
        };
    }

    private static String end(String t) {
        String s = t.strip();
        return s.isEmpty() || "。！？；".indexOf(s.charAt(s.length() - 1)) >= 0 ? s : s + "。";
    }

    /** A field the meeting did not record is said so, never printed empty. */
    private static String orUnstated(String s) {
        return s == null || s.isBlank() ? "未记录" : s.strip();
    }
}
