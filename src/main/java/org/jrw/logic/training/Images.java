package org.jrw.logic.training;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Image and sound clean-up for anonymisation: images are decoded and encoded again (which leaves
 * EXIF, GPS, comments and every other metadata behind) with the marked regions pixelated into
 * coarse blocks and then averaged, so that no detail of a face or a printed number survives;
 * WAV files keep only their format and sound chunks.
 */
final class Images {
    /** Block size of the pixelation, in pixels (at least 1/8 of the region's shorter side). */
    static final int MIN_BLOCK = 12;

    private Images() {
    }

    static byte[] clean(byte[] bytes, String ext, List<Anonymizer.Region> regions) throws IOException {
        BufferedImage src = ImageIO.read(new ByteArrayInputStream(bytes));
        if (src == null) {
            throw new IOException("not a readable image");
        }
        BufferedImage img = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.drawImage(src, 0, 0, null);
        g.dispose();
        for (Anonymizer.Region r : regions) {
            pixelate(img, r);
        }
        String format = ext.equals("jpeg") ? "jpg" : ext.equals("gif") || ext.equals("bmp") ? "png" : ext;
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        if (!ImageIO.write(img, format, out)) {
            throw new IOException("cannot write " + format);
        }
        return out.toByteArray();
    }

    static void pixelate(BufferedImage img, Anonymizer.Region r) {
        int x0 = Math.max(0, r.x());
        int y0 = Math.max(0, r.y());
        int x1 = Math.min(img.getWidth(), r.x() + r.w());
        int y1 = Math.min(img.getHeight(), r.y() + r.h());
        if (x1 <= x0 || y1 <= y0) {
            return;
        }
        int block = Math.max(MIN_BLOCK, Math.min(x1 - x0, y1 - y0) / 4);
        for (int by = y0; by < y1; by += block) {
            for (int bx = x0; bx < x1; bx += block) {
                int ex = Math.min(bx + block, x1);
                int ey = Math.min(by + block, y1);
                long rs = 0;
                long gs = 0;
                long bs = 0;
                int n = 0;
                for (int y = by; y < ey; y++) {
                    for (int x = bx; x < ex; x++) {
                        int rgb = img.getRGB(x, y);
                        rs += (rgb >> 16) & 0xff;
                        gs += (rgb >> 8) & 0xff;
                        bs += rgb & 0xff;
                        n++;
                    }
                }
                // quantise the average too, so that no fine gradient carries information
                int avg = (q(rs / n) << 16) | (q(gs / n) << 8) | q(bs / n);
                for (int y = by; y < ey; y++) {
                    for (int x = bx; x < ex; x++) {
                        img.setRGB(x, y, avg);
                    }
                }
            }
        }
    }

    private static int q(long v) {
        return (int) Math.min(255, (v / 32) * 32 + 16);
    }

    /** A WAV file with only its {@code fmt } and {@code data} chunks (no LIST/INFO, id3, bext …). */
    static byte[] stripWav(byte[] wav) {
        if (wav.length < 12 || !new String(wav, 0, 4, StandardCharsets.US_ASCII).equals("RIFF")
                || !new String(wav, 8, 4, StandardCharsets.US_ASCII).equals("WAVE")) {
            return wav;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(wav.length);
        int pos = 12;
        while (pos + 8 <= wav.length) {
            String id = new String(wav, pos, 4, StandardCharsets.US_ASCII);
            int size = ByteBuffer.wrap(wav, pos + 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
            if (size < 0 || pos + 8L + size > wav.length) {
                break;
            }
            int padded = size + (size & 1);
            if (id.equals("fmt ") || id.equals("data")) {
                body.write(wav, pos, Math.min(8 + padded, wav.length - pos));
            }
            pos += 8 + padded;
        }
        byte[] b = body.toByteArray();
        ByteBuffer out = ByteBuffer.allocate(12 + b.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + b.length)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII)).put(b);
        return out.array();
    }
}
