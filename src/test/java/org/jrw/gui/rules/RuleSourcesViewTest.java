package org.jrw.gui.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.jrw.gui.AppContext;
import org.jrw.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.jrw.gui.FxWait;
import org.testfx.util.WaitForAsyncUtils;

/** The rule sources window: jurisdiction saved, sources listed with their region, an import and a refused one. */
@ExtendWith(ApplicationExtension.class)
class RuleSourcesViewTest {
    @TempDir
    static Path tmp;
    private AppContext ctx;
    private RuleSourcesViewModel vm;

    @Start
    void start(Stage stage) {
        Messages.setLanguage("zh");
        ctx = new AppContext(tmp.resolve("ws"), tmp.resolve("config"));
        vm = new RuleSourcesViewModel(ctx);
        stage.setScene(new Scene(RuleSourcesView.content(stage, vm), 1100, 720));
        stage.show();
        vm.load();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void jurisdictionAndImportsShowInTheList(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !vm.sources().isEmpty());
        assertThat(vm.sources()).anyMatch(s -> Boolean.TRUE.equals(s.get("example")));
        robot.interact(() -> vm.saveJurisdiction("陕西省西安市雁塔区", null));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "陕西省西安市雁塔区".equals(vm.jurisdictionProperty().get()));

        Path csv = tmp.resolve("西安市裁量基准.csv");
        Files.writeString(csv, "id,provision,party,countMin,countMax,uncorrected,firstOffence,minYuan,maxYuan,label\n"
                + "r1,《中华人民共和国安全生产法》第九十七条第七项,单位,1,3,否,,10000,30000,第七项 一般情形\n",
                StandardCharsets.UTF_8);
        robot.interact(() -> vm.importRules(csv, "benchmark", "陕西省西安市", LocalDate.parse("2024-01-01"), null, "西安市应急管理行政处罚裁量基准"));
        FxWait.until(20, () -> vm.sources().stream()
                .anyMatch(s -> "陕西省西安市".equals(s.get("jurisdiction"))));

        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, "key,value,unit,basis\nstatementPeriodDays,3,小时,某规定\n", StandardCharsets.UTF_8);
        robot.interact(() -> vm.importRules(bad, "thresholds", "陕西省", LocalDate.parse("2024-01-01"), null, "陕西省行政处罚听证标准"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !vm.errorProperty().get().isEmpty());
        assertThat(vm.errorProperty().get()).contains("第2行").contains("小时");

        // a workbook tiering by 违法所得 (XLSX, condition column), imported from the GUI too
        Path xlsx = tmp.resolve("雁塔区危化品经营裁量基准.xlsx");
        String[][] rows = {{"id", "provision", "party", "condition", "minYuan", "maxYuan", "label"},
                {"12-1", "《危险化学品安全管理条例》第七十七条第三款", "单位", "违法所得不足1万元", "100000", "130000", "第十二项 违法所得不足1万元"}};
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = Files.newOutputStream(xlsx)) {
            var sheet = wb.createSheet("裁量基准");
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
        }
        robot.interact(() -> vm.importRules(xlsx, "benchmark", "陕西省西安市雁塔区", LocalDate.parse("2024-06-01"), null, "雁塔区裁量基准"));
        FxWait.until(20, () -> vm.sources().stream()
                .anyMatch(s -> "陕西省西安市雁塔区".equals(s.get("jurisdiction"))));
        assertThat(vm.statusProperty().get()).contains("裁量基准").doesNotContain("benchmark");
        // the templates, CSV and XLSX, written off the JavaFX thread
        Path dir = tmp.resolve("模板");
        robot.interact(() -> vm.writeTemplates(dir, names -> true));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(dir.resolve("thresholds-template.xlsx")));
        // a template filled in place is replaced only when the user agrees, asked with the file's name
        Files.writeString(dir.resolve("benchmark-template.csv"), "已填写");
        java.util.List<java.util.List<String>> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> vm.writeTemplates(dir, names -> {
            asked.add(names);
            return false;
        }));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !asked.isEmpty());
        assertThat(asked.get(0)).contains("benchmark-template.csv");
        assertThat(Files.readString(dir.resolve("benchmark-template.csv"))).isEqualTo("已填写");

        TableView<Map<String, Object>> table = robot.lookup("#ruleSourcesTable").queryAs(TableView.class);
        assertThat(table.getItems()).anyMatch(s -> "benchmark".equals(s.get("kind")) && "陕西省西安市".equals(s.get("jurisdiction")));
        String shot = System.getProperty("jrw.screenshot");
        if (shot != null) {
            robot.interact(() -> {
                var img = table.getScene().getRoot().snapshot(null, null);
                try {
                    int w = (int) img.getWidth();
                    int h = (int) img.getHeight();
                    var out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
                    for (int y = 0; y < h; y++) {
                        for (int x = 0; x < w; x++) {
                            out.setRGB(x, y, img.getPixelReader().getArgb(x, y));
                        }
                    }
                    javax.imageio.ImageIO.write(out, "png", Path.of(shot).toFile());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }
}
