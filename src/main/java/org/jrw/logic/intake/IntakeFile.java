package org.jrw.logic.intake;

import java.nio.file.Path;
import java.util.List;
import org.jrw.logic.dossier.Problem;
import org.jrw.persistence.Vault;

/**
 * One file of an intake: its name as the user gave it (relative to the folder dropped), size, hash,
 * whether it is taken into the case, the messages about it, the proposed classification and its
 * text. {@code staged} is the hashed copy waiting in the workspace's staging folder (null when the
 * file is not taken: empty, duplicate).
 */
public record IntakeFile(
        String name,
        Path source,
        long size,
        String sha256,
        Status status,
        List<Problem> messages,
        Classification proposed,
        TextReader.Status textStatus,
        DocText text,
        Vault.Staged staged) {

    public enum Status {
        /** taken into the case */
        ADDED,
        /** not taken: same content as an earlier file */
        DUPLICATE,
        /** not taken: zero bytes */
        EMPTY
    }

    public boolean included() {
        return status == Status.ADDED;
    }

    /** Messages in the current language. */
    public List<String> messageTexts() {
        return messages.stream().map(Problem::message).toList();
    }
}
