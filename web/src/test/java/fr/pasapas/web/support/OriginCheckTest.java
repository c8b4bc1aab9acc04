package fr.pasapas.web.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OriginCheckTest {

    @Test
    void a_form_without_origin_or_from_this_site_is_taken() {
        assertTrue(OriginCheck.sameOrigin(null, Map.of("Host", "pasapas.example")));
        assertTrue(OriginCheck.sameOrigin("null", Map.of("Host", "pasapas.example")));
        assertTrue(OriginCheck.sameOrigin("https://pasapas.example", Map.of("Host", "pasapas.example")));
        assertTrue(OriginCheck.sameOrigin("http://localhost:8680", Map.of("Host", "localhost:8680")));
        assertTrue(OriginCheck.sameOrigin("https://Pasapas.Example", Map.of("Host", "proxy", "X-Forwarded-Host", "pasapas.example")));
    }

    @Test
    void a_form_from_another_site_or_with_a_garbled_origin_is_refused() {
        assertFalse(OriginCheck.sameOrigin("https://evil.example", Map.of("Host", "pasapas.example")));
        assertFalse(OriginCheck.sameOrigin("https://pasapas.example.evil", Map.of("Host", "pasapas.example")));
        assertFalse(OriginCheck.sameOrigin("not a uri", Map.of("Host", "pasapas.example")));
    }
}
