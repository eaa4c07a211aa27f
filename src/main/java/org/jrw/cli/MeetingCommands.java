package org.jrw.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jrw.i18n.Messages;
import org.jrw.logic.meeting.MeetingService;
import org.jrw.model.meeting.AgendaItem;
import org.jrw.model.meeting.Meeting;
import org.jrw.persistence.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code meeting list|minutes}: the joint review meetings held on a case in the workbench's
 * meeting mode, and their minutes (联审会议记录) as PDF. An extension of the CLI contract.
 */
final class MeetingCommands {
    private MeetingCommands() {
    }

    @Command(name = "meeting", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true,
            subcommands = {ListMeetings.class, Minutes.class})
    static final class MeetingGroup extends GroupCommand {
    }

    @Command(name = "list", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class ListMeetings extends ReadingCommand {
        @Parameters(paramLabel = "CASE", descriptionKey = "meeting.case")
        String caseRef;

        @Override
        protected Integer run(Workspace ws) {
            List<Meeting> all = new MeetingService(ws).list(caseRef);
            StringBuilder human = new StringBuilder();
            for (Meeting m : all) {
                long discussed = m.agenda().stream().filter(i -> i.state() == AgendaItem.State.DISCUSSED).count();
                human.append(Messages.get("meeting.cli.line", m.id().substring(0, 8), m.startedAt(),
                        m.endedAt() == null ? Messages.get("meeting.cli.running") : m.endedAt(), m.chair(),
                        discussed, m.agenda().size())).append('\n');
            }
            if (all.isEmpty()) {
                human.append(Messages.get("meeting.cli.noneYet"));
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("meetings", all.stream().map(MeetingService::toMap).toList());
            print(out, human.toString().stripTrailing());
            return 0;
        }
    }

    @Command(name = "minutes", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Minutes extends WorkspaceCommand {
        @Parameters(paramLabel = "CASE", descriptionKey = "meeting.case")
        String caseRef;

        @Option(names = "--meeting", paramLabel = "ID", descriptionKey = "meeting.id")
        String meetingId;

        @Option(names = "--out", required = true, paramLabel = "FILE.pdf", descriptionKey = "meeting.out")
        Path out;

        @Override
        protected Integer run(Workspace ws) {
            MeetingService service = new MeetingService(ws);
            Meeting m = service.resolve(caseRef, meetingId);
            service.writeMinutes(m, out);
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("meeting", m.id());
            o.put("file", out.toAbsolutePath().toString());
            print(o, Messages.get("meeting.cli.written", out.toString()));
            return 0;
        }
    }
}
