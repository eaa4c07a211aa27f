package org.jrw.gui.cases;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jrw.i18n.Messages;
import org.jrw.model.CaseDocument;
import org.jrw.model.CaseInfo;
import org.jrw.model.Circumstances;
import org.jrw.model.DocumentType;
import org.jrw.model.Dossier;
import org.jrw.model.Evidence;
import org.jrw.model.EvidenceKind;
import org.jrw.model.Officer;
import org.jrw.model.Party;
import org.jrw.model.ProposedPenalty;
import org.jrw.model.Violation;

/**
 * The case overview: header with the case's key facts, then tabs for parties and violations,
 * the document tree in standard filing order, and the evidence grouped by statutory kind.
 */
public final class CaseOverviewView extends StackPane {
    private final VBox content = new VBox();
    private final Node placeholder;
    /** The trees with their opening / empty / failed placeholders laid over them (made once). */
    private final Node documentPane;
    private final Node evidencePane;
    private final TreeView<Object> documentTree = new TreeView<>();
    private final TreeView<Object> evidenceTree = new TreeView<>();
    private final TextArea documentDetail = new TextArea();
    private final TextArea evidenceDetail = new TextArea();

    private final org.jrw.gui.evidence.EvidenceWorkspaceViewModel evidence;
    private org.jrw.gui.evidence.EvidenceWorkspaceView evidenceView;
    private org.jrw.gui.evidence.EvidenceMatrixView matrixView;
    private final org.jrw.gui.review.ReviewViewModel review;
    private org.jrw.gui.review.ReviewView reviewView;
    private TabPane tabPane;
    /** Whether the 联审 tab (a new one with each case) is the selected tab. */
    private final javafx.beans.property.BooleanProperty reviewShown = new javafx.beans.property.SimpleBooleanProperty();
    private Tab workspaceTab;
    /** Whether the evidence reader (a new tab with each case) is the selected tab: the reader then takes the room. */
    private final javafx.beans.property.BooleanProperty readerShown = new javafx.beans.property.SimpleBooleanProperty();

    /** True while the evidence reader is shown: the case header is then one line and the window gives it the width. */
    public javafx.beans.property.ReadOnlyBooleanProperty readerShownProperty() {
        return readerShown;
    }
    /** Tabs other features add (position among the tabs, and a factory called once). */
    private final java.util.List<java.util.Map.Entry<Integer, Tab>> extraTabs = new java.util.ArrayList<>();

    /** Adds a feature's tab at a position (0 = first); it stays across cases. */
    public void addTab(int position, Tab tab) {
        extraTabs.add(java.util.Map.entry(position, tab));
        if (tabPane != null) {
            tabPane.getTabs().add(Math.min(position, tabPane.getTabs().size()), tab);
        }
    }

    /** Opens a document or evidence item (by id) in the evidence reader. */
    public void openItem(String id) {
        if (id != null && tabPane != null && workspaceTab != null && evidence != null) {
            tabPane.getSelectionModel().select(workspaceTab);
            evidence.open(id);
        }
    }

    public CaseOverviewView(CaseOverviewViewModel vm) {
        this(vm, null);
    }

    /** With the evidence workspace (reader with annotations, evidence-violation matrix) as extra tabs. */
    public CaseOverviewView(CaseOverviewViewModel vm, org.jrw.gui.evidence.EvidenceWorkspaceViewModel evidence) {
        this(vm, evidence, null);
    }

