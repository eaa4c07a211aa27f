package org.jrw.gui.evidence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.jrw.gui.AppContext;
import org.jrw.gui.MainView;
import org.jrw.gui.MainViewModel;
import org.jrw.i18n.Messages;
import org.jrw.logic.evidence.PdfService;
import org.jrw.logic.settings.Preferences;
import org.jrw.model.CaseSummary;
import org.jrw.model.Role;

/**
 * Evidence workspace benchmark (bench/evidence/evidence-benchmark.sh), two modes:
 * <ul>
 * <li>{@code render PDF PAGE} — warm page render at 110 dpi with the project's PdfService (cache
 * defeated by alternating two pages) vs {@code pdftoppm -r 110} of the same pages, in one run;</li>
 * <li>{@code gui WORKSPACE CONFIG} — the workbench under Xvfb on a workspace holding the 300-item
 * case: time from selecting the case to the first frame of the case view, and a pulse watchdog
 * (an AnimationTimer: the gap between consecutive pulses) while switching evidence and paging
 * through a long PDF.</li>
 * </ul>
 */
public final class EvidenceBench extends Application {
    public static void main(String[] args) throws Exception {
        if (args[0].equals("render")) {
            render(Path.of(args[1]), Integer.parseInt(args[2]), args.length > 3 ? Integer.parseInt(args[3]) : 15);
        } else {
            Application.launch(EvidenceBench.class, args);
        }
    }

    // ------------------------------------------------------------------ render

