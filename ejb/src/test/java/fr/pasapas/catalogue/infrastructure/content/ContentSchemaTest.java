package fr.pasapas.catalogue.infrastructure.content;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.Node;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Small inline schemas: what a schema writer can rely on, and the words a course author reads for each kind of
 * mistake (the real schemas are covered by {@link ContentLoaderTest}).
 */
class ContentSchemaTest {

    @Test
    void a_misspelt_schema_keyword_is_refused_on_its_line_rather_than_ignored() {
        assertEquals(List.of("schema:4: unknown schema keyword 'maxLenght'"), schemaErrors("""
                type: object
                properties:
                  title:
                    maxLenght: 80
                """));
    }

    @Test
    void a_schema_keyword_with_a_value_of_the_wrong_kind_is_reported_on_its_line() {
        assertEquals(List.of("schema:3: properties.title.maxLength: expected an integer, found 'long'"),
                schemaErrors("""
                        type: object
                        properties:
                          title: {maxLength: long}
                        """));
    }

    @Test
    void a_ref_to_an_unknown_definition_is_a_schema_error() {
        assertEquals(List.of("schema:1: invalid schema: Reference /$defs/nowhere cannot be resolved"), schemaErrors("$ref: '#/$defs/nowhere'"));
    }

    @Test
    void enum_const_range_and_unique_items_are_said_in_an_authors_words() {
        String schema = """
                type: object
                properties:
                  colour: {enum: [red, green]}
                  kind: {const: fixed}
                  size: {type: integer, minimum: 1, maximum: 3}
                  tags: {type: array, uniqueItems: true, maxItems: 2, items: {type: string}}
                """;
        assertEquals(List.of(
                "1: colour: 'blue' is not allowed (allowed: red, green)",
                "2: kind: must be 'fixed'",
                "3: size: 4 is too large (maximum 3)",
                "4: tags: 'a' is listed twice",
                "4: tags: has 3 items, at most 2 allowed"), validate(schema, """
                colour: blue
                kind: other
                size: 4
                tags: [a, b, a]
                """));
    }

    @Test
    void a_number_written_where_text_is_expected_asks_for_quotes_and_quoted_digits_are_not_an_integer() {
        String schema = """
                type: object
                properties:
                  code: {type: string}
                  count: {type: integer}
                """;
        assertEquals(List.of(), validate(schema, "code: '5.2'\ncount: 3"));
        assertEquals(List.of("1: code: expected text, found '5.2' (write it in quotes to make it text: \"5.2\")"),
                validate(schema, "code: 5.2"));
        assertEquals(List.of("1: count: expected an integer, found '3'"), validate(schema, "count: '3'"));
    }

    @Test
    void a_field_written_twice_is_reported_on_its_second_line() {
        assertEquals(List.of("2: field 'a' appears twice"), validate("type: object", "a: 1\na: 2"));
    }

    @Test
    void a_pattern_says_the_words_written_beside_it_or_else_the_pattern() {
        String schema = """
                type: object
                properties:
                  id: {type: string, pattern: '^[a-z]+$', patternErrorMessage: use lowercase letters}
                  code: {type: string, pattern: '^[0-9]+$'}
                """;
        assertEquals(List.of("1: id: 'Abc' is not valid: use lowercase letters", "2: code: 'x' does not match ^[0-9]+$"),
                validate(schema, "id: Abc\ncode: x"));
    }

    @Test
    void keywords_next_to_a_ref_apply_too_each_to_the_values_it_concerns() {
        // The "text" of the content schemas: plain text or {fr, en}, with the limit of each field written beside.
        String schema = """
                type: object
                properties:
                  title:
                    $ref: "#/$defs/text"
                    maxLength: 5
                    properties: {fr: {maxLength: 5}, en: {maxLength: 5}}
                $defs:
                  text:
                    type: [string, object]
                    minLength: 1
                    additionalProperties: false
                    required: [fr]
                    properties: {fr: {type: string, minLength: 1}, en: {type: string, minLength: 1}}
                """;
        assertEquals(List.of(), validate(schema, "title: Titre"));
        assertEquals(List.of(), validate(schema, "title: {fr: Titre, en: Title}"));
        assertEquals(List.of("1: title: too long: 6 characters, at most 5"), validate(schema, "title: Titres"));
        assertEquals(List.of("3: title.en: too long: 6 characters, at most 5"),
                validate(schema, "title:\n  fr: Titre\n  en: Titles"));
        assertEquals(List.of("1: title: missing field 'fr'"), validate(schema, "title: {en: Title}"));
        assertEquals(List.of("1: title.fr: must not be empty"), validate(schema, "title: {fr: ''}"));
        assertEquals(List.of("1: title: expected text or a mapping, found a list"), validate(schema, "title: [a]"));
    }

    @Test
    void a_number_may_have_decimals_and_its_range_is_applied_to_decimals_too() {
        String schema = """
                type: object
                properties:
                  x: {type: number, minimum: 0, maximum: 100}
                """;
        assertEquals(List.of(), validate(schema, "x: 92.5"));
        assertEquals(List.of(), validate(schema, "x: 100"));
        assertEquals(List.of("1: x: 100.5 is too large (maximum 100)"), validate(schema, "x: 100.5"));
        assertEquals(List.of("1: x: -0.5 is too small (minimum 0)"), validate(schema, "x: -0.5"));
        assertEquals(List.of("1: x: expected a number, found '.nan'"), validate(schema, "x: .nan"));
        assertEquals(List.of("1: x: expected a number, found '12'"), validate(schema, "x: '12'"));
    }

    @Test
    void text_lengths_count_characters_not_utf16_units() {
        String schema = "type: object\nproperties:\n  t: {type: string, maxLength: 2}";
        assertEquals(List.of(), validate(schema, "t: \"\uD83D\uDE00\uD83D\uDE00\""));
    }

    private static List<String> schemaErrors(String schemaYaml) {
        List<ContentError> errors = new ArrayList<>();
        FileErrors forSchema = new FileErrors("schema", errors);
        ContentSchema.load("schema", parse(schemaYaml, forSchema), forSchema);
        return errors.stream().map(ContentError::toString).toList();
    }

    private static List<String> validate(String schemaYaml, String instanceYaml) {
        List<ContentError> schemaErrors = new ArrayList<>();
        FileErrors forSchema = new FileErrors("schema", schemaErrors);
        ContentSchema schema = ContentSchema.load("schema", parse(schemaYaml, forSchema), forSchema)
                .orElseThrow(() -> new AssertionError(schemaErrors));
        List<ContentError> errors = new ArrayList<>();
        FileErrors forInstance = new FileErrors("file", errors);
        schema.validate(parse(instanceYaml, forInstance), forInstance);
        return errors.stream().map(e -> e.line() + ": " + e.message()).toList();
    }

    private static Node parse(String yaml, FileErrors errors) {
        return YamlParser.parse(yaml.getBytes(StandardCharsets.UTF_8), errors)
                .orElseThrow(() -> new AssertionError("cannot parse " + yaml));
    }
}
