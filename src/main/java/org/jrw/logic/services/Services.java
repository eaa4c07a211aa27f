package org.jrw.logic.services;

import java.nio.file.Path;
import java.util.List;
import org.jrw.logic.audit.Audit;
import org.jrw.logic.checks.CheckService;
import org.jrw.logic.dossier.DossierService;
import org.jrw.logic.edit.CaseEditor;
import org.jrw.logic.evidence.AnnotationService;
import org.jrw.logic.evidence.EvidenceLinks;
import org.jrw.logic.exchange.CommentService;
import org.jrw.logic.exchange.ExchangeService;
import org.jrw.logic.exchange.TrustedAdvisers;
import org.jrw.logic.intake.IntakeService;
import org.jrw.logic.meeting.MeetingService;
import org.jrw.logic.review.ReviewService;
import org.jrw.logic.rules.RuleSources;
import org.jrw.model.BadInputException;
import org.jrw.persistence.UserDirs;
import org.jrw.persistence.Workspace;
import org.jrw.persistence.WorkspaceLocation;

/**
 * The composition root (ADR 0141): one open workspace and the services composed on it once, shared
 * by the command line ({@code WorkspaceCommand.services()}) and the GUI (the {@code AppContext} is a
 * {@code Services}). Services that hold no state but their collaborators are built once, each given
 * its collaborators by constructor ({@link #dossiers()} into exchange, …); those that take a snapshot
 * of the workspace's configuration when built (the legality checks read the rule sources) are built
 * per use ({@link #checks()}).
 * <p>
 * Opening is lazy and happens on a background thread in the GUI: the first call of
 * {@link #openWorkspace()} creates the folders and runs the migrations; when another process holds
 * the workspace it is opened read-only and {@link #lockedBy()} tells who holds it.
 */
public class Services implements AutoCloseable {
    private final Path workspaceDir;
    private volatile Workspace workspace;
    private volatile String lockedBy;

    /** Each service, built on first use and then shared; cleared when the workspace closes. */
    private final java.util.Map<Class<?>, Object> built = new java.util.concurrent.ConcurrentHashMap<>();

    /** Services on the workspace in {@code workspaceDir}, opened on first use. */
    public Services(Path workspaceDir) {
        this.workspaceDir = workspaceDir;
    }

    private Services(Workspace open) {
        this.workspaceDir = open.dir();
        this.workspace = open;
    }

    /** Services on a workspace the caller opened and closes (the command line). */
    public static Services on(Workspace open) {
        return new Services(open);
    }

    /** The workspace folder used when neither the user nor the preferences name one. */
    public static Path defaultWorkspaceDir() {
        return WorkspaceLocation.defaultDir();
    }

    /** The user's configuration folder (preferences, single-instance socket). */
    public static Path userConfigDir() {
        return UserDirs.config();
    }

    public Path workspaceDir() {
        return workspaceDir;
    }

    /**
     * Opens the workspace (background thread only: creates folders and runs migrations). When
     * another process holds it, opens it read-only and remembers who holds it.
     */
    public synchronized Workspace openWorkspace() {
        if (workspace == null) {
            Workspace ws;
            try {
                ws = Workspace.open(workspaceDir);
            } catch (BadInputException e) {
                if (!"workspace.locked".equals(e.key()) || !Workspace.exists(workspaceDir)) {
                    throw e;
                }
                lockedBy = e.getMessage();
                ws = Workspace.openReadOnly(workspaceDir);
            }
            workspace = ws;
        }
        return workspace;
    }

    /** The "in use by …" message when the workspace was opened read-only, else null. */
    public String lockedBy() {
        return lockedBy;
    }

    @SuppressWarnings("unchecked")
    private <T> T shared(Class<T> type, java.util.function.Function<Workspace, T> make) {
        Workspace ws = openWorkspace();
        return (T) built.computeIfAbsent(type, k -> make.apply(ws));
    }

    public DossierService dossiers() {
        return shared(DossierService.class, DossierService::new);
    }

    public ReviewService reviews() {
        return shared(ReviewService.class, ReviewService::new);
    }

    /** The exchange, given the shared dossier service. */
    public ExchangeService exchange() {
        DossierService dossiers = dossiers();
        return shared(ExchangeService.class, ws -> new ExchangeService(ws, dossiers));
    }

    public CommentService comments() {
        return shared(CommentService.class, CommentService::new);
    }

    public TrustedAdvisers trustedAdvisers() {
        return shared(TrustedAdvisers.class, TrustedAdvisers::new);
    }

    public MeetingService meetings() {
        return shared(MeetingService.class, MeetingService::new);
    }

    public AnnotationService annotations() {
        return shared(AnnotationService.class, AnnotationService::new);
    }

    public EvidenceLinks evidenceLinks() {
        return shared(EvidenceLinks.class, EvidenceLinks::new);
    }

