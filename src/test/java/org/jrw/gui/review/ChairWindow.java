package org.jrw.gui.review;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.jrw.gui.AppContext;
import org.jrw.gui.MainView;
import org.jrw.gui.MainViewModel;
import org.jrw.i18n.Messages;
import org.jrw.logic.settings.Preferences;
import org.jrw.model.Role;

/**
 * The common start of the review tab's GUI tests: a new workspace (the demo case opens by itself) and a
 * preferences folder of its own in which the user is 王某明, the chair, the main window at 1260 × 790 in Chinese.
 */
record ChairWindow(AppContext ctx, MainViewModel vm, Path config) {
    static ChairWindow open(Stage stage, Path tmp) {
        Messages.setLanguage("zh");
        long n = System.nanoTime();
        Path config = tmp.resolve("config-" + n);
        AppContext ctx = new AppContext(tmp.resolve("ws-" + n), config);
        ctx.savePreferences(Preferences.defaults().withIdentity(new Preferences.Identity("王某明", Role.CHAIR,
                "西安市应急管理局")));
        MainViewModel vm = new MainViewModel(ctx);
        stage.setScene(new Scene(new MainView(vm, stage::close), 1260, 790));
        stage.show();
        vm.start();
        return new ChairWindow(ctx, vm, config);
    }
}
