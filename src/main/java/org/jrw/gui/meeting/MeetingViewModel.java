package org.jrw.gui.meeting;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import javafx.util.Duration;
import org.jrw.gui.AppContext;
import org.jrw.gui.review.ReviewViewModel;
import org.jrw.i18n.Messages;
import org.jrw.logic.evidence.EvidenceItem;
import org.jrw.logic.evidence.PdfService;
import org.jrw.logic.meeting.MeetingSession;
import org.jrw.logic.meeting.PrivacyMask;
import org.jrw.model.Annotation;
import org.jrw.model.Dossier;
import org.jrw.model.Finding;
import org.jrw.model.meeting.AgendaItem;
import org.jrw.model.meeting.Attendee;
import org.jrw.model.meeting.Meeting;
import org.jrw.model.review.MemberView;
import org.jrw.model.review.PanelMember;
import org.jrw.model.review.Review;
import org.jrw.model.review.ReviewPoint;
import org.jrw.model.review.ViewKind;

/**
 * The state of a joint review meeting shared by the presenter console and the audience window:
 * the agenda with its timer, the material on the shared screen (item, page, zoom, highlighted
 * region, callout, blank screen), the privacy mask, and the current point's findings, annotations
 * and members' views. The chair drives it; both windows bind to it, so the audience sees exactly
 * what the chair selects. Files, PDF rendering, checks and SQL run on background threads; the
 * JavaFX thread only swaps ready results in.
 */
public final class MeetingViewModel {

    /** What the shared screen shows. {@code region} is in page points (PDF) or pixels (image). */
    public record Screen(int itemIndex, int page, double zoom, Annotation.Rect region, boolean callout, boolean blank) {
        Screen withItem(int i) {
            return new Screen(i, 1, 1, null, false, blank);
        }

        Screen withPage(int p) {
            return new Screen(itemIndex, p, zoom, null, false, blank);
        }

        Screen withZoom(double z) {
            return new Screen(itemIndex, page, z, region, callout, blank);
        }

        Screen withRegion(Annotation.Rect r, boolean c) {
            return new Screen(itemIndex, page, zoom, r, c, blank);
        }

        Screen withBlank(boolean b) {
            return new Screen(itemIndex, page, zoom, region, callout, b);
        }
    }

    /** A rendered page or image with its size in the units regions use, and the personal data on it. */
    public record Content(EvidenceItem item, int page, int pages, Image image, double unitWidth, double unitHeight,
                          double pixelsPerUnit, List<Annotation.Rect> masks, String text, String maskedText,
                          String problem) {
    }

    static final double MIN_ZOOM = 1.0;
    static final double MAX_ZOOM = 4.0;

    private final AppContext ctx;
    private final String caseId;
    private final MeetingMaterial material;
    private final MeetingStore store;
    private volatile PrivacyMask mask;
    private MeetingSession session;
    private Timeline ticker;
    private int generation;

    private final ObjectProperty<Dossier> dossier = new SimpleObjectProperty<>();
    private final ObjectProperty<Review> review = new SimpleObjectProperty<>();
    private final ObservableList<AgendaItem> agenda = FXCollections.observableArrayList();
    private final IntegerProperty currentPoint = new SimpleIntegerProperty(0);
    private final LongProperty pointSeconds = new SimpleLongProperty();
    private final LongProperty totalSeconds = new SimpleLongProperty();
    private final BooleanProperty timerRunning = new SimpleBooleanProperty();
    private final ObservableList<EvidenceItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(new Screen(0, 1, 1, null, false, false));
    private final ObjectProperty<Content> content = new SimpleObjectProperty<>();
    private final BooleanProperty masked = new SimpleBooleanProperty(true);
    private final ObservableList<Finding> pointFindings = FXCollections.observableArrayList();
    private final ObservableList<Annotation> pointAnnotations = FXCollections.observableArrayList();
    private final ObservableList<PanelMember> members = FXCollections.observableArrayList();
    private final ObservableList<MemberView> pointViews = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty started = new SimpleBooleanProperty();
    private final BooleanProperty ended = new SimpleBooleanProperty();
    private final StringProperty jumpBuffer = new SimpleStringProperty("");
    private List<Finding> findings = List.of();
    private List<Annotation> annotations = List.of();
    private int annotationCursor = -1;

