package org.jrw.gui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;
import org.jrw.gui.cases.CaseListView;
import org.jrw.gui.cases.CaseOverviewView;
import org.jrw.i18n.Messages;

/** The main window: menus, the case list, the case overview and the status bar. Binds only. */
public final class MainView extends BorderPane {
    private final MainViewModel vm;
    private org.jrw.gui.evaluation.EvaluationViewModel evaluation;

    private final org.jrw.gui.review.ReviewViewModel review;
    /** The results and errors of the window's work: notifications and dialogs owned by the window. */
    private final MainViewModel.Notifier notifier = new MainViewModel.Notifier() {
        @Override
        public void info(String title, String text) {
            show(Alert.AlertType.INFORMATION, title, text);
        }

        @Override
        public void error(String title, String text) {
            show(Alert.AlertType.ERROR, title, text);
        }

        @Override
        public void done(String title, String text) {
            Notify.done(window(), title, text);
        }
    };
    /** The menu actions that ask for a file, through the dialog service (ADR 0166). */
    private final MainFileActions files;

    public MainView(MainViewModel vm, Runnable quit) {
        this.vm = vm;
        files = new MainFileActions(vm, FxDialogService.of(this), new ExchangeDialogs(this::window), notifier);
        getStyleClass().add("main-view");
        sceneProperty().addListener((o, a, sc) -> Accessibility.watch(sc));
        evaluation = new org.jrw.gui.evaluation.EvaluationViewModel(vm.context());
        setTop(menus(quit));
        CaseListView list = new CaseListView(vm.cases());
        review = new org.jrw.gui.review.ReviewViewModel(vm.context());
        CaseOverviewView overview = new CaseOverviewView(vm.overview(),
                new org.jrw.gui.evidence.EvidenceWorkspaceViewModel(vm.context()), review);
        org.jrw.gui.checks.ChecksViewModel checks = new org.jrw.gui.checks.ChecksViewModel(vm.context());
        javafx.scene.control.Tab checksTab = LazyTab.build(new javafx.scene.control.Tab(Messages.get("gui.tab.checks")),
                () -> new org.jrw.gui.checks.ChecksView(checks, overview::openItem, this::openLaw));
        checksTab.setId("checksTab");
        // tabs that compute (checks, the edit forms, the evaluation) start when looked at
        WhenShown.follow(checksTab, vm.overview().dossierProperty(), checks.dossierProperty()::set);
        overview.addTab(1, checksTab);
        org.jrw.gui.edit.CaseEditViewModel edit = new org.jrw.gui.edit.CaseEditViewModel(vm.context());
        edit.setOnSaved(vm.overview()::caseEdited);
        org.jrw.gui.edit.CaseEditView[] editView = new org.jrw.gui.edit.CaseEditView[1];
        javafx.scene.control.Tab editTab = LazyTab.build(new javafx.scene.control.Tab(Messages.get("edit.gui.tab")),
                () -> editView[0] = new org.jrw.gui.edit.CaseEditView(edit));
        editTab.setId("editTab");
        WhenShown.follow(editTab, vm.overview().dossierProperty(), edit::load);
        editTab.selectedProperty().addListener((o, was, on) -> {
            if (!on) {
                edit.flush();
            }
            if (editView[0] != null) {
                editView[0].setShowing(on);
            }
        });
        overview.addTab(2, editTab);
        javafx.scene.control.Tab evalTab = LazyTab.build(new javafx.scene.control.Tab(Messages.get("gui.eval.tab")),
                () -> new org.jrw.gui.evaluation.EvaluationView(evaluation, overview::openItem));
        evalTab.setId("evaluationTab");
        WhenShown.follow(evalTab, vm.overview().dossierProperty(), evaluation.dossierProperty()::set);
        overview.addTab(99, evalTab);
        SplitPane split = new SplitPane(list, overview);
        split.setDividerPositions(0.25); // 320 px at 1280: the case tabs fit in one row in English
        SplitPane.setResizableWithParent(list, false);
        ReaderRoom.follow(overview.readerShownProperty(), split, list);
        setCenter(split);
        setBottom(new org.jrw.gui.task.TaskStatusBar(vm.statusProperty(), vm.context().tasks()));
        OverviewFocus.keep(this, overview, list);
        vm.setNotifier(notifier);
        demonstrationHooks();
        acceptDrops();
    }

