package org.jrw.gui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A dialog service for view-model tests: records what was said and asked, answers from a queue. */
public final class FakeDialogs implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<String> questions = new ArrayList<>();
    public final List<String> notes = new ArrayList<>();
    private final Deque<Boolean> answers = new ArrayDeque<>();

    /** The next answers to {@link #confirm}, in order (No once they run out). */
    public FakeDialogs answer(Boolean... next) {
        answers.addAll(List.of(next));
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
}