    static void render(Path pdf, int page, int rounds) throws Exception {
        Platform.startup(() -> { });
        double k = 110.0 / 72.0;
        PdfService svc = new PdfService(1); // keeps only the last page: alternating pages always misses
        int[] pages = {page, page + 1};
        svc.render(pdf, page + 2, k); // open the document, load fonts, JIT
        for (int i = 0; i < 5; i++) {
            for (int p : pages) {
                svc.render(pdf, p, k);
            }
        }
        for (int p : pages) {
            List<Double> ours = new ArrayList<>();
            List<Double> oursFx = new ArrayList<>();
            List<Double> poppler = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                svc.render(pdf, p == page ? page + 1 : page, k); // evict p
                long t0 = System.nanoTime();
                var img = svc.render(pdf, p, k);
                long t1 = System.nanoTime();
                Viewer.toFx(img);
                long t2 = System.nanoTime();
                ours.add((t1 - t0) / 1e6);
                oursFx.add((t2 - t0) / 1e6);
                long t3 = System.nanoTime();
                Process pr = new ProcessBuilder("pdftoppm", "-r", "110", "-f", "" + p, "-l", "" + p, pdf.toString())
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT)
                        .start();
                if (pr.waitFor() != 0) {
                    throw new IllegalStateException("pdftoppm failed");
                }
                poppler.add((System.nanoTime() - t3) / 1e6);
                if (i == 0) {
                    System.out.printf("page %d: %d x %d px%n", p, img.getWidth(), img.getHeight());
                }
            }
            double a = median(ours), b = median(oursFx), c = median(poppler);
            System.out.printf(Locale.ROOT, "RENDER page %d (median of %d): PdfService %.1f ms, +toFx image %.1f ms,"
                    + " pdftoppm -r 110 (process incl.) %.1f ms, ratio %.2f (%.2f with toFx)%n",
                    p, rounds, a, b, c, a / c, b / c);
        }
        // per page without process start: all pages in one pdftoppm process vs all pages through
        // PdfService; wall time and CPU time (CPU time is what a loaded machine cannot distort)
        int count = svc.pageCount(pdf);
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        List<Double> batch = new ArrayList<>();
        List<Double> batchCpu = new ArrayList<>();
        List<Double> ours = new ArrayList<>();
        List<Double> oursCpu = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            long c0 = mx.getCurrentThreadCpuTime();
            for (int p = 1; p <= count; p++) {
                svc.render(pdf, p, k);
            }
            oursCpu.add((mx.getCurrentThreadCpuTime() - c0) / 1e6 / count);
            ours.add((System.nanoTime() - t0) / 1e6 / count);
            t0 = System.nanoTime();
            Process pr = new ProcessBuilder("bash", "-c", "TIMEFORMAT='%U %S'; time pdftoppm -r 110 \"$0\" > /dev/null",
                    pdf.toString()).redirectErrorStream(true).start();
            String[] us = new String(pr.getInputStream().readAllBytes()).strip().split("\\s+");
            pr.waitFor();
            batch.add((System.nanoTime() - t0) / 1e6 / count);
            batchCpu.add((Double.parseDouble(us[us.length - 2]) + Double.parseDouble(us[us.length - 1])) * 1000 / count);
        }
        System.out.printf(Locale.ROOT, "RENDER all %d pages, per page (median of 3 runs): PdfService %.1f ms wall / %.1f ms CPU,"
                + " pdftoppm -r 110 in one process %.1f ms wall / %.1f ms CPU; ratio %.2f wall, %.2f CPU%n", count,
                median(ours), median(oursCpu), median(batch), median(batchCpu), median(ours) / median(batch),
                median(oursCpu) / median(batchCpu));
        System.out.println("PdfService cache hits during the measurement: " + svc.cacheHits());
        svc.close();
        Platform.exit();
    }

    static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    // ------------------------------------------------------------------ gui

    private AppContext ctx;
    private MainViewModel vm;
    private Scene scene;
    private volatile String phase = "start";
    /** What was just shown while switching (the kind of the item and its place in the run), for the stall list. */
    private volatile String shown = "";
    private final List<double[]> gaps = Collections.synchronizedList(new ArrayList<>()); // [phaseIndex, ms]
    private final List<String> phases = Collections.synchronizedList(new ArrayList<>());
    private final List<String> stalls = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        Messages.setLanguage("zh");
        ctx = new AppContext(Path.of(args.get(1)), Path.of(args.get(2)));
        ctx.savePreferences(Preferences.defaults().withIdentity(new Preferences.Identity("基准", Role.OFFICER, "基准局")));
        vm = new MainViewModel(ctx);
        scene = new Scene(new MainView(vm, stage::close), 1400, 860);
        org.jrw.gui.Appearance.apply(scene, ctx.preferences()); // the workbench's stylesheet, as WorkbenchApp does
        stage.setScene(scene);
        stage.show();
        new AnimationTimer() {
            private long last;

            @Override
            public void handle(long ignored) {
                long now = System.nanoTime();
                if (last != 0) {
                    double ms = (now - last) / 1e6;
                    gaps.add(new double[] {phaseIndex(phase), ms});
                    if (ms > 50) {
                        stalls.add(String.format(Locale.ROOT, "%s%s: %.0f ms", phase, shown, ms));
                        if (Boolean.getBoolean("javafx.pulseLogger")) { // next to the pulse logger's lines
                            System.out.printf(Locale.ROOT, "STALL %s%s: %.0f ms%n", phase, shown, ms);
                        }
                    }
                }
                last = now;
            }
        }.start();
        vm.start();
        Thread driver = new Thread(() -> {
            try {
                drive();
            } catch (Throwable t) {
                t.printStackTrace();
            } finally {
                Platform.runLater(() -> {
                    ctx.close();
                    Platform.exit();
                });
            }
        }, "bench-driver");
        driver.setDaemon(true);
        driver.start();
    }

    private int phaseIndex(String p) {
        synchronized (phases) {
            int i = phases.indexOf(p);
            if (i < 0) {
                phases.add(p);
                i = phases.size() - 1;
            }
            return i;
        }
    }

    private static <T> T fx(Supplier<T> s) throws InterruptedException {
        Object[] out = new Object[1];
        CountDownLatch l = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                out[0] = s.get();
            } finally {
                l.countDown();
            }
        });
        if (!l.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("FX thread did not answer");
        }
        @SuppressWarnings("unchecked")
        T t = (T) out[0];
        return t;
    }

    private static void waitFor(Supplier<Boolean> cond, int seconds) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (!fx(cond)) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(20);
        }
    }

    /**
     * CPU time (ms) of the JavaFX application thread and the renderer thread: unlike the pulse
     * gaps it does not grow when other programs load the machine, so it compares runs taken
     * under different loads.
     */
    private static double[] cpu() {
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        double fxMs = 0, renderMs = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            long c = mx.getThreadCpuTime(t.getId());
            if (c < 0) {
                continue;
            }
            if (t.getName().equals("JavaFX Application Thread")) {
                fxMs += c / 1e6;
            } else if (t.getName().startsWith("QuantumRenderer")) {
                renderMs += c / 1e6;
            }
        }
        return new double[] {fxMs, renderMs};
    }

    private final List<String> cpuReport = new ArrayList<>();

    private void cpuSince(String what, double[] before, int steps) {
        double[] now = cpu();
        cpuReport.add(String.format(Locale.ROOT, "CPU %-16s JavaFX thread %6.0f ms, renderer %6.0f ms; per step %5.1f + %5.1f ms (%d steps)",
                what, now[0] - before[0], now[1] - before[1], (now[0] - before[0]) / steps, (now[1] - before[1]) / steps, steps));
    }

    private void drive() throws Exception {
        waitFor(() -> !vm.cases().allCases().isEmpty(), 60);
        CaseSummary big = fx(() -> vm.cases().allCases().stream().filter(c -> c.caseNumber().contains("300号"))
                .findFirst().orElseThrow());
        Thread.sleep(1500); // let start-up settle
        // --- first paint of the case view: select the case → first frame laid out with it
        List<Double> opens = new ArrayList<>();
        for (int round = 0; round < 6; round++) {
            phase = "idle";
            fx(() -> {
                vm.cases().selectedProperty().set(null);
                return null;
            });
            Thread.sleep(600);
            phase = "open case";
            AtomicLong t0 = new AtomicLong();
            CountDownLatch painted = new CountDownLatch(1);
            AtomicLong t1 = new AtomicLong();
            fx(() -> {
                vm.overview().dossierProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends org.jrw.model.Dossier> o,
                                        org.jrw.model.Dossier a, org.jrw.model.Dossier d) {
                        if (d == null) {
                            return;
                        }
                        o.removeListener(this);
                        Runnable[] self = new Runnable[1];
                        self[0] = () -> {
                            scene.removePostLayoutPulseListener(self[0]);
                            // the frame laid out in this pulse is rendered before the next runLater runs
                            Platform.runLater(() -> {
                                t1.set(System.nanoTime());
                                painted.countDown();
                            });
                        };
                        scene.addPostLayoutPulseListener(self[0]);
                    }
                });
                t0.set(System.nanoTime());
                vm.cases().selectedProperty().set(big);
                return null;
            });
            if (!painted.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("case view never painted");
            }
            opens.add((t1.get() - t0.get()) / 1e6);
            Thread.sleep(1200);
        }
        fx(() -> {
            vm.cases().selectedProperty().set(big);
            return null;
        });
        waitFor(() -> scene.lookup("#overviewTabs") != null, 30);
        Thread.sleep(1000);
        EvidenceWorkspaceView[] view = new EvidenceWorkspaceView[1];
        fx(() -> {
            TabPane tabs = (TabPane) scene.lookup("#overviewTabs");
            tabs.getSelectionModel().select(tabs.getTabs().stream()
                    .filter(t -> "evidenceWorkspaceTab".equals(t.getId())).findFirst().orElseThrow());
            view[0] = (EvidenceWorkspaceView) scene.lookup("#evidenceWorkspace");
            return null;
        });
        EvidenceWorkspaceViewModel ev = view[0].viewModel();
        Thread.sleep(1000);
        if (Boolean.getBoolean("jrw.bench.regions")) {
            for (int i = 0; i < 3; i++) {
                fx(() -> {
                    ev.next();
                    return null;
                });
                Thread.sleep(400);
            }
            fx(() -> {
                bigRegions(scene.getRoot(), 0);
                return null;
            });
        }
        // --- switching evidence: 60 items, one every 250 ms (PDFs, photos, recordings)
        phase = "switch evidence";
        double[] cpu0 = cpu();
        for (int i = 0; i < 60; i++) {
            int step = i + 1;
            fx(() -> {
                ev.next();
                var it = ev.currentProperty().get();
                shown = it == null ? "" : " (#" + step + " " + it.mediaType() + ")";
                if (Boolean.getBoolean("javafx.pulseLogger")) {
                    System.out.println("SWITCH" + shown);
                }
                return null;
            });
            Thread.sleep(250);
        }
        shown = "";
        cpuSince("switch evidence", cpu0, 60);
        phase = "idle";
        Thread.sleep(800);
        // --- paging through the longest PDF: every page, one every 120 ms, then back quickly
        String longest = fx(() -> ev.items().stream().filter(i -> i.mediaType() == org.jrw.logic.evidence.EvidenceItem.MediaType.PDF)
                .filter(i -> i.title() != null && i.title().contains("约50页")).findFirst()
                .or(() -> ev.items().stream().filter(i -> i.mediaType() == org.jrw.logic.evidence.EvidenceItem.MediaType.PDF).findFirst())
                .orElseThrow().id());
        fx(() -> {
            ev.open(longest);
            return null;
        });
        waitFor(() -> view[0].viewer() instanceof PdfViewer p && p.pageCount() > 0, 30);
        Thread.sleep(1000);
        PdfViewer pv = (PdfViewer) fx(() -> view[0].viewer());
        int n = fx(pv::pageCount);
        phase = "scroll pages";
        cpu0 = cpu();
        for (int p = 2; p <= n; p++) {
            int q = p;
            fx(() -> {
                pv.go(q);
                return null;
            });
            Thread.sleep(120);
        }
        for (int p = n - 1; p >= 1; p--) {
            int q = p;
            fx(() -> {
                pv.go(q);
                return null;
            });
            Thread.sleep(40);
        }
        Thread.sleep(500);
        cpuSince("scroll pages", cpu0, 2 * (n - 1));
        phase = "zoom";
        for (String z : List.of("200%", "50%", "400%", "100%")) {
            fx(() -> {
                ((javafx.scene.control.ComboBox<String>) scene.lookup("#pdfZoom")).setValue(z);
                return null;
            });
            Thread.sleep(400);
        }
        phase = "end";
        Thread.sleep(300);

        System.out.printf(Locale.ROOT, "OPEN case view (select → first frame), ms: %s; first %.0f, median of the rest %.0f%n",
                opens.stream().map(d -> String.format(Locale.ROOT, "%.0f", d)).toList(), opens.get(0),
                median(opens.subList(1, opens.size())));
        System.out.printf("PDF paged: %d pages%n", n);
        synchronized (phases) {
            for (int i = 0; i < phases.size(); i++) {
                int pi = i;
                List<Double> g = gaps.stream().filter(x -> x[0] == pi).map(x -> x[1]).sorted().toList();
                if (g.isEmpty()) {
                    continue;
                }
                System.out.printf(Locale.ROOT, "PULSE %-16s pulses %5d, max gap %6.1f ms, p99 %5.1f ms, gaps > 50 ms: %d%n",
                        phases.get(i), g.size(), g.get(g.size() - 1), g.get((int) Math.floor(g.size() * 0.99)),
                        g.stream().filter(x -> x > 50).count());
            }
        }
        cpuReport.forEach(System.out::println);
        System.out.println("stalls > 50 ms: " + stalls);
    }

    /**
     * Regions painted from the background cache (more than one fill) and larger than 40 000 px²:
     * with the software pipeline each repaint stretches their cached image over the whole area.
     */
    private static void bigRegions(javafx.scene.Node n, int depth) {
        if (n instanceof javafx.scene.layout.Region r && r.isVisible() && r.getBackground() != null
                && r.getBackground().getFills().size() > 1 && r.getWidth() * r.getHeight() > 40_000) {
            System.out.printf(Locale.ROOT, "REGION %s%s id=%s classes=%s %.0fx%.0f fills=%d%n", "  ".repeat(depth),
                    r.getClass().getSimpleName(), r.getId(), r.getStyleClass(), r.getWidth(), r.getHeight(),
                    r.getBackground().getFills().size());
        }
        if (n instanceof javafx.scene.Parent p && n.isVisible()) {
            for (var c : p.getChildrenUnmodifiable()) {
                bigRegions(c, depth + 1);
            }
        }
    }

    /** Launcher: a main class that is not an Application (the class path has no JavaFX modules). */
    public static final class Main {
        public static void main(String[] args) throws Exception {
            EvidenceBench.main(args);
        }
    }
}