    /** With the evidence workspace and the joint review (联审) as extra tabs. */
    public CaseOverviewView(CaseOverviewViewModel vm, org.jrw.gui.evidence.EvidenceWorkspaceViewModel evidence,
                            org.jrw.gui.review.ReviewViewModel review) {
        this.evidence = evidence;
        this.review = review;
        // no case open, a case being opened, or one that could not be read (ADR 0166's list states)
        placeholder = org.jrw.gui.Placeholders.of("overview", vm.caseState());
        if (review != null) {
            // the review (its legality checks and the law library) loads when its tab is shown
            org.jrw.gui.WhenShown.follow(reviewShown, vm.dossierProperty(), review.dossierProperty()::set);
        }
        if (evidence != null) {
            evidence.dossierProperty().bind(vm.dossierProperty());
            evidence.linkedDossierProperty().addListener((o, a, d) -> vm.caseEdited(d));
            for (TreeView<Object> t : List.of(documentTree, evidenceTree)) {
                t.setOnMouseClicked(e -> {
                    var sel = t.getSelectionModel().getSelectedItem();
                    if (e.getClickCount() == 2 && sel != null) {
                        openInWorkspace(sel.getValue());
                    }
                });
                t.setOnKeyPressed(e -> {
                    var sel = t.getSelectionModel().getSelectedItem();
                    if (e.getCode() == javafx.scene.input.KeyCode.ENTER && sel != null) {
                        openInWorkspace(sel.getValue());
                    }
                });
            }
        }
        getStyleClass().add("overview");
        documentTree.setId("documentTree");
        evidenceTree.setId("evidenceTree");
        documentPane = org.jrw.gui.Placeholders.over(documentTree, vm.documentsState());
        evidencePane = org.jrw.gui.Placeholders.over(evidenceTree, vm.evidenceState());
        for (TreeView<Object> t : List.of(documentTree, evidenceTree)) {
            t.setShowRoot(false);
            t.setCellFactory(v -> new NodeCell());
        }
        for (TextArea a : List.of(documentDetail, evidenceDetail)) {
            a.setEditable(false);
            a.setWrapText(true);
            a.getStyleClass().add("detail");
        }
        documentDetail.setAccessibleText(Messages.get("ux.a11y.documentDetail"));
        evidenceDetail.setAccessibleText(Messages.get("ux.a11y.evidenceDetail"));
        documentTree.getSelectionModel().selectedItemProperty().addListener((o, a, b) ->
                documentDetail.setText(b != null && b.getValue() instanceof CaseDocument d ? describe(d) : ""));
        evidenceTree.getSelectionModel().selectedItemProperty().addListener((o, a, b) ->
                evidenceDetail.setText(b != null && b.getValue() instanceof Evidence e ? describe(e) : ""));
        getChildren().add(placeholder);
        vm.dossierProperty().addListener((o, a, d) -> show(d));
        show(vm.dossier());
    }

    private Dossier shown;

    private void show(Dossier d) {
        Dossier before = shown;
        shown = d;
        if (d != null && before != null && tabPane != null && before.caseId().equals(d.caseId())) {
            refresh(d);
            return;
        }
        getChildren().clear();
        if (d == null) {
            getChildren().add(placeholder);
            return;
        }
        content.getChildren().setAll(header(d.caseInfo()), tabs(d));
        VBox.setVgrow(content.getChildren().get(1), javafx.scene.layout.Priority.ALWAYS);
        getChildren().add(content);
    }

    private Node header(CaseInfo c) {
        Label number = new Label(c.caseNumber());
        number.setId("caseNumberLabel");
        number.getStyleClass().add("header-number");
        Label title = new Label(c.title());
        title.getStyleClass().add("header-title");
        title.setWrapText(true);
        FlowPane chips = new FlowPane(8, 4);
        if (c.draft()) {
            Label draft = new Label(Messages.get("edit.gui.draft.chip"));
            draft.getStyleClass().addAll("chip", "draft-chip");
            draft.setStyle("-fx-background-color: #fff8c5; -fx-text-fill: #7d4e00;");
            chips.getChildren().add(draft);
        }
        for (String s : new String[] {c.status(), c.agency(), c.district(), c.industry(), c.source()}) {
            if (s != null && !s.isBlank()) {
                Label chip = new Label(s);
                chip.getStyleClass().add("chip");
                chips.getChildren().add(chip);
            }
        }
        GridPane dates = new GridPane();
        dates.setHgap(16);
        dates.setVgap(2);
        addPair(dates, 0, Messages.get("gui.case.violationDate"), str(c.violationDate()));
        addPair(dates, 2, Messages.get("gui.case.discoveredOn"), str(c.discoveredOn()));
        addPair(dates, 4, Messages.get("gui.case.filedOn"), str(c.filedOn()));
        // reading evidence, the page needs the height: the chips and dates wait until the reader is left
        for (Node n : new Node[] {chips, dates}) {
            n.visibleProperty().bind(readerShown.not());
            n.managedProperty().bind(n.visibleProperty());
        }
        VBox box = new VBox(6, number, title, chips, dates);
        box.getStyleClass().add("case-header");
        box.setPadding(new Insets(12, 16, 12, 16));
        return box;
    }

