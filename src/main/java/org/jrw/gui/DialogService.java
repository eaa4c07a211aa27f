package org.jrw.gui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The questions and messages a view-model puts to the user, without knowing of windows: the
 * screens install {@link FxDialogService}; tests a fake that records what was asked and answers.
 * File and folder choosers are questions too (ADR 0166): a view-model asks for the file it writes
 * or reads here, so its export and import are tested without a window.
 */
public interface DialogService {
    /** An error the user must read (modal, not waited for). */
    void error(String title, String text);

    /** A yes/no question (OK / Cancel); true for OK. Waits for the answer. */
    boolean confirm(String title, String text);

    /** A note that needs no answer and does not block (a notification). */
    void inform(String text);

    /** The file to write, or empty when the user cancelled; opens in the folder last used for these types. */
    Optional<Path> saveFile(String title, String initialName, List<FileType> types);

    /** One file to read, or empty when the user cancelled. */
    Optional<Path> openFile(String title, List<FileType> types);

    /** Files to read (none when the user cancelled). */
    List<Path> openFiles(String title, List<FileType> types);

    /** A folder, or empty when the user cancelled. */
    Optional<Path> chooseFolder(String title);

    /**
     * As {@link #saveFile(String, String, List)}, opening in {@code folder} (e.g. beside the file the
     * new one derives from); a null or missing folder: the folder last used for these types.
     */
    default Optional<Path> saveFile(String title, Path folder, String initialName, List<FileType> types) {
        return saveFile(title, initialName, types);
    }

    /** As {@link #openFile(String, List)}, opening in {@code folder} (null: the folder last used). */
    default Optional<Path> openFile(String title, Path folder, List<FileType> types) {
        return openFile(title, types);
    }

    /**
     * The chosen file with {@code extension} (".pdf") added when the user typed a name without it
     * (any case of the extension counts as present).
     */
    static Path withExtension(Path chosen, String extension) {
        String name = chosen.getFileName() == null ? "" : chosen.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(extension.toLowerCase(java.util.Locale.ROOT)) ? chosen
                : chosen.resolveSibling(name + extension);
    }

    /**
     * Until a screen installs its own: errors and notes to {@code sink} (a message line), every
     * question answered No, every chooser cancelled.
     */
    static DialogService quiet(java.util.function.Consumer<String> sink) {
        return new DialogService() {
            @Override
            public void error(String title, String text) {
                sink.accept(text);
            }

            @Override
            public boolean confirm(String title, String text) {
                return false;
            }

            @Override
            public void inform(String text) {
                sink.accept(text);
            }

            @Override
            public Optional<Path> saveFile(String title, String initialName, List<FileType> types) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> openFile(String title, List<FileType> types) {
                return Optional.empty();
            }

            @Override
            public List<Path> openFiles(String title, List<FileType> types) {
                return List.of();
            }

            @Override
            public Optional<Path> chooseFolder(String title) {
                return Optional.empty();
            }
        };
    }

    /** A file type of a chooser: its description (from the bundles) and patterns such as {@code *.pdf}. */
    record FileType(String description, List<String> patterns) {
        public FileType {
            patterns = List.copyOf(patterns);
        }

        public static FileType of(String description, String... patterns) {
            return new FileType(description, List.of(patterns));
        }
    }
}
