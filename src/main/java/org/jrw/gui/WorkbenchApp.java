package org.jrw.gui;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.jrw.i18n.Messages;
import org.jrw.persistence.WorkspaceLocation;

/**
 * The JavaFX application. The workspace folder comes from {@link #launchWorkbench} (or the
 * {@code jrw.workspace} system property, for tests), else the default location.
 */
public final class WorkbenchApp extends Application {
    static final String BUNDLED_FONT = "/content/fonts/DroidSansFallbackFull.ttf";
    private static volatile Path requestedWorkspace;
    private AppContext ctx;
    private MainViewModel vm;

    /** Starts the desktop workbench on a workspace (null: the default) and blocks until it closes. */
    public static void launchWorkbench(Path workspace) {
        requestedWorkspace = workspace;
        Application.launch(WorkbenchApp.class);
    }

    static Path workspaceDir() {
        if (requestedWorkspace != null) {
            return requestedWorkspace;
        }
        String prop = System.getProperty("jrw.workspace");
        return prop != null ? Path.of(prop) : WorkspaceLocation.defaultDir();
    }

    @Override
    public void start(Stage stage) {
        String family = chooseFont();
        ctx = new AppContext(workspaceDir());
        vm = new MainViewModel(ctx);
        MainView view = new MainView(vm, Platform::exit);
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(
                WorkbenchApp.class.getResource("/org/jrw/gui/workbench.css")).toExternalForm());
        view.setStyle("-fx-font-family: \"" + family + "\";");
        stage.setTitle(Messages.get("gui.app.title"));
        try (InputStream icon = WorkbenchApp.class.getResourceAsStream("/org/jrw/gui/icon.png")) {
            if (icon != null) {
                stage.getIcons().add(new Image(icon));
            }
        } catch (java.io.IOException ignored) {
            // no icon is not worth failing over
        }
        stage.setScene(scene);
        stage.show();
        vm.start();
    }

    /**
     * A CJK font that is certain to be there: a system Noto/Source Han if installed, else the
     * font bundled in the program (so Chinese text never renders as boxes).
     */
    static String chooseFont() {
        for (String f : Font.getFamilies()) {
            if (f.equals("Noto Sans CJK SC") || f.equals("Source Han Sans SC")) {
                return f;
            }
        }
        try (InputStream in = WorkbenchApp.class.getResourceAsStream(BUNDLED_FONT)) {
            if (in != null) {
                Font f = Font.loadFont(in, 13);
                if (f != null) {
                    return f.getFamily();
                }
            }
        } catch (java.io.IOException ignored) {
            // fall back to the system default
        }
        return Font.getDefault().getFamily();
    }

    @Override
    public void stop() {
        if (ctx != null) {
            ctx.close();
        }
    }
}
