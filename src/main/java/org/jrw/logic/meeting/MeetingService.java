package org.jrw.logic.meeting;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jrw.codec.Json;
import org.jrw.logic.audit.Audit;
import org.jrw.logic.checks.CheckService;
import org.jrw.logic.dossier.DossierService;
import org.jrw.logic.pdf.OfficialDocumentWriter;
import org.jrw.logic.review.ReviewService;
import org.jrw.model.BadInputException;
import org.jrw.model.Dossier;
import org.jrw.model.Finding;
import org.jrw.model.Role;
import org.jrw.model.Timestamps;
import org.jrw.model.meeting.AgendaItem;
import org.jrw.model.meeting.Attendee;
import org.jrw.model.meeting.Meeting;
import org.jrw.model.review.PanelMember;
import org.jrw.model.review.Review;
import org.jrw.model.review.ReviewPoint;
import org.jrw.persistence.AtomicFiles;
import org.jrw.persistence.AuditDao;
import org.jrw.persistence.MeetingDao;
import org.jrw.persistence.Workspace;

/**
 * Joint review meetings: start one on a case (the panel attends, the chair leads, the agenda is
 * the seven review points), keep its state while it runs, end it, list a case's meetings and
 * print their minutes. Members' views are recorded through {@link ReviewService}, so what the
 * meeting decides is the review the opinion is printed from. Start and end are audited; the
 * running state (timers, draft decisions) is saved without an audit entry.
 */
public final class MeetingService {
    private final Workspace workspace;
    private final DossierService dossiers;

    public MeetingService(Workspace workspace) {
        this.workspace = workspace;
        this.dossiers = new DossierService(workspace);
    }

    /**
     * Starts a meeting. Attendees: every panel member, then the chair (when not a member), then
     * {@code others}. The chair is required.
     */
    public Meeting start(String caseRef, String chair, String recorder, String place, List<Attendee> others) {
        if (chair == null || chair.isBlank()) {
            throw new BadInputException("meeting.chairMissing");
        }
        writable();
        String caseId = dossiers.resolve(caseRef);
        Review r = new ReviewService(workspace).load(caseId);
        List<Attendee> people = new ArrayList<>();
        for (PanelMember m : r.members()) {
            people.add(new Attendee(m.name(), m.role(), m.organisation(), m.id()));
        }
        if (people.stream().noneMatch(a -> a.name().equals(chair.strip()))) {
            people.add(0, new Attendee(chair.strip(), Role.CHAIR, null, null));
        }
        if (others != null) {
            for (Attendee a : others) {
                if (a != null && a.name() != null && !a.name().isBlank()
                        && people.stream().noneMatch(p -> p.name().equals(a.name().strip()))) {
                    people.add(a);
                }
            }
        }
        List<AgendaItem> agenda = new ArrayList<>();
        for (ReviewPoint p : ReviewPoint.values()) {
            agenda.add(new AgendaItem(p, 0, AgendaItem.State.PENDING, ""));
        }
        Meeting m = new Meeting(UUID.randomUUID().toString(), caseId, now(), null, blankToNull(place), chair.strip(),
                blankToNull(recorder), people, agenda);
        workspace.db().inTransaction(c -> {
            MeetingDao.save(c, row(m));
            AuditDao.append(c, Audit.entry("meeting.start", caseId, List.of(m.id()), null, null,
                    details("chair", m.chair(), "attendees", people.size(), "place", m.place())));
            return null;
        });
        Audit.writeHead(workspace);
        return m;
    }

    /** Saves a running meeting's state (timers, decisions typed so far). */
    public void save(Meeting m) {
        writable();
        workspace.db().inTransaction(c -> {
            MeetingDao.save(c, row(m));
            return null;
        });
    }

