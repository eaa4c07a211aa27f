package org.jrw.gui.evidence;

import java.nio.file.Path;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.media.Media;
import javafx.scene.media.MediaPlayer;
import javafx.scene.media.MediaView;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.jrw.i18n.Messages;
import org.jrw.logic.evidence.EvidenceItem;
import org.jrw.model.Annotation;

/**
 * Audio and video with JavaFX Media: play/pause, seek slider, current time, time-range annotations
 * as coloured spans under the slider. A file the platform cannot decode (or a platform without
 * media support) gives a clear message and "open with the system player", never a crash.
 */
final class MediaViewer extends Viewer {
    private MediaPlayer player;
    private final Slider seek = new Slider(0, 1, 0);
    private final Label time = new Label("0:00.0");
    private final Pane spans = new Pane();
    private final Label markLabel = new Label();
    private Double markStart;
    private double duration;
    private boolean seeking;
    private final ListChangeListener<Annotation> annotationsChanged = c -> drawSpans();
    private final ChangeListener<Annotation> selectionChanged = (o, a, b) -> {
        drawSpans();
        if (b != null && item.id().equals(b.targetId()) && b.hasTime() && player != null) {
            player.seek(Duration.seconds(b.timeFrom()));
        }
    };

    MediaViewer(EvidenceWorkspaceViewModel vm, EvidenceItem item) {
        super(vm, item);
        setId("mediaViewer");
        setCenter(new Label(Messages.get("ev.loading")));
        // the file copy and the Media/MediaPlayer construction (which opens and probes the file and,
        // the first time, loads the native media library) run in the background: they may be created
        // on any thread; only the views are built on the JavaFX thread
        vm.background(() -> {
            Path file;
            try {
                file = vm.files().namedCopy(item);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            Media media = new Media(file.toUri().toString());
            return new MediaPlayer(media);
        }, this::start, t -> failed(t instanceof java.io.UncheckedIOException u ? u.getCause() : t));
    }

    private void start(MediaPlayer created) {
        try {
            player = created;
            Media media = created.getMedia();
            media.setOnError(() -> failed(media.getError()));
            player.setOnError(() -> failed(player.getError()));
            if (media.getError() != null || player.getError() != null) {
                failed(media.getError() != null ? media.getError() : player.getError());
                return;
            }
            player.setOnReady(() -> {
                duration = media.getDuration().toSeconds();
                seek.setMax(duration > 0 ? duration : 1);
                drawSpans();
            });
            player.currentTimeProperty().addListener((o, a, b) -> {
                time.setText(AnnotationLabels.time(b.toSeconds()) + " / "
                        + AnnotationLabels.time(duration));
                if (!seek.isValueChanging()) {
                    seeking = true;
                    seek.setValue(b.toSeconds());
                    seeking = false;
                }
            });
            build(item.mediaType() == EvidenceItem.MediaType.VIDEO ? new MediaView(player) : null);
        } catch (RuntimeException | LinkageError e) {
            failed(e);
        }
    }

    private void failed(Throwable t) {
        if (player != null) {
            try {
                player.dispose();
            } catch (RuntimeException failure) {
                org.slf4j.LoggerFactory.getLogger(MediaViewer.class).debug("broken media player not disposed", failure);
                // already broken
            }
            player = null;
        }
        java.util.logging.Logger.getLogger(MediaViewer.class.getName()).log(java.util.logging.Level.INFO,
                "media playback unavailable for " + item.id(), t);
        showProblem(Messages.get("ev.media.failed", Messages.get(why(t))), true);
    }

    /** Why the player could not start, in words (never the media library's own message). */
    static String why(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof javafx.scene.media.MediaException m) {
                return switch (m.getType()) {
                    case MEDIA_UNSUPPORTED, MEDIA_CORRUPTED, MEDIA_UNSPECIFIED -> "ux.media.why.format";
                    case MEDIA_INACCESSIBLE, MEDIA_UNAVAILABLE -> "ux.media.why.file";
                    default -> "ux.media.why.platform";
                };
            }
            if (c instanceof LinkageError || c instanceof UnsupportedOperationException) {
                return "ux.media.why.platform";
            }
        }
        return "ux.media.why.platform";
    }

    /** When the player cannot start, a time range is typed (起 1:05 止 1:30) to annotate the recording. */
    @Override
    protected javafx.scene.Node problemExtras() {
        javafx.scene.control.TextField from = new javafx.scene.control.TextField();
        from.setId("mediaFrom");
        from.setPromptText("0:00");
        from.setPrefColumnCount(6);
        from.setAccessibleText(Messages.get("ux.media.from"));
        javafx.scene.control.TextField to = new javafx.scene.control.TextField();
        to.setId("mediaTo");
        to.setPromptText("0:30");
        to.setPrefColumnCount(6);
        to.setAccessibleText(Messages.get("ux.media.to"));
        Label error = new Label();
        error.setId("mediaRangeError");
        error.getStyleClass().add("severity-error");
        Button add = new Button(Messages.get("ux.media.addRange"));
        add.setId("mediaMarkTyped");
        add.setOnAction(e -> {
            Double a = parseTime(from.getText());
            Double b = parseTime(to.getText());
            if (a == null) {
                error.setText(Messages.get("ux.media.badTime", Messages.get("ux.media.from"), from.getText()));
                from.requestFocus();
            } else if (b == null) {
                error.setText(Messages.get("ux.media.badTime", Messages.get("ux.media.to"), to.getText()));
                to.requestFocus();
            } else if (b <= a) {
                error.setText(Messages.get("ux.media.badRange"));
                to.requestFocus();
            } else {
                error.setText("");
                vm.markTime(item, a, b);
            }
        });
        to.setOnAction(add.getOnAction());
        HBox row = new HBox(8, new Label(Messages.get("ux.media.from")), from, new Label(Messages.get("ux.media.to")), to,
                add);
        row.setAlignment(Pos.CENTER);
        Label hint = new Label(Messages.get("ux.media.typeHint"));
        hint.setWrapText(true);
        hint.setMaxWidth(520);
        VBox box = new VBox(6, hint, row, error);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    /** "90", "1:30", "1:30.5", "1:02:03" as seconds; null when it is none of these. */
    static Double parseTime(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().replace('：', ':').replace('．', '.');
        if (!t.matches("\\d{1,6}(\\.\\d+)?|\\d{1,3}:[0-5]?\\d(\\.\\d+)?|\\d{1,2}:[0-5]?\\d:[0-5]?\\d(\\.\\d+)?")) {
            return null;
        }
        String[] parts = t.split(":");
        double s = 0;
        for (String part : parts) {
            s = s * 60 + Double.parseDouble(part);
        }
        return s;
    }

    private void build(MediaView view) {
        Button play = new Button(Messages.get("ev.media.play"));
        play.setId("mediaPlay");
        play.setOnAction(e -> {
            if (player == null) {
                return;
            }
            if (player.getStatus() == MediaPlayer.Status.PLAYING) {
                player.pause();
                play.setText(Messages.get("ev.media.play"));
            } else {
                player.play();
                play.setText(Messages.get("ev.media.pause"));
            }
        });
        seek.setId("mediaSeek");
        seek.valueProperty().addListener((o, a, b) -> {
            if (!seeking && player != null) {
                player.seek(Duration.seconds(b.doubleValue()));
            }
        });
        HBox.setHgrow(seek, Priority.ALWAYS);
        Button start = new Button(Messages.get("ev.media.markStart"));
        start.setId("mediaMarkStart");
        start.setOnAction(e -> {
            markStart = seek.getValue();
            markLabel.setText("▶ " + AnnotationLabels.time(markStart));
        });
        Button end = new Button(Messages.get("ev.media.markEnd"));
        end.setId("mediaMarkEnd");
        end.setOnAction(e -> {
            double from = markStart == null ? 0 : markStart;
            vm.markTime(item, from, seek.getValue());
            markStart = null;
            markLabel.setText("");
        });
        spans.setMinHeight(14);
        spans.setPrefHeight(14);
        spans.widthProperty().addListener((o, a, b) -> drawSpans());
        HBox controls = new HBox(8, play, seek, time);
        controls.setAlignment(Pos.CENTER_LEFT);
        HBox marks = new HBox(8, start, end, markLabel);
        marks.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, controls, spans, marks);
        box.setPadding(new Insets(12));
        StackPane screen = new StackPane();
        screen.setStyle("-fx-background-color: #1e2228;");
        if (view != null) {
            view.setPreserveRatio(true);
            view.fitWidthProperty().bind(screen.widthProperty());
            view.fitHeightProperty().bind(screen.heightProperty());
            screen.getChildren().add(view);
        } else {
            Label l = new Label("♪  " + item.title());
            l.setStyle("-fx-text-fill: #e8eaed; -fx-font-size: 1.4em;");
            screen.getChildren().add(l);
        }
        setCenter(screen);
        setBottom(box);
        vm.annotations().addListener(annotationsChanged);
        vm.selectedProperty().addListener(selectionChanged);
    }

    private void drawSpans() {
        spans.getChildren().clear();
        double w = spans.getWidth();
        if (duration <= 0 || w <= 0) {
            return;
        }
        Annotation sel = vm.selectedProperty().get();
        for (Annotation a : vm.on(item)) {
            if (!a.hasTime()) {
                continue;
            }
            Color c = PageCanvas.colour(a.role());
            double x = a.timeFrom() / duration * w;
            double len = Math.max(3, (a.timeTo() - a.timeFrom()) / duration * w);
            Rectangle r = new Rectangle(x, 1, len, 12);
            r.setFill(Color.color(c.getRed(), c.getGreen(), c.getBlue(), 0.5));
            r.setStroke(c);
            r.setStrokeWidth(sel != null && sel.id().equals(a.id()) ? 2.5 : 1);
            r.getStyleClass().add("annotation-span");
            Tooltip.install(r, new Tooltip(a.author() + " · " + a.note()));
            r.setOnMouseClicked(e -> vm.selectedProperty().set(a));
            spans.getChildren().add(r);
        }
    }

    @Override
    void dispose() {
        vm.annotations().removeListener(annotationsChanged);
        vm.selectedProperty().removeListener(selectionChanged);
        if (player != null) {
            player.dispose();
            player = null;
        }
    }
}
