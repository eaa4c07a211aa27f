package org.jrw.i18n;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Why a file could not be read or written, in the user's language: the kind of failure
 * (不存在, 没有权限, 磁盘空间不足 …), not the JDK's English words or the temporary file's path it
 * names. A failure of another kind keeps the first line of its own message.
 */
public final class IoReasons {
    private IoReasons() {
    }

    public static String of(Throwable failure) {
        Throwable c = failure;
        while (c instanceof UncheckedIOException && c.getCause() != null) {
            c = c.getCause();
        }
        String key = key(c);
        if (key != null) {
            return Messages.get("io.reason." + key);
        }
        String m = c.getMessage();
        return m == null || m.isBlank() ? c.getClass().getSimpleName() : m.lines().findFirst().orElse(m).strip();
    }

    /**
     * As {@link #of}, but a failure of another kind (a parser's complaint about a damaged file, in
     * its own words) is given as the message of {@code otherwiseKey} instead.
     */
    public static String orElse(Throwable failure, String otherwiseKey) {
        Throwable c = failure;
        while (c instanceof UncheckedIOException && c.getCause() != null) {
            c = c.getCause();
        }
        String key = key(c);
        return Messages.get(key != null ? "io.reason." + key : otherwiseKey);
    }

    private static String key(Throwable c) {
        String byType = byType(c);
        if (byType != null) {
            return byType;
        }
        String words = ((c instanceof FileSystemException f && f.getReason() != null ? f.getReason() + " " : "")
                + (c.getMessage() == null ? "" : c.getMessage())).toLowerCase(Locale.ROOT);
        if (words.contains("no space left") || words.contains("disk quota exceeded")) {
            return "noSpace";
        }
        if (words.contains("read-only file system")) {
            return "readOnly";
        }
        if (words.contains("permission denied") || words.contains("operation not permitted")) {
            return "accessDenied";
        }
        if (words.contains("is a directory")) {
            return "isDirectory";
        }
        if (words.contains("not a directory")) {
            return "notDirectory";
        }
        if (words.contains("file name too long")) {
            return "nameTooLong";
        }
        if (words.contains("no such file or directory")) {
            return "noSuchFile";
        }
        return null;
    }

    private static String byType(Throwable c) {
        if (c instanceof NoSuchFileException) {
            return "noSuchFile";
        }
        if (c instanceof AccessDeniedException) {
            return "accessDenied";
        }
        if (c instanceof FileAlreadyExistsException) {
            return "alreadyExists";
        }
        if (c instanceof NotDirectoryException) {
            return "notDirectory";
        }
        if (c instanceof DirectoryNotEmptyException) {
            return "directoryNotEmpty";
        }
        if (c instanceof java.util.zip.ZipException || c instanceof EOFException) {
            return "damaged";
        }
        if (c instanceof CharacterCodingException) {
            return "encoding";
        }
        if (c instanceof FileNotFoundException && c.getMessage() == null) {
            return "noSuchFile";
        }
        return null;
    }
}
