package fr.pasapas.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.Test;

/**
 * Hashing with the implementation WildFly injects (Soteria's), initialised as the producer does: what a login
 * sees when it checks a PIN or a password and decides whether to rewrite the stored hash.
 */
class SecretHashingTest {

    private static final Pbkdf2PasswordHash CURRENT = initialised(SecretHashing.parameters());

    @Test
    void a_hash_made_today_verifies_its_own_secret_only_and_is_kept_as_it_is() {
        String stored = CURRENT.generate("1234".toCharArray());

        assertTrue(stored.startsWith("PBKDF2WithHmacSHA256:600000:"), stored);
        assertTrue(SecretHashing.verify(CURRENT, "1234", stored));
        assertFalse(SecretHashing.verify(CURRENT, "1235", stored));
        assertFalse(SecretHashing.verify(CURRENT, "", stored));
        assertFalse(SecretHashing.needsRehash(stored), "a hash with today's parameters needs no rewriting");
    }

    @Test
    void the_same_secret_hashes_differently_each_time_thanks_to_the_salt() {
        assertNotEquals(CURRENT.generate("1234".toCharArray()), CURRENT.generate("1234".toCharArray()));
    }

    @Test
    void a_hash_stored_by_the_former_hasher_still_logs_in_and_is_marked_for_rewriting() {
        String legacy = legacyHash("Formateur-Demo-2026", 1_000);

        assertTrue(SecretHashing.verify(CURRENT, "Formateur-Demo-2026", legacy), "existing accounts must keep working");
        assertFalse(SecretHashing.verify(CURRENT, "Formateur-Demo-2027", legacy));
        assertTrue(SecretHashing.needsRehash(legacy));
    }

    @Test
    void a_hash_made_with_other_parameters_verifies_and_is_marked_for_rewriting() {
        Pbkdf2PasswordHash cheaper = initialised(Map.of("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "1024", "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "16"));
        String stored = cheaper.generate("4321".toCharArray());

        assertTrue(SecretHashing.verify(CURRENT, "4321", stored), "the stored hash carries its own parameters");
        assertTrue(SecretHashing.needsRehash(stored));
        assertTrue(SecretHashing.needsRehash(stored.replaceFirst("^PBKDF2WithHmacSHA512:1024:",
                SecretHashing.ALGORITHM + ":" + SecretHashing.ITERATIONS + ":")), "a salt or key of another size too");
    }

    @Test
    void the_decoy_spent_on_unknown_usernames_looks_like_a_current_hash_and_matches_nothing() {
        String decoy = SecretHashing.decoy();

        assertFalse(SecretHashing.needsRehash(decoy), "the decoy should cost what a real login costs");
        assertFalse(SecretHashing.verify(CURRENT, "", decoy));
        assertNotEquals(decoy, SecretHashing.decoy());
    }

    @Test
    void a_missing_or_malformed_stored_hash_never_verifies() {
        for (String stored : new String[]{null, "", "1234", "x", "pbkdf2-sha512$x$y$z", "pbkdf2-sha512$1000$salt",
                "MD5:1000:c2FsdA==:aGFzaA==", "PBKDF2WithHmacSHA256:many:c2FsdA==:aGFzaA==", "PBKDF2WithHmacSHA256:1024:%%:%%"}) {
            assertFalse(SecretHashing.verify(CURRENT, "1234", stored), String.valueOf(stored));
            assertTrue(SecretHashing.needsRehash(stored), String.valueOf(stored));
        }
        assertFalse(SecretHashing.verify(CURRENT, null, CURRENT.generate("1234".toCharArray())));
    }

    private static Pbkdf2PasswordHash initialised(Map<String, String> parameters) {
        Pbkdf2PasswordHash hash = new Pbkdf2PasswordHashImpl();
        hash.initialize(parameters);
        return hash;
    }

    /** What the former home-made hasher stored: {@code pbkdf2-sha512$iterations$salt$hash}, unpadded Base64. */
    static String legacyHash(String secret, int iterations) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        try {
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                    .generateSecret(new PBEKeySpec(secret.toCharArray(), salt, iterations, 512)).getEncoded();
            Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
            return "pbkdf2-sha512$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
