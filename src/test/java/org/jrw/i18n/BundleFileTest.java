package org.jrw.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The bundle reader reads what {@link Properties#load(java.io.Reader)} reads, on the shipped bundles and on edge cases. */
class BundleFileTest {
    private static Map<String, String> properties(String text) throws Exception {
        Properties p = new Properties();
        p.load(new StringReader(text));
        Map<String, String> m = new HashMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
        return m;
    }

    @Test
    void everyShippedBundleReadsAsPropertiesReadsIt() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("src/main/resources/i18n"))) {
            files = s.filter(f -> f.toString().endsWith(".properties")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(40);
        int messages = 0;
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            Map<String, String> read = BundleFile.parse(text);
            assertThat(read).as(f.toString()).isEqualTo(properties(text));
            messages += read.size();
        }
        assertThat(messages).isGreaterThan(4000);
    }

    @Test
    void edgeCasesOfTheSyntax() throws Exception {
        String[] cases = {
            "a=b", "a = b", "a:b", "a b", "a\tb", "a\f=\f b ", "  a=b  ", "a==b", "a=:b", "a :=b", "a\\=x=y",
            "a\\ b=c", "a\\\\=b", "=v", "k", "k=", "k =  ", "# c\na=1", "! c\na=1", "  # not a key=1\nb=2",
            "a=1\\\n   2", "a=1\\\r\n 2\\\r 3", "a=1\\\\\nb=2", "a=1\\\n\nb=2", "a=1\\\n   \nb=2", "a=1\\\n#x\nb=2",
            "\\\n#c\na=b", "\\\n\na=b", "\\\n  x\\\n y=z", "a=\\u6cd5\\u5f8b", "a=\\t\\n\\r\\f\\q", "a=x\\", "a=x\\\\",
            "a=1\rb=2\r\nc=3\n", "a=行政处罚\nb=罚款：{0} 元", "\uFEFFa=b", "a=1\na=2", "a b c d", "a\\:b:c",
            "\n\n\n", "", "   ", "a=1\\", "x=\\\n"
        };
        for (String c : cases) {
            assertThat(BundleFile.parse(c)).as(shown(c)).isEqualTo(properties(c));
        }
    }

    @Test
    void generatedLinesReadAsPropertiesReadsThem() throws Exception {
        String[] parts = {"a", "键", " ", "\t", "=", ":", "\\", "\\\\", "\\n", "\\u0041", "#", "!", "\n", "\r\n", "\r", "x", "值", "\\\n", "  "};
        Random r = new Random(8);
        for (int i = 0; i < 5000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(14); k > 0; k--) {
                b.append(parts[r.nextInt(parts.length)]);
            }
            String c = b.toString();
            Map<String, String> expected;
            try {
                expected = properties(c);
            } catch (IllegalArgumentException e) {
                assertThatThrownBy(() -> BundleFile.parse(c)).as(shown(c)).isInstanceOf(IllegalArgumentException.class);
                continue;
            }
            assertThat(BundleFile.parse(c)).as(shown(c)).isEqualTo(expected);
        }
    }

    /** The text with its control characters and backslashes written out, for a failure's message. */
    private static String shown(String text) {
        return "[" + text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
                .replace("\f", "\\f") + "]";
    }

    @Test
    void malformedUnicodeEscapesAreRefusedAsPropertiesRefusesThem() {
        for (String c : new String[] {"a=\\u12", "a=\\u12G4", "a=\\u１２３４"}) {
            assertThatThrownBy(() -> properties(c)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> BundleFile.parse(c)).as(c).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theBundleAnswersLikeAResourceBundle() {
        BundleFile b = BundleFile.read("a=甲\nb=乙\n".getBytes(StandardCharsets.UTF_8));
        assertThat(b.getString("a")).isEqualTo("甲");
        assertThat(b.containsKey("b")).isTrue();
        assertThat(b.containsKey("c")).isFalse();
        assertThat(b.keySet()).containsExactlyInAnyOrder("a", "b");
        assertThat(java.util.Collections.list(b.getKeys())).containsExactlyInAnyOrder("a", "b");
    }
}
