package fr.pasapas.people.infrastructure.csv;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every problem the reader, the import or the learner form can report has its sentence in French and English. */
class CsvMessagesTest {

    @Test
    void every_problem_key_has_a_french_and_an_english_sentence() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String file : new String[]{"infrastructure/csv/BeneficiaryCsv.java", "application/ImportPlan.java",
                "application/ImportRow.java", "application/BeneficiaryImport.java", "domain/LearnerProfile.java"}) {
            String source = Files.readString(Path.of("src/main/java/fr/pasapas/people/" + file));
            Matcher matcher = Pattern.compile("\"((csv|import|learners)\\.[A-Za-z.]+)\"").matcher(source);
            while (matcher.find()) {
                keys.add(matcher.group(1));
            }
        }
        assertTrue(keys.size() >= 10, keys.toString());
        for (String language : new String[]{"fr", "en"}) {
            Properties bundle = new Properties();
            try (InputStream in = Files.newInputStream(Path.of("../web/src/main/resources/fr/pasapas/web/messages_" + language + ".properties"))) {
                bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            for (String key : keys) {
                assertTrue(bundle.containsKey(key), key + " in messages_" + language);
            }
        }
    }
}
