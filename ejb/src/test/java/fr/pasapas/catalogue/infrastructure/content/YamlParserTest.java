package fr.pasapas.catalogue.infrastructure.content;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a content file may not be, whatever its schema says. */
class YamlParserTest {

    @Test
    void a_custom_yaml_tag_is_refused() {
        assertEquals(List.of("f:2: YAML tag '!shell' is not allowed: write plain values"),
                errors("a: 1\nb: !shell rm -rf /\n"));
    }

    @Test
    void an_alias_pointing_back_to_its_own_parent_is_refused() {
        assertEquals(List.of("f:1: a YAML alias refers to one of its own parents"), errors("&a [1, *a]\n"));
    }

    @Test
    void too_many_aliases_are_refused() {
        String bomb = "a: &a [x, x]\nb: &b [*a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b]\n";
        assertEquals(1, errors(bomb).size());
    }

    @Test
    void an_empty_file_and_a_file_that_is_not_text_are_reported() {
        assertEquals(List.of("f:1: file is empty"), errors("# only a comment\n"));
        assertEquals(List.of("f:1: file is not UTF-8 text"), errors(new byte[] {(byte) 0xC3, (byte) 0x28}));
    }

    @Test
    void a_file_larger_than_1_mb_is_refused() {
        assertEquals(List.of("f:1: file is larger than 1 MB"), errors(new byte[YamlParser.MAX_BYTES + 1]));
    }

    @Test
    void two_documents_in_one_file_are_refused() {
        assertEquals(1, errors("a: 1\n---\nb: 2\n").size());
    }

    private static List<String> errors(String yaml) {
        return errors(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> errors(byte[] bytes) {
        List<ContentError> errors = new ArrayList<>();
        YamlParser.parse(bytes, new FileErrors("f", errors));
        return errors.stream().map(ContentError::toString).toList();
    }
}
