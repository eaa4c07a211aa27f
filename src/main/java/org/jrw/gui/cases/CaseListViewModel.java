package org.jrw.gui.cases;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.jrw.model.CaseSummary;

/**
 * The case list: all cases of the workspace, filtered by free text (number, title, party …),
 * status and district. The filter choices are built from the cases themselves.
 */
public final class CaseListViewModel {
    /** The "all" choice of the status and district filters. */
    public static final String ALL = "";

    private final ObservableList<CaseSummary> all = FXCollections.observableArrayList();
    private final FilteredList<CaseSummary> shown = new FilteredList<>(all, c -> true);
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty(ALL);
    private final StringProperty district = new SimpleStringProperty(ALL);
    private final ObservableList<String> statuses = FXCollections.observableArrayList(ALL);
    private final ObservableList<String> districts = FXCollections.observableArrayList(ALL);
    private final ObjectProperty<CaseSummary> selected = new SimpleObjectProperty<>();

    /** What the list shows when it has no rows: still loading, a failure, no case at all, or no match. */
    public enum State { LOADING, FAILED, NO_CASES, NO_MATCH, SHOWN }

    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.LOADING);
    private boolean loaded;
    private boolean failed;

    public CaseListViewModel() {
        text.addListener((o, a, b) -> refilter());
        status.addListener((o, a, b) -> refilter());
        district.addListener((o, a, b) -> refilter());
    }

    public void setCases(List<CaseSummary> cases) {
        String keep = selected.get() == null ? null : selected.get().caseId();
        loaded = true;
        failed = false;
        all.setAll(cases);
        // the choices as they were: a choice box bound to them drops its value while its items are
        // replaced, and the user's choice stays as long as it is still offered
        String st = status.get();
        String di = district.get();
        statuses.setAll(choices(cases.stream().map(CaseSummary::status).toList()));
        districts.setAll(choices(cases.stream().map(CaseSummary::district).toList()));
        status.set(statuses.contains(st) ? st : ALL);
        district.set(districts.contains(di) ? di : ALL);
        refilter();
        if (keep != null) {
            shown.stream().filter(c -> c.caseId().equals(keep)).findFirst().ifPresent(selected::set);
        }
    }

    private static List<String> choices(List<String> values) {
        TreeSet<String> s = new TreeSet<>();
        values.stream().filter(Objects::nonNull).filter(v -> !v.isBlank()).forEach(s::add);
        s.add(ALL);
        return List.copyOf(s);
    }

    private void refilter() {
        String t = text.get() == null ? "" : text.get().strip().toLowerCase(Locale.ROOT);
        String st = status.get();
        String di = district.get();
        shown.setPredicate(c -> (t.isEmpty() || matches(c, t))
                && (st == null || st.isEmpty() || st.equals(c.status()))
                && (di == null || di.isEmpty() || di.equals(c.district())));
        updateState();
    }

    private void updateState() {
        state.set(failed ? State.FAILED : !loaded ? State.LOADING : all.isEmpty() ? State.NO_CASES
                : shown.isEmpty() ? State.NO_MATCH : State.SHOWN);
    }

    /** The workspace could not be read: the list says so instead of "no case matches". */
    public void loadFailed() {
        failed = true;
        updateState();
    }

    public ObjectProperty<State> stateProperty() {
        return state;
    }

    private static boolean matches(CaseSummary c, String t) {
        for (String f : new String[] {c.caseNumber(), c.title(), c.caseId(), c.industry(), c.agency(), c.district()}) {
            if (f != null && f.toLowerCase(Locale.ROOT).contains(t)) {
                return true;
            }
        }
        return false;
    }

    public ObservableList<CaseSummary> shownCases() {
        return shown;
    }

    public ObservableList<CaseSummary> allCases() {
        return all;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty districtProperty() {
        return district;
    }

    public ObservableList<String> statuses() {
        return statuses;
    }

    public ObservableList<String> districts() {
        return districts;
    }

    public ObjectProperty<CaseSummary> selectedProperty() {
        return selected;
    }
}