    private static void addPair(GridPane g, int col, String label, String value) {
        Label l = new Label(label);
        l.getStyleClass().add("field-label");
        g.add(l, col, 0);
        g.add(new Label(value), col + 1, 0);
    }

    private TabPane tabs(Dossier d) {
        Tab summary = new Tab(Messages.get("gui.tab.summary"), summary(d));
        summary.setId("summaryTab");
        Tab docs = new Tab(Messages.get("gui.tab.documents", d.documents().size()),
                split(documentPane, documentDetail));
        docs.setId("documentsTab");
        Tab ev = new Tab(Messages.get("gui.tab.evidence", d.evidence().size()),
                split(evidencePane, evidenceDetail));
        ev.setId("evidenceTab");
        fillDocuments(d);
        fillEvidence(d);
        TabPane tp = new TabPane(summary, docs, ev);
        // the reader, the matrix and the review are built on their tab's first selection, once
        if (evidence != null) {
            workspaceTab = org.jrw.gui.LazyTab.build(new Tab(Messages.get("ev.tab.workspace")), () -> {
                if (evidenceView == null) {
                    evidenceView = new org.jrw.gui.evidence.EvidenceWorkspaceView(evidence);
                }
                return evidenceView;
            });
            workspaceTab.setId("evidenceWorkspaceTab");
            workspaceTab.selectedProperty().addListener((o, was, on) -> readerShown.set(on));
            Tab matrix = org.jrw.gui.LazyTab.build(new Tab(Messages.get("ev.tab.matrix")), () -> {
                if (matrixView == null) {
                    matrixView = new org.jrw.gui.evidence.EvidenceMatrixView(evidence);
                    matrixView.setShowing(false);
                }
                return matrixView;
            });
            matrix.setId("evidenceMatrixTab");
            if (matrixView != null) {
                matrixView.setShowing(false);
            }
            matrix.selectedProperty().addListener((o, a, on) -> {
                if (matrixView != null) {
                    matrixView.setShowing(on);
                }
            });
            tp.getTabs().addAll(workspaceTab, matrix);
        }
        if (review != null) {
            Tab rt = org.jrw.gui.LazyTab.build(new Tab(Messages.get("review.gui.tab")), () -> {
                if (reviewView == null) {
                    reviewView = new org.jrw.gui.review.ReviewView(review);
                }
                return reviewView;
            });
            rt.setId("reviewTab");
            rt.selectedProperty().addListener((o, was, on) -> reviewShown.set(on));
            tp.getTabs().add(rt);
        }
        for (var e : extraTabs) {
            tp.getTabs().add(Math.min(e.getKey(), tp.getTabs().size()), e.getValue());
        }
        tabPane = tp;
        readerShown.set(workspaceTab != null && workspaceTab.isSelected());
        reviewShown.set(tp.getSelectionModel().getSelectedItem() != null
                && "reviewTab".equals(tp.getSelectionModel().getSelectedItem().getId()));
        tp.setId("overviewTabs");
        tp.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // only the shown tab's content is styled and laid out; the others join when first selected
        tp.getTabs().forEach(org.jrw.gui.LazyTab::defer);
        return tp;
    }

