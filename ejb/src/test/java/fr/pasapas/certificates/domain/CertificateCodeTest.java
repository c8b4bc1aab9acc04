package fr.pasapas.certificates.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @Test
    void a_code_typed_with_dashes_spaces_or_plus_signs_anywhere_and_in_any_case_is_understood() {
        assertEquals(Optional.of("K7PM-3XQ9-TR2W"), CertificateCode.normalize("k7pm+3xq9+tr2w"), "a space sent as + in a form");
        assertEquals(Optional.of("K7PM-3XQ9-TR2W"), CertificateCode.normalize("K-7-P-M 3x q9\ttR2w"));
        assertEquals(Optional.of("K7PM-3XQ9-TR2W"), CertificateCode.normalize("--K7PM--3XQ9--TR2W--"));
        assertEquals(Optional.of("K7PM-3XQ9-TR2W"), CertificateCode.normalize("K7pM3xQ9Tr2W"));
    }

    @Test
    void an_input_longer_than_any_way_of_typing_a_code_is_refused_before_being_read() {
        String spacedOut = "K 7 P M - 3 X Q 9 - T R 2 W";
        assertTrue(spacedOut.length() <= CertificateCode.MAX_INPUT);
        assertEquals(Optional.of("K7PM-3XQ9-TR2W"), CertificateCode.normalize(spacedOut));
        String padded = "K7PM-3XQ9-TR2W" + " ".repeat(CertificateCode.MAX_INPUT - 13);
        assertTrue(CertificateCode.tooLong(padded), "41 characters");
        assertEquals(Optional.empty(), CertificateCode.normalize(padded), "even if it holds a code");
        assertFalse(CertificateCode.tooLong("K7PM-3XQ9-TR2W"));
        assertFalse(CertificateCode.tooLong(null));
    }

    @Test
    void other_separators_and_characters_are_not_ignored() {
        assertEquals(Optional.empty(), CertificateCode.normalize("K7PM_3XQ9_TR2W"));
        assertEquals(Optional.empty(), CertificateCode.normalize("K7PM.3XQ9.TR2W"));
        assertEquals(Optional.empty(), CertificateCode.normalize("K7PM-3XQ9-TR2W-K7PM"), "too many characters");
        assertEquals(Optional.empty(), CertificateCode.normalize(""));
        assertEquals(Optional.empty(), CertificateCode.normalize("+++"));
    }
}
