import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The baseline of the start-up benchmark: a bare JavaFX window with one label, same probe as the workbench. */
public class BareWindow extends Application {
    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(new Label("联审工作台")), 1280, 800);
        stage.setScene(scene);
        stage.show();
        Runnable[] self = new Runnable[1];
        self[0] = () -> {
            scene.removePostLayoutPulseListener(self[0]);
            Platform.runLater(() -> {
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("JRW_FIRST_FRAME " + ms);
                System.out.flush();
                Platform.exit();
            });
        };
        scene.addPostLayoutPulseListener(self[0]);
    }
}

/** Launcher (a main class that is not an Application, as with the workbench's jar). */
class BareWindowMain {
    public static void main(String[] args) {
        Application.launch(BareWindow.class, args);
    }
}
