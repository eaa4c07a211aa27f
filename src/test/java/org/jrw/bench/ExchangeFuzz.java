package org.jrw.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.jrw.codec.Json;
import org.jrw.logic.exchange.CommentService;
import org.jrw.logic.exchange.ExchangePackage;
import org.jrw.logic.exchange.ExchangeService;
import org.jrw.model.BadInputException;
import org.jrw.persistence.Workspace;
import org.jrw.testing.CliRunner;
import org.jrw.testing.EvidenceFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutation fuzzing of the package readers: random byte flips, truncations, insertions and
 * splices of real review and response packages. Every input must end in a clean refusal
 * ({@link BadInputException}: exit 2, or its subclass for exit 3) or a verified package; any
 * other exception is a bug. {@code -Djrw.fuzz.runs=N} (default 300; {@code bench/exchange-fuzz.sh}
 * runs more) and {@code -Djrw.fuzz.seed=S}.
 *
 * <p>The second target fuzzes the PDF-comment readers (ADR 0050) through
 * {@link CommentService#importComments}: mutations of a commented comment PDF (bytes flipped,
 * truncated, junk inserted, spliced) and of an XFDF file (the same byte mutations, plus
 * well-formed XFDF with hostile attribute values: pages, rectangles, quadrilaterals, replies,
 * huge and non-finite numbers, entity declarations). Each execution must end in a refusal or an
 * import, within 20 s, without any other exception or error. {@code -Djrw.fuzz.seconds=S} runs
 * for a time instead of a count.
 */
class ExchangeFuzz {
    @TempDir
    Path tmp;

