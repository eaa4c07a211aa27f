package org.jrw.gui;

import java.util.ArrayList;
import java.util.List;

/** A notifier for view-model tests: keeps what the window would have shown, information and errors apart. */
final class RecordingNotifier implements MainViewModel.Notifier {
    final List<String> infos = new ArrayList<>();
    final List<String> errors = new ArrayList<>();

    @Override
    public void info(String title, String text) {
        infos.add(text);
    }

    @Override
    public void error(String title, String text) {
        errors.add(text);
    }
}
