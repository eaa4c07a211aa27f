package org.jrw.logic.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jrw.logic.meeting.MeetingMinutes;
import org.jrw.logic.pdf.OfficialDocumentWriter;
import org.jrw.model.Circumstances;
import org.jrw.model.Finding;
import org.jrw.model.Role;
import org.jrw.model.Severity;
import org.jrw.model.meeting.AgendaItem;
import org.jrw.model.meeting.Attendee;
import org.jrw.model.meeting.Meeting;
import org.jrw.model.review.ReviewPoint;
import org.jrw.model.review.ViewKind;
import org.junit.jupiter.api.Test;

/** The minutes in the official layout: page numbers — 1 —, nothing left blank, no notes. */
class MinutesDocumentTest {
    @Test
    void minutesSayWhatWasNotRecordedAndCarryNoNotes() throws IOException {
        var r = OpinionContentTest.review(OpinionContentTest.agreeAllExcept(OpinionContentTest.view(ReviewPoint.DISCRETION,
                "m3", ViewKind.OBJECT, "罚款应为1万元【知】")), OpinionContentTest.REC);
        Meeting m = new Meeting("mt1", "c1", "2026-12-07T01:00:00Z", "2026-12-07T02:30:00Z", null, "王建国", null,
                List.of(new Attendee("王建国", Role.OFFICER, "西安市应急管理局", "m1"),
                        new Attendee("李律师", Role.LEGAL_ADVISER, null, "m2"), new Attendee("赵工", Role.EXPERT, null, "m3")),
                List.of(new AgendaItem(ReviewPoint.DISCRETION, 600, AgendaItem.State.DISCUSSED, "按多数意见")));
        Finding f = new Finding("X", Severity.WARNING, "裁量", "拟罚数额高于样例档次（见 https://example.org）", "b", List.of());
        byte[] pdf = new OfficialDocumentWriter().write(MeetingMinutes.document(
                OpinionContentTest.dossier(false, Circumstances.NONE), r, List.of(f), m));
        String t;
        try (PDDocument d = Loader.loadPDF(pdf)) {
            t = new PDFTextStripper().getText(d).replaceAll("[\\s\u3000]+", "");
        }
        assertThat(t).contains("联审会议记录", "未记录", "—1—", "（警示）拟罚数额高于样例档次。", "赵工（行业领域专家）对“裁量是否适当”持保留意见：罚款应为1万元")
                .doesNotContain("【", "https", "第1页", "null", "李某强");
    }
}
