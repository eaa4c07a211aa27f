package org.jrw.gui.review;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jrw.gui.AppContext;
import org.jrw.i18n.Messages;
import org.jrw.logic.evidence.AnnotationService;
import org.jrw.logic.review.ReviewService;
import org.jrw.logic.settings.Preferences;
import org.jrw.logic.signing.OpinionVerifier;
import org.jrw.model.Annotation;
import org.jrw.model.BadInputException;
import org.jrw.model.Dossier;
import org.jrw.model.Role;
import org.jrw.model.review.PanelMember;
import org.jrw.model.review.Recommendation;
import org.jrw.model.review.Review;
import org.jrw.model.review.ReviewPoint;
import org.jrw.model.review.ViewKind;

/**
 * The joint review screen's state: the open case's review (panel, views, recommendation), its
 * draft/ready state with the reasons, the case's annotations sorted to the review points, the
 * last opinion PDF and the last verification report. Every read and write (SQL, PDF, keys,
 * signatures) runs in the background through the {@link org.jrw.gui.task.TaskRunner}; results
 * come back on the JavaFX thread. Passwords arrive as {@code char[]}, are used once and cleared.
 */
public final class ReviewViewModel {
    private final AppContext ctx;
    private final ObjectProperty<Dossier> dossier = new SimpleObjectProperty<>();
    final ObjectProperty<Review> review = new SimpleObjectProperty<>();
    private final ObservableList<PanelMember> members = FXCollections.observableArrayList();
    private final ObservableList<Annotation> annotations = FXCollections.observableArrayList();
    private final ObservableList<org.jrw.model.Finding> findings = FXCollections.observableArrayList();
    private final StringProperty findingsError = new SimpleStringProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty composition = new SimpleStringProperty("");
    private final BooleanProperty compositionOk = new SimpleBooleanProperty(false);
    private final BooleanProperty draft = new SimpleBooleanProperty(true);
    final ObjectProperty<Path> lastPdf = new SimpleObjectProperty<>();
    final ObjectProperty<OpinionVerifier.Report> report = new SimpleObjectProperty<>();
    final ObjectProperty<Path> reportFile = new SimpleObjectProperty<>();
    final StringProperty message = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final OpinionActions opinion = new OpinionActions(this);
    final Map<String, Path> keystores = new HashMap<>();
    private int running;
    private boolean asking;
    private final javafx.beans.property.ReadOnlyIntegerWrapper restored = new javafx.beans.property.ReadOnlyIntegerWrapper();
    /** Until a screen installs its own: errors to the message line, every question answered No. */
    org.jrw.gui.DialogService dialogs = org.jrw.gui.DialogService.quiet(message::set);
    private volatile ReviewService service;
    private volatile AnnotationService annotationService;

    public ReviewViewModel(AppContext ctx) {
        this.ctx = ctx;
        dossier.addListener((o, a, d) -> {
            if (a != null && d != null && a.caseId().equals(d.caseId())) {
                reload();
                return;
            }
            review.set(null);
            members.clear();
            annotations.clear();
            report.set(null);
            reportFile.set(null);
            lastPdf.set(null);
            message.set("");
            if (d != null) {
                reload();
            }
        });
        review.addListener((o, a, r) -> summarise(r));
    }

    /** How the screen reports errors, asks for a new version of a frozen review and gives notes. */
    public void setDialogs(org.jrw.gui.DialogService d) {
        this.dialogs = d;
    }

    // ------------------------------------------------------------------ properties

    public ObjectProperty<Dossier> dossierProperty() {
        return dossier;
    }

    public ObjectProperty<Review> reviewProperty() {
        return review;
    }

    public Review review() {
        return review.get();
    }

    public ObservableList<PanelMember> members() {
        return members;
    }

    /** The case's top-level annotations (replies left out). */
    public ObservableList<Annotation> annotations() {
        return annotations;
    }

    /** The legality checks' findings of the open case (all categories). */
    public ObservableList<org.jrw.model.Finding> findings() {
        return findings;
    }

    /** Why the checks could not run (null when they ran). */
    public StringProperty findingsErrorProperty() {
        return findingsError;
    }

    /** The findings shown beside a point: those of its category. */
    public static List<org.jrw.model.Finding> findingsFor(ReviewPoint p, List<org.jrw.model.Finding> all) {
        return all.stream().filter(f -> p.findingCategory().equals(f.category())).toList();
    }

    /** 草稿 / 可签署 / 已签名冻结, with the reasons of a draft. */
    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty compositionProperty() {
        return composition;
    }

