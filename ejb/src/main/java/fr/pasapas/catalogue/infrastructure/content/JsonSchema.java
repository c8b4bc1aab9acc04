package fr.pasapas.catalogue.infrastructure.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One schema of the JSON Schema (draft 2020-12) subset the content files use, as compiled by
 * {@link SchemaCompiler} and applied by {@link SchemaValidator}. Fields are set once while compiling and only
 * read afterwards. An absent keyword is {@code null} (or empty).
 */
final class JsonSchema {

    /** Every schema of one file shares the {@code $defs} of that file, for {@code $ref: "#/$defs/name"}. */
    private final Map<String, JsonSchema> definitions;

    String ref;
    Set<String> types = Set.of();
    Map<String, JsonSchema> properties = new LinkedHashMap<>();
    boolean additionalProperties = true;
    List<String> required = List.of();
    List<Object> enumValues;
    boolean hasConst;
    Object constValue;
    Integer minLength;
    Integer maxLength;
    Pattern pattern;
    String patternErrorMessage;
    Long minimum;
    Long maximum;
    Integer minItems;
    Integer maxItems;
    boolean uniqueItems;
    JsonSchema items;
    List<JsonSchema> oneOf;
    /** Name of the field whose {@code const} value picks the {@code oneOf} branch, e.g. a step's {@code type}. */
    String discriminator;
    /** Discriminator value to branch, filled by the compiler. */
    final Map<String, JsonSchema> branches = new LinkedHashMap<>();

    JsonSchema(Map<String, JsonSchema> definitions) {
        this.definitions = definitions;
    }

    /** The schema {@code $ref} points to; the compiler guarantees it exists. */
    JsonSchema target() {
        return definitions.get(ref);
    }

    /** This schema, or the one at the end of its {@code $ref} chain when it is only a reference. */
    JsonSchema resolved() {
        JsonSchema schema = this;
        for (int hops = 0; schema.ref != null && hops < 32; hops++) {
            schema = schema.target();
        }
        return schema;
    }
}