    public MeetingViewModel(AppContext ctx, String caseId) {
        this.ctx = ctx;
        this.caseId = caseId;
        this.material = new MeetingMaterial(ctx);
        this.store = new MeetingStore(ctx, caseId);
        ctx.onClose(this::close);
        masked.addListener((o, a, b) -> message.set(Messages.get(b ? "meeting.gui.mask.on" : "meeting.gui.mask.off")));
    }

    // ------------------------------------------------------------------ background

    private <T> void background(Supplier<T> work, Consumer<T> done) {
        store.background(work, done, message::set);
    }

    /** Loads the case, its review, findings and annotations; {@code then} runs when ready. */
    public void load(Runnable then) {
        background(store::load, l -> {
            dossier.set(l.dossier());
            review.set(l.review());
            findings = l.findings();
            annotations = l.annotations();
            members.setAll(l.review().members());
            items.setAll(EvidenceItem.all(l.dossier()));
            if (then != null) {
                then.run();
            }
        });
    }

    /**
     * Starts the meeting (stored and audited), the timer on the first point, and shows the first
     * material. {@code maskNames}: also mask names of persons other than the parties.
     */
    public void begin(String chair, String recorder, String place, List<Attendee> extra, boolean maskNames,
                      Runnable then) {
        background(() -> {
            Meeting m = store.start(chair, recorder, place, extra);
            mask = PrivacyMask.of(dossier.get(), new PrivacyMask.Options(true, maskNames));
            return m;
        }, m -> {
            session = new MeetingSession(m);
            session.start();
            started.set(true);
            ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
            ticker.setCycleCount(Timeline.INDEFINITE);
            ticker.play();
            refreshAgenda();
            pointChanged();
            show(screen.get().withItem(0));
            message.set(Messages.get("meeting.gui.started"));
            if (then != null) {
                then.run();
            }
        });
    }

    private void tick() {
        if (session != null) {
            pointSeconds.set(session.current().seconds());
            totalSeconds.set(session.totalSeconds());
        }
    }

    private void refreshAgenda() {
        agenda.setAll(session.agenda());
        currentPoint.set(session.currentIndex());
        timerRunning.set(session.running());
        tick();
    }

    private void autosave() {
        if (session == null || ended.get()) {
            return;
        }
        Meeting snapshot = session.meeting();
        store.saveLater(snapshot, e -> Platform.runLater(() -> message.set(e.getMessage())));
    }

    // ------------------------------------------------------------------ agenda

    public void nextPoint() {
        if (session != null && session.next()) {
            refreshAgenda();
            pointChanged();
            autosave();
        }
    }

    public void previousPoint() {
        if (session != null && session.previous()) {
            refreshAgenda();
            pointChanged();
            autosave();
        }
    }

    public void goToPoint(int index) {
        if (session != null && index != session.currentIndex()) {
            session.goTo(index);
            refreshAgenda();
            pointChanged();
            autosave();
        }
    }

    public void toggleTimer() {
        if (session != null) {
            session.toggle();
            refreshAgenda();
            message.set(Messages.get(session.running() ? "meeting.gui.timer.running" : "meeting.gui.timer.paused"));
        }
    }

    /** Settles the current point with the meeting's decision and moves on to the next point. */
    public void decide(String text) {
        if (session == null) {
            return;
        }
        session.decide(text);
        message.set(Messages.get("meeting.gui.decided", ReviewViewModel.pointLabel(session.current().point())));
        session.next();
        refreshAgenda();
        pointChanged();
        autosave();
    }

    /** Leaves the current point open: it moves to the end of the agenda (遗留事项). */
    public void carryOver() {
        if (session == null) {
            return;
        }
        ReviewPoint p = session.current().point();
        session.carryOver();
        message.set(Messages.get("meeting.gui.carried", ReviewViewModel.pointLabel(p)));
        refreshAgenda();
        pointChanged();
        autosave();
    }

    private void pointChanged() {
        ReviewPoint p = currentPointValue();
        if (p == null) {
            return;
        }
        pointFindings.setAll(ReviewViewModel.findingsFor(p, findings));
        pointAnnotations.setAll(ReviewViewModel.annotationsFor(p, annotations, dossier.get()));
        annotationCursor = -1;
        Review r = review.get();
        pointViews.setAll(r == null ? List.of() : r.viewsOn(p));
    }

    public ReviewPoint currentPointValue() {
        return session == null ? null : session.current().point();
    }

