package org.jrw.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Chinese and English bundles carry the same keys, and every key the code names exists. */
class LocalizationConsistencyTest {
    private static Properties load(String path) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(path)) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return p;
    }

    @Test
    void everyBundleHasTheSameKeysInBothLanguages() throws IOException {
        int checked = 0;
        for (String base : Messages.BUNDLES) {
            String path = "/" + base.replace('.', '/');
            Properties zh = load(path + ".properties");
            Properties en = load(path + "_en.properties");
            assertThat(new TreeSet<>(en.stringPropertyNames())).as(base + " keys in English")
                    .isEqualTo(new TreeSet<>(zh.stringPropertyNames()));
            checked += zh.size();
            for (String k : en.stringPropertyNames()) {
                assertThat(en.getProperty(k).replace("联审工作台", "")).as(base + " " + k + " has no Chinese left in English")
                        .doesNotContainPattern("[\\u4e00-\\u9fff]{4,}");
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    /** An apostrophe survives formatting and no placeholder is left unfilled, in every message of both languages. */
    @Test
    void apostrophesAreTextAndPlaceholdersAreFilled() throws IOException {
        assertThat(Messages.get(java.util.Locale.ENGLISH, "rules.jurisdiction.show", "Shaanxi"))
                .isEqualTo("This workspace's jurisdiction: Shaanxi");
        Object[] args = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
        int checked = 0;
        for (String base : Messages.BUNDLES) {
            String path = "/" + base.replace('.', '/');
            for (String suffix : new String[] {".properties", "_en.properties"}) {
                Properties p = load(path + suffix);
                java.util.Locale l = suffix.startsWith("_en") ? java.util.Locale.ENGLISH : Messages.CHINESE;
                for (String k : p.stringPropertyNames()) {
                    String raw = p.getProperty(k);
                    if (!raw.matches("(?s).*\\{\\d.*")) {
                        continue;
                    }
                    String out = Messages.get(l, k, args);
                    long apostrophes = raw.replace("''", "'").chars().filter(c -> c == '\'').count();
                    assertThat(out.chars().filter(c -> c == '\'').count()).as(base + suffix + " " + k + ": " + out)
                            .isEqualTo(apostrophes);
                    assertThat(out).as(base + suffix + " " + k).doesNotContainPattern("\\{\\d");
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void everyLiteralKeyUsedInTheCodeExists() throws IOException {
        Pattern call = Pattern.compile("(?:Messages\\.get|BadInputException|new Problem|error|item)\\(\\s*(?:[a-z]+,\\s*)?\"([a-z][A-Za-z]*(?:\\.[A-Za-z]+)+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(f));
                while (m.find()) {
                    String key = m.group(1);
                    if (!key.endsWith(".") && !Messages.has(key)) {
                        missing.add(key + " (" + f.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
