package org.jrw.gui.task;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.controlsfx.control.PopOver;
import org.controlsfx.control.StatusBar;
import org.controlsfx.control.TaskProgressView;
import org.jrw.i18n.Messages;

/**
 * The main window's status bar (ControlsFX): the window's status text on the left, the progress
 * of the {@link TaskRunner}'s running task, its message and a cancel button on the right, and a
 * "N tasks" button opening the list of waiting and running tasks (a {@link TaskProgressView} in a
 * pop-over, each with its own progress and cancel). Binds only.
 */
public final class TaskStatusBar extends StatusBar {
    private final TaskRunner tasks;
    /** Whether there is work: a field, as the property listens to a binding only weakly. */
    private final javafx.beans.binding.BooleanBinding busy;
    /** Built when the first task is queued: the start-up window has none, so its first frame does without. */
    private TaskProgressView<javafx.concurrent.Task<?>> list;
    private PopOver popOver;

    public TaskStatusBar(ObservableStringValue status, TaskRunner tasks) {
        this.tasks = tasks;
        setId("statusBar");
        textProperty().bind(status);
        // the bar shows while a task runs: its fraction, or moving (−1) while the total is unknown
        progressProperty().bind(Bindings.when(tasks.runningProperty())
                .then(Bindings.createDoubleBinding(() -> tasks.progressProperty().get() <= 0 ? -1
                        : tasks.progressProperty().get(), tasks.progressProperty()))
                .otherwise(0.0));
        busy = tasks.runningProperty().or(Bindings.isNotEmpty(tasks.tasks()));
        if (busy.get()) {
            addTaskItems();
        } else {
            busy.addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                    if (now) {
                        o.removeListener(this);
                        addTaskItems();
                    }
                }
            });
        }
    }

    /** The running task's message, its cancel button and the "N tasks" button, shown while there is work. */
    private void addTaskItems() {
        Label message = new Label();
        message.setId("taskMessage");
        message.textProperty().bind(tasks.messageProperty());
        message.setMinWidth(0);
        Button cancel = new Button(Messages.get("gui.task.cancel"));
        cancel.setId("taskCancel");
        cancel.setAccessibleHelp(Messages.get("controls.task.cancel.help"));
        cancel.setTooltip(new Tooltip(Messages.get("controls.task.cancel.help")));
        cancel.setOnAction(e -> tasks.cancel());
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        Button count = new Button();
        count.setId("taskListButton");
        count.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("controls.tasks.count",
                tasks.tasks().size()), tasks.tasks()));
        count.setAccessibleText(Messages.get("controls.tasks.show"));
        count.setTooltip(new Tooltip(Messages.get("controls.tasks.show")));
        count.setMinWidth(Region.USE_PREF_SIZE);
        count.setOnAction(e -> showList(count));
        for (var n : java.util.List.of(message, cancel, count)) {
            n.visibleProperty().bind(busy);
            n.managedProperty().bind(n.visibleProperty());
        }
        getRightItems().addAll(message, cancel, count);
        taskList();
    }

    /** The waiting and running tasks, each with progress and cancel. */
    public TaskProgressView<javafx.concurrent.Task<?>> taskList() {
        if (list == null) {
            list = new TaskProgressView<>();
            Bindings.bindContent(list.getTasks(), tasks.tasks());
            list.setId("taskList");
            // ControlsFX writes its cells' cancel buttons in English: relabel them after each layout
            list.needsLayoutProperty().addListener((o, was, now) -> {
                if (!now) {
                    relabelCancelButtons();
                }
            });
            list.setPrefSize(420, 220);
        }
        return list;
    }

    private void relabelCancelButtons() {
        String text = Messages.get("gui.task.cancel");
        for (javafx.scene.Node n : list.lookupAll(".task-cancel-button")) {
            if (n instanceof Button b && !text.equals(b.getText())) {
                b.setText(text);
                b.setAccessibleHelp(Messages.get("controls.task.cancel.help"));
                b.setTooltip(new Tooltip(Messages.get("controls.task.cancel.help")));
            }
        }
    }

    private void showList(Button anchor) {
        if (popOver == null) {
            popOver = new PopOver(taskList());
            popOver.setTitle(Messages.get("controls.tasks.title"));
            popOver.setHeaderAlwaysVisible(true);
            popOver.setDetachable(false);
            popOver.setArrowLocation(PopOver.ArrowLocation.BOTTOM_RIGHT);
        }
        if (popOver.isShowing()) {
            popOver.hide();
        } else {
            popOver.show(anchor);
        }
    }
}
