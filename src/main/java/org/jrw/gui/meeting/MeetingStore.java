package org.jrw.gui.meeting;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.jrw.gui.AppContext;
import org.jrw.logic.meeting.MeetingService;
import org.jrw.logic.review.ReviewService;
import org.jrw.model.Annotation;
import org.jrw.model.Dossier;
import org.jrw.model.Finding;
import org.jrw.model.meeting.Attendee;
import org.jrw.model.meeting.Meeting;
import org.jrw.model.review.PanelMember;
import org.jrw.model.review.Review;
import org.jrw.model.review.ReviewPoint;
import org.jrw.model.review.ViewKind;

/**
 * The background side of {@link MeetingViewModel}: its worker thread, and what it reads and saves
 * through the composed services (the case with its review, findings and annotations; the meeting,
 * its members' views and minutes; the running meeting saved on a thread of its own).
 */
final class MeetingStore {
    private final AppContext ctx;
    private final String caseId;
    private final ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "meeting-worker");
        t.setDaemon(true);
        return t;
    });
    private final ExecutorService saver = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "meeting-save");
        t.setDaemon(true);
        return t;
    });

    MeetingStore(AppContext ctx, String caseId) {
        this.ctx = ctx;
        this.caseId = caseId;
    }

    record Loaded(Dossier dossier, Review review, List<Finding> findings, List<Annotation> annotations) {
    }

    /** Loads the case, its review, findings and annotations (background thread). */
    Loaded load() {
        Dossier d = ctx.dossiers().load(caseId);
        Review r = ctx.reviews().load(caseId);
        List<Finding> fs;
        try {
            fs = ctx.checks().check(caseId).findings();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(MeetingStore.class).warn("legality checks of case {} failed; the meeting shows no findings", caseId, e);
            fs = List.of();
        }
        List<Annotation> as = ctx.annotations().list(caseId).stream().filter(a -> !a.isReply()).toList();
        return new Loaded(d, r, fs, as);
    }

    /** Runs {@code work} on the worker thread; its result, or its failure's message, goes to the JavaFX thread. */
    <T> void background(Supplier<T> work, Consumer<T> done, Consumer<String> failed) {
        pool.submit(() -> {
            try {
                T v = work.get();
                Platform.runLater(() -> done.accept(v));
            } catch (Throwable t) {
                Platform.runLater(() -> failed.accept(t.getMessage() == null ? t.toString() : t.getMessage()));
            }
        });
    }

    /** Runs {@code r} on the worker thread after what is queued there. */
    void afterQueued(Runnable r) {
        pool.submit(r);
    }

    /** Starts the meeting (stored and audited). */
    Meeting start(String chair, String recorder, String place, List<Attendee> extra) {
        MeetingService ms = ctx.meetings();
        return ms.start(caseId, chair, recorder, place, extra);
    }

    /** Records a member's view on a point through the joint review (audited); the review as it is then. */
    Review recordView(PanelMember member, ReviewPoint p, ViewKind kind, String text) {
        ReviewService rs = ctx.reviews();
        rs.recordView(caseId, member.id(), p, kind, text, false);
        return rs.load(caseId);
    }

    /** Ends and stores the meeting and writes the minutes when asked; the minutes' file. */
    Path end(Meeting m, Path minutes) {
        MeetingService ms = ctx.meetings();
        Meeting stored = ms.end(m);
        if (minutes != null) {
            ms.writeMinutes(stored, minutes);
        }
        return minutes;
    }

    /** Saves a snapshot of the running meeting on the save thread; {@code failed} hears of a failure there. */
    void saveLater(Meeting snapshot, Consumer<RuntimeException> failed) {
        saver.submit(() -> {
            try {
                ctx.meetings().save(snapshot);
            } catch (RuntimeException e) {
                failed.accept(e);
            }
        });
    }

    /** No more work or saves; what is queued still runs. */
    void shutdown() {
        saver.shutdown();
        pool.shutdown();
    }
}
