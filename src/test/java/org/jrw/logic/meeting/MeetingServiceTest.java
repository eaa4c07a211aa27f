package org.jrw.logic.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jrw.i18n.Messages;
import org.jrw.logic.audit.Audit;
import org.jrw.logic.demo.DemoContent;
import org.jrw.logic.dossier.DossierService;
import org.jrw.logic.review.ReviewService;
import org.jrw.logic.task.Progress;
import org.jrw.model.BadInputException;
import org.jrw.model.Role;
import org.jrw.model.meeting.AgendaItem;
import org.jrw.model.meeting.Attendee;
import org.jrw.model.meeting.Meeting;
import org.jrw.model.review.ReviewPoint;
import org.jrw.model.review.ViewKind;
import org.jrw.persistence.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeetingServiceTest {
    @TempDir
    Path tmp;

    @Test
    void aMeetingIsHeldSavedEndedAndItsMinutesCarryEveryView() throws Exception {
        Messages.setLanguage("zh");
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            DemoContent.loadDemoDossier(ws, Progress.NONE);
            String caseId = new DossierService(ws).list().get(0).caseId();
            ReviewService review = new ReviewService(ws);
            review.addMember(caseId, "张某华", "市应急管理局", Role.OFFICER, null, false);
            review.addMember(caseId, "刘某律", "某律师事务所", Role.LEGAL_ADVISER, null, false);
            review.addMember(caseId, "陈某工", "某安全技术公司", Role.EXPERT, null, false);

            MeetingService meetings = new MeetingService(ws);
            Meeting m = meetings.start(caseId, "周主任", "吴某记", "三楼会议室",
                    List.of(new Attendee("郑某列", Role.OFFICER, "执法支队", null)));
            assertThat(m.attendees()).extracting(Attendee::name).containsExactly("周主任", "张某华", "刘某律", "陈某工", "郑某列");
            assertThat(m.agenda()).hasSize(7);

            var members = review.load(caseId).members();
            review.recordView(caseId, members.get(0).id(), ReviewPoint.SUBJECT, ViewKind.AGREE, "", false);
            review.recordView(caseId, members.get(1).id(), ReviewPoint.SUBJECT, ViewKind.OBJECT, "法定代表人身份证明缺少签章", false);
            review.recordView(caseId, members.get(2).id(), ReviewPoint.SUBJECT, ViewKind.SUPPLEMENT, "建议补充营业执照副本", false);

            long[] now = {0};
            MeetingSession s = new MeetingSession(m, () -> now[0]);
            s.start();
            now[0] += 125_000;
            s.decide("主体适格，会后补充身份证明签章");
            s.next();
            s.carryOver();
            meetings.save(s.meeting());
            assertThat(meetings.find(m.id()).orElseThrow().agenda().get(0).seconds()).isEqualTo(125);

            Meeting ended = meetings.end(s.end(null));
            assertThat(ended.ended()).isTrue();
            assertThat(meetings.list(caseId)).hasSize(1);
            assertThat(meetings.resolve(caseId, null).id()).isEqualTo(m.id());
            assertThat(meetings.resolve(caseId, m.id().substring(0, 8)).id()).isEqualTo(m.id());

            Path pdf = tmp.resolve("minutes.pdf");
            meetings.writeMinutes(ended, pdf);
            String text;
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            }
            assertThat(text).contains("联审会议记录", "周主任", "吴某记", "三楼会议室", "郑某列",
                    "主体是否适格", "用时2分5秒", "张某华（执法业务骨干）：同意",
                    "法定代表人身份证明缺少签章", "建议补充营业执照副本", "主体适格，会后补充身份证明签章",
                    "遗留事项", "事实是否清楚", "保留意见", "刘某律（法律顾问）对“主体是否适格”持保留意见");
            assertThat(Audit.verify(ws).intact()).isTrue();
            assertThat(Audit.list(ws, caseId, null)).extracting(r -> r.action())
                    .contains("meeting.start", "meeting.end", "meeting.minutes");
            assertThat(ended.agenda()).filteredOn(i -> i.point() == ReviewPoint.FACTS)
                    .extracting(AgendaItem::state).containsExactly(AgendaItem.State.CARRIED);
        }
    }

    @Test
    void aMeetingNeedsAChairAndAnUnknownMeetingIsBadInput() {
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            DemoContent.loadDemoDossier(ws, Progress.NONE);
            String caseId = new DossierService(ws).list().get(0).caseId();
            MeetingService meetings = new MeetingService(ws);
            assertThatThrownBy(() -> meetings.start(caseId, " ", null, null, List.of()))
                    .isInstanceOf(BadInputException.class).hasMessageContaining("主持人");
            assertThatThrownBy(() -> meetings.resolve(caseId, null)).isInstanceOf(BadInputException.class);
            meetings.start(caseId, "周主任", null, null, List.of());
            assertThatThrownBy(() -> meetings.resolve(caseId, "nope")).isInstanceOf(BadInputException.class);
        }
    }
}
