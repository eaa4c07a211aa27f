package org.jrw.persistence;

/** An unexpected storage failure (disk, database): an internal error, exit code 1. */
public class PersistenceException extends RuntimeException {
    public PersistenceException(String message, Throwable cause) {
        super(message, cause);
    }

    public PersistenceException(String message) {
        super(message);
    }
}