    /** For screenshots and demonstrations: system properties that open a window on start. */
    private void demonstrationHooks() {
        if (Boolean.getBoolean("jrw.gui.openTraining")) {
            // for screenshots and demonstrations: open the exercise window on the first case shown
            vm.overview().dossierProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends org.jrw.model.Dossier> o,
                                    org.jrw.model.Dossier was, org.jrw.model.Dossier now) {
                    if (now != null) {
                        o.removeListener(this);
                        javafx.application.Platform.runLater(MainView.this::openTraining);
                    }
                }
            });
        }
        String intakeOnStart = System.getProperty("jrw.gui.intake");
        if (intakeOnStart != null && !intakeOnStart.isBlank()) {
            // for screenshots and demonstrations: open the intake window on these files
            javafx.application.Platform.runLater(() -> openIntake(java.util.Arrays.stream(intakeOnStart.split(java.io.File.pathSeparator))
                    .map(Path::of).toList()));
        }
    }

    /** Dropped packages are opened, other files and folders start a case intake. */
    private void acceptDrops() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            boolean ok = files != null && !files.isEmpty();
            if (ok) {
                // packages (.jrcase, review and response packages, a package folder) are opened as before;
                // any other files or folders start a case intake (从文书建案)
                List<Path> all = files.stream().map(File::toPath).toList();
                List<Path> packages = all.stream().filter(MainView::isPackage).toList();
                List<Path> loose = all.stream().filter(p -> !isPackage(p)).toList();
                if (!packages.isEmpty()) {
                    vm.openFiles(packages);
                }
                if (!loose.isEmpty()) {
                    openIntake(loose);
                }
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    static boolean isPackage(Path p) {
        String n = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".jrcase") || n.endsWith(".jrreview") || n.endsWith(".jrresponse")
                || java.nio.file.Files.isDirectory(p) && java.nio.file.Files.isRegularFile(p.resolve("manifest.json"));
    }

    /** File → 新建案件…, or files dropped: the intake window; the draft case is opened when created. */
    public void openIntake(List<Path> paths) {
        org.jrw.gui.intake.IntakeView.open(window(), vm.context(), paths, vm::showCreated);
    }

    private MenuBar menus(Runnable quit) {
        MenuItem newCase = item("intake.menu.new", "Shortcut+N", () -> openIntake(List.of()));
        newCase.setId("menuNewCase");
        MenuItem importItem = item("gui.menu.import", "Shortcut+O", files::importPackages);
        importItem.setId("menuImport");
        MenuItem exportItem = item("gui.menu.export", "Shortcut+E", files::exportPackage);
        exportItem.disableProperty().bind(vm.overview().dossierProperty().isNull());
        MenuItem refresh = item("gui.menu.refresh", "F5", vm::refresh);
        MenuItem exit = item("gui.menu.exit", "Shortcut+Q", quit);
        MenuItem exportReview = item("exchange.menu.exportReview", null, files::exportReview);
        exportReview.setId("menuExportReview");
        exportReview.disableProperty().bind(vm.overview().dossierProperty().isNull());
        MenuItem openReview = item("exchange.menu.openReview", null, files::openReview);
        openReview.setId("menuOpenReview");
        MenuItem exportResponse = item("exchange.menu.exportResponse", null, files::exportResponse);
        exportResponse.setId("menuExportResponse");
        exportResponse.disableProperty().bind(vm.overview().dossierProperty().isNull());
        MenuItem importResponse = item("exchange.menu.importResponse", null, files::importResponse);
        importResponse.setId("menuImportResponse");
        MenuItem exportPdf = item("exchange.menu.exportPdf", null, files::exportCommentPdf);
        exportPdf.setId("menuExportCommentPdf");
        MenuItem importComments = item("exchange.menu.importComments", null, files::importComments);
        importComments.setId("menuImportComments");
        MenuItem trust = item("exchange.menu.trust", null, this::openTrustedAdvisers);
        trust.setId("menuTrustedAdvisers");
        Menu file = new Menu(Mnemonics.label("gui.menu.file"), null, newCase, importItem, exportItem, new SeparatorMenuItem(),
                exportReview, openReview, exportResponse, importResponse, new SeparatorMenuItem(), exportPdf,
                importComments, trust, new SeparatorMenuItem(),
                refresh, new SeparatorMenuItem(), exit);
        vm.setExchangeDialogs(new ExchangeDialogs(this::window));
        MenuItem prefs = item("gui.menu.preferences", "Shortcut+Comma", () -> editPreferences(false));
        prefs.setId("menuPreferences");
        Menu edit = new Menu(Mnemonics.label("gui.menu.edit"), null, prefs);
        MenuItem search = item("gui.search.menu", "Shortcut+F", this::openPrecedentSearch);
        search.setId("menuPrecedentSearch");
        edit.getItems().add(0, search);
        MenuItem dashboard = item("gui.dashboard.menu", "Shortcut+D",
                () -> org.jrw.gui.evaluation.DashboardView.open(window(), evaluation));
        dashboard.setId("menuDashboard");
        edit.getItems().add(1, dashboard);
        MenuItem about = item("gui.menu.about", "F1", () -> show(Alert.AlertType.INFORMATION,
                Messages.get("gui.about.title"), Messages.get("gui.about.text", org.jrw.cli.JrwCommand.Version.version(),
                        vm.context().workspaceDir())));
        MenuItem laws = item("gui.menu.laws", "Shortcut+L", () -> openLaw(null));
        laws.setId("menuLaws");
        MenuItem ruleSources = item("rules.gui.menu", null,
                () -> org.jrw.gui.rules.RuleSourcesView.open(window(), vm.context()));
        ruleSources.setId("menuRuleSources");
        edit.getItems().add(ruleSources);
        MenuItem audit = item("gui.menu.audit", "Shortcut+Shift+L", () -> {
            var d = vm.overview().dossier();
            org.jrw.gui.audit.AuditView.show(window(), vm.context(), d == null ? null : d.caseId(),
                    d == null ? null : d.caseInfo().caseNumber());
        });
        audit.setId("menuAudit");
        Menu help = new Menu(Mnemonics.label("gui.menu.help"), null, laws, audit, new SeparatorMenuItem(), about);
        MenuItem anonymize = item("gui.training.menu.anonymize", "Shortcut+Shift+A", files::anonymize);
        anonymize.disableProperty().bind(vm.overview().dossierProperty().isNull());
        MenuItem exercise = item("gui.training.menu.exercise", "Shortcut+Shift+T", this::openTraining);
        exercise.setId("menuTraining");
        exercise.disableProperty().bind(vm.overview().dossierProperty().isNull());
        Menu training = new Menu(Mnemonics.label("gui.training.menu"), null, anonymize, exercise);
        MenuItem startMeeting = item("meeting.menu.start", "Shortcut+Shift+M", this::startMeeting);
        startMeeting.disableProperty().bind(vm.overview().dossierProperty().isNull());
        MenuItem minutes = item("meeting.menu.minutes", null, files::minutes);
        minutes.disableProperty().bind(vm.overview().dossierProperty().isNull());
        Menu meeting = new Menu(Mnemonics.label("meeting.menu"), null, startMeeting, minutes);
        MenuBar bar = new MenuBar(file, edit, meeting, training, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /** Opens the precedent search window (one per main window); similar cases refer to the open case. */
    public void openPrecedentSearch() {
        if (searchStage != null) {
            searchStage.toFront();
            return;
        }
        var svm = new org.jrw.gui.search.PrecedentSearchViewModel(vm.context(), () -> vm.overview().dossier());
        javafx.stage.Stage stage = SecondaryWindows.closeOnEscape(SecondaryWindows.create(window(),
                Messages.get("gui.search.window"), new org.jrw.gui.search.PrecedentSearchView(svm), 1280, 800));
        stage.setOnHidden(e -> {
            svm.close();
            searchStage = null;
        });
        searchStage = stage;
        stage.show();
        svm.searchNow();
    }

    private javafx.stage.Stage searchStage;

    /** Starts a joint review meeting on the open case: start dialog, presenter console, audience window. */
    public void startMeeting() {
        var d = vm.overview().dossier();
        if (d == null) {
            return;
        }
        org.jrw.gui.meeting.MeetingWindows.open(vm.context(), window(), d,
                getScene() == null ? null : List.copyOf(getScene().getStylesheets()),
                getScene() == null ? null : getScene().getRoot().getStyle());
    }

    /** Opens the exercise window on the open case (or, with none open, on the built-in material only). */
    public void openTraining() {
        var d = vm.overview().dossier();
        var tvm = new org.jrw.gui.training.TrainingViewModel(vm.context(), d == null ? null : d.caseId());
        javafx.stage.Stage stage = SecondaryWindows.create(window(), null,
                new org.jrw.gui.training.TrainingView(tvm), 1240, 780);
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> Messages.get(
                "gui.training.window", tvm.caseNumberProperty().get().isEmpty() ? "—" : tvm.caseNumberProperty().get()),
                tvm.caseNumberProperty()));
        stage.show();
        tvm.loadMaterial();
        tvm.load();
    }

    private static MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(Mnemonics.label(key));
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    /** The law library window, at a citation when given. */
    void openLaw(String citation) {
        openLaw(citation, null);
    }

    /** The law library window at a citation, in the version in force on a date (null: today's). */
    void openLaw(String citation, java.time.LocalDate on) {
        org.jrw.gui.law.LawViewerView.show(window(), vm.context().tasks(), citation, on);
    }

    /** First start: who is using the workbench (name, role, organisation). */
    void askIdentity() {
        editPreferences(true);
    }

    private void editPreferences(boolean identityOnly) {
        var before = vm.context().preferences();
        new PreferencesDialog(window(), before, identityOnly, vm.context().workspaceDir()).showAndWait().ifPresent(p -> {
            try {
                vm.context().savePreferences(p);
            } catch (org.jrw.model.BadInputException e) {
                show(Alert.AlertType.ERROR, Messages.get("gui.error.title"), e.getMessage());
                return;
            }
            preferencesSaved(before, p);
            if (!p.language().equals(before.language()) || !java.util.Objects.equals(p.workspace(), before.workspace())) {
                show(Alert.AlertType.INFORMATION, Messages.get("gui.prefs.title"), Messages.get("gui.prefs.restart"));
            }
        });
    }

    /**
     * After the preferences are saved: the theme and scale at once, and the 联审 tab re-read so that
     * what it says about the user (name and role set, on the panel or not) is true without a restart.
     */
    void preferencesSaved(org.jrw.logic.settings.Preferences before, org.jrw.logic.settings.Preferences p) {
        if (getScene() != null) {
            Appearance.apply(getScene(), p);
        }
        if (!java.util.Objects.equals(before.identity(), p.identity())) {
            // the same review shown again: who may edit which cells follows the new identity
            var shown = review.reviewProperty().get();
            if (shown != null) {
                review.reviewProperty().set(null);
                review.reviewProperty().set(shown);
            }
        }
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    /** 受信任的法律顾问证书: register, list and remove adviser certificates; export this workstation's. */
    public javafx.stage.Stage openTrustedAdvisers() {
        return TrustedAdvisersDialog.open(window(), new TrustedAdvisersViewModel(vm.context()),
                TrustedAdvisersDialog.interactive());
    }

    private void show(Alert.AlertType type, String title, String text) {
        Alert a = new Alert(type, "", ButtonType.OK);
        a.initOwner(window());
        a.setTitle(title);
        a.setHeaderText(title);
        TextArea body = new TextArea(text);
        body.setEditable(false);
        body.setWrapText(true);
        body.setPrefRowCount(Math.min(12, Math.max(3, text.split("\n").length + 1)));
        a.getDialogPane().setContent(body);
        if (getScene() != null) {
            // dialogs are separate scenes: give them the theme, scale and CJK font of the window
            a.getDialogPane().getStylesheets().setAll(getScene().getStylesheets());
            a.getDialogPane().setStyle(getScene().getRoot().getStyle());
        }
        a.show();
    }
}
