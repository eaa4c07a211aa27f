package org.jrw.logic.intake;

import java.util.List;
import org.jrw.persistence.Vault;

/**
 * The files of an intake after reading: each stored (hashed) in the workspace's staging folder,
 * classified and its text read. A picture or scan waits for the second phase
 * ({@link IntakeService#recognise}), which replaces its entry in place (same index) once its text
 * is recognised; {@link #files} is a snapshot, safe to read while that runs. Nothing is in the vault or the database yet: {@link #discard}
 * deletes the staged copies (cancel), {@link IntakeService#create} moves them into the vault with
 * the case's rows in one transaction.
 */
public final class IntakeScan implements AutoCloseable {
    private final List<IntakeFile> files;
    private final long bytes;
    private boolean closed;

    IntakeScan(List<IntakeFile> files, long bytes) {
        this.files = new java.util.ArrayList<>(files);
        this.bytes = bytes;
    }

    public synchronized List<IntakeFile> files() {
        return List.copyOf(files);
    }

    /** Indexes of the files waiting for text recognition (识别中…). */
    public synchronized List<Integer> queuedForOcr() {
        List<Integer> out = new java.util.ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i).textStatus() == TextReader.Status.OCR_QUEUED) {
                out.add(i);
            }
        }
        return out;
    }

    /** Puts the file read in the second phase in place of its queued entry (false when closed). */
    synchronized boolean replace(int index, IntakeFile f) {
        if (closed) {
            return false;
        }
        files.set(index, f);
        return true;
    }

    /**
     * Recognition was stopped (its own cancel): every file still queued becomes 待识别, classified
     * by its name, and the intake goes on without its text.
     */
    public synchronized void stopRecognition() {
        for (int i = 0; i < files.size(); i++) {
            IntakeFile f = files.get(i);
            if (f.textStatus() == TextReader.Status.OCR_QUEUED) {
                files.set(i, new IntakeFile(f.name(), f.source(), f.size(), f.sha256(), f.status(),
                        IntakeService.withoutQueued(f.messages(), new org.jrw.logic.dossier.Problem("intake.ocr.stopped", f.name())),
                        f.proposed(), TextReader.Status.PENDING_OCR, DocText.EMPTY, f.staged()));
            }
        }
    }

    /** Bytes read (files taken and not). */
    public long bytes() {
        return bytes;
    }

    public List<IntakeFile> included() {
        return files().stream().filter(IntakeFile::included).toList();
    }

    /** Deletes every staged copy: the intake leaves nothing behind. */
    public synchronized void discard() {
        if (closed) {
            return;
        }
        closed = true;
        for (IntakeFile f : files) {
            Vault.Staged s = f.staged();
            if (s != null) {
                org.jrw.persistence.AtomicFiles.deleteLeftover(s.temp());
            }
        }
    }

    synchronized boolean isClosed() {
        return closed;
    }

    synchronized void markUsed() {
        closed = true;
    }

    @Override
    public void close() {
        discard();
    }
}
