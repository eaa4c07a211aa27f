package org.jrw.logic.demo;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Iterator;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jrw.logic.pdf.PdfFonts;

/**
 * The demo dossier's media, drawn and synthesised in pure Java (Java2D, no system fonts, fixed
 * random seeds, so the bytes are the same on every run of the same JDK): site photos with a camera
 * timestamp and caption overlay, a screenshot of a certificate query, and a short WAV clip.
 */
final class DemoMedia {
    static final int W = 1280;
    static final int H = 960;
    private static final Font CJK;
    private static final Font LATIN;

    static {
        try {
            CJK = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(PdfFonts.cjkFontBytes()));
            LATIN = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(PdfFonts.latinFontBytes()));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("bundled fonts unreadable", e);
        }
    }

    private DemoMedia() {
    }

    // ------------------------------------------------------------------ photos

    /** Photo 1: a worker welding at a steel frame in a workshop, sparks flying. */
    static byte[] weldingPhoto(String stamp, String caption) {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(img);
        Random rnd = new Random(20240312L);
        workshop(g, rnd);
        // steel frame on trestles
        g.setColor(new Color(70, 74, 80));
        g.fillRect(300, 560, 620, 26);
        g.fillRect(330, 586, 22, 150);
        g.fillRect(870, 586, 22, 150);
        g.setColor(new Color(95, 100, 108));
        g.fillRect(420, 470, 24, 90);
        g.fillRect(700, 470, 24, 90);
        g.fillRect(410, 455, 330, 20);
        // welding machine with cables
        machine(g, 980, 560, 170, 190, "BX1-315");
        g.setStroke(new BasicStroke(7f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(20, 20, 20));
        g.drawPolyline(new int[] {1000, 930, 820, 700, 612}, new int[] {720, 790, 800, 760, 600}, 5);
        g.drawPolyline(new int[] {1040, 1010, 900, 880}, new int[] {740, 830, 840, 590}, 4);
        // worker (crouching, blue overalls, dark welding mask)
        worker(g, 560, 430, true);
        // arc and sparks
        int ax = 640;
        int ay = 548;
        g.setPaint(new RadialGradientPaint(ax, ay, 120, new float[] {0f, 0.12f, 0.4f, 1f},
                new Color[] {new Color(255, 255, 255, 255), new Color(200, 230, 255, 230),
                    new Color(255, 190, 80, 90), new Color(255, 160, 40, 0)}));
        g.fill(new Ellipse2D.Float(ax - 120, ay - 120, 240, 240));
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int i = 0; i < 90; i++) {
            double a = Math.PI * (0.05 + 0.9 * rnd.nextDouble()) + (rnd.nextBoolean() ? 0 : Math.PI * 0.95);
            double len = 30 + rnd.nextDouble() * 170;
            int x2 = ax + (int) (Math.cos(a) * len);
            int y2 = ay + (int) (Math.abs(Math.sin(a)) * len * 0.9 - 40 * rnd.nextDouble());
            g.setColor(new Color(255, 200 + rnd.nextInt(55), 80 + rnd.nextInt(120), 140 + rnd.nextInt(115)));
            g.drawLine(ax, ay, x2, y2);
        }
        overlay(g, stamp, caption);
        g.dispose();
        return jpeg(img);
    }

    /** Photo 2: the AC arc-welding machine with its nameplate at the welding station. */
    static byte[] machinePhoto(String stamp, String caption) {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(img);
        Random rnd = new Random(20240313L);
        workshop(g, rnd);
        machine(g, 380, 300, 520, 560, "BX1-315");
        // nameplate text
        g.setColor(new Color(30, 30, 30));
        text(g, "交流弧焊机", 455, 420, 40f);
        text(g, "型号 BX1-315   额定输入 380V", 455, 470, 24f);
        text(g, "额定焊接电流 315A   负载持续率 35%", 455, 505, 24f);
        text(g, "出厂编号 2109****", 455, 540, 24f);
        // electrode holder hanging on the frame
        g.setColor(new Color(15, 15, 15));
        g.setStroke(new BasicStroke(9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawPolyline(new int[] {900, 980, 1040, 1060}, new int[] {760, 800, 700, 560}, 4);
        g.setColor(new Color(200, 40, 30));
        g.fillRoundRect(1040, 470, 40, 100, 12, 12);
        // warning sign on the wall
        g.setColor(new Color(245, 200, 20));
        Polygon tri = new Polygon(new int[] {1080, 1180, 980}, new int[] {120, 290, 290}, 3);
        g.fillPolygon(tri);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(8f));
        g.drawPolygon(tri);
        text(g, "!", 1068, 265, 110f);
        g.setColor(Color.WHITE);
        g.fillRect(965, 300, 230, 60);
        g.setColor(Color.BLACK);
        text(g, "当心触电", 1000, 345, 40f);
        overlay(g, stamp, caption);
        g.dispose();
        return jpeg(img);
    }

    /** Photo 3 (recheck): the notice board of certified special-operation workers. */
    static byte[] noticeBoardPhoto(String stamp, String caption, String[][] rows) {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(img);
        Random rnd = new Random(20240327L);
        workshop(g, rnd);
        // board
        g.setColor(new Color(40, 60, 120));
        g.fillRect(230, 110, 820, 560);
        g.setColor(Color.WHITE);
        g.fillRect(250, 200, 780, 450);
        text(g, "特种作业人员持证上岗公示", 330, 170, 50f);
        g.setColor(new Color(20, 20, 20));
        int[] cols = {270, 420, 600, 870};
        String[] head = {"姓名", "作业类别", "证号", "有效期至"};
        for (int c = 0; c < head.length; c++) {
            text(g, head[c], cols[c], 250, 28f);
        }
        g.setStroke(new BasicStroke(2f));
        g.drawLine(260, 265, 1020, 265);
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                text(g, rows[r][c], cols[c], 310 + r * 52, 25f);
            }
            g.setColor(new Color(180, 180, 180));
            g.drawLine(260, 325 + r * 52, 1020, 325 + r * 52);
            g.setColor(new Color(20, 20, 20));
        }
        text(g, "西安某某精工机械有限公司安全环保部　2024年3月", 480, 630, 22f);
        // legs of the board and a welding screen
        g.setColor(new Color(60, 60, 60));
        g.fillRect(300, 670, 20, 180);
        g.fillRect(960, 670, 20, 180);
        g.setColor(new Color(160, 40, 30, 220));
        g.fillRect(1080, 380, 170, 420);
        g.setColor(Color.WHITE);
        text(g, "焊接作业区", 1100, 440, 30f);
        text(g, "持证上岗", 1110, 490, 30f);
        overlay(g, stamp, caption);
        g.dispose();
        return jpeg(img);
    }

    /** A screenshot of the public certificate query: no special-operation certificate found. */
    static byte[] certificateQueryScreenshot(String name, String maskedId, String queriedAt) {
        int w = 1280;
        int h = 800;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(img);
        g.setColor(new Color(236, 239, 243));
        g.fillRect(0, 0, w, h);
        // browser chrome
        g.setColor(new Color(222, 225, 230));
        g.fillRect(0, 0, w, 78);
        g.setColor(Color.WHITE);
        g.fillRoundRect(120, 22, 900, 36, 18, 18);
        g.setColor(new Color(90, 90, 90));
        text(g, "特种作业操作证查询平台（示意）", 140, 48, 18f);
        // page header
        g.setPaint(new GradientPaint(0, 78, new Color(20, 80, 160), 0, 168, new Color(10, 55, 120)));
        g.fillRect(0, 78, w, 90);
        g.setColor(Color.WHITE);
        text(g, "特种作业操作证及安全生产知识和管理能力考核合格信息查询平台", 80, 135, 30f);
        // form
        g.setColor(Color.WHITE);
        g.fillRect(80, 200, 1120, 520);
        g.setColor(new Color(40, 40, 40));
        text(g, "查询类别：特种作业操作证", 130, 260, 24f);
        text(g, "姓　　名：" + name, 130, 310, 24f);
        text(g, "证件号码：" + maskedId, 130, 360, 24f);
        g.setColor(new Color(20, 80, 160));
        g.fillRoundRect(130, 390, 140, 46, 10, 10);
        g.setColor(Color.WHITE);
        text(g, "查　询", 165, 422, 24f);
        g.setColor(new Color(200, 200, 200));
        g.drawLine(130, 470, 1150, 470);
        g.setColor(new Color(200, 40, 40));
        text(g, "查询结果：未查询到该人员的特种作业操作证信息。", 130, 530, 28f);
        g.setColor(new Color(90, 90, 90));
        text(g, "查询时间：" + queriedAt + "　　查询人：西安市应急管理局执法人员", 130, 590, 20f);
        text(g, "（演示案卷示意截图，非真实查询页面）", 130, 640, 18f);
        g.dispose();
        return png(img);
    }

    private static void workshop(Graphics2D g, Random rnd) {
        // wall and roof
        g.setPaint(new GradientPaint(0, 0, new Color(120, 128, 135), 0, 520, new Color(168, 172, 170)));
        g.fillRect(0, 0, W, 520);
        // roof trusses
        g.setColor(new Color(85, 92, 100));
        g.setStroke(new BasicStroke(10f));
        for (int x = -100; x < W + 200; x += 260) {
            g.drawLine(x, 0, x + 130, 140);
            g.drawLine(x + 260, 0, x + 130, 140);
        }
        g.fillRect(0, 135, W, 16);
        // high windows
        for (int x = 60; x < W; x += 300) {
            g.setColor(new Color(200, 215, 225));
            g.fillRect(x, 190, 180, 110);
            g.setColor(new Color(90, 96, 100));
            g.setStroke(new BasicStroke(5f));
            g.drawRect(x, 190, 180, 110);
            g.drawLine(x + 90, 190, x + 90, 300);
        }
        // yellow safety line on the wall base and concrete floor
        g.setPaint(new GradientPaint(0, 520, new Color(150, 150, 145), 0, H, new Color(105, 105, 100)));
        g.fillRect(0, 520, W, H - 520);
        g.setColor(new Color(230, 190, 30));
        g.fillRect(0, 640, W, 10);
        for (int i = 0; i < 500; i++) {
            int c = 95 + rnd.nextInt(60);
            g.setColor(new Color(c, c, c - 5, 90));
            g.fillRect(rnd.nextInt(W), 520 + rnd.nextInt(H - 520), 2 + rnd.nextInt(4), 1 + rnd.nextInt(3));
        }
    }

    private static void machine(Graphics2D g, int x, int y, int w, int h, String model) {
        g.setColor(new Color(40, 110, 70));
        g.fill(new RoundRectangle2D.Float(x, y, w, h, 18, 18));
        g.setColor(new Color(25, 80, 50));
        for (int i = 0; i < 6; i++) {
            g.fillRect(x + w / 8, y + h - h / 3 + i * (h / 30), w / 4, Math.max(4, h / 60));
        }
        g.setColor(new Color(225, 225, 215));
        if (w > 300) {
            g.fillRect(x + 40, y + 80, w - 60, 180); // nameplate
        } else {
            g.fillRect(x + w / 8, y + h / 3, (int) (w * 0.75), (int) (h * 0.25));
        }
        g.setColor(new Color(20, 20, 20));
        g.fillOval(x + w - 60, y + 20, 34, 34);
        g.fillRect(x + 20, y + h, 18, 14);
        g.fillRect(x + w - 38, y + h, 18, 14);
    }

    private static void worker(Graphics2D g, int x, int y, boolean mask) {
        // legs (crouching)
        g.setColor(new Color(30, 55, 110));
        g.fillRoundRect(x - 40, y + 130, 60, 120, 20, 20);
        g.fillRoundRect(x + 10, y + 150, 90, 50, 20, 20);
        // torso
        g.setColor(new Color(35, 65, 125));
        g.fillRoundRect(x - 50, y + 10, 100, 150, 30, 30);
        // arm holding the electrode holder
        g.setStroke(new BasicStroke(26f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(x + 20, y + 50, x + 70, y + 110);
        g.setStroke(new BasicStroke(8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(15, 15, 15));
        g.drawLine(x + 70, y + 110, x + 80, y + 118);
        g.setColor(new Color(180, 40, 30));
        g.fillRoundRect(x + 62, y + 98, 18, 34, 8, 8);
        // head with welding mask
        g.setColor(new Color(200, 160, 130));
        g.fillOval(x - 30, y - 55, 60, 66);
        if (mask) {
            g.setColor(new Color(25, 25, 25));
            g.fillRoundRect(x - 8, y - 60, 48, 74, 14, 14);
            g.setColor(new Color(40, 90, 70));
            g.fillRect(x + 8, y - 40, 24, 14);
        }
        // safety helmet
        g.setColor(new Color(240, 240, 235));
        g.fillArc(x - 36, y - 78, 72, 56, 0, 180);
        g.fillRect(x - 40, y - 52, 80, 6);
    }

    /** Camera-style timestamp (top right) and a caption bar (bottom). */
    private static void overlay(Graphics2D g, String stamp, String caption) {
        g.setFont(LATIN.deriveFont(Font.PLAIN, 34f));
        int sw = g.getFontMetrics().stringWidth(stamp);
        g.setColor(new Color(0, 0, 0, 150));
        g.drawString(stamp, W - sw - 38, 62);
        g.setColor(new Color(255, 150, 30));
        g.drawString(stamp, W - sw - 40, 60);
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.62f));
        g.setColor(Color.BLACK);
        g.fillRect(0, H - 78, W, 78);
        g.setComposite(AlphaComposite.SrcOver);
        g.setColor(Color.WHITE);
        text(g, caption, 30, H - 28, 30f);
    }

    /** Draws mixed Chinese/Latin text: each run in the bundled font that has its glyphs. */
    static void text(Graphics2D g, String s, int x, int y, float size) {
        Font cjk = CJK.deriveFont(Font.PLAIN, size);
        Font latin = LATIN.deriveFont(Font.PLAIN, size);
        int i = 0;
        float cx = x;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            boolean useCjk = cp > 0x2E7F && cjk.canDisplay(cp);
            int j = i;
            while (j < s.length()) {
                int c = s.codePointAt(j);
                boolean u = c > 0x2E7F && cjk.canDisplay(c);
                if (u != useCjk) {
                    break;
                }
                j += Character.charCount(c);
            }
            Font f = useCjk ? cjk : latin;
            g.setFont(f);
            String run = s.substring(i, j);
            g.drawString(run, cx, y);
            cx += g.getFontMetrics(f).stringWidth(run);
            i = j;
        }
    }

    private static Graphics2D graphics(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        return g;
    }

    private static byte[] jpeg(BufferedImage img) {
        Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter w = it.next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
            w.setOutput(ios);
            ImageWriteParam p = w.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(0.86f);
            w.write(null, new IIOImage(img, null, null), p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            w.dispose();
        }
        return out.toByteArray();
    }

    private static byte[] png(BufferedImage img) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    // ------------------------------------------------------------------ audio

    /**
     * A short WAV clip (8 kHz, 16-bit mono, about 4 s): the start tone of a body-worn recorder
     * followed by workshop hum. Synthesised: a stand-in for a recording, labelled as such.
     */
    static byte[] recorderClip() {
        int rate = 8000;
        int n = rate * 4;
        short[] pcm = new short[n];
        Random rnd = new Random(912L);
        for (int i = 0; i < n; i++) {
            double t = (double) i / rate;
            double v = 0;
            boolean beep = (t < 0.18) || (t >= 0.3 && t < 0.48);
            if (beep) {
                v += 0.45 * Math.sin(2 * Math.PI * 1000 * t);
            }
            if (t > 0.7) {
                // mains hum of a welding transformer (100 Hz with harmonics) plus noise
                v += 0.10 * Math.sin(2 * Math.PI * 100 * t) + 0.05 * Math.sin(2 * Math.PI * 200 * t)
                        + 0.03 * Math.sin(2 * Math.PI * 300 * t) + 0.04 * (rnd.nextDouble() * 2 - 1);
                // irregular crackle of an arc
                if (t > 1.5 && t < 3.2 && rnd.nextInt(40) == 0) {
                    v += 0.3 * (rnd.nextDouble() * 2 - 1);
                }
            }
            double fade = Math.min(1.0, (4.0 - t) / 0.2);
            pcm[i] = (short) Math.round(Math.max(-1, Math.min(1, v * fade)) * 32000);
        }
        ByteBuffer b = ByteBuffer.allocate(44 + n * 2).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(36 + n * 2)
                .put("WAVE".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1)
                .putShort((short) 1).putInt(rate).putInt(rate * 2).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(n * 2);
        for (short s : pcm) {
            b.putShort(s);
        }
        return b.array();
    }
}