    /** Ends a meeting: saves it with its end time (now, when not set) and audits the outcome. */
    public Meeting end(Meeting m) {
        writable();
        Meeting ended = m.ended() ? m : m.withEnd(now());
        Map<String, Object> outcome = new LinkedHashMap<>();
        for (AgendaItem it : ended.agenda()) {
            outcome.put(it.point().name(), it.state().name() + " " + it.seconds() + "s");
        }
        String after = org.jrw.persistence.Vault.hash(json(ended).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        workspace.db().inTransaction(c -> {
            MeetingDao.save(c, row(ended));
            AuditDao.append(c, Audit.entry("meeting.end", ended.caseId(), List.of(ended.id()), null, after,
                    Map.of("agenda", outcome)));
            return null;
        });
        Audit.writeHead(workspace);
        return ended;
    }

    /** A case's meetings, oldest first. */
    public List<Meeting> list(String caseRef) {
        String caseId = dossiers.resolve(caseRef);
        return workspace.db().withConnection(c -> MeetingDao.ofCase(c, caseId)).stream().map(MeetingService::read)
                .toList();
    }

    public Optional<Meeting> find(String id) {
        return workspace.db().withConnection(c -> MeetingDao.find(c, id)).map(MeetingService::read);
    }

    /**
     * A meeting of a case by id (or unique id prefix), or the latest one when {@code id} is null.
     * Unknown → bad input.
     */
    public Meeting resolve(String caseRef, String id) {
        List<Meeting> all = list(caseRef);
        if (all.isEmpty()) {
            throw new BadInputException("meeting.none", caseRef);
        }
        if (id == null || id.isBlank()) {
            return all.get(all.size() - 1);
        }
        List<Meeting> hit = all.stream().filter(m -> m.id().equals(id.strip()) || m.id().startsWith(id.strip())).toList();
        if (hit.size() != 1) {
            throw new BadInputException("meeting.unknown", id);
        }
        return hit.get(0);
    }

    /** The minutes as PDF bytes, from the review as it stands now and the case's current findings. */
    public byte[] minutesPdf(Meeting m) {
        Dossier d = dossiers.load(m.caseId());
        Review r = new ReviewService(workspace).load(m.caseId());
        List<Finding> findings;
        try {
            findings = new CheckService(workspace).check(m.caseId()).findings();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(MeetingService.class).warn("legality checks of case {} failed; the minutes list no findings", m.caseId(), e);
            findings = List.of();
        }
        return new OfficialDocumentWriter().write(MeetingMinutes.document(d, r, findings, m));
    }

    /** Writes the minutes atomically (a failed write leaves no partial file). */
    public void writeMinutes(Meeting m, Path out) {
        byte[] pdf = minutesPdf(m);
        try {
            Path dir = out.toAbsolutePath().getParent();
            if (dir != null) {
                java.nio.file.Files.createDirectories(dir);
            }
            AtomicFiles.write(out, pdf);
        } catch (IOException e) {
            throw new BadInputException(e, "meeting.minutes.writeFailed", String.valueOf(out), org.jrw.i18n.IoReasons.of(e));
        }
        Audit.recordNow(workspace, "meeting.minutes", m.caseId(), List.of(m.id()), null,
                org.jrw.persistence.Vault.hash(pdf), Map.of("file", String.valueOf(out.getFileName())));
    }

    /** JSON of a meeting (the stored state and the {@code --json} output). */
    public static String json(Meeting m) {
        return Json.write(m);
    }

    public static Map<String, Object> toMap(Meeting m) {
        return Json.readMap(json(m));
    }

    private static Meeting read(MeetingDao.Row r) {
        try {
            return Json.mapper().readValue(r.stateJson(), Meeting.class);
        } catch (IOException e) {
            throw new IllegalStateException("stored meeting " + r.id() + " unreadable: " + e.getMessage(), e);
        }
    }

    private static MeetingDao.Row row(Meeting m) {
        return new MeetingDao.Row(m.id(), m.caseId(), m.startedAt(), m.endedAt(), m.chair(), json(m));
    }

    private void writable() {
        if (workspace.readOnly()) {
            throw new BadInputException("meeting.readOnly");
        }
    }

    static String now() {
        return Timestamps.nowSeconds();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Map<String, Object> details(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            if (kv[i + 1] != null) {
                m.put((String) kv[i], kv[i + 1]);
            }
        }
        return m;
    }
}