    public IntakeService intake() {
        return shared(IntakeService.class, IntakeService::new);
    }

    /** An intake with a text recognition engine of its own (tests give a stand-in program). */
    public IntakeService intake(java.util.function.Supplier<java.util.Optional<org.jrw.logic.training.Ocr>> ocr) {
        return new IntakeService(openWorkspace(), ocr);
    }

    public RuleSources ruleSources() {
        return shared(RuleSources.class, RuleSources::new);
    }

    public CaseEditor caseEditor() {
        return shared(CaseEditor.class, CaseEditor::new);
    }

    /** Opens the workspace if it is not open yet (background thread). */
    public void ensureOpen() {
        openWorkspace();
    }

    public org.jrw.logic.law.LawImports lawImports() {
        return shared(org.jrw.logic.law.LawImports.class, org.jrw.logic.law.LawImports::new);
    }

    /** 案卷评查, built per use: it checks with the rule sources as they are now. */
    public org.jrw.logic.evaluation.EvaluationService evaluations() {
        return new org.jrw.logic.evaluation.EvaluationService(openWorkspace());
    }

    /** Typical cases, built per use (as {@link #evaluations()}). */
    public org.jrw.logic.evaluation.TypicalCaseService typicalCases() {
        return new org.jrw.logic.evaluation.TypicalCaseService(openWorkspace());
    }

    /** The evaluation dashboard's figures, computed now. */
    public org.jrw.logic.evaluation.Dashboard.Data dashboard() {
        return org.jrw.logic.evaluation.Dashboard.compute(openWorkspace());
    }

    /** The precedent search, one per caller: it holds its open index. */
    public org.jrw.logic.search.PrecedentService precedents() {
        return new org.jrw.logic.search.PrecedentService(openWorkspace());
    }

    /** Training with the built-in law library as statute reference. */
    public org.jrw.logic.training.TrainingService training() {
        return new org.jrw.logic.training.TrainingService(openWorkspace(), null);
    }

    public org.jrw.logic.training.Anonymizer anonymizer() {
        return shared(org.jrw.logic.training.Anonymizer.class, org.jrw.logic.training.Anonymizer::new);
    }

    /** The evidence files read through a caller's page renderer (its cache and open documents). */
    public org.jrw.logic.evidence.EvidenceFiles evidenceFiles(org.jrw.logic.evidence.PdfService pdf) {
        return new org.jrw.logic.evidence.EvidenceFiles(openWorkspace(), pdf);
    }

    /** Annotations validated against the caller's evidence files. */
    public AnnotationService annotations(org.jrw.logic.evidence.EvidenceFiles files) {
        return new AnnotationService(openWorkspace(), files);
    }

    /** Loads the bundled demo case and precedent corpus into an empty workspace. */
    public void loadDemo(org.jrw.logic.task.Progress progress) {
        loadDemoDossier(progress);
        loadDemoPrecedents(progress);
    }

    /** The first half of {@link #loadDemo}: the demo dossier (a case to show at once). */
    public void loadDemoDossier(org.jrw.logic.task.Progress progress) {
        org.jrw.logic.demo.DemoContent.loadDemoDossier(openWorkspace(), progress);
    }

    /** The second half of {@link #loadDemo}: the precedent corpus and its index. */
    public void loadDemoPrecedents(org.jrw.logic.task.Progress progress) {
        org.jrw.logic.demo.DemoContent.loadPrecedents(openWorkspace(), progress);
    }

    /** Re-computes the audit chain. */
    public Audit.Verification verifyAudit() {
        return Audit.verify(openWorkspace());
    }

    /** Checks the audit anchors of files sent out (opinion PDFs, packages) against this history (ADR 0091). */
    public org.jrw.logic.signing.AuditAnchors.Check checkAnchors(List<Path> files, char[] password) {
        Workspace ws = openWorkspace();
        java.util.Map<String, org.jrw.logic.signing.AuditAnchors.Anchor> found = new java.util.LinkedHashMap<>();
        for (Path f : files) {
            found.put(f.getFileName().toString(), org.jrw.logic.exchange.AnchorFiles.read(ws, f, password));
        }
        return org.jrw.logic.signing.AuditAnchors.check(ws, found);
    }

    /** The legality checks, built per use: they take the workspace's rule sources as they are now. */
    public CheckService checks() {
        return new CheckService(openWorkspace());
    }

    /** The audit trail of a case (or all cases), optionally of one actor, oldest first. */
    public List<Audit.Line> auditLines(String caseId, String actor) {
        return Audit.lines(openWorkspace(), caseId, actor);
    }

    /** Closes the workspace when these services opened it. */
    @Override
    public synchronized void close() {
        if (workspace != null) {
            workspace.close();
            workspace = null;
            built.clear();
        }
    }
}