    @Test
    void packageReadersRefuseEveryMutationCleanly() throws Exception {
        FuzzBudget budget = FuzzBudget.fromProperties(300);
        long seed = budget.seed;
        Path ws = tmp.resolve("ws");
        byte[] original = reviewPackage(ws, "西应急罚〔2024〕5号");
        byte[] originalManifest = manifestOf(ws, original);
        Random rnd = new Random(seed);
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> bugs = new java.util.ArrayList<>();
        try (Workspace w = Workspace.open(ws)) {
            Path staging = w.tmpDir();
            for (int i = 0; budget.more(i); i++) {
                byte[] b = mutate(original, rnd);
                Path f = Files.write(tmp.resolve("fuzz.jrreview"), b);
                String outcome;
                try {
                    outcome = "accepted";
                    for (String format : List.of(ExchangePackage.REVIEW_FORMAT, ExchangePackage.RESPONSE_FORMAT)) {
                        try (ExchangePackage p = ExchangePackage.open(f, null, format,
                                format.equals(ExchangePackage.REVIEW_FORMAT) ? "sender" : "adviser", staging)) {
                            // a package that verifies must say exactly what was signed
                            if (!java.util.Arrays.equals(Json.pretty(p.manifest()).getBytes(), originalManifest)) {
                                bugs.add(i + ": a mutated package verified with another manifest");
                            }
                        } catch (BadInputException e) {
                            if (format.equals(ExchangePackage.REVIEW_FORMAT)) {
                                throw e;
                            }
                        }
                    }
                } catch (BadInputException e) {
                    outcome = e.key();
                    String bug = FuzzVerdict.bugBehind(e);
                    if (bug != null) {
                        outcome = "BUG " + e.key();
                        bugs.add(i + ": open: " + bug);
                    }
                } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                    outcome = "BUG " + e;
                    bugs.add(i + ": open: " + e);
                    Files.copy(f, tmp.resolve("crash-" + i + ".jrreview"));
                }
                try {
                    new ExchangeService(w).importResponse(f, java.util.Set.of());
                    bugs.add(i + ": a mutated review package was merged as a response");
                } catch (BadInputException e) {
                    // expected: a review package is never a response — but not through our own failure
                    String bug = FuzzVerdict.bugBehind(e);
                    if (bug != null) {
                        bugs.add(i + ": import-response: " + bug);
                    }
                } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                    bugs.add(i + ": import-response: " + e);
                }
                outcomes.merge(outcome, 1, Integer::sum);
            }
        }
        int done = outcomes.values().stream().mapToInt(Integer::intValue).sum();
        System.out.println("exchange fuzz: seed " + seed + ", runs " + done + budget.label()
                + ", outcomes " + outcomes + (bugs.isEmpty() ? "" : ", BUGS " + bugs));
        assertThat(bugs).as("executions that ended in anything but a clean refusal (seed " + seed + ")").isEmpty();
        if (done >= 50) {
            // the mutator works: most mutations are refused
            assertThat(done - outcomes.getOrDefault("accepted", 0)).as("refused mutations").isGreaterThan(done / 2);
        }
    }

    /** The manifest as the reader re-serialises it, of the unmutated package. */
    private static byte[] manifestOf(Path ws, byte[] pkg) throws Exception {
        Path f = Files.write(ws.resolveSibling("original.jrreview"), pkg);
        try (Workspace w = Workspace.open(ws);
             ExchangePackage p = ExchangePackage.open(f, null, ExchangePackage.REVIEW_FORMAT, "sender", w.tmpDir())) {
            return Json.pretty(p.manifest()).getBytes();
        }
    }

    /**
     * The password path: mutated plain packages sealed, as the writer seals them, as the one
     * AES-256 entry {@code sealed.zip} of an encrypted ZIP — the inner ZIP is hostile, the
     * envelope valid — then opened with the password.
     */
    @Test
    void sealedPackageReadersRefuseEveryMutationCleanly() throws Exception {
        FuzzBudget budget = FuzzBudget.fromProperties(300);
        long seed = budget.seed;
        Path ws = tmp.resolve("ws-sealed");
        byte[] original = reviewPackage(ws, "西应急罚〔2024〕6号");
        byte[] originalManifest = manifestOf(ws, original);
        char[] password = "fuzz-pass".toCharArray();
        Random rnd = new Random(seed);
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> bugs = new java.util.ArrayList<>();
        try (Workspace w = Workspace.open(ws)) {
            Path staging = w.tmpDir();
            for (int i = 0; budget.more(i); i++) {
                byte[] inner = mutate(original, rnd);
                Path f = tmp.resolve("fuzz-sealed.jrreview");
                try (var out = Files.newOutputStream(f);
                     var zip = new net.lingala.zip4j.io.outputstream.ZipOutputStream(out, password)) {
                    var zp = new net.lingala.zip4j.model.ZipParameters();
                    zp.setFileNameInZip("sealed.zip");
                    zp.setEncryptFiles(true);
                    zp.setEncryptionMethod(net.lingala.zip4j.model.enums.EncryptionMethod.AES);
                    zp.setAesKeyStrength(net.lingala.zip4j.model.enums.AesKeyStrength.KEY_STRENGTH_256);
                    zip.putNextEntry(zp);
                    zip.write(inner);
                    zip.closeEntry();
                }
                String outcome;
                try (ExchangePackage p = ExchangePackage.open(f, password, ExchangePackage.REVIEW_FORMAT, "sender",
                        staging)) {
                    if (!java.util.Arrays.equals(Json.pretty(p.manifest()).getBytes(), originalManifest)) {
                        bugs.add(i + ": a mutated sealed package verified with another manifest");
                    }
                    outcome = "accepted";
                } catch (BadInputException e) {
                    outcome = e.key();
                    String bug = FuzzVerdict.bugBehind(e);
                    if (bug != null) {
                        outcome = "BUG " + e.key();
                        bugs.add(i + ": " + bug);
                    }
                } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                    outcome = "BUG " + e;
                    bugs.add(i + ": " + e);
                }
                outcomes.merge(outcome, 1, Integer::sum);
            }
        }
        int done = outcomes.values().stream().mapToInt(Integer::intValue).sum();
        System.out.println("exchange fuzz: sealed, seed " + seed + ", runs " + done + budget.label()
                + ", outcomes " + outcomes + (bugs.isEmpty() ? "" : ", BUGS " + bugs));
        assertThat(bugs).as("executions that ended in anything but a clean refusal (seed " + seed + ")").isEmpty();
        if (done >= 50) {
            assertThat(done - outcomes.getOrDefault("accepted", 0)).as("refused mutations").isGreaterThan(done / 2);
        }
    }

    /** A workspace holding one case with evidence, and that case's (unencrypted) review package. */
    private byte[] reviewPackage(Path ws, String caseNo) throws Exception {
        assertThat(CliRunner.run("--workspace", ws.toString(), "case", "import",
                EvidenceFixtures.pkg(caseNo).writeZip(ws.resolveSibling(ws.getFileName() + ".jrcase")).toString())
                .code()).isZero();
        Path review = ws.resolveSibling(ws.getFileName() + ".jrreview");
        assertThat(CliRunner.run("--workspace", ws.toString(), "package", "export-review", caseNo, "--out",
                review.toString()).code()).isZero();
        return Files.readAllBytes(review);
    }

    private static byte[] mutate(byte[] in, Random rnd) {
        byte[] b = in.clone();
        switch (rnd.nextInt(4)) {
            case 0 -> {
                int n = 1 + rnd.nextInt(8);
                for (int k = 0; k < n; k++) {
                    b[rnd.nextInt(b.length)] ^= (byte) (1 << rnd.nextInt(8));
                }
            }
            case 1 -> b = java.util.Arrays.copyOf(b, rnd.nextInt(b.length));
            case 2 -> {
                int at = rnd.nextInt(b.length);
                byte[] junk = new byte[1 + rnd.nextInt(64)];
                rnd.nextBytes(junk);
                byte[] out = new byte[b.length + junk.length];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(junk, 0, out, at, junk.length);
                System.arraycopy(b, at, out, at + junk.length, b.length - at);
                b = out;
            }
            default -> {
                int from = rnd.nextInt(b.length);
                int to = rnd.nextInt(b.length);
                int len = Math.min(1 + rnd.nextInt(256), Math.min(b.length - from, b.length - to));
                System.arraycopy(in, from, b, to, len);
            }
        }
        return b;
    }

    // ------------------------------------------------------------------ PDF comments and XFDF

    @Test
    void commentReadersRefuseEveryMutationCleanly() throws Exception {
        FuzzBudget budget = FuzzBudget.fromProperties(150);
        long seed = budget.seed;
        Path ws = tmp.resolve("ws-comments");
        String caseNo = "西应急罚〔2024〕6号";
        assertThat(CliRunner.run("--workspace", ws.toString(), "case", "import",
                EvidenceFixtures.pkg(caseNo).writeZip(tmp.resolve("c6.jrcase")).toString()).code()).isZero();
        assertThat(CliRunner.run("--workspace", ws.toString(), "annotation", "add", caseNo, "--target", "d1",
                "--author", "王建国", "--role", "OFFICER", "--note", "原有批注", "--page", "1", "--rect", "72,90,200,40")
                .code()).isZero();
        Path pdf = tmp.resolve("comments.pdf");
        assertThat(CliRunner.run("--workspace", ws.toString(), "package", "export-pdf", caseNo, "--out",
                pdf.toString()).code()).isZero();
        byte[] commented = reviewed(pdf);
        String pdfId;
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(commented)) {
            pdfId = java.util.HexFormat.of().formatHex(((org.apache.pdfbox.cos.COSString) d.getDocument()
                    .getDocumentID().get(0)).getBytes());
        }
        byte[] xfdf = xfdf(pdfId, List.of(annot("square", "1", "100,592,250,642", "n-1", null, null),
                annot("highlight", "2", "72,735,300,770", "n-2", null, "72,770,300,770,72,755,300,755"),
                annot("text", "1", "100,622,120,642", "n-3", "n-1", null))).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Random rnd = new Random(seed);
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> bugs = new java.util.ArrayList<>();
        int done = 0;
        java.util.concurrent.ExecutorService exec = java.util.concurrent.Executors.newSingleThreadExecutor();
        try (Workspace w = Workspace.open(ws)) {
            CommentService svc = new CommentService(w);
            Path fuzzPdf = tmp.resolve("fuzz.pdf");
            Path fuzzXfdf = tmp.resolve("fuzz.xfdf");
            while (budget.more(done)) {
                int target = rnd.nextInt(3);
                String label;
                java.util.concurrent.Callable<String> run;
                if (target == 0) {
                    Files.write(fuzzPdf, mutate(commented, rnd));
                    label = "pdf";
                    run = () -> outcome(() -> svc.importComments(caseNo, fuzzPdf, null, null,
                            org.jrw.logic.task.Progress.NONE));
                } else {
                    Files.write(fuzzXfdf, target == 1 ? mutate(xfdf, rnd) : structural(pdfId, rnd));
                    label = target == 1 ? "xfdf-bytes" : "xfdf-values";
                    run = () -> outcome(() -> svc.importComments(caseNo, null, fuzzXfdf, null,
                            org.jrw.logic.task.Progress.NONE));
                }
                String o;
                java.util.concurrent.Future<String> f = exec.submit(run);
                try {
                    o = f.get(20, java.util.concurrent.TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    f.cancel(true);
                    o = "BUG timeout";
                } catch (java.util.concurrent.ExecutionException e) {
                    o = "BUG " + e.getCause();
                }
                if (o.startsWith("BUG")) {
                    Path keep = tmp.resolve("crash-" + done + (label.equals("pdf") ? ".pdf" : ".xfdf"));
                    Files.copy(label.equals("pdf") ? fuzzPdf : fuzzXfdf, keep);
                    bugs.add(label + ": " + o);
                }
                outcomes.merge(label + ":" + o, 1, Integer::sum);
                done++;
            }
        } finally {
            exec.shutdownNow();
        }
        System.out.println("comment fuzz: seed " + seed + ", runs " + done
                + budget.label() + ", outcomes " + outcomes);
        assertThat(bugs).as("executions that ended in anything but a refusal or an import").isEmpty();
    }

    private static String outcome(Runnable r) {
        try {
            r.run();
            return "imported";
        } catch (BadInputException e) {
            String bug = FuzzVerdict.bugBehind(e);
            return bug == null ? e.key() : "BUG " + bug;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return "BUG " + e;
        }
    }

    /** The exported PDF with a reviewer's comments: a box, a reply, a highlight. */
    private static byte[] reviewed(Path pdf) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf.toFile());
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            var page = d.getPage(0);
            var box = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquare();
            box.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle(100, 592, 150, 50));
            box.setContents("签名日期缺失");
            box.setTitlePopup("李律师");
            var reply = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText();
            reply.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle(100, 622, 20, 20));
            reply.setContents("见询问笔录");
            reply.setInReplyTo(box);
            var hl = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight();
            hl.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle(72, 735, 228, 35));
            hl.setQuadPoints(new float[] {72, 770, 300, 770, 72, 755, 300, 755});
            var list = new java.util.ArrayList<>(page.getAnnotations());
            list.addAll(List.of(box, reply, hl));
            page.setAnnotations(list);
            d.save(out);
            return out.toByteArray();
        }
    }

    private static String annot(String type, String page, String rect, String name, String irt, String coords) {
        return "<" + type + " page=\"" + page + "\" rect=\"" + rect + "\" title=\"孙律师\" name=\"" + name + "\""
                + (irt == null ? "" : " inreplyto=\"" + irt + "\"") + (coords == null ? "" : " coords=\"" + coords + "\"")
                + "><contents>意见 " + name + "</contents></" + type + ">";
    }

    private static String xfdf(String pdfId, List<String> annots) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xfdf xmlns=\"http://ns.adobe.com/xfdf/\">"
                + "<f href=\"comments.pdf\"/><ids original=\"" + pdfId + "\" modified=\"" + pdfId + "\"/><annots>"
                + String.join("", annots) + "</annots></xfdf>";
    }

    private static final String[] TYPES = {"text", "square", "circle", "highlight", "strikeout", "underline", "ink",
            "freetext", "polygon", "stamp", "caret", "popup", "link", "sound", "fileattachment", "bogus"};
    private static final String[] NUMBERS = {"0", "1", "-1", "72.5", "1e308", "-1e308", "NaN", "Infinity", "1e-320",
            "99999999999", "2147483648", "", " ", "x", "0x10", "5,", ",,"};

    private static String num(Random rnd) {
        return rnd.nextInt(3) == 0 ? NUMBERS[rnd.nextInt(NUMBERS.length)]
                : String.valueOf(rnd.nextInt(5) == 0 ? rnd.nextDouble() * 2e6 - 1e6 : rnd.nextDouble() * 900);
    }

    /** Well-formed XFDF whose attribute values are hostile. */
    private static byte[] structural(String pdfId, Random rnd) {
        List<String> annots = new java.util.ArrayList<>();
        int n = rnd.nextInt(12);
        for (int i = 0; i < n; i++) {
            String type = TYPES[rnd.nextInt(TYPES.length)];
            String page = rnd.nextInt(4) == 0 ? num(rnd) : String.valueOf(rnd.nextInt(8) - 1);
            StringBuilder rect = new StringBuilder();
            int parts = rnd.nextInt(6) == 0 ? rnd.nextInt(9) : 4;
            for (int k = 0; k < parts; k++) {
                rect.append(k == 0 ? "" : ",").append(num(rnd));
            }
            StringBuilder coords = null;
            if (rnd.nextBoolean()) {
                coords = new StringBuilder();
                int c = rnd.nextInt(4) == 0 ? rnd.nextInt(20) : 8 * (1 + rnd.nextInt(3));
                for (int k = 0; k < c; k++) {
                    coords.append(k == 0 ? "" : ",").append(num(rnd));
                }
            }
            String name = rnd.nextInt(5) == 0 ? "" : "n" + rnd.nextInt(6);
            String irt = rnd.nextInt(3) == 0 ? "n" + rnd.nextInt(6) : null;
            annots.add(annot(type, page.replace("\"", ""), rect.toString(), name, irt,
                    coords == null ? null : coords.toString()));
        }
        String ids = rnd.nextInt(8) == 0 ? "0000" : pdfId;
        String doc = xfdf(ids, annots);
        if (rnd.nextInt(20) == 0) {
            doc = doc.replace("<xfdf ", "<!DOCTYPE xfdf [<!ENTITY e \"x\">]><xfdf ");
        }
        return doc.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
