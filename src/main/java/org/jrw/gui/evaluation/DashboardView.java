package org.jrw.gui.evaluation;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.jrw.i18n.Messages;
import org.jrw.logic.evaluation.Dashboard;

/** The reporting dashboard: charts by district and year, typical cases against the 92号 quota, CSV export. */
public final class DashboardView extends BorderPane {
    private final BarChart<String, Number> counts = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final BarChart<String, Number> rates = new BarChart<>(new CategoryAxis(), new NumberAxis(0, 100, 20));
    private final BarChart<String, Number> quota = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final TableView<Dashboard.Quota> table = new TableView<>();
    private Dashboard.Data data;
    private final EvaluationViewModel vm;

    public DashboardView(EvaluationViewModel vm) {
        this.vm = vm;
        setId("dashboardView");
        counts.setTitle(Messages.get("gui.dashboard.counts"));
        rates.setTitle(Messages.get("gui.dashboard.rates"));
        quota.setTitle(Messages.get("gui.dashboard.quota"));
        for (BarChart<String, Number> c : java.util.List.of(counts, rates, quota)) {
            c.setAnimated(false);
            c.setPrefHeight(330);
        }
        TableColumn<Dashboard.Quota, String> unit = col(Messages.get("gui.dashboard.unit"), q -> q.unit(), 220);
        TableColumn<Dashboard.Quota, String> level = col(Messages.get("gui.dashboard.level"),
                q -> q.level().label + Messages.paren(q.level().cadence), 150);
        TableColumn<Dashboard.Quota, String> period = col(Messages.get("gui.dashboard.period"), q -> q.period(), 70);
        TableColumn<Dashboard.Quota, String> rep = col(Messages.get("gui.dashboard.reported"),
                q -> q.reported() + " / " + q.quota() + (q.drafts() > 0 ? Messages.paren(Messages.get("gui.dashboard.drafts", q.drafts())) : ""), 190);
        table.getColumns().setAll(java.util.List.of(unit, level, period, rep));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(10));
        grid.add(counts, 0, 0);
        grid.add(rates, 1, 0);
        grid.add(quota, 0, 1);
        grid.add(table, 1, 1);
        for (var n : java.util.List.of(counts, rates, quota, table)) {
            GridPane.setHgrow(n, Priority.ALWAYS);
            GridPane.setVgrow(n, Priority.ALWAYS);
        }
        setCenter(grid);
        Label note = new Label(Messages.get("gui.dashboard.note"));
        note.setWrapText(true);
        note.setStyle("-fx-font-size: 11px; -fx-opacity: 0.75;");
        Button refresh = new Button(Messages.get("gui.dashboard.refresh"));
        refresh.setOnAction(e -> vm.dashboard(this::show));
        Button csv = new Button(Messages.get("gui.dashboard.csv"));
        csv.setOnAction(e -> exportCsv());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(10, note, grow, refresh, csv);
        HBox.setHgrow(note, Priority.SOMETIMES);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 12, 10, 12));
        setBottom(bar);
        vm.dashboard(this::show);
    }

    private static TableColumn<Dashboard.Quota, String> col(String title,
                                                            java.util.function.Function<Dashboard.Quota, String> f, double w) {
        TableColumn<Dashboard.Quota, String> c = new TableColumn<>(title);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(f.apply(x.getValue())));
        c.setPrefWidth(w);
        return c;
    }

    private void show(Dashboard.Data d) {
        this.data = d;
        XYChart.Series<String, Number> cases = new XYChart.Series<>();
        cases.setName(Messages.get("gui.dashboard.cases"));
        XYChart.Series<String, Number> evaluated = new XYChart.Series<>();
        evaluated.setName(Messages.get("gui.dashboard.evaluated"));
        XYChart.Series<String, Number> pass = new XYChart.Series<>();
        pass.setName(Messages.get("gui.dashboard.passRate"));
        XYChart.Series<String, Number> excellent = new XYChart.Series<>();
        excellent.setName(Messages.get("gui.dashboard.excellentRate"));
        for (Dashboard.Row r : d.rows()) {
            String key = r.district() + " " + r.period();
            cases.getData().add(new XYChart.Data<>(key, r.cases()));
            evaluated.getData().add(new XYChart.Data<>(key, r.evaluated()));
            pass.getData().add(new XYChart.Data<>(key, Math.round(r.passRate() * 1000) / 10.0));
            excellent.getData().add(new XYChart.Data<>(key, Math.round(r.excellentRate() * 1000) / 10.0));
        }
        counts.getData().setAll(java.util.List.of(cases, evaluated));
        rates.getData().setAll(java.util.List.of(pass, excellent));
        XYChart.Series<String, Number> reported = new XYChart.Series<>();
        reported.setName(Messages.get("gui.dashboard.reportedSeries"));
        XYChart.Series<String, Number> needed = new XYChart.Series<>();
        needed.setName(Messages.get("gui.dashboard.quotaSeries"));
        for (Dashboard.Quota q : d.quotas()) {
            String key = q.unit() + " " + q.period();
            reported.getData().add(new XYChart.Data<>(key, q.reported()));
            needed.getData().add(new XYChart.Data<>(key, q.quota()));
        }
        quota.getData().setAll(java.util.List.of(reported, needed));
        table.getItems().setAll(d.quotas());
    }

    private void exportCsv() {
        vm.exportStatistics(data);
    }

    public static void open(Window owner, EvaluationViewModel vm) {
        org.jrw.gui.SecondaryWindows.closeOnEscape(org.jrw.gui.SecondaryWindows.create(owner,
                Messages.get("gui.dashboard.window"), new DashboardView(vm), 1300, 800)).show();
    }
}
