package org.jrw.logic.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jrw.codec.DossierCodec;
import org.jrw.logic.audit.Audit;
import org.jrw.logic.dossier.CaseWrites;
import org.jrw.logic.dossier.DossierExporter;
import org.jrw.logic.dossier.ManifestValidator;
import org.jrw.logic.dossier.Problem;
import org.jrw.logic.task.CancelledException;
import org.jrw.logic.task.Progress;
import org.jrw.logic.training.Ocr;
import org.jrw.model.BadInputException;
import org.jrw.model.Dossier;
import org.jrw.persistence.AuditDao;
import org.jrw.persistence.CaseDao;
import org.jrw.persistence.Vault;
import org.jrw.persistence.Workspace;

/**
 * Case intake (从文书建案): files or folders as the enforcement system prints them become a draft
 * case. {@link #scan} stores each file in the workspace's staging folder while hashing it (one
 * streamed read, so a 2 GB video never sits in memory), reads its text and proposes its type;
 * {@link Proposal#build} reads the fields; {@link #create} writes the draft case and moves the
 * files into the vault in one transaction. A cancelled or failed intake leaves nothing: no rows,
 * no vault files, no staged copies.
 */
public final class IntakeService {
    /** More files than this in one intake is refused before anything is read (a case file is not a disk). */
    public static final int MAX_FILES = 1000;
    /** One file larger than this is refused (a recording of a whole day is not one evidence item). */
    public static final long MAX_FILE_BYTES = 8L << 30;
    private static final List<String> SYSTEM_FILES = List.of(".ds_store", "thumbs.db", "desktop.ini");

    private final Workspace workspace;
    private final java.util.function.Supplier<java.util.Optional<Ocr>> ocr;

    public IntakeService(Workspace workspace) {
        this(workspace, Ocr::find);
    }

    /** With the text recognition engine to use (tests give a stand-in program). */
    public IntakeService(Workspace workspace, java.util.function.Supplier<java.util.Optional<Ocr>> ocr) {
        this.workspace = workspace;
        this.ocr = ocr;
    }

    /** A file to read and the name it is shown and stored under. */
    record Input(Path path, String name) {
    }

