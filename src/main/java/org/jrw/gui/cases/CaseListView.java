package org.jrw.gui.cases;

import javafx.geometry.Insets;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.jrw.i18n.Messages;
import org.jrw.model.CaseSummary;

/** The case list with its filters: free text, status, district. Binds only. */
public final class CaseListView extends VBox {
    public CaseListView(CaseListViewModel vm) {
        getStyleClass().add("case-list-pane");
        setSpacing(6);
        setPadding(new Insets(8));

        Label heading = new Label(Messages.get("gui.cases.heading"));
        heading.getStyleClass().add("pane-heading");

        TextField filter = new TextField();
        filter.setId("caseFilter");
        filter.setPromptText(Messages.get("gui.cases.filter.prompt"));
        filter.textProperty().bindBidirectional(vm.textProperty());

        ChoiceBox<String> status = choice("caseStatusFilter", vm, true);
        ChoiceBox<String> district = choice("caseDistrictFilter", vm, false);
        HBox filters = new HBox(6, status, district);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox.setHgrow(district, Priority.ALWAYS);

        ListView<CaseSummary> list = new ListView<>(vm.shownCases());
        list.setId("caseList");
        Label placeholder = new Label();
        placeholder.setId("caseListPlaceholder");
        placeholder.getStyleClass().add("placeholder");
        placeholder.setWrapText(true);
        javafx.scene.control.ProgressIndicator spinner = new javafx.scene.control.ProgressIndicator();
        spinner.setPrefSize(28, 28);
        VBox placeholderBox = new VBox(8, spinner, placeholder);
        placeholderBox.setAlignment(javafx.geometry.Pos.CENTER);
        placeholderBox.setPadding(new Insets(16));
        java.util.function.Consumer<CaseListViewModel.State> showState = st -> {
            spinner.setVisible(st == CaseListViewModel.State.LOADING);
            spinner.setManaged(st == CaseListViewModel.State.LOADING);
            placeholder.setText(switch (st) {
                case LOADING -> Messages.get("ux.cases.loading");
                case FAILED -> Messages.get("ux.cases.failed");
                case NO_CASES -> Messages.get("ux.cases.none");
                case NO_MATCH, SHOWN -> Messages.get("gui.cases.empty");
            });
        };
        showState.accept(vm.stateProperty().get());
        vm.stateProperty().addListener((o, a, b) -> showState.accept(b));
        list.setPlaceholder(placeholderBox);
        list.setCellFactory(v -> new CaseCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != null && list.getSelectionModel().getSelectedItem() != b) {
                list.getSelectionModel().select(b);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(heading, filter, filters, list);
    }

    private static ChoiceBox<String> choice(String id, CaseListViewModel vm, boolean isStatus) {
        ChoiceBox<String> c = new ChoiceBox<>(isStatus ? vm.statuses() : vm.districts());
        c.setId(id);
        c.setMaxWidth(Double.MAX_VALUE);
        // the two filters share the row equally (both grow from nothing). Left to compute its own
        // width, a choice box lays out its whole menu of choices to find the widest: some 20 ms
        // of the window's first frame for two menus nobody has opened
        c.setMinWidth(0);
        c.setPrefWidth(0);
        c.setAccessibleText(Messages.get(isStatus ? "ux.a11y.statusFilter" : "ux.a11y.districtFilter"));
        String allLabel = Messages.get(isStatus ? "gui.cases.allStatuses" : "gui.cases.allDistricts");
        c.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null || s.isEmpty() ? allLabel : s;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        c.valueProperty().bindBidirectional(isStatus ? vm.statusProperty() : vm.districtProperty());
        return c;
    }

    private static final class CaseCell extends ListCell<CaseSummary> {
        CaseCell() {
            // the list gives each cell its own width (not the widest title's), so titles wrap
            // inside the list instead of running past its edge behind a sideways scroll bar
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(CaseSummary c, boolean empty) {
            super.updateItem(c, empty);
            if (empty || c == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label number = new Label(c.caseNumber());
            number.getStyleClass().add("case-number");
            Label title = new Label(c.title());
            title.getStyleClass().add("case-title");
            title.setWrapText(true);
            String meta = String.join(" · ", nonBlank(c.status()), nonBlank(c.district()), nonBlank(c.industry()))
                    .replaceAll("( · )+", " · ").replaceAll("^ · | · $", "");
            Label m = new Label(meta);
            m.getStyleClass().add("case-meta");
            VBox box = new VBox(2, number, title, m);
            setText(null);
            setGraphic(box);
        }

        private static String nonBlank(String s) {
            return s == null ? "" : s;
        }
    }
}
