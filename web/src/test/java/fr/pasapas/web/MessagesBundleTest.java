package fr.pasapas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every interface text exists in French and in English. */
class MessagesBundleTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesBundleTest.class.getResourceAsStream("/fr/pasapas/web/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void french_and_english_bundles_have_the_same_keys() throws IOException {
        Properties fr = load("messages_fr.properties");
        Properties en = load("messages_en.properties");
        assertEquals(new TreeSet<>(fr.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
    }

    /** Branches that add keys merge by union (.gitattributes): a key added twice would silently hide one text. */
    @Test
    void no_key_is_written_twice_in_a_bundle() throws IOException {
        for (String name : new String[] {"messages_fr.properties", "messages_en.properties"}) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            java.util.List<String> twice = new java.util.ArrayList<>();
            try (InputStream in = MessagesBundleTest.class.getResourceAsStream("/fr/pasapas/web/" + name)) {
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                        .map(line -> line.substring(0, line.indexOf('=')).strip())
                        .filter(key -> !seen.add(key)).forEach(twice::add);
            }
            assertEquals(java.util.List.of(), twice, name + " defines these keys more than once");
        }
    }

    @Test
    void no_text_is_empty_and_french_texts_keep_their_accents() throws IOException {
        Properties fr = load("messages_fr.properties");
        fr.forEach((k, v) -> assertTrue(!v.toString().isBlank(), k + " is empty"));
        assertEquals("Mes modules", fr.getProperty("modules.title"));
        assertTrue(fr.getProperty("login.failed.learner").contains("Vérifiez"), "UTF-8 accents survive");
    }
}