    /** Lists the files of the paths given (folders walked, sorted), refusing a missing path or too many files. */
    static List<Input> inputs(List<Path> paths) {
        if (paths == null || paths.isEmpty()) {
            throw new BadInputException("intake.noPaths");
        }
        List<Input> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                throw new BadInputException("intake.path.notFound", p.toString());
            }
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                Path base = p.toAbsolutePath().normalize();
                String folder = base.getFileName() == null ? "" : base.getFileName().toString();
                try (Stream<Path> s = Files.walk(base)) {
                    List<Path> found = s.filter(x -> Files.isRegularFile(x, LinkOption.NOFOLLOW_LINKS))
                            .filter(x -> !SYSTEM_FILES.contains(x.getFileName().toString().toLowerCase(java.util.Locale.ROOT)))
                            .filter(x -> !x.getFileName().toString().startsWith("."))
                            .sorted().toList();
                    if (found.size() + out.size() > MAX_FILES) {
                        throw new BadInputException("intake.tooManyFiles", p.toString(), String.valueOf(found.size()), String.valueOf(MAX_FILES));
                    }
                    for (Path f : found) {
                        out.add(new Input(f, base.relativize(f).toString().replace('\\', '/')));
                    }
                    if (found.isEmpty()) {
                        throw new BadInputException("intake.folder.empty", p.toString());
                    }
                } catch (IOException e) {
                    throw new BadInputException(e, "intake.path.unreadable", p.toString(), org.jrw.i18n.IoReasons.of(e));
                }
                if (folder.isEmpty()) {
                    continue;
                }
            } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                out.add(new Input(p, p.getFileName().toString()));
            } else {
                throw new BadInputException("intake.path.notFile", p.toString());
            }
            if (out.size() > MAX_FILES) {
                throw new BadInputException("intake.tooManyFiles", p.toString(), String.valueOf(out.size()), String.valueOf(MAX_FILES));
            }
        }
        return out;
    }

    /**
     * Both phases, one after the other ({@link #scan} then {@link #recognise}): the command line
     * prints fields only once pictures and scans are read.
     */
    public IntakeScan scanAndRecognise(List<Path> paths, Progress progress) {
        IntakeScan sc = scan(paths, progress);
        try {
            recognise(sc, progress, i -> { });
            return sc;
        } catch (RuntimeException e) {
            sc.discard();
            throw e;
        }
    }

    /**
     * Phase one, up to the classification list: every file staged (hashed copy), its cheap text read
     * (PDF text layer, DOCX, plain text), its type proposed, its messages. Pictures and PDFs without
     * a text layer are {@link TextReader.Status#OCR_QUEUED} when an engine is installed: their text
     * is recognised in phase two ({@link #recognise}). Throws
     * {@link BadInputException} for a missing path or too many files (nothing read), and
     * {@link CancelledException} on cancel (every staged copy deleted).
     */
    public IntakeScan scan(List<Path> paths, Progress progress) {
        List<Input> inputs = inputs(paths);
        long totalBytes = 0;
        for (Input in : inputs) {
            try {
                totalBytes += Files.size(in.path());
            } catch (IOException e) {
                throw new BadInputException(e, "intake.path.unreadable", in.path().toString(), org.jrw.i18n.IoReasons.of(e));
            }
        }
        List<java.util.concurrent.Future<IntakeFile>> pending = new ArrayList<>();
        List<IntakeFile> stagedSoFar = new ArrayList<>(); // every copy staged, so that a cancel removes them all
        List<IntakeFile> files = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        long done = 0;
        boolean ok = false;
        java.util.Optional<Ocr> engine = ocr.get();
        // the text of a file is read on a second thread while the next file is copied and hashed
        java.util.concurrent.ExecutorService reader = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "intake-text");
            t.setDaemon(true);
            return t;
        });
        try {
            for (Input in : inputs) {
                progress.checkCancelled();
                progress.update(done, totalBytes, in.name());
                Staged st = stageOne(in, seen, progress, stagedSoFar);
                done += st.size();
                pending.add(st.finished() != null ? java.util.concurrent.CompletableFuture.completedFuture(st.finished())
                        : reader.submit(() -> readText(st, engine)));
            }
            for (java.util.concurrent.Future<IntakeFile> f : pending) {
                progress.checkCancelled();
                files.add(get(f));
            }
            progress.update(totalBytes, totalBytes, "");
            ok = true;
            return new IntakeScan(files, done);
        } finally {
            reader.shutdownNow();
            if (!ok) {
                for (java.util.concurrent.Future<IntakeFile> f : pending) {
                    f.cancel(true);
                }
                try {
                    reader.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    // cancelled: keep the interrupt, the staged files are discarded below
                    Thread.currentThread().interrupt();
                }
                new IntakeScan(stagedSoFar, 0).discard();
            }
        }
    }

    private static IntakeFile get(java.util.concurrent.Future<IntakeFile> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** A file copied and hashed: either finished (empty, duplicate) or waiting for its text. */
    private record Staged(Input in, long size, Vault.Staged staged, IntakeFile finished) {
    }

    private Staged stageOne(Input in, Map<String, String> seen, Progress progress, List<IntakeFile> stagedSoFar) {
        String name = in.name();
        long size;
        try {
            size = Files.size(in.path());
        } catch (IOException e) {
            throw new BadInputException(e, "intake.path.unreadable", name, org.jrw.i18n.IoReasons.of(e));
        }
        if (size == 0) {
            return new Staged(in, 0, null, new IntakeFile(name, in.path(), 0, null, IntakeFile.Status.EMPTY,
                    List.of(new Problem("intake.file.empty", name)), Classification.UNKNOWN, TextReader.Status.NO_TEXT,
                    DocText.EMPTY, null));
        }
        if (size > MAX_FILE_BYTES) {
            throw new BadInputException("intake.file.tooLarge", name, size >> 20, MAX_FILE_BYTES >> 30);
        }
        Vault.Staged staged;
        try (InputStream raw = Files.newInputStream(in.path());
             InputStream cancellable = new CancellableStream(raw, progress)) {
            staged = workspace.vault().stage(cancellable, MAX_FILE_BYTES);
        } catch (IOException e) {
            throw new BadInputException(e, "intake.path.unreadable", name, org.jrw.i18n.IoReasons.of(e));
        }
        String first = seen.putIfAbsent(staged.sha256(), name);
        if (first != null) {
            org.jrw.persistence.AtomicFiles.deleteLeftover(staged.temp());
            return new Staged(in, size, null, new IntakeFile(name, in.path(), size, staged.sha256(),
                    IntakeFile.Status.DUPLICATE, List.of(new Problem("intake.file.duplicate", name, first)),
                    Classification.UNKNOWN, TextReader.Status.NO_TEXT, DocText.EMPTY, null));
        }
        stagedSoFar.add(new IntakeFile(name, in.path(), size, staged.sha256(), IntakeFile.Status.ADDED, List.of(),
                Classification.UNKNOWN, TextReader.Status.NO_TEXT, DocText.EMPTY, staged));
        return new Staged(in, size, staged, null);
    }

    private static IntakeFile readText(Staged st, java.util.Optional<Ocr> engine) {
        String name = st.in().name();
        TextReader.Read read = Classifier.isMedia(name)
                ? new TextReader.Read(DocText.EMPTY, TextReader.Status.NO_TEXT, null)
                : TextReader.read(st.staged().temp(), name, engine, true);
        return classified(name, st.in().path(), st.size(), st.staged(), read);
    }

    private static IntakeFile classified(String name, Path source, long size, Vault.Staged staged, TextReader.Read read) {
        List<Problem> messages = new ArrayList<>();
        if (read.problem() != null) {
            messages.add(read.problem());
        }
        Classification c = Classifier.classify(name, read.text());
        if (!c.isKnown()) {
            messages.add(new Problem("intake.file.unknownType", name));
        }
        if (Classifier.isMedia(name) && size > (512L << 20)) {
            messages.add(new Problem("intake.file.largeMedia", name, size >> 20));
        }
        return new IntakeFile(name, source, size, staged.sha256(), IntakeFile.Status.ADDED, List.copyOf(messages), c,
                read.status(), read.text(), staged);
    }

    /**
     * Phase two: recognises the text of every queued picture and scan (tesseract), one after the
     * other, and puts each file, classified again from its text, in place of its queued entry;
     * {@code onFile} gets its index. Progress counts files; cancel throws {@link CancelledException}
     * with the files not yet read still queued (the caller either discards the intake or calls
     * {@link IntakeScan#stopRecognition}). A discarded scan stops it too.
     */
    public void recognise(IntakeScan scan, Progress progress, java.util.function.IntConsumer onFile) {
        List<Integer> queued = scan.queuedForOcr();
        if (queued.isEmpty()) {
            return;
        }
        java.util.Optional<Ocr> engine = ocr.get();
        if (engine.isEmpty()) {
            scan.stopRecognition();
            return;
        }
        int n = 0;
        for (int i : queued) {
            progress.checkCancelled();
            if (scan.isClosed()) {
                throw new CancelledException();
            }
            IntakeFile f = scan.files().get(i);
            progress.update(n, queued.size(), f.name());
            TextReader.Read read = TextReader.recognise(f.staged().temp(), f.name(), engine.get());
            if (scan.isClosed()) {
                throw new CancelledException();
            }
            IntakeFile done = classified(f.name(), f.source(), f.size(), f.staged(), read);
            if (!scan.replace(i, done)) {
                throw new CancelledException();
            }
            onFile.accept(i);
            n++;
        }
        progress.update(n, queued.size(), "");
    }

    /** The messages without the 识别中… note, plus {@code added}. */
    static List<Problem> withoutQueued(List<Problem> messages, Problem added) {
        List<Problem> out = new ArrayList<>();
        for (Problem m : messages) {
            if (!"intake.ocr.queued".equals(m.key())) {
                out.add(m);
            }
        }
        out.add(added);
        return List.copyOf(out);
    }

    /** The proposal for a scan with the user's choices; the provisional number carries a fresh id. */
    public Proposal propose(IntakeScan scan, Choices choices) {
        return Proposal.build(scan, choices, provisionalHint());
    }

    static String provisionalHint() {
        return java.time.LocalDate.now().toString().replace("-", "") + "-"
                + UUID.randomUUID().toString().substring(0, 6);
    }

    /** The result of creating the draft case. */
    public record Created(String caseId, Proposal proposal) {
    }

    /**
     * Writes the draft case: validated as a manifest first (so it exports and imports again), then
     * rows, vault files and the audit entry in one transaction. The scan's staged copies are used up.
     */
    public Created create(IntakeScan scan, Proposal proposal, Progress progress) {
        if (scan.isClosed()) {
            throw new IllegalStateException("intake already used or discarded");
        }
        requireUsable(scan);
        Dossier d = proposal.dossier();
        if (d.documents().isEmpty() && d.evidence().isEmpty()) {
            throw new BadInputException("intake.nothingToAdd", refusals(scan.files()));
        }
        ManifestValidator.Result check = ManifestValidator.validate(DossierCodec.write(d));
        if (!check.ok()) {
            throw new BadInputException("intake.draft.invalid", check.errors().get(0).message());
        }
        String number = d.caseInfo().caseNumber();
        if (workspace.db().withConnection(c -> CaseDao.idByNumber(c, number)).isPresent()) {
            throw new BadInputException("intake.case.exists", number);
        }
        progress.checkCancelled();
        String caseId = "c-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Dossier toStore = d.withCaseId(caseId);
        List<Vault.Staged> staged = scan.included().stream().map(IntakeFile::staged).toList();
        List<String> added = new ArrayList<>();
        String after = Vault.hash(DossierExporter.manifestBytes(toStore));
        try {
            workspace.db().inTransaction(c -> {
                CaseWrites.created(toStore, staged).apply(c);
                workspace.vault().commitAll(staged, added);
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("caseNumber", number);
                details.put("documents", toStore.documents().size());
                details.put("evidence", toStore.evidence().size());
                details.put("draft", true);
                details.put("unresolved", proposal.unresolved().size());
                AuditDao.append(c, Audit.entry("case.intake", caseId, List.of(caseId), null, after, details));
                return null;
            });
            scan.markUsed();
            Audit.writeHead(workspace);
        } catch (RuntimeException e) {
            workspace.vault().removeAdded(added, "intake");
            scan.discard();
            throw e;
        }
        return new Created(caseId, proposal);
    }

    /**
     * Refuses an intake nothing can be made of, naming every file and why: no file taken (each
     * empty or a duplicate), or every file taken unreadable (a text file renamed .pdf, a .docx that
     * is not a ZIP) — a draft with no document read and no evidence is not a case.
     */
    public static void requireUsable(IntakeScan scan) {
        List<IntakeFile> taken = scan.included();
        if (taken.isEmpty()) {
            throw new BadInputException("intake.nothingToAdd", refusals(scan.files()));
        }
        if (taken.stream().allMatch(f -> f.textStatus() == TextReader.Status.UNREADABLE)) {
            throw new BadInputException("intake.nothingReadable", refusals(scan.files()));
        }
    }

    /**
     * Each file's messages, joined: 文件“空文件.pdf”是空文件（0 字节），未收入；…. A message's first
     * clause only: what it says after (文件已原样存档…) is about a file kept, and here nothing is.
     */
    private static String refusals(List<IntakeFile> files) {
        List<String> out = new ArrayList<>();
        for (IntakeFile f : files) {
            for (String m : f.messageTexts()) {
                int cut = m.replace(';', '；').indexOf('；');
                out.add(cut > 0 ? m.substring(0, cut) : m);
            }
        }
        return String.join("；", out);
    }

    /** Copies with a cancel check every block, so a 2 GB file can be cancelled mid-way. */
    private static final class CancellableStream extends java.io.FilterInputStream {
        private final Progress progress;

        CancellableStream(InputStream in, Progress progress) {
            super(in);
            this.progress = progress;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            progress.checkCancelled();
            return super.read(b, off, len);
        }
    }
}