    /** The same case changed (links edited): new content in the existing tabs, selections kept where possible. */
    private void refresh(Dossier d) {
        content.getChildren().set(0, header(d.caseInfo()));
        for (Tab t : tabPane.getTabs()) {
            switch (String.valueOf(t.getId())) {
                case "summaryTab" -> t.setContent(summary(d));
                case "documentsTab" -> t.setText(Messages.get("gui.tab.documents", d.documents().size()));
                case "evidenceTab" -> t.setText(Messages.get("gui.tab.evidence", d.evidence().size()));
                default -> { }
            }
        }
        String doc = selectedId(documentTree);
        String ev = selectedId(evidenceTree);
        fillDocuments(d);
        fillEvidence(d);
        reselect(documentTree, doc);
        reselect(evidenceTree, ev);
    }

    private static String selectedId(TreeView<Object> t) {
        var sel = t.getSelectionModel().getSelectedItem();
        Object v = sel == null ? null : sel.getValue();
        return v instanceof CaseDocument d ? d.id() : v instanceof Evidence e ? e.id() : null;
    }

    private static void reselect(TreeView<Object> t, String id) {
        if (id == null || t.getRoot() == null) {
            return;
        }
        for (TreeItem<Object> g : t.getRoot().getChildren()) {
            for (TreeItem<Object> i : g.getChildren()) {
                Object v = i.getValue();
                if (id.equals(v instanceof CaseDocument d ? d.id() : v instanceof Evidence e ? e.id() : null)) {
                    t.getSelectionModel().select(i);
                    return;
                }
            }
        }
    }

    private void openInWorkspace(Object value) {
        String id = value instanceof CaseDocument d ? d.id() : value instanceof Evidence e ? e.id() : null;
        if (id != null && tabPane != null && workspaceTab != null) {
            tabPane.getSelectionModel().select(workspaceTab);
            evidence.open(id);
        }
    }

    private static SplitPane split(Node left, Node right) {
        SplitPane sp = new SplitPane(left, right);
        sp.setDividerPositions(0.55);
        return sp;
    }

    private Node summary(Dossier d) {
        VBox box = new VBox(10);
        box.setPadding(new Insets(12, 16, 16, 16));
        box.getChildren().add(section(Messages.get("gui.section.parties")));
        for (Party p : d.parties()) {
            box.getChildren().add(card(partyLines(p)));
        }
        box.getChildren().add(section(Messages.get("gui.section.officers")));
        List<String> officers = new ArrayList<>();
        for (Officer o : d.officers()) {
            officers.add(Messages.get("gui.officer.line", nz(o.name()), nz(o.certificateNo())));
        }
        box.getChildren().add(card(officers.isEmpty() ? List.of(Messages.get("gui.none")) : officers, false));
        box.getChildren().add(section(Messages.get("gui.section.violations")));
        for (Violation v : d.violations()) {
            box.getChildren().add(card(violationLines(d, v)));
        }
        if (d.violations().isEmpty()) {
            box.getChildren().add(card(List.of(Messages.get("gui.none"))));
        }
        ScrollPane sp = new ScrollPane(box);
        sp.setFitToWidth(true);
        sp.setId("summaryPane");
        return sp;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-heading");
        return l;
    }

    private static Node card(List<String> lines) {
        return card(lines, true);
    }

    private static Node card(List<String> lines, boolean titled) {
        VBox c = new VBox(3);
        c.getStyleClass().add("card");
        boolean first = titled;
        for (String s : lines) {
            Label l = new Label(s);
            l.setWrapText(true);
            if (first) {
                l.getStyleClass().add("card-title");
                first = false;
            }
            c.getChildren().add(l);
        }
        return c;
    }

    private static List<String> partyLines(Party p) {
        List<String> out = new ArrayList<>();
        String kind = p.kind() == null ? "" : Messages.get("gui.party.kind." + p.kind().code());
        out.add(nz(p.name()) + (kind.isEmpty() ? "" : Messages.paren(kind)));
        add(out, "gui.party.creditCode", p.creditCode());
        add(out, "gui.party.legalRep", p.legalRepresentative());
        add(out, "gui.party.idNumber", p.idNumber());
        add(out, "gui.party.position", p.position());
        add(out, "gui.party.address", p.address());
        if (p.employees() != null) {
            add(out, "gui.party.employees", String.valueOf(p.employees()));
        }
        if (p.annualIncomeYuan() != null) {
            add(out, "gui.party.income", yuan(p.annualIncomeYuan()));
        }
        return out;
    }

