package org.jrw.gui.audit;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jrw.gui.AppContext;
import org.jrw.i18n.Messages;
import org.jrw.logic.audit.Audit;

/** 审计记录 window: who did what and when, filtered by case and person, with chain verification. */
public final class AuditView extends BorderPane {
    public AuditView(AuditViewModel vm, String currentCaseId, String currentCaseNumber) {
        CheckBox onlyCase = new CheckBox(currentCaseNumber == null ? Messages.get("gui.audit.allCases")
                : Messages.get("gui.audit.onlyCase", currentCaseNumber));
        onlyCase.setDisable(currentCaseId == null);
        onlyCase.setSelected(currentCaseId != null);
        vm.caseIdProperty().set(currentCaseId);
        onlyCase.selectedProperty().addListener((o, a, b) -> {
            vm.caseIdProperty().set(b ? currentCaseId : null);
            vm.load();
        });
        TextField actor = new TextField();
        actor.setPromptText(Messages.get("gui.audit.actor"));
        actor.textProperty().bindBidirectional(vm.actorProperty());
        actor.setOnAction(e -> vm.load());
        Button refresh = new Button(Messages.get("gui.audit.refresh"));
        refresh.setOnAction(e -> vm.load());
        Button verify = new Button(Messages.get("gui.audit.verify"));
        verify.setId("auditVerify");
        verify.setOnAction(e -> vm.verify());
        Button against = new Button(Messages.get("gui.seats.audit.against"));
        against.setId("auditAgainst");
        vm.setDialogs(org.jrw.gui.FxDialogService.of(this),
                () -> passwordPrompt.apply(getScene() == null ? null : getScene().getWindow()));
        against.setOnAction(e -> vm.chooseAndVerifyAgainst());
        HBox top = new HBox(10, onlyCase, actor, refresh, verify, against);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(8));
        setTop(top);

        TableView<Audit.Line> table = new TableView<>(vm.rows());
        table.setId("auditTable");
        org.jrw.gui.Placeholders.install(table, vm.rowsState());
        table.getColumns().add(col(Messages.get("gui.audit.col.seq"), r -> String.valueOf(r.seq()), 50));
        table.getColumns().add(col(Messages.get("gui.audit.col.at"), r -> org.jrw.model.Timestamps.local(r.at(), "yyyy-MM-dd HH:mm:ss"), 160));
        table.getColumns().add(col(Messages.get("gui.audit.col.actor"), Audit.Line::actor, 110));
        table.getColumns().add(col(Messages.get("gui.audit.col.role"),
                r -> r.role() == null ? "" : Messages.get("gui.role." + r.role()), 110));
        table.getColumns().add(col(Messages.get("gui.audit.col.action"), AuditView::action, 150));
        table.getColumns().add(col(Messages.get("gui.audit.col.case"), r -> r.caseId() == null ? "" : r.caseId(), 120));
        table.getColumns().add(col(Messages.get("gui.audit.col.details"), r -> org.jrw.gui.Labels.auditDetails(r.details()), 320));
        table.getColumns().add(col(Messages.get("gui.audit.col.hash"), r -> r.hash().substring(0, 16) + "…", 140));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        setCenter(table);
        Label verdict = new Label();
        verdict.setId("auditVerdict");
        verdict.setWrapText(true);
        verdict.textProperty().bind(vm.verdictProperty());
        verdict.setPadding(new Insets(6, 8, 6, 8));
        setBottom(verdict);
    }

    /** Asks for the password of encrypted packages (empty: none). */
    public static java.util.function.Function<Window, char[]> passwordPrompt = owner -> {
        javafx.scene.control.Dialog<char[]> d = new javafx.scene.control.Dialog<>();
        d.initOwner(owner);
        d.setTitle(Messages.get("gui.seats.audit.password"));
        javafx.scene.control.PasswordField pw = new javafx.scene.control.PasswordField();
        d.getDialogPane().setContent(new javafx.scene.layout.VBox(6,
                new Label(Messages.get("gui.seats.audit.passwordHint")), pw));
        d.getDialogPane().getButtonTypes().addAll(javafx.scene.control.ButtonType.OK,
                javafx.scene.control.ButtonType.CANCEL);
        d.setResultConverter(b -> b == javafx.scene.control.ButtonType.OK && !pw.getText().isEmpty()
                ? pw.getText().toCharArray() : null);
        return d.showAndWait().orElse(null);
    };

    private static String action(Audit.Line r) {
        return org.jrw.gui.Labels.auditAction(r.action());
    }


    private static TableColumn<Audit.Line, String> col(String title,
                                                         java.util.function.Function<Audit.Line, String> f,
                                                         double width) {
        TableColumn<Audit.Line, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(f.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** Opens the audit window for the workspace, filtered to a case when one is open. */
    public static void show(Window owner, AppContext ctx, String caseId, String caseNumber) {
        show(owner, ctx, caseId, caseNumber, null);
    }

    /** As {@link #show(Window, AppContext, String, String)}, asking through {@code dialogs} (null: the window's own). */
    public static void show(Window owner, AppContext ctx, String caseId, String caseNumber,
                            org.jrw.gui.DialogService dialogs) {
        AuditViewModel vm = new AuditViewModel(ctx);
        Stage s = new Stage();
        s.initOwner(owner);
        s.setTitle(Messages.get("gui.audit.title"));
        AuditView view = new AuditView(vm, caseId, caseNumber);
        if (dialogs != null) {
            vm.setDialogs(dialogs, () -> passwordPrompt.apply(s));
        }
        Scene scene = new Scene(view, 1100, 600);
        org.jrw.gui.SecondaryWindows.takeLook(owner, scene); // the theme, scale and CJK font of the window
        s.setScene(scene);
        org.jrw.gui.SecondaryWindows.closeOnEscape(s);
        s.show();
        vm.load();
    }
}
