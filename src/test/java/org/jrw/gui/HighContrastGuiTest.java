package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.jrw.logic.settings.Preferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 23 item 2: in the high-contrast theme the texts styled by a screen's own sheet (联审: point
 * titles, member names, views) and the default button (偏好设置 保存) are light on black or black on
 * yellow, never dark on black; contrast ratio at least 7:1 (WCAG AAA).
 */
@ExtendWith(ApplicationExtension.class)
class HighContrastGuiTest {
    private VBox screen;
    private final Map<String, Label> labels = new java.util.LinkedHashMap<>();
    private Button save;
    private Label placeholder;

    @Start
    void start(Stage stage) {
        screen = new VBox();
        // the 联审 screen's own sheet, as ReviewView adds it
        screen.getStylesheets().add(org.jrw.gui.review.ReviewView.class.getResource("review.css").toExternalForm());
        for (String cls : new String[] {"point-name", "grid-head", "grid-sub", "view-kind", "view-text", "review-hint"}) {
            Label l = new Label(cls);
            l.getStyleClass().add(cls);
            labels.put(cls, l);
            screen.getChildren().add(l);
        }
        VBox cell = new VBox();
        cell.getStyleClass().add("view-cell");
        Label own = new Label("own view");
        own.getStyleClass().add("view-text");
        cell.getChildren().add(own);
        labels.put("view-cell .view-text", own);
        save = new Button("保存");
        save.setDefaultButton(true);
        placeholder = new Label("没有符合条件的案件");
        placeholder.getStyleClass().add("placeholder");
        screen.getChildren().addAll(cell, save, placeholder);
        Scene scene = new Scene(screen, 400, 400);
        Appearance.apply(scene, new Preferences("zh", 100, Preferences.Theme.HIGH_CONTRAST, null, null, Map.of(),
                Map.of()));
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void ownSheetsAndDefaultButtonsStayReadableOnBlack(FxRobot robot) {
        robot.interact(() -> screen.applyCss());
        for (var e : labels.entrySet()) {
            Color fg = (Color) e.getValue().getTextFill();
            assertThat(contrast(fg, Color.BLACK)).as(e.getKey() + " " + fg).isGreaterThanOrEqualTo(7);
        }
        Color buttonText = (Color) save.getTextFill();
        Background bg = save.getBackground();
        Color buttonFill = (Color) bg.getFills().get(bg.getFills().size() - 1).getFill();
        assertThat(contrast(buttonText, buttonFill)).as("保存 " + buttonText + " on " + buttonFill)
                .isGreaterThanOrEqualTo(7);
        assertThat(contrast((Color) placeholder.getTextFill(), Color.BLACK)).isGreaterThanOrEqualTo(7);
    }

    private static double luminance(Color c) {
        return 0.2126 * lin(c.getRed()) + 0.7152 * lin(c.getGreen()) + 0.0722 * lin(c.getBlue());
    }

    private static double lin(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }
}
