package org.jrw.gui.meeting;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.jrw.gui.review.ReviewViewModel;
import org.jrw.i18n.Messages;
import org.jrw.model.Annotation;

/**
 * What the projector shows: the current point as a heading, the material (page, photo or text)
 * with the highlighted region, and a footer naming the material. The same view is the audience
 * window ({@code audience = true}: personal data painted over while the mask is on, large type)
 * and the console's preview ({@code audience = false}: nothing hidden, the masked places outlined
 * so the chair knows what the room does not see).
 */
public final class SharedScreenView extends StackPane {
    private final MeetingViewModel vm;
    private final boolean audience;
    private final Label point = new Label();
    private final Label footer = new Label();
    private final Label maskNote = new Label();
    private final Pane stage = new Pane();
    private final ImageView image = new ImageView();
    private final Group overlay = new Group();
    private final Label text = new Label();
    private final ScrollPane textPane = new ScrollPane(text);
    private final Label problem = new Label();
    private final StackPane blank = new StackPane();

    public SharedScreenView(MeetingViewModel vm, boolean audience) {
        this.vm = vm;
        this.audience = audience;
        getStyleClass().addAll("shared-screen", audience ? "audience" : "preview");
        setStyle("-fx-background-color: #101418;");
        setId(audience ? "audienceView" : "previewView");
        point.setId(audience ? "audiencePoint" : "previewPoint");
        footer.setId(audience ? "audienceFooter" : "previewFooter");
        image.setId(audience ? "audienceImage" : "previewImage");
        overlay.setId(audience ? "audienceOverlay" : "previewOverlay");
        text.setId(audience ? "audienceText" : "previewText");
        blank.setId(audience ? "audienceBlank" : "previewBlank");
        maskNote.setId(audience ? "audienceMaskNote" : "previewMaskNote");

        String big = audience ? "2.0em" : "1.1em";
        point.setStyle("-fx-text-fill: #ffd400; -fx-font-weight: bold; -fx-font-size: " + big + ";");
        footer.setStyle("-fx-text-fill: white; -fx-font-size: " + (audience ? "1.5em" : "0.95em") + ";");
        maskNote.setStyle("-fx-text-fill: #9fb3c8; -fx-font-size: " + (audience ? "1.1em" : "0.85em") + ";");
        text.setWrapText(true);
        text.setStyle("-fx-text-fill: #111; -fx-font-size: " + (audience ? "1.8em" : "1.0em") + ";");
        text.setPadding(new Insets(audience ? 24 : 10));
        textPane.setFitToWidth(true);
        textPane.setStyle("-fx-background: #fdfdf8; -fx-background-color: #fdfdf8;");
        problem.setWrapText(true);
        problem.setStyle("-fx-text-fill: white; -fx-font-size: " + (audience ? "1.8em" : "1.0em") + ";");
        image.setPreserveRatio(false);
        image.setSmooth(true);
        stage.getChildren().addAll(image, overlay);
        stage.setMinSize(0, 0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(stage.widthProperty());
        clip.heightProperty().bind(stage.heightProperty());
        stage.setClip(clip);

        maskNote.setMinWidth(Region.USE_PREF_SIZE);
        HBox foot = new HBox(16, footer, new Region(), maskNote);
        HBox.setHgrow(foot.getChildren().get(1), Priority.ALWAYS);
        foot.setAlignment(Pos.CENTER_LEFT);
        foot.setPadding(new Insets(audience ? 10 : 4, 16, audience ? 12 : 4, 16));
        BorderPane frame = new BorderPane();
        BorderPane.setMargin(point, new Insets(audience ? 14 : 6, 16, audience ? 8 : 4, 16));
        frame.setTop(point);
        frame.setCenter(stage);
        frame.setBottom(foot);
        blank.setStyle("-fx-background-color: black;");
        if (!audience) {
            Label b = new Label(Messages.get("meeting.gui.blank.preview"));
            b.setStyle("-fx-text-fill: #777; -fx-font-size: 1.2em;");
            blank.getChildren().add(b);
        }
        blank.setVisible(false);
        getChildren().addAll(frame, blank);

        stage.widthProperty().addListener((o, a, b) -> layoutContent());
        stage.heightProperty().addListener((o, a, b) -> layoutContent());
        vm.screenProperty().addListener((o, a, b) -> refresh());
        vm.contentProperty().addListener((o, a, b) -> refresh());
        vm.maskedProperty().addListener((o, a, b) -> refresh());
        vm.currentPointProperty().addListener((o, a, b) -> refresh());
        vm.agenda().addListener((javafx.collections.ListChangeListener<Object>) c -> refresh());
        // after 结束会议 no case material stays on the projector: a plain closing screen
        ended.setId(audience ? "audienceEnded" : "previewEnded");
        ended.setStyle("-fx-background-color: black;");
        Label endedText = new Label(Messages.get("ux.meeting.endedScreen"));
        endedText.setStyle("-fx-text-fill: #9fb3c8; -fx-font-size: " + (audience ? "1.8em" : "1.1em") + ";");
        ended.getChildren().add(endedText);
        ended.setVisible(false);
        getChildren().add(ended);
        vm.endedProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    private final StackPane ended = new StackPane();

    private void refresh() {
        var s = vm.screenProperty().get();
        var c = vm.contentProperty().get();
        int idx = vm.currentPointProperty().get();
        point.setText(vm.agenda().isEmpty() || idx >= vm.agenda().size() ? ""
                : Messages.get("meeting.gui.screen.point", idx + 1, ReviewViewModel.pointLabel(vm.agenda().get(idx).point())));
        blank.setVisible(s.blank());
        if (vm.endedProperty().get()) {
            ended.setVisible(true);
            point.setText("");
            footer.setText("");
            image.setImage(null);
            overlay.getChildren().clear();
            text.setText("");
            stage.getChildren().clear();
            return;
        }
        ended.setVisible(false);
        boolean masking = vm.maskedProperty().get();
        maskNote.setText(masking ? Messages.get(audience ? "meeting.gui.mask.note" : "meeting.gui.mask.previewNote")
                : Messages.get("meeting.gui.mask.offNote"));
        if (c == null) {
            footer.setText("");
            image.setImage(null);
            overlay.getChildren().clear();
            stage.getChildren().setAll(image, overlay);
            return;
        }
        int n = vm.items().indexOf(c.item()) + 1;
        footer.setText(Messages.get("meeting.gui.screen.footer", n, vm.items().size(), c.item().title(),
                c.pages() > 1 ? Messages.get("meeting.gui.screen.page", c.page(), c.pages()) + "　" : ""));
        if (c.problem() != null) {
            problem.setText(c.problem());
            StackPane box = new StackPane(problem);
            box.setPadding(new Insets(40));
            box.prefWidthProperty().bind(stage.widthProperty());
            box.prefHeightProperty().bind(stage.heightProperty());
            stage.getChildren().setAll(box);
            return;
        }
        if (c.text() != null) {
            text.setText(audience && masking ? c.maskedText() : c.text());
            textPane.prefWidthProperty().bind(stage.widthProperty());
            textPane.prefHeightProperty().bind(stage.heightProperty());
            stage.getChildren().setAll(textPane);
            return;
        }
        stage.getChildren().setAll(image, overlay);
        image.setImage(c.image());
        layoutContent();
    }

    /** The part of the page shown, in page units: whole page, a zoomed part, or the callout region. */
    static double[] visible(MeetingViewModel.Screen s, double pw, double ph) {
        Annotation.Rect r = s.region();
        if (s.callout() && r != null) {
            double padX = Math.max(r.w() * 0.08, 6);
            double padY = Math.max(r.h() * 0.08, 6);
            double x0 = Math.max(0, r.x() - padX);
            double y0 = Math.max(0, r.y() - padY);
            double x1 = Math.min(pw, r.x() + r.w() + padX);
            double y1 = Math.min(ph, r.y() + r.h() + padY);
            return new double[] {x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0)};
        }
        double z = Math.max(1, s.zoom());
        double vw = pw / z;
        double vh = ph / z;
        double cx = r != null ? r.x() + r.w() / 2 : pw / 2;
        double cy = r != null ? r.y() + r.h() / 2 : (z > 1 ? vh / 2 : ph / 2);
        double x0 = Math.max(0, Math.min(pw - vw, cx - vw / 2));
        double y0 = Math.max(0, Math.min(ph - vh, cy - vh / 2));
        return new double[] {x0, y0, vw, vh};
    }

    private void layoutContent() {
        var c = vm.contentProperty().get();
        var s = vm.screenProperty().get();
        overlay.getChildren().clear();
        if (c == null || c.image() == null || stage.getWidth() <= 0 || stage.getHeight() <= 0) {
            return;
        }
        double[] v = visible(s, c.unitWidth(), c.unitHeight());
        double k = Math.min(stage.getWidth() / v[2], stage.getHeight() / v[3]);
        double w = v[2] * k;
        double h = v[3] * k;
        double ox = (stage.getWidth() - w) / 2;
        double oy = (stage.getHeight() - h) / 2;
        double px = c.pixelsPerUnit();
        image.setViewport(new Rectangle2D(v[0] * px, v[1] * px, v[2] * px, v[3] * px));
        image.setFitWidth(w);
        image.setFitHeight(h);
        image.setLayoutX(ox);
        image.setLayoutY(oy);
        boolean masking = vm.maskedProperty().get();
        if (masking) {
            for (Annotation.Rect m : c.masks()) {
                Rectangle r = rect(m, v, k, ox, oy, 1.5);
                if (audience) {
                    r.setFill(Color.web("#2b2b2b"));
                    r.getStyleClass().add("privacy-mask");
                } else {
                    r.setFill(Color.TRANSPARENT);
                    r.setStroke(Color.web("#d9534f"));
                    r.getStrokeDashArray().setAll(4.0, 3.0);
                    r.getStyleClass().add("privacy-mask-outline");
                }
                overlay.getChildren().add(r);
            }
        }
        if (s.region() != null && !s.callout()) {
            Rectangle r = rect(s.region(), v, k, ox, oy, 4);
            r.setFill(Color.color(1, 0.83, 0, 0.18));
            r.setStroke(Color.web("#ffb000"));
            r.setStrokeWidth(audience ? 4 : 2);
            r.setId(audience ? "audienceHighlight" : "previewHighlight");
            overlay.getChildren().add(r);
        }
    }

    private static Rectangle rect(Annotation.Rect m, double[] v, double k, double ox, double oy, double grow) {
        return new Rectangle(ox + (m.x() - v[0]) * k - grow, oy + (m.y() - v[1]) * k - grow,
                m.w() * k + 2 * grow, m.h() * k + 2 * grow);
    }

    /** The painted mask rectangles (for tests and the console's counter). */
    public List<Rectangle> maskRectangles() {
        return overlay.getChildren().stream().filter(n -> n instanceof Rectangle r
                && (r.getStyleClass().contains("privacy-mask") || r.getStyleClass().contains("privacy-mask-outline")))
                .map(n -> (Rectangle) n).toList();
    }

    /** The text shown for a text item (masked on the audience side). */
    public String shownText() {
        return text.getText();
    }
}
