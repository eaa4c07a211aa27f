package org.jrw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jrw.codec.Json;
import org.jrw.logic.dossier.DossierService;
import org.jrw.logic.meeting.MeetingService;
import org.jrw.persistence.Workspace;
import org.jrw.testing.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeetingCommandsTest {
    @TempDir
    Path tmp;

    @Test
    @SuppressWarnings("unchecked")
    void meetingsAreListedAndTheirMinutesPrinted() throws Exception {
        Path ws = tmp.resolve("ws");
        assertThat(CliRunner.run("--workspace", ws.toString(), "init", "--demo").code()).isZero();
        CliRunner.Run none = CliRunner.run("--workspace", ws.toString(), "--json", "meeting", "list", "西应急罚〔2024〕37号");
        assertThat(none.code()).isZero();
        assertThat((List<?>) Json.readMap(none.out()).get("meetings")).isEmpty();
        CliRunner.Run noMinutes = CliRunner.run("--workspace", ws.toString(), "--json", "meeting", "minutes",
                "西应急罚〔2024〕37号", "--out", tmp.resolve("x.pdf").toString());
        assertThat(noMinutes.code()).isEqualTo(2);
        assertThat(tmp.resolve("x.pdf")).doesNotExist();

        String id;
        try (Workspace w = Workspace.open(ws)) {
            String caseId = new DossierService(w).list().get(0).caseId();
            MeetingService ms = new MeetingService(w);
            id = ms.end(ms.start(caseId, "周主任", "吴某记", "会议室", List.of())).id();
        }
        CliRunner.Run list = CliRunner.run("--workspace", ws.toString(), "--json", "meeting", "list", "西应急罚〔2024〕37号");
        assertThat(list.code()).isZero();
        List<Map<String, Object>> ms = (List<Map<String, Object>>) Json.readMap(list.out()).get("meetings");
        assertThat(ms).hasSize(1);
        assertThat(ms.get(0)).containsEntry("id", id).containsEntry("chair", "周主任").containsKey("agenda");

        Path out = tmp.resolve("minutes.pdf");
        CliRunner.Run m = CliRunner.run("--workspace", ws.toString(), "--json", "meeting", "minutes",
                "西应急罚〔2024〕37号", "--meeting", id.substring(0, 6), "--out", out.toString());
        assertThat(m.code()).as(m.err()).isZero();
        assertThat(Files.readAllBytes(out)).startsWith("%PDF".getBytes());
        CliRunner.Run unknown = CliRunner.run("--workspace", ws.toString(), "meeting", "minutes",
                "西应急罚〔2024〕37号", "--meeting", "zzzz", "--out", tmp.resolve("y.pdf").toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("zzzz");
        assertThat(tmp.resolve("y.pdf")).doesNotExist();
    }
}
