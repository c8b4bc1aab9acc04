package fr.pasapas.web.people;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.pasapas.learning.domain.HelpRequest;
import fr.pasapas.people.domain.AuditAction;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The audit log and the help inbox name every action and status in plain words, never by a code. */
class AuditWordingTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = AuditWordingTest.class.getResourceAsStream("/fr/pasapas/web/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages_fr.properties", "messages_en.properties"})
    void every_audited_action_reads_in_plain_words_on_the_audit_page(String bundle) throws IOException {
        Properties texts = load(bundle);
        for (AuditAction action : AuditAction.values()) {
            assertTrue(texts.containsKey("audit.action." + action.name()),
                    "the audit page would show the code " + action.name() + " instead of words (" + bundle + ")");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages_fr.properties", "messages_en.properties"})
    void every_help_request_status_reads_in_plain_words_in_the_inbox(String bundle) throws IOException {
        Properties texts = load(bundle);
        for (HelpRequest.Status status : HelpRequest.Status.values()) {
            assertTrue(texts.containsKey("helpInbox.status." + status.name()), status + " has no words in " + bundle);
        }
    }
}
