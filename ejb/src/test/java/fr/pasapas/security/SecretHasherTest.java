package fr.pasapas.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecretHasherTest {

    private final SecretHasher hasher = new SecretHasher(1_000);

    @Test
    void a_hash_verifies_its_own_secret_and_nothing_else() {
        String hash = hasher.hash("1234");
        assertTrue(hasher.verify("1234", hash));
        assertFalse(hasher.verify("1235", hash));
        assertFalse(hasher.verify("", hash));
    }

    @Test
    void the_same_secret_hashes_differently_each_time_thanks_to_the_salt() {
        assertNotEquals(hasher.hash("1234"), hasher.hash("1234"));
    }

    @Test
    void the_hash_records_its_algorithm_and_cost_so_the_cost_can_be_raised_later() {
        String hash = hasher.hash("secret-password");
        assertTrue(hash.startsWith("pbkdf2-sha512$1000$"), hash);
        assertTrue(new SecretHasher().verify("secret-password", hash), "a hasher with another cost still verifies it");
    }

    @Test
    void a_malformed_stored_hash_never_verifies() {
        assertFalse(hasher.verify("1234", "1234"));
        assertFalse(hasher.verify("1234", "pbkdf2-sha512$x$y$z"));
        assertFalse(hasher.verify("1234", null));
        assertFalse(hasher.verify(null, hasher.hash("1234")));
    }
}
