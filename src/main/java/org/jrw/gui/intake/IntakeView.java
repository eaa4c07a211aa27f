package org.jrw.gui.intake;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ToolBar;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jrw.gui.AppContext;
import org.jrw.i18n.Messages;
import org.jrw.logic.intake.Classification;

/**
 * 新建案件（从文书建案）: files dropped or chosen, their proposed type (changeable), the fields read
 * with their sources (accept, edit, reject), the conflicts side by side, then the draft case.
 * Binds only; the work is the {@link IntakeViewModel}'s.
 */
public final class IntakeView extends BorderPane {
    private final IntakeViewModel vm;
    private final AppContext ctx;
    private final VBox conflictBox = new VBox(8);

    public IntakeView(IntakeViewModel vm, AppContext ctx, Consumer<String> onCreated) {
        this.vm = vm;
        this.ctx = ctx;
        getStyleClass().add("intake-view");
        setPadding(new Insets(8));
        vm.setDialogs(org.jrw.gui.FxDialogService.of(this));
        setTop(toolbar());
        TableView<IntakeViewModel.FileRow> fileTable = fileTable();
        vm.rowsRevisionProperty().addListener((o, a, b) -> fileTable.refresh());
        // conflicts first: they need a decision before the case is complete
        VBox right = new VBox(6, conflictsPane(), fieldsPane());
        VBox.setVgrow(right.getChildren().get(1), Priority.ALWAYS);
        SplitPane center = new SplitPane(fileTable, right);
        center.setDividerPositions(0.47);
        setCenter(center);
        setBottom(bottom(onCreated));
        acceptDrops();
    }

    private ToolBar toolbar() {
        Button files = new Button(org.jrw.gui.Mnemonics.label("intake.choose.files"));
        files.setId("intakeChooseFiles");
        files.setTooltip(new Tooltip(Messages.get("screens.intake.files.help")));
        files.setOnAction(e -> vm.chooseFiles());
        Button folder = new Button(org.jrw.gui.Mnemonics.label("intake.choose.folder"));
        folder.setId("intakeChooseFolder");
        folder.setTooltip(new Tooltip(Messages.get("screens.intake.folder.help")));
        folder.setOnAction(e -> vm.chooseFolder());
        Label hint = new Label(Messages.get("intake.drop.hint"));
        hint.getStyleClass().add("intake-hint");
        return new ToolBar(files, folder, hint);
    }

    /** The fields read, with accept / reject / accept all for the selected one. */
    private VBox fieldsPane() {
        TableView<IntakeViewModel.FieldRow> fieldTable = fieldTable();
        Button accept = new Button(org.jrw.gui.Mnemonics.label("intake.accept"));
        accept.setId("intakeAccept");
        accept.setTooltip(new Tooltip(Messages.get("screens.intake.accept.help")));
        accept.setOnAction(e -> {
            var r = fieldTable.getSelectionModel().getSelectedItem();
            if (r != null) {
                vm.accept(r.field());
            }
        });
        Button reject = new Button(org.jrw.gui.Mnemonics.label("intake.reject"));
        reject.setId("intakeReject");
        reject.setTooltip(new Tooltip(Messages.get("screens.intake.reject.help")));
        reject.setOnAction(e -> {
            var r = fieldTable.getSelectionModel().getSelectedItem();
            if (r != null) {
                vm.reject(r.field());
            }
        });
        Button acceptAll = new Button(org.jrw.gui.Mnemonics.label("intake.acceptAll"));
        acceptAll.setId("intakeAcceptAll");
        acceptAll.setTooltip(new Tooltip(Messages.get("screens.intake.acceptAll.help")));
        acceptAll.setOnAction(e -> vm.acceptAll());
        VBox fieldsPane = new VBox(4, new HBox(6, accept, reject, acceptAll), fieldTable);
        VBox.setVgrow(fieldTable, Priority.ALWAYS);
        return fieldsPane;
    }

