package fr.pasapas.certificates.badges;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.pasapas.certificates.badges.domain.DidWeb;
import org.junit.jupiter.api.Test;

class DidWebTest {

    @Test
    void a_bare_host_is_its_did_and_its_document_is_under_well_known() {
        assertEquals("did:web:pasapas.example.org", DidWeb.of("https://pasapas.example.org/"));
        assertEquals("did:web:pasapas.example.org", DidWeb.of("https://PasAPas.Example.org"));
        assertEquals("https://pasapas.example.org/.well-known/did.json", DidWeb.documentUrl("https://pasapas.example.org/"));
    }

    @Test
    void a_port_is_percent_encoded_as_the_did_web_method_says() {
        assertEquals("did:web:localhost%3A8980", DidWeb.of("http://localhost:8980/"));
    }

    @Test
    void a_path_becomes_colon_separated_segments_and_the_document_sits_at_the_path() {
        assertEquals("did:web:example.org:structures:pasapas", DidWeb.of("https://example.org/structures/pasapas/"));
        assertEquals("https://example.org/structures/pasapas/did.json", DidWeb.documentUrl("https://example.org/structures/pasapas/"));
    }
}