    public BooleanProperty compositionOkProperty() {
        return compositionOk;
    }

    public BooleanProperty draftProperty() {
        return draft;
    }

    /** The opinion PDF rendered or signed last in this session: the one the next signature goes on. */
    public ObjectProperty<Path> lastPdfProperty() {
        return lastPdf;
    }

    public ObjectProperty<OpinionVerifier.Report> reportProperty() {
        return report;
    }

    public ObjectProperty<Path> reportFileProperty() {
        return reportFile;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    /**
     * The keystore chosen for a member earlier, in this session or before a restart (remembered by
     * the member's name in the preferences, never its password), or null.
     */
    public Path keystoreOf(PanelMember m) {
        if (m == null) {
            return null;
        }
        Path p = keystores.get(m.id());
        if (p == null) {
            String s = org.jrw.gui.Remembered.get(ctx, KEYSTORES, m.name());
            p = s == null ? null : Path.of(s);
        }
        return p;
    }

    /** The preferences' group of remembered keystores (member name → file). */
    public static final String KEYSTORES = "keystores";

    void rememberKeystore(PanelMember m, Path p12) {
        keystores.put(m.id(), p12);
        org.jrw.gui.Remembered.put(ctx, KEYSTORES, m.name(), p12.toAbsolutePath().toString());
    }

    /** The user as set in the preferences (name and role), or null. */
    public Preferences.Identity identity() {
        Preferences.Identity id = ctx.preferences().identity();
        return id != null && id.complete() ? id : null;
    }

    /** The user's own cells, or every cell when the user chairs the meeting and records it live. */
    public boolean canEdit(PanelMember m) {
        Preferences.Identity id = identity();
        if (id == null || m == null || review.get() == null) {
            return false;
        }
        return id.role() == Role.CHAIR || id.name().strip().equals(m.name());
    }

    public boolean isChair() {
        Preferences.Identity id = identity();
        return id != null && id.role() == Role.CHAIR;
    }

    // ------------------------------------------------------------------ background helpers

    synchronized ReviewService service() {
        if (service == null) {
            service = ctx.reviews();
            annotationService = ctx.annotations();
        }
        return service;
    }

    String caseId() {
        Dossier d = dossier.get();
        return d == null ? null : d.caseId();
    }

    private void begin() {
        running++;
        busy.set(true);
    }

    private void end() {
        running = Math.max(0, running - 1);
        busy.set(running > 0);
    }

    /** Runs work in the background, then {@code done} on the JavaFX thread; errors go to the notifier. */
    <T> void run(String titleKey, Function<org.jrw.logic.task.Progress, T> work, Consumer<T> done) {
        begin();
        ctx.tasks().run(Messages.get(titleKey), work, v -> {
            end();
            done.accept(v);
        }, t -> {
            end();
            fail(t);
        });
    }

    /**
     * A change of the review. When the review is frozen by a signature the user is asked once
     * whether to start a new version (the pending signatures are discarded); then the change is
     * written. While the question is open further changes (a focus change the dialog itself causes)
     * are ignored; Cancel restores the stored review on screen without an error.
     */
    private void change(String titleKey, Function<Boolean, Object> write) {
        String caseId = caseId();
        if (caseId == null || asking) {
            return;
        }
        Review known = review.get();
        if (known != null && known.frozen()) {
            if (askNewVersion(Messages.get("review.frozen", known.version()))) {
                write(titleKey, write, true);
            }
            return;
        }
        begin();
        ctx.tasks().run(Messages.get(titleKey), p -> write.apply(false), v -> {
            end();
            reload();
        }, t -> {
            end();
            if (t instanceof BadInputException b && "review.frozen".equals(b.key())) {
                if (!asking && askNewVersion(b.getMessage())) {
                    write(titleKey, write, true);
                }
            } else {
                fail(t);
                reload();
            }
        });
    }

    /** One question at a time; a refusal puts the stored review back on screen. */
    private boolean askNewVersion(String why) {
        asking = true;
        boolean yes;
        try {
            yes = dialogs.confirm(Messages.get("review.gui.frozen.title"), Messages.get("review.gui.frozen.confirm", why));
        } finally {
            asking = false;
        }
        if (!yes) {
            Review r = review.get();
            if (r != null) {
                message.set(Messages.get("ux.frozen.kept", r.version()));
                dialogs.inform(message.get());
            }
            restored.set(restored.get() + 1);
            reload();
        }
        return yes;
    }

    private void write(String titleKey, Function<Boolean, Object> write, boolean newVersion) {
        begin();
        ctx.tasks().run(Messages.get(titleKey), p -> write.apply(newVersion), v -> {
            end();
            lastPdf.set(null);
            reload();
        }, t2 -> {
            end();
            fail(t2);
            reload();
        });
    }

    /**
     * Counts the times a refused change was taken back: the screen then shows the stored review
     * again, over what the user typed.
     */
    public javafx.beans.property.ReadOnlyIntegerProperty restoredProperty() {
        return restored.getReadOnlyProperty();
    }

    void fail(Throwable t) {
        if (t instanceof org.jrw.logic.task.CancelledException) {
            return;
        }
        Throwable c = t;
        while (!(c instanceof BadInputException) && c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        String text = c instanceof BadInputException ? c.getMessage()
                : Messages.get("review.gui.error.unexpected", t.getMessage() == null ? t.toString() : t.getMessage());
        message.set(text);
        dialogs.error(Messages.get("review.gui.error.title"), text);
    }

    // ------------------------------------------------------------------ reading

    private record Loaded(String caseId, Review review, List<Annotation> annotations,
                          List<org.jrw.model.Finding> findings, String findingsError) {
    }

    /** Reloads the review and the annotations of the open case. */
    public void reload() {
        String caseId = caseId();
        if (caseId == null) {
            return;
        }
        run("review.gui.task.load", p -> {
            ReviewService s = service();
            List<org.jrw.model.Finding> fs = List.of();
            String err = null;
            try {
                fs = ctx.checks().check(caseId).findings();
            } catch (RuntimeException e) {
                err = e.getMessage() == null ? e.toString() : e.getMessage();
            }
            return new Loaded(caseId, s.load(caseId),
                    annotationService.list(caseId).stream().filter(a -> !a.isReply()).toList(), fs, err);
        }, l -> {
            if (!l.caseId().equals(caseId())) {
                return;
            }
            findingsError.set(l.findingsError());
            findings.setAll(l.findings());
            annotations.setAll(l.annotations());
            members.setAll(l.review().members());
            review.set(l.review());
        });
    }

    private void summarise(Review r) {
        if (r == null) {
            status.set("");
            composition.set("");
            compositionOk.set(false);
            draft.set(true);
            return;
        }
        List<String> problems = ReviewService.compositionProblems(r);
        compositionOk.set(problems.isEmpty());
        composition.set(problems.isEmpty() ? Messages.get("review.gui.composition.ok")
                : Messages.get("review.gui.composition.missing", String.join(Messages.enumComma(),
                problems.stream().map(s -> ReviewTexts.roleOfProblem(s)).toList())));
        boolean d = ReviewService.isDraft(r);
        draft.set(d);
        status.set(statusText(r));
    }


    /** The review's state in words: draft with why, ready to sign, or frozen by signatures. */
    public static String statusText(Review r) {
        return ReviewTexts.statusText(r);
    }

    /** Why the opinion would be a draft now; empty when it can be signed. */
    public static List<String> draftReasons(Review r) {
        return ReviewTexts.draftReasons(r);
    }

    // ------------------------------------------------------------------ panel

    public void addMember(String name, String organisation, Role role) {
        String caseId = caseId();
        change("review.gui.task.member", nv -> service().addMember(caseId, name, organisation, role, null, nv));
    }

    public void removeMember(PanelMember m) {
        String caseId = caseId();
        change("review.gui.task.member", nv -> {
            service().removeMember(caseId, m.id(), nv);
            return null;
        });
    }

    /**
     * Creates a key pair and self-signed certificate in a new password-protected PKCS#12 file and
     * registers the member with it. The password is cleared when the work ends.
     */
    public void createIdentity(String name, String organisation, Role role, Path p12, char[] password) {
        String caseId = caseId();
        run("review.gui.task.identity", p -> {
            try {
                return service().createIdentity(caseId, name, organisation, role, p12, password);
            } finally {
                Arrays.fill(password, '\0');
            }
        }, m -> {
            rememberKeystore(m, p12);
            message.set(Messages.get("review.gui.identity.created", m.name(), p12));
            reload();
        });
    }

    /** Registers an existing .p12/.pfx as a member's identity (checked with its password, then cleared). */
    public void importIdentity(String name, String organisation, Role role, Path p12, char[] password) {
        String caseId = caseId();
        run("review.gui.task.identity", p -> {
            try {
                return service().importIdentity(caseId, name, organisation, role, p12, password);
            } finally {
                Arrays.fill(password, '\0');
            }
        }, m -> {
            rememberKeystore(m, p12);
            message.set(Messages.get("review.gui.identity.imported", m.name(), p12));
            reload();
        });
    }

    /**
     * Certificate renewal (ADR 0090): the member's new PKCS#12 is opened once, its certificate
     * registered in place of the old one with the reason, audited; a signed review asks for a new
     * version first. The password is cleared as soon as the keystore was read.
     */
    public void renewCertificate(PanelMember m, Path p12, char[] password, String reason) {
        String caseId = caseId();
        org.jrw.logic.signing.Identities.Info[] info = new org.jrw.logic.signing.Identities.Info[1];
        change("gui.seats.renew.task", nv -> {
            if (info[0] == null) {
                try {
                    var id = org.jrw.logic.signing.Identities.load(p12, password);
                    org.jrw.logic.signing.Identities.requireValidOn(id.certificate(), java.time.Instant.now());
                    info[0] = org.jrw.logic.signing.Identities.info(id.certificate());
                } finally {
                    Arrays.fill(password, '\0');
                }
            }
            return service().renewCertificate(caseId, m.id(), info[0], reason, nv);
        });
    }

    // ------------------------------------------------------------------ views and conclusion

    /** Records a member's view on a point, when the user may edit that member's cells. */
    public void recordView(PanelMember m, ReviewPoint point, ViewKind kind, String text) {
        if (!canEdit(m)) {
            fail(new BadInputException("review.gui.notYourCell", m == null ? "" : m.name()));
            return;
        }
        String caseId = caseId();
        change("review.gui.task.view", nv -> service().recordView(caseId, m.id(), point, kind, text, nv));
    }

    public void conclude(Recommendation rec) {
        String caseId = caseId();
        change("review.gui.task.conclude", nv -> {
            service().setRecommendation(caseId, rec, nv);
            return null;
        });
    }

    /** Suggestions for an empty recommendation from the dossier: circumstances and the proposed fine. */
    public static Recommendation suggestion(Dossier d) {
        return ReviewTexts.suggestion(d);
    }

    // ------------------------------------------------------------------ opinion

    /** Renders the opinion of the open case to {@code out} and verifies it (see {@link OpinionActions}). */
    public void render(Path out) {
        opinion.render(out);
    }

    /**
     * Signs {@code pdf} as the member with the keystore and password, writing {@code out}; the
     * signature is recorded in the workspace (the review is then frozen) and the result verified.
     */
    public void sign(PanelMember m, Path pdf, Path keystore, char[] password, Path out) {
        opinion.sign(m, pdf, keystore, password, out);
    }

    /** Verifies an opinion PDF: each signature, the document's integrity and completeness. */
    public void verify(Path pdf) {
        opinion.verify(pdf);
    }

    /** A suggested file name for the opinion of the open case. */
    public String suggestedName() {
        Dossier d = dossier.get();
        Review r = review.get();
        String number = d == null ? "case" : d.caseInfo().caseNumber().replaceAll("[\\\\/:*?\"<>|\\s]", "");
        return Messages.get("review.gui.file.name", number, r == null ? 1 : r.version()) + ".pdf";
    }

    /** The suggested name of the next signed copy: {@code x.pdf} → {@code x-签名N.pdf}. */
    public static String signedName(Path pdf, int signatures) {
        return ReviewTexts.signedName(pdf, signatures);
    }

    // ------------------------------------------------------------------ annotations beside the points

    /** The annotations that concern a review point (see {@link PointAnnotations#annotationsFor}). */
    public static List<Annotation> annotationsFor(ReviewPoint p, List<Annotation> all, Dossier d) {
        return PointAnnotations.annotationsFor(p, all, d);
    }


    // ------------------------------------------------------------------ labels

    /** A panel member in a choice box: 姓名（角色）. */
    public static final javafx.util.StringConverter<org.jrw.model.review.PanelMember> MEMBER_LABEL =
            new javafx.util.StringConverter<>() {
                @Override
                public String toString(org.jrw.model.review.PanelMember m) {
                    return m == null ? "" : m.name() + Messages.paren(roleLabel(m.role()));
                }

                @Override
                public org.jrw.model.review.PanelMember fromString(String s) {
                    return null;
                }
            };

    public static String roleLabel(Role r) {
        return r == null ? "" : Messages.get("role." + r.name());
    }

    public static String pointLabel(ReviewPoint p) {
        return Messages.get("point." + p.name());
    }

    public static String viewLabel(ViewKind k) {
        return k == null ? Messages.get("review.gui.view.none") : Messages.get("view." + k.name());
    }

    public static String conclusionLabel(org.jrw.model.review.Conclusion c) {
        return c == null ? "" : Messages.get("conclusion." + c.name());
    }
}
