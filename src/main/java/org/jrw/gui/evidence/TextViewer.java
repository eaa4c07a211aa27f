package org.jrw.gui.evidence;

import javafx.beans.value.ChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToolBar;
import org.jrw.i18n.Messages;
import org.jrw.logic.evidence.EvidenceFiles;
import org.jrw.logic.evidence.EvidenceItem;
import org.jrw.model.Annotation;

/** Plain text (UTF-8 or GB18030): read, select a range and annotate it. */
final class TextViewer extends Viewer {
    private final TextArea text = new TextArea();
    private final ChangeListener<Annotation> selectionChanged = (o, a, b) -> follow(b);

    TextViewer(EvidenceWorkspaceViewModel vm, EvidenceItem item) {
        super(vm, item);
        setId("textViewer");
        setCenter(new Label(Messages.get("ev.loading")));
        vm.background(() -> {
            try {
                return EvidenceFiles.readText(vm.files().path(item), item.file(), 4 << 20);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, this::build, t -> showProblem(Messages.get("ev.view.failed", reason(t)), true));
    }

    private void build(String content) {
        text.setText(content);
        text.setEditable(false);
        text.setWrapText(true);
        text.setId("textContent");
        Button annotate = new Button(Messages.get("ev.text.annotate"));
        annotate.disableProperty().bind(text.selectedTextProperty().isEmpty());
        annotate.setOnAction(e -> vm.markText(item, text.getSelection().getStart(), text.getSelection().getEnd()));
        setTop(new ToolBar(annotate));
        setCenter(text);
        vm.selectedProperty().addListener(selectionChanged);
        follow(vm.selectedProperty().get());
    }

    private void follow(Annotation a) {
        if (a != null && item.id().equals(a.targetId()) && a.textStart() != null
                && a.textEnd() <= text.getLength()) {
            text.selectRange(a.textStart(), a.textEnd());
        }
    }

    @Override
    void dispose() {
        vm.selectedProperty().removeListener(selectionChanged);
    }
}
