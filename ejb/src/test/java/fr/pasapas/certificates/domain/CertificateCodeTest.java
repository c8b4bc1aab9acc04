package fr.pasapas.certificates.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CertificateCodeTest {

    @Test
    void a_code_is_three_groups_of_four_characters_without_look_alikes() {
        for (int i = 0; i < 1000; i++) {
            String code = CertificateCode.generate();
            assertTrue(code.matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}"), code);
        }
    }

    @Test
    void codes_do_not_repeat() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(codes.add(CertificateCode.generate()));
        }
    }

    @Test
    void a_code_typed_in_lower_case_with_spaces_or_without_dashes_is_understood() {
        assertEquals(Optional.of("K7PM-3XQ9-TR2W"), CertificateCode.normalize(" k7pm 3xq9 tr2w "));
        assertEquals(Optional.of("K7PM-3XQ9-TR2W"), CertificateCode.normalize("K7PM3XQ9TR2W"));
    }

    @Test
    void anything_else_is_not_a_code() {
        assertEquals(Optional.empty(), CertificateCode.normalize("K7PM-3XQ9-TR2"));
        assertEquals(Optional.empty(), CertificateCode.normalize("K7PM-3XQ9-TR20"), "0 is not in the alphabet");
        assertEquals(Optional.empty(), CertificateCode.normalize("' or 1=1 --"));
        assertEquals(Optional.empty(), CertificateCode.normalize(null));
        assertEquals(Optional.empty(), CertificateCode.normalize("x".repeat(1000)));
    }
}