    private static List<String> violationLines(Dossier d, Violation v) {
        List<String> out = new ArrayList<>();
        String party = v.partyId() == null ? "" : d.party(v.partyId()).map(Party::name).orElse(v.partyId());
        // named by its place (第1项违法行为), as findings and the opinion name it, not by its internal id
        out.add(org.jrw.logic.checks.ViolationLabels.of(d, v.id()) + (party.isEmpty() ? "" : " · " + party));
        add(out, "gui.violation.facts", v.facts());
        add(out, "gui.violation.violated", v.violatedProvision());
        add(out, "gui.violation.penalty", v.penaltyProvision());
        add(out, "gui.violation.circumstances", circumstances(v.circumstances()));
        ProposedPenalty p = v.proposed();
        if (p != null && p != ProposedPenalty.NONE) {
            List<String> parts = new ArrayList<>();
            if (p.fineYuan() != null) {
                parts.add(Messages.get("gui.penalty.fine", yuan(p.fineYuan())));
            }
            if (p.confiscationYuan() != null && p.confiscationYuan() > 0) {
                parts.add(Messages.get("gui.penalty.confiscation", yuan(p.confiscationYuan())));
            }
            parts.addAll(p.other());
            add(out, "gui.violation.proposed", String.join(Messages.semicolon(), parts));
        }
        List<String> ev = d.evidenceFor(v.id()).stream().map(e -> e.id() + " " + nz(e.title())).toList();
        add(out, "gui.violation.evidence", ev.isEmpty() ? Messages.get("gui.violation.noEvidence") : String.join(Messages.semicolon(), ev));
        return out;
    }

    private static String circumstances(Circumstances c) {
        if (c == null || c == Circumstances.NONE) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        flag(parts, c.firstOffence(), "gui.circ.firstOffence");
        flag(parts, c.correctedInTime(), "gui.circ.correctedInTime");
        flag(parts, c.uncorrectedAfterDeadline(), "gui.circ.uncorrected");
        flag(parts, c.harmfulConsequence(), "gui.circ.harm");
        if (c.count() != null) {
            parts.add(Messages.get("gui.circ.count", c.count()));
        }
        c.mitigating().forEach(m -> parts.add(Messages.get("gui.circ.mitigating", m)));
        c.aggravating().forEach(m -> parts.add(Messages.get("gui.circ.aggravating", m)));
        return parts.isEmpty() ? null : String.join(Messages.semicolon(), parts);
    }

    private static void flag(List<String> parts, Boolean b, String key) {
        if (b != null) {
            parts.add(Messages.get(key + (b ? ".yes" : ".no")));
        }
    }

    private static void add(List<String> out, String key, String value) {
        if (value != null && !value.isBlank()) {
            out.add(Messages.get(key) + Messages.colon() + value);
        }
    }

    private void fillDocuments(Dossier d) {
        TreeItem<Object> root = new TreeItem<>("root");
        for (Map.Entry<DocumentType, List<CaseDocument>> g : CaseOverviewViewModel.documentGroups(d).entrySet()) {
            TreeItem<Object> group = new TreeItem<>(new Group(typeLabel(g.getKey()), g.getValue().size(),
                    g.getKey().filingOrder() + 1));
            group.setExpanded(true);
            g.getValue().forEach(doc -> group.getChildren().add(new TreeItem<>(doc)));
            root.getChildren().add(group);
        }
        documentTree.setRoot(root);
        documentDetail.clear();
    }

