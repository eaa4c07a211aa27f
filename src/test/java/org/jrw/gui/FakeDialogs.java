package org.jrw.gui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A dialog service for view-model tests: records what was said and asked, answers questions from
 * one queue and file choosers from another (cancelled once it runs out).
 */
public final class FakeDialogs implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<String> questions = new ArrayList<>();
    public final List<String> notes = new ArrayList<>();
    /** The titles of the file and folder choosers opened, in order. */
    public final List<String> choosers = new ArrayList<>();
    /** The file types each chooser offered. */
    public final List<List<FileType>> chooserTypes = new ArrayList<>();
    /** The file name each save chooser offered (null for open and folder choosers). */
    public final List<String> initialNames = new ArrayList<>();
    /** The folder each chooser was asked to open in (null: the remembered one). */
    public final List<Path> folders = new ArrayList<>();
    private final Deque<Boolean> answers = new ArrayDeque<>();
    private final Deque<List<Path>> files = new ArrayDeque<>();

    /** The next answers to {@link #confirm}, in order (No once they run out). */
    public FakeDialogs answer(Boolean... next) {
        answers.addAll(List.of(next));
        return this;
    }

    /** The next file chooser picks these files (a folder chooser the first); an empty call: cancelled. */
    public FakeDialogs choose(Path... picked) {
        files.add(List.of(picked));
        return this;
    }

    @Override
    public void error(String title, String text) {
        errors.add(text);
    }

    @Override
    public boolean confirm(String title, String text) {
        questions.add(text);
        return !answers.isEmpty() && answers.removeFirst();
    }

    @Override
    public void inform(String text) {
        notes.add(text);
    }

    @Override
    public Optional<Path> saveFile(String title, String initialName, List<FileType> types) {
        return saveFile(title, null, initialName, types);
    }

    @Override
    public Optional<Path> saveFile(String title, Path folder, String initialName, List<FileType> types) {
        return next(title, folder, initialName, types).stream().findFirst();
    }

    @Override
    public Optional<Path> openFile(String title, List<FileType> types) {
        return openFile(title, null, types);
    }

    @Override
    public Optional<Path> openFile(String title, Path folder, List<FileType> types) {
        return next(title, folder, null, types).stream().findFirst();
    }

    @Override
    public List<Path> openFiles(String title, List<FileType> types) {
        return next(title, null, null, types);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return next(title, null, null, List.of()).stream().findFirst();
    }

    private List<Path> next(String title, Path folder, String initialName, List<FileType> types) {
        choosers.add(title);
        folders.add(folder);
        initialNames.add(initialName);
        chooserTypes.add(types);
        return files.isEmpty() ? List.of() : files.removeFirst();
    }
}
