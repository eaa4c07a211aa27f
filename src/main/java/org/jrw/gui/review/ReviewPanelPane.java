package org.jrw.gui.review;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.jrw.i18n.Messages;
import org.jrw.model.Role;
import org.jrw.model.review.PanelMember;

/** The panel tab of {@link ReviewView}: the members, the composition check, adding and removing members, identities. */
final class ReviewPanelPane extends ScrollPane {
    private final ReviewViewModel vm;
    private final Supplier<Window> owner;
    private final TableView<PanelMember> memberTable = new TableView<>();
    private final TextField newName = new TextField();
    private final TextField newOrg = new TextField();
    private final ComboBox<Role> newRole = ReviewDialogs.roleBox();

    ReviewPanelPane(ReviewViewModel vm, Supplier<Window> owner) {
        this.vm = vm;
        this.owner = owner;
        memberColumns();

        Label composition = new Label();
        composition.setId("compositionLabel");
        composition.textProperty().bind(vm.compositionProperty());
        composition.setWrapText(true);
        vm.compositionOkProperty().addListener((o, a, ok) -> compositionStyle(composition, ok));
        compositionStyle(composition, vm.compositionOkProperty().get());

        newName.setId("memberName");
        newName.setPromptText(Messages.get("review.gui.member.name"));
        newOrg.setId("memberOrg");
        newOrg.setPromptText(Messages.get("review.gui.member.org"));
        newOrg.setPrefColumnCount(16);
        newRole.setId("memberRole");
        newRole.setAccessibleText(Messages.get("review.gui.member.role"));
        Button add = new Button(Messages.get("review.gui.member.add"));
        add.setId("addMemberButton");
        add.setOnAction(e -> {
            vm.addMember(newName.getText(), newOrg.getText(), newRole.getValue());
            newName.clear();
        });
        Button create = new Button(Messages.get("review.gui.member.createIdentity"));
        create.setId("createIdentityButton");
        create.setOnAction(e -> identityDialog(true));
        Button imp = new Button(Messages.get("review.gui.member.importIdentity"));
        imp.setId("importIdentityButton");
        imp.setOnAction(e -> identityDialog(false));
        Button remove = new Button(Messages.get("review.gui.member.remove"));
        remove.setId("removeMemberButton");
        remove.disableProperty().bind(memberTable.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> {
            PanelMember m = memberTable.getSelectionModel().getSelectedItem();
            if (m != null) {
                vm.removeMember(m);
            }
        });
        for (Button b : List.of(add, create, imp)) {
            b.disableProperty().bind(vm.busyProperty().or(vm.reviewProperty().isNull()));
        }
        // a member's certificate is replaced only by an explicit, audited renewal (ADR 0090)
        Button renew = new Button(Messages.get("gui.seats.renew.button"));
        renew.setId("renewCertificateButton");
        renew.disableProperty().bind(vm.busyProperty().or(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> memberTable.getSelectionModel().getSelectedItem() == null
                        || memberTable.getSelectionModel().getSelectedItem().certificateSha256() == null,
                memberTable.getSelectionModel().selectedItemProperty())));
        renew.setOnAction(e -> {
            PanelMember m = memberTable.getSelectionModel().getSelectedItem();
            if (m != null) {
                ReviewDialogs.renewal(owner.get(), m).ifPresent(r -> vm.renewCertificate(m, r.file(), r.password(),
                        r.reason()));
            }
        });
        HBox form = new HBox(6, newName, newOrg, newRole, add);
        form.setAlignment(Pos.CENTER_LEFT);
        HBox more = new HBox(6, create, imp, renew, remove);
        Label formHead = new Label(Messages.get("review.gui.member.addHeading"));
        formHead.getStyleClass().add("section-heading");
        Label idHint = new Label(Messages.get("review.gui.member.identityHint"));
        idHint.getStyleClass().add("review-hint");
        idHint.setWrapText(true);
        Label head = new Label(Messages.get("review.gui.tab.panel"));
        head.getStyleClass().add("section-heading");
        VBox box = new VBox(8, head, composition, memberTable, formHead, form, more, idHint);
        box.setPadding(new Insets(12, 16, 16, 16));
        memberTable.getSelectionModel().selectedItemProperty().addListener((o, a, m) -> {
            if (m != null) {
                newName.setText(m.name());
                newOrg.setText(m.organisation() == null ? "" : m.organisation());
                newRole.setValue(m.role());
            }
        });
        setContent(box);
        setFitToWidth(true);
    }

    private void memberColumns() {
        memberTable.setId("memberTable");
        memberTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        memberTable.getColumns().add(column(Messages.get("review.gui.member.name"), m -> m.name(), 120));
        memberTable.getColumns().add(column(Messages.get("review.gui.member.org"), m -> m.organisation() == null ? ""
                : m.organisation(), 200));
        memberTable.getColumns().add(column(Messages.get("review.gui.member.role"),
                m -> ReviewViewModel.roleLabel(m.role()), 120));
        memberTable.getColumns().add(column(Messages.get("review.gui.member.certificate"), m -> m.certificateSha256() == null
                ? Messages.get("review.gui.member.noCertificate")
                : m.certificateSubject() + " · SHA-256 " + m.certificateSha256().substring(0, 16) + "…", 300));
        memberTable.setPlaceholder(new Label(Messages.get("review.gui.grid.noMembers")));
        memberTable.setPrefHeight(220);
    }

    void show(java.util.List<PanelMember> members) {
        memberTable.getItems().setAll(members);
    }

    private static void compositionStyle(Label l, boolean ok) {
        l.getStyleClass().removeAll("review-draft", "review-ready");
        l.getStyleClass().add(ok ? "review-ready" : "review-draft");
    }

    private void identityDialog(boolean create) {
        ReviewDialogs.identity(owner.get(), create, newName.getText(), newOrg.getText(), newRole.getValue())
                .ifPresent(r -> {
                    if (r.create()) {
                        vm.createIdentity(r.name(), r.organisation(), r.role(), r.file(), r.password());
                    } else {
                        vm.importIdentity(r.name(), r.organisation(), r.role(), r.file(), r.password());
                    }
                });
    }

    static <T> TableColumn<T, String> column(String title, java.util.function.Function<T, String> f, double w) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(f.apply(cd.getValue())));
        c.setPrefWidth(w);
        return c;
    }
}