    private void fillEvidence(Dossier d) {
        TreeItem<Object> root = new TreeItem<>("root");
        for (Map.Entry<EvidenceKind, List<Evidence>> g : CaseOverviewViewModel.evidenceGroups(d).entrySet()) {
            TreeItem<Object> group = new TreeItem<>(new Group(kindLabel(g.getKey()), g.getValue().size(), 0));
            group.setExpanded(true);
            g.getValue().forEach(e -> group.getChildren().add(new TreeItem<>(e)));
            root.getChildren().add(group);
        }
        evidenceTree.setRoot(root);
        evidenceDetail.clear();
    }

    public static String typeLabel(DocumentType t) {
        return Messages.isEnglish() ? Messages.get("doctype." + t.name()) : t.labelZh();
    }

    static String kindLabel(EvidenceKind k) {
        if (k == null) {
            return Messages.get("gui.evidence.unknownKind");
        }
        return Messages.isEnglish() ? Messages.get("evidencekind." + k.name()) : k.labelZh();
    }

    /** A group node of the trees: label, item count, filing position (0 = none shown). */
    record Group(String label, int count, int position) {
        @Override
        public String toString() {
            return (position > 0 ? String.format("%02d  ", position) : "") + label + Messages.paren(count);
        }
    }

    private static String describe(CaseDocument d) {
        StringBuilder sb = new StringBuilder();
        line(sb, "gui.doc.title", d.title());
        line(sb, "gui.doc.type", typeLabel(d.type()) + " (" + d.typeCode() + ")");
        line(sb, "gui.doc.number", d.number());
        line(sb, "gui.doc.date", str(d.date()));
        if (d.type().served()) {
            line(sb, "gui.doc.delivered", d.deliveredOn() == null ? Messages.get("gui.doc.notDelivered")
                    : d.deliveredOn().toString());
        }
        line(sb, "gui.doc.file", d.file());
        line(sb, "gui.doc.sha256", d.sha256());
        if (d.states() != null && !d.states().isEmpty()) {
            line(sb, "gui.doc.states", d.states().toString());
        }
        return sb.toString();
    }

    private static String describe(Evidence e) {
        StringBuilder sb = new StringBuilder();
        line(sb, "gui.ev.title", e.title());
        line(sb, "gui.ev.kind", e.typeText());
        line(sb, "gui.ev.collectedOn", str(e.collectedOn()));
        line(sb, "gui.ev.collectedBy", e.collectedBy());
        line(sb, "gui.ev.source", e.source());
        line(sb, "gui.ev.proves", String.join(Messages.enumComma(), e.proves()));
        line(sb, "gui.doc.file", e.file());
        line(sb, "gui.doc.sha256", e.sha256());
        return sb.toString();
    }

    private static void line(StringBuilder sb, String key, String value) {
        if (value != null && !value.isBlank()) {
            sb.append(Messages.get(key)).append(Messages.colon()).append(value).append('\n');
        }
    }

    private static final class NodeCell extends TreeCell<Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("group-cell");
            if (empty || item == null) {
                setText(null);
                return;
            }
            if (item instanceof Group g) {
                getStyleClass().add("group-cell");
                setText(g.toString());
            } else if (item instanceof CaseDocument d) {
                StringBuilder sb = new StringBuilder(nz(d.title()));
                if (d.date() != null) {
                    sb.append("  ").append(d.date());
                }
                if (d.number() != null) {
                    sb.append("  ").append(d.number());
                }
                if (d.type().served()) {
                    sb.append("  ").append(d.deliveredOn() == null ? Messages.get("gui.doc.notDelivered")
                            : Messages.get("gui.doc.deliveredShort", d.deliveredOn()));
                }
                setText(sb.toString());
            } else if (item instanceof Evidence e) {
                String proves = e.proves().isEmpty() ? "" : "  → " + String.join(Messages.enumComma(), e.proves());
                setText(e.id() + "  " + nz(e.title()) + (e.collectedOn() == null ? "" : "  " + e.collectedOn())
                        + proves);
            } else {
                setText(item.toString());
            }
        }
    }

    private static String yuan(long v) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(v) + Messages.get("gui.yuan");
    }

    private static String str(Object o) {
        return o == null ? "—" : o.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
