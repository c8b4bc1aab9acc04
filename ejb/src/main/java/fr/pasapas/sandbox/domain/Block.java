package fr.pasapas.sandbox.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One block of a page. Which attributes matter depends on the {@link BlockType}; the others are empty.
 *
 * @param id       what a scenario and the learner's actions name (inputs, buttons, links); null for text blocks
 * @param text     the heading, paragraph, notice or label
 * @param goes     where a button or link leads (a button that {@link #checks()} leads there only when its page's
 *                 inputs are right)
 * @param input    how a field is compared: spaces ignored for {@code digits}, kept for {@code text} and
 *                 {@code password}
 * @param expects  the value the site accepts, e.g. {@code persona.nir13} (a persona's data) or a literal
 * @param wrong    what the site says when the value is not the expected one
 * @param sends    for a button: the message it sends to the persona's mailbox (with a fresh 6-digit code)
 * @param address  for a link: the address shown under it (search results) or in the address bar
 * @param folder   for a message list: which folder of the mailbox it shows
 */
public record Block(BlockType type, String id, Words text, PageRef goes, String input, boolean required,
                    String format, Words formatMessage, String expects, Words wrong, List<Option> options,
                    boolean checks, MessageTemplate sends, String address, String folder, List<List<Words>> rows,
                    List<Words> items) {

    public Block {
        Objects.requireNonNull(type, "type");
        options = options == null ? List.of() : List.copyOf(options);
        rows = rows == null ? List.of() : rows.stream().map(List::copyOf).toList();
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** A choice's option: the value recorded and the label shown. */
    public record Option(String value, Words label) {
    }

    /** What a button sends: {@code {code}} in the body is replaced by the generated code. */
    public record MessageTemplate(String id, String folder, Words from, Words subject, Words body) {
    }

    public Optional<PageRef> destination() {
        return Optional.ofNullable(goes);
    }

    /** Whether the value is compared without its spaces (numbers are written with or without them). */
    public boolean ignoresSpaces() {
        return "digits".equals(input) || type == BlockType.CODE_INPUT;
    }
}
