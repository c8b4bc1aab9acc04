package fr.pasapas.web.certificates;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.pasapas.certificates.domain.RevocationReason;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The verification page, the learner's notice and the coordinator's form name every reason in plain words. */
class RevocationReasonWordingTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages_fr.properties", "messages_en.properties"})
    void every_revocation_reason_reads_in_plain_words(String bundle) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = RevocationReasonWordingTest.class.getResourceAsStream("/fr/pasapas/web/" + bundle)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (RevocationReason reason : RevocationReason.values()) {
            assertTrue(texts.containsKey("certificates.reason." + reason.name()),
                    "a revoked certificate would show the code " + reason.name() + " instead of words (" + bundle + ")");
        }
    }
}