    private TitledPane conflictsPane() {
        TitledPane conflictsPane = new TitledPane(Messages.get("intake.conflicts.title"), conflictBox);
        conflictsPane.setId("intakeConflicts");
        conflictsPane.setCollapsible(false);
        conflictsPane.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.conflicts()));
        conflictsPane.managedProperty().bind(conflictsPane.visibleProperty());
        vm.conflicts().addListener((ListChangeListener<IntakeViewModel.ConflictRow>) c -> showConflicts());
        conflictBox.setPadding(new Insets(4));
        return conflictsPane;
    }

    /** Progress and status of both phases, cancel and create. */
    private HBox bottom(Consumer<String> onCreated) {
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(ctx.tasks().progressProperty());
        bar.visibleProperty().bind(vm.busyProperty());
        Label status = new Label();
        status.setId("intakeStatus");
        status.textProperty().bind(vm.statusProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button cancel = new Button(org.jrw.gui.Mnemonics.label("intake.cancel"));
        cancel.setId("intakeCancel");
        cancel.setCancelButton(true);
        cancel.setTooltip(new Tooltip(Messages.get("screens.intake.cancel.help")));
        cancel.setOnAction(e -> {
            vm.cancel();
            if (getScene() != null && !vm.busyProperty().get()) {
                getScene().getWindow().hide();
            }
        });
        Button create = new Button(org.jrw.gui.Mnemonics.label("intake.create"));
        create.setId("intakeCreate");
        create.setDefaultButton(true);
        create.setTooltip(new Tooltip(Messages.get("screens.intake.create.help")));
        create.disableProperty().bind(vm.busyProperty().or(vm.ocrRunningProperty())
                .or(javafx.beans.binding.Bindings.isEmpty(vm.files())));
        create.setOnAction(e -> vm.create(id -> {
            if (onCreated != null) {
                onCreated.accept(id);
            }
            if (getScene() != null) {
                getScene().getWindow().hide();
            }
        }));
        HBox bottom = new HBox(8, bar, status, ocrBox(), gap, cancel, create);
        bottom.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(8, 0, 0, 0));
        return bottom;
    }

    /** The second phase: text recognition of pictures and scans, its own progress and stop. */
    private HBox ocrBox() {
        ProgressBar ocrBar = new ProgressBar();
        ocrBar.setId("intakeOcrProgress");
        ocrBar.progressProperty().bind(vm.ocrProgressProperty());
        Label ocrStatus = new Label();
        ocrStatus.setId("intakeOcrStatus");
        ocrStatus.textProperty().bind(vm.ocrStatusProperty());
        Button stopOcr = new Button(Messages.get("intake.ocr.stop"));
        stopOcr.setId("intakeOcrStop");
        stopOcr.setTooltip(new Tooltip(Messages.get("intake.ocr.running")));
        stopOcr.setOnAction(e -> vm.stopRecognition());
        HBox ocrBox = new HBox(6, ocrBar, ocrStatus, stopOcr);
        ocrBox.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        ocrBox.visibleProperty().bind(vm.ocrRunningProperty());
        ocrBox.managedProperty().bind(ocrBox.visibleProperty());
        ocrStatus.setTooltip(new Tooltip(Messages.get("intake.ocr.running")));
        return ocrBox;
    }

    private void acceptDrops() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            List<File> fs = e.getDragboard().getFiles();
            boolean ok = fs != null && !fs.isEmpty();
            if (ok) {
                vm.start(fs.stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private TableView<IntakeViewModel.FileRow> fileTable() {
        TableView<IntakeViewModel.FileRow> t = new TableView<>(vm.files());
        t.setId("intakeFiles");
        org.jrw.gui.Placeholders.install(t, vm.filesState());
        t.setEditable(true);
        TableColumn<IntakeViewModel.FileRow, String> name = new TableColumn<>(Messages.get("intake.col.file"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().file().name()));
        name.setPrefWidth(200);
        TableColumn<IntakeViewModel.FileRow, IntakeViewModel.FileRow> type = new TableColumn<>(Messages.get("intake.col.type"));
        type.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        type.setCellFactory(c -> new TypeCell());
        type.setPrefWidth(190);
        TableColumn<IntakeViewModel.FileRow, String> size = new TableColumn<>(Messages.get("intake.col.size"));
        size.setCellValueFactory(c -> new ReadOnlyStringWrapper(humanSize(c.getValue().file().size())));
        size.setPrefWidth(70);
        TableColumn<IntakeViewModel.FileRow, String> msg = new TableColumn<>(Messages.get("intake.col.messages"));
        msg.setCellValueFactory(c -> c.getValue().messagesProperty());
        msg.setPrefWidth(300);
        msg.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setWrapText(true);
                setTooltip(empty || text == null || text.isEmpty() ? null : new javafx.scene.control.Tooltip(text));
            }
        });
        t.getColumns().setAll(List.of(name, type, size, msg));
        return t;
    }

    /** The type column: a combo box of every document type and evidence kind (files not taken: a dash). */
    private final class TypeCell extends TableCell<IntakeViewModel.FileRow, IntakeViewModel.FileRow> {
        private final ComboBox<Classification> box = new ComboBox<>(FXCollections.observableArrayList(IntakeViewModel.allTypes()));
        private IntakeViewModel.FileRow row;

        TypeCell() {
            box.setCellFactory(l -> new ListCell<>() {
                @Override
                protected void updateItem(Classification c, boolean empty) {
                    super.updateItem(c, empty);
                    setText(empty || c == null ? null : label(c));
                }
            });
            box.setButtonCell(box.getCellFactory().call(null));
            box.setMaxWidth(Double.MAX_VALUE);
            box.setOnAction(e -> {
                Classification c = box.getValue();
                if (row != null && c != null && !same(c, row.typeProperty().get())) {
                    vm.setType(row, c);
                }
            });
        }

        @Override
        protected void updateItem(IntakeViewModel.FileRow r, boolean empty) {
            super.updateItem(r, empty);
            row = r;
            if (empty || r == null) {
                setGraphic(null);
                setText(null);
            } else if (!r.file().included()) {
                setGraphic(null);
                setText("—");
            } else {
                Classification cur = r.typeProperty().get();
                box.setValue(IntakeViewModel.allTypes().stream().filter(x -> same(x, cur)).findFirst().orElse(null));
                setGraphic(box);
                setText(null);
            }
        }
    }

    static boolean same(Classification a, Classification b) {
        return b != null && a.documentType() == b.documentType() && a.evidenceKind() == b.evidenceKind();
    }

    static String label(Classification c) {
        return c.isEvidence() ? Messages.get("intake.type.evidence", c.evidenceKind().labelZh())
                : c.isDocument() ? Messages.get("intake.type.document", c.documentType().labelZh()) : c.labelZh();
    }

    private TableView<IntakeViewModel.FieldRow> fieldTable() {
        TableView<IntakeViewModel.FieldRow> t = new TableView<>(vm.fields());
        t.setId("intakeFields");
        t.setPlaceholder(new Label(""));
        t.setEditable(true);
        TableColumn<IntakeViewModel.FieldRow, String> field = new TableColumn<>(Messages.get("intake.col.field"));
        field.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        field.setPrefWidth(170);
        TableColumn<IntakeViewModel.FieldRow, String> value = new TableColumn<>(Messages.get("intake.col.value"));
        value.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value()));
        value.setCellFactory(TextFieldTableCell.forTableColumn());
        value.setOnEditCommit(e -> vm.edit(e.getRowValue().field(), e.getNewValue()));
        value.setPrefWidth(230);
        TableColumn<IntakeViewModel.FieldRow, String> state = new TableColumn<>(Messages.get("intake.col.state"));
        state.setCellValueFactory(c -> new ReadOnlyStringWrapper(stateText(c.getValue().state())));
        state.setPrefWidth(60);
        TableColumn<IntakeViewModel.FieldRow, String> source = new TableColumn<>(Messages.get("intake.col.source"));
        source.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().source()));
        source.setPrefWidth(420);
        t.getColumns().setAll(List.of(field, value, state, source));
        return t;
    }

    static String stateText(IntakeViewModel.State s) {
        return switch (s) {
            case ACCEPTED, CHOSEN, EDITED -> Messages.get("intake.state.accepted");
            case REJECTED -> Messages.get("intake.state.rejected");
            case CONFLICT -> Messages.get("intake.state.conflict");
            default -> Messages.get("intake.state.proposed");
        };
    }

    /** Each conflict as a row of cards side by side: the value, the file and page, the sentence, a button. */
    private void showConflicts() {
        conflictBox.getChildren().clear();
        for (IntakeViewModel.ConflictRow c : vm.conflicts()) {
            HBox cards = new HBox(8);
            for (IntakeViewModel.Option o : c.options()) {
                Label value = new Label(o.text());
                value.getStyleClass().add("intake-conflict-value");
                value.setStyle("-fx-font-size: 1.25em; -fx-font-weight: bold;");
                Label src = new Label(o.source());
                Label sentence = new Label(o.sentence());
                sentence.setWrapText(true);
                Button use = new Button(Messages.get("intake.conflict.use"));
                use.setId("intakeUse-" + c.field() + "-" + o.text());
                use.setOnAction(e -> vm.choose(c.field(), o.value()));
                VBox card = new VBox(4, value, src, sentence, use);
                card.setPadding(new Insets(6));
                card.setStyle("-fx-border-color: #b0b8c4; -fx-border-radius: 4; -fx-background-color: #f7f9fc;");
                card.setPrefWidth(320);
                HBox.setHgrow(card, Priority.ALWAYS);
                cards.getChildren().add(card);
            }
            Label title = new Label(c.label());
            title.setStyle("-fx-font-weight: bold;");
            conflictBox.getChildren().add(new VBox(4, title, cards));
        }
    }

    static String humanSize(long b) {
        if (b < 1024) {
            return b + " B";
        }
        if (b < 1024 * 1024) {
            return (b >> 10) + " KB";
        }
        return String.format("%.1f MB", b / 1048576.0);
    }

    /** Opens the intake window; {@code paths} (may be empty) are read at once. */
    public static Stage open(Window owner, AppContext ctx, List<Path> paths, Consumer<String> onCreated) {
        IntakeViewModel vm = new IntakeViewModel(ctx);
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(Messages.get("intake.window.title"));
        stage.getProperties().put(IntakeViewModel.class, vm); // its state, for tests and the window's owner
        Scene scene = new Scene(new IntakeView(vm, ctx, onCreated), 1280, 800);
        org.jrw.gui.SecondaryWindows.takeLook(owner, scene); // the theme and also the scale and font
        stage.setScene(scene);
        stage.setOnHidden(e -> {
            if (vm.createdCaseIdProperty().get() == null) {
                vm.cancel();
            }
        });
        stage.show();
        if (paths != null && !paths.isEmpty()) {
            vm.start(paths);
        }
        return stage;
    }
}
