package org.jrw.gui.search;

import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.jrw.gui.AppContext;
import org.jrw.i18n.Messages;
import org.jrw.model.Dossier;

/** The search window on a workspace, 1280 × 800 in Chinese, for the search window's GUI tests; closed after each. */
record SearchWindow(AppContext ctx, PrecedentSearchViewModel vm) {
    static SearchWindow open(Stage stage, Path workspace, Supplier<Dossier> openCase) {
        Messages.setLanguage("zh");
        AppContext ctx = new AppContext(workspace);
        PrecedentSearchViewModel vm = new PrecedentSearchViewModel(ctx, openCase);
        stage.setScene(new Scene(new PrecedentSearchView(vm), 1280, 800));
        stage.show();
        return new SearchWindow(ctx, vm);
    }

    void close() {
        vm.close();
        ctx.close();
    }
}
