package fr.pasapas.sandbox.domain;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;

/**
 * Fills in the {@link Placeholder}s of the texts a learner reads: {@code {persona.KEY}} with the run's persona data,
 * {@code {value.FIELD}} with what is held in that input (a choice shows its option's label, in each language; an
 * input never filled shows nothing). Other braces are left as written.
 */
final class Texts {

    private final Persona persona;
    private final Map<String, String> values;
    private final Function<String, Optional<Block>> inputs;

    /**
     * @param values what each input holds, by block id
     * @param inputs the input block of an id (for a choice's labels)
     */
    Texts(Persona persona, Map<String, String> values, Function<String, Optional<Block>> inputs) {
        this.persona = persona;
        this.values = values;
        this.inputs = inputs;
    }

    Words fill(Words words) {
        if (words == null || (words.fr().indexOf('{') < 0 && words.en().indexOf('{') < 0)) {
            return words;
        }
        return new Words(fill(words.fr(), false), fill(words.en(), true));
    }

    /** The page with every text filled in. */
    Page page(Page page) {
        return new Page(page.id(), fill(page.title()), page.blocks().stream().map(block -> block.withTexts(this::fill)).toList());
    }

    private String fill(String text, boolean english) {
        Matcher matcher = Placeholder.PATTERN.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            Placeholder placeholder = new Placeholder(matcher.group(1), matcher.group(2), matcher.group());
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value(placeholder, english).orElse(placeholder.text())));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    private Optional<String> value(Placeholder placeholder, boolean english) {
        return switch (placeholder.kind()) {
            case Placeholder.PERSONA -> persona.value(placeholder.key());
            case Placeholder.VALUE -> Optional.of(held(placeholder.key(), english));
            default -> Optional.empty();
        };
    }

    private String held(String field, boolean english) {
        String value = values.get(field);
        if (value == null) {
            return "";
        }
        return inputs.apply(field).filter(block -> block.type() == BlockType.CHOICE)
                .flatMap(choice -> choice.options().stream().filter(option -> option.value().equals(value)).findFirst())
                .map(option -> english ? option.label().en() : option.label().fr())
                .orElse(value.strip());
    }
}