    public AgendaItem upcoming() {
        return session == null ? null : session.upcoming();
    }

    /** Records a member's view on the current point through the joint review (audited). */
    public void recordView(PanelMember member, ViewKind kind, String text, Runnable done) {
        ReviewPoint p = currentPointValue();
        if (member == null || kind == null || p == null) {
            message.set(Messages.get("meeting.gui.view.incomplete"));
            return;
        }
        background(() -> store.recordView(member, p, kind, text), r -> {
            review.set(r);
            members.setAll(r.members());
            pointChanged();
            message.set(Messages.get("meeting.gui.view.recorded", member.name(), ReviewViewModel.viewLabel(kind)));
            if (done != null) {
                done.run();
            }
        });
    }

    /** Ends the meeting, stores it and writes the minutes; {@code done} gets the file. */
    public void end(Path minutes, Consumer<Path> done) {
        if (session == null || ended.get()) {
            return;
        }
        Meeting m = session.end(null);
        ended.set(true);
        if (ticker != null) {
            ticker.stop();
        }
        refreshAgenda();
        background(() -> store.end(m, minutes), p -> {
            message.set(p == null ? Messages.get("meeting.gui.ended") : Messages.get("meeting.gui.minutesWritten", p));
            if (done != null) {
                done.accept(p);
            }
        });
    }

    // ------------------------------------------------------------------ the shared screen

    public void nextPage() {
        Content c = content.get();
        Screen s = screen.get();
        if (c != null && s.page() < c.pages()) {
            show(s.withPage(s.page() + 1));
        } else if (c != null) {
            nextItem();
        }
    }

    public void previousPage() {
        Screen s = screen.get();
        if (s.page() > 1) {
            show(s.withPage(s.page() - 1));
        } else if (s.itemIndex() > 0) {
            previousItem();
        }
    }

    public void nextItem() {
        Screen s = screen.get();
        if (s.itemIndex() + 1 < items.size()) {
            show(s.withItem(s.itemIndex() + 1));
        }
    }

    public void previousItem() {
        Screen s = screen.get();
        if (s.itemIndex() > 0) {
            show(s.withItem(s.itemIndex() - 1));
        }
    }

    /** Shows material number {@code n} (1-based, as numbered on the console). */
    public boolean jumpTo(int n) {
        if (n < 1 || n > items.size()) {
            message.set(Messages.get("meeting.gui.jump.none", n, items.size()));
            return false;
        }
        show(screen.get().withItem(n - 1));
        return true;
    }

    /** Digits typed by the chair; Enter jumps. */
    public void typeDigit(char c) {
        if (jumpBuffer.get().length() < 4) {
            jumpBuffer.set(jumpBuffer.get() + c);
        }
    }

    public void eraseDigit() {
        String b = jumpBuffer.get();
        jumpBuffer.set(b.isEmpty() ? b : b.substring(0, b.length() - 1));
    }

    /** Jumps to the typed number; false when nothing was typed. */
    public boolean commitJump() {
        String b = jumpBuffer.get();
        jumpBuffer.set("");
        if (b.isEmpty()) {
            return false;
        }
        jumpTo(Integer.parseInt(b));
        return true;
    }

    public void toggleBlank() {
        screen.set(screen.get().withBlank(!screen.get().blank()));
        message.set(Messages.get(screen.get().blank() ? "meeting.gui.blank.on" : "meeting.gui.blank.off"));
    }

    public void zoomIn() {
        Screen s = screen.get();
        screen.set(s.withZoom(Math.min(MAX_ZOOM, s.zoom() * 1.25)));
    }

    public void zoomOut() {
        Screen s = screen.get();
        screen.set(s.withZoom(Math.max(MIN_ZOOM, s.zoom() / 1.25)));
    }

    public void zoomFit() {
        Screen s = screen.get();
        screen.set(new Screen(s.itemIndex(), s.page(), 1, s.region(), false, s.blank()));
    }

    /** Enlarges the highlighted region to fill the screen (callout), or back. */
    public void toggleCallout() {
        Screen s = screen.get();
        if (s.region() == null) {
            message.set(Messages.get("meeting.gui.callout.noRegion"));
            return;
        }
        screen.set(s.withRegion(s.region(), !s.callout()));
    }

    /** Highlights a region of the shown page (the chair drew it on the console). */
    public void highlight(Annotation.Rect r) {
        screen.set(screen.get().withRegion(r, false));
    }

