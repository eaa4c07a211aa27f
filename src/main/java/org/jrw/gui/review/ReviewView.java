package org.jrw.gui.review;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.jrw.i18n.Messages;
import org.jrw.model.Annotation;
import org.jrw.model.review.PanelMember;
import org.jrw.model.review.Review;

/**
 * The joint review tab (联审): a toolbar with the opinion's state and the actions (生成意见书, 签名,
 * 验证), then the review points grid (points × members, the checks' findings and annotations
 * beside each point), the panel, the conclusion with the recommended penalty, and the
 * verification panel. Binds to {@link ReviewViewModel}; all work happens there, in the background.
 */
public final class ReviewView extends BorderPane {
    private final ReviewViewModel vm;
    private final TabPane tabs = new TabPane();
    private final Tab pointsTab;
    private final Tab panelTab;
    private final Tab conclusionTab;
    private final Tab opinionTab;
    private final ReviewPointsPane points;
    private final ReviewPanelPane panel;
    private final ReviewConclusionPane conclusion;
    private final ReviewOpinionPane opinion;
    private final OpinionFiles files;

    public ReviewView(ReviewViewModel vm) {
        this.vm = vm;
        setId("reviewView");
        getStyleClass().add("review-view");
        getStylesheets().add(Objects.requireNonNull(ReviewView.class.getResource("review.css")).toExternalForm());
        vm.setDialogs(new org.jrw.gui.FxDialogService(this::window));
        files = new OpinionFiles(vm);
        setTop(toolbar());
        points = new ReviewPointsPane(vm, this::window);
        pointsTab = new Tab(Messages.get("review.gui.tab.points"), points);
        pointsTab.setId("reviewPointsTab");
        panel = new ReviewPanelPane(vm, this::window);
        panelTab = new Tab(Messages.get("review.gui.tab.panel"), panel);
        panelTab.setId("reviewPanelTab");
        conclusion = new ReviewConclusionPane(vm);
        conclusionTab = new Tab(Messages.get("review.gui.tab.conclusion"), conclusion);
        conclusionTab.setId("reviewConclusionTab");
        opinion = new ReviewOpinionPane(vm);
        opinionTab = new Tab(Messages.get("review.gui.tab.opinion"), opinion);
        opinionTab.setId("reviewOpinionTab");
        tabs.getTabs().addAll(pointsTab, panelTab, conclusionTab, opinionTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("review-tabs");
        tabs.setId("reviewTabs");
        setCenter(tabs);
        vm.reviewProperty().addListener((o, a, r) -> showReview(r));
        vm.restoredProperty().addListener((o, a, n) -> restore());
        vm.annotations().addListener((javafx.collections.ListChangeListener<Annotation>) c -> points.fillBesides());
        vm.findings().addListener((javafx.collections.ListChangeListener<org.jrw.model.Finding>) c -> points.fillBesides());
        vm.reportProperty().addListener((o, a, r) -> opinion.show(r));
        showReview(vm.review());
        opinion.show(vm.reportProperty().get());
    }

    public ReviewViewModel viewModel() {
        return vm;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    // ------------------------------------------------------------------ toolbar

    private Node toolbar() {
        Label status = new Label();
        status.setId("reviewStatus");
        status.textProperty().bind(vm.statusProperty());
        status.setWrapText(true);
        status.getStyleClass().add("review-status");
        vm.draftProperty().addListener((o, a, d) -> draftStyle(status, d));
        draftStyle(status, vm.draftProperty().get());
        Label msg = new Label();
        msg.setId("reviewMessage");
        msg.textProperty().bind(vm.messageProperty());
        msg.getStyleClass().add("review-message");
        msg.setWrapText(true);
        Button render = new Button(org.jrw.gui.Mnemonics.label("review.gui.action.render"));
        render.setId("renderButton");
        render.setOnAction(e -> chooseRender());
        Button sign = new Button(org.jrw.gui.Mnemonics.label("review.gui.action.sign"));
        sign.setId("signButton");
        sign.setOnAction(e -> chooseSign());
        Button verify = new Button(org.jrw.gui.Mnemonics.label("review.gui.action.verify"));
        verify.setId("verifyButton");
        verify.setOnAction(e -> chooseVerify());
        render.disableProperty().bind(vm.reviewProperty().isNull().or(vm.busyProperty()));
        sign.disableProperty().bind(vm.reviewProperty().isNull().or(vm.busyProperty()).or(vm.draftProperty()));
        verify.disableProperty().bind(vm.busyProperty());
        render.setTooltip(new Tooltip(Messages.get("review.gui.action.renderTip")));
        Node signHolder = SignGate.explain(sign, vm);
        verify.setTooltip(new Tooltip(Messages.get("review.gui.action.verifyTip")));
        render.getStyleClass().add("review-primary");
        VBox left = new VBox(2, status, msg);
        HBox.setHgrow(left, Priority.ALWAYS);
        left.setMaxWidth(Double.MAX_VALUE);
        HBox buttons = new HBox(6, render, signHolder, verify);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(12, left, buttons);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.getStyleClass().add("review-toolbar");
        return bar;
    }

    private static void draftStyle(Label l, boolean draft) {
        l.getStyleClass().removeAll("review-draft", "review-ready");
        l.getStyleClass().add(draft ? "review-draft" : "review-ready");
    }

    private void chooseRender() {
        if (files.render()) {
            tabs.getSelectionModel().select(opinionTab);
        }
    }

    private void chooseSign() {
        Path pdf = files.toSign().orElse(null);
        if (pdf == null) {
            return;
        }
        List<PanelMember> members = vm.members();
        if (members.isEmpty()) {
            vm.messageProperty().set(Messages.get("review.gui.why.noPanel"));
            return;
        }
        PanelMember preferred = members.stream().filter(m -> vm.identity() != null
                && m.name().equals(vm.identity().name())).findFirst().orElse(null);
        ReviewDialogs.sign(window(), members, preferred, pdf, vm::keystoreOf).ifPresent(req -> {
            Path out = files.signedCopy(pdf).orElse(null);
            if (out == null) {
                java.util.Arrays.fill(req.password(), '\0');
                return;
            }
            vm.sign(req.member(), pdf, req.keystore(), req.password(), out);
            tabs.getSelectionModel().select(opinionTab);
        });
    }

    private void chooseVerify() {
        if (files.verify()) {
            tabs.getSelectionModel().select(opinionTab);
        }
    }

    // ------------------------------------------------------------------ the tabs

    /** A refused change: the stored review over what was typed, the conclusion form included. */
    private void restore() {
        conclusion.discardEdits();
        points.setRestoring(true);
        try {
            showReview(vm.review());
        } finally {
            points.setRestoring(false);
        }
    }

    private void showReview(Review r) {
        points.show(r);
        panel.show(r == null ? List.of() : r.members());
        conclusion.fill(r);
        points.fillBesides();
    }

    /** Selects a sub-tab by its id (for tests and the screenshots). */
    public void select(String tabId) {
        tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }
}