    /** Shows the next annotation of the current point: its item, page and region. */
    public void nextAnnotation() {
        if (pointAnnotations.isEmpty()) {
            message.set(Messages.get("meeting.gui.annotation.none"));
            return;
        }
        annotationCursor = (annotationCursor + 1) % pointAnnotations.size();
        showAnnotation(pointAnnotations.get(annotationCursor));
    }

    public void showAnnotation(Annotation a) {
        int idx = -1;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(a.targetId())) {
                idx = i;
            }
        }
        if (idx < 0) {
            return;
        }
        Annotation.Rect r = a.rects().isEmpty() ? null : MeetingMaterial.union(a.rects());
        show(new Screen(idx, a.page() == null ? 1 : a.page(), 1, r, false, screen.get().blank()));
        message.set(Messages.get("meeting.gui.annotation.shown", a.author(), ReviewViewModel.roleLabel(a.role())));
    }

    /** Sets the screen; loads the page or file in the background when item or page changed. */
    void show(Screen s) {
        if (items.isEmpty()) {
            screen.set(s);
            return;
        }
        Screen before = screen.get();
        Content c = content.get();
        screen.set(s);
        boolean same = c != null && before.itemIndex() == s.itemIndex() && c.page() == s.page()
                && c.item() == items.get(s.itemIndex());
        if (!same) {
            loadContent(s.itemIndex(), s.page());
        }
    }

    private void loadContent(int index, int page) {
        EvidenceItem item = items.get(index);
        int gen = ++generation;
        PrivacyMask m = mask != null ? mask : PrivacyMask.of(dossier.get(), PrivacyMask.Options.DEFAULT);
        List<Annotation> marked = MeetingMaterial.personalDataRegions(annotations, item);
        background(() -> material.render(item, page, m, marked), c -> {
            if (gen == generation) {
                content.set(c);
            }
        });
    }

    // ------------------------------------------------------------------ properties

    public ObjectProperty<Dossier> dossierProperty() {
        return dossier;
    }

    public ObjectProperty<Review> reviewProperty() {
        return review;
    }

    public ObservableList<AgendaItem> agenda() {
        return agenda;
    }

    public IntegerProperty currentPointProperty() {
        return currentPoint;
    }

    public LongProperty pointSecondsProperty() {
        return pointSeconds;
    }

    public LongProperty totalSecondsProperty() {
        return totalSeconds;
    }

    public BooleanProperty timerRunningProperty() {
        return timerRunning;
    }

    public ObservableList<EvidenceItem> items() {
        return items;
    }

    public ObjectProperty<Screen> screenProperty() {
        return screen;
    }

    public ObjectProperty<Content> contentProperty() {
        return content;
    }

    public BooleanProperty maskedProperty() {
        return masked;
    }

    public ObservableList<Finding> pointFindings() {
        return pointFindings;
    }

    public ObservableList<Annotation> pointAnnotations() {
        return pointAnnotations;
    }

    public ObservableList<PanelMember> members() {
        return members;
    }

    public ObservableList<MemberView> pointViews() {
        return pointViews;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty startedProperty() {
        return started;
    }

    public BooleanProperty endedProperty() {
        return ended;
    }

    public StringProperty jumpBufferProperty() {
        return jumpBuffer;
    }

    /** The stored meeting as it stands (for tests and the minutes). */
    public Meeting meeting() {
        return session == null ? null : session.meeting();
    }

    public String caseId() {
        return caseId;
    }

    /** Agenda items not yet settled. */
    public List<AgendaItem> unresolved() {
        return session == null ? List.of() : new ArrayList<>(session.unresolved());
    }

    static String clock(long seconds) {
        return String.format("%02d:%02d", seconds / 60, seconds % 60);
    }

    private boolean closed;

    /** Stops the timer, saves a meeting still running and releases the PDF files. Idempotent. */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (ticker != null) {
            ticker.stop();
        }
        if (session != null && !ended.get()) {
            Meeting snapshot = session.meeting();
            store.saveLater(snapshot, failure -> org.slf4j.LoggerFactory.getLogger(MeetingViewModel.class)
                    .warn("meeting {} not saved in the background", snapshot.id(), failure)); // the workspace may be closing
        }
        PdfService p = material.pdfInUse();
        if (p != null) {
            store.afterQueued(p::close); // after the renders already queued, off the JavaFX thread
        }
        store.shutdown();
    }
}
