package fr.pasapas.sandbox.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One block of a page. Which attributes matter depends on the {@link BlockType}; the others are empty.
 *
 * @param id       what a scenario and the learner's actions name (inputs, buttons, links); null for text blocks
 * @param text     the heading, paragraph, notice or label; like every text the learner reads, it may hold
 *                 {@code {persona.KEY}} and {@code {value.FIELD}} placeholders (see {@link Placeholder})
 * @param goes     where a button or link leads (a button that {@link #checks()} leads there only when its page's
 *                 inputs are right); {@link PageRef#BACK} leads back to where the learner came into the site from
 * @param input    how a field is compared: spaces ignored for {@code digits}, kept for {@code text} and
 *                 {@code password}
 * @param expects  the value the site accepts, e.g. {@code persona.nir13} (a persona's data) or a literal
 * @param wrong    what the site says when the value is not the expected one
 * @param sends    for a button: the message it sends to the persona's mailbox (with a fresh 6-digit code)
 * @param address  for a link: the address shown under it (search results) or in the address bar
 * @param folder   for a message list: which folder of the mailbox it shows
 * @param prefill  for a field, date or choice: the value it holds the first time its page is shown,
 *                 {@code persona.KEY} or a literal (the site already knows it; the learner may correct it)
 * @param branches for a button or link: where it leads instead of {@code goes} when the values match, the first
 *                 branch that matches wins
 * @param returns  for a button or link that leads into another site: where {@code goes: back} of that site leads
 *                 (a page of this block's site; without it, the page this block is on)
 * @param expired  for a code input: what the site says when the code is too old (null: the engine's words)
 * @param document for a button or link: the {@link SpecimenDocument} it downloads (its id in documents.yaml)
 * @param filePicker for a choice: a file picker, which also offers the documents downloaded earlier in the run
 */
public record Block(BlockType type, String id, Words text, PageRef goes, String input, boolean required,
                    String format, Words formatMessage, String expects, Words wrong, List<Option> options,
                    boolean checks, MessageTemplate sends, String address, String folder, List<List<Words>> rows,
                    List<Words> items, String prefill, List<Branch> branches, PageRef returns, Words expired,
                    String document, boolean filePicker) {

    public Block {
        Objects.requireNonNull(type, "type");
        options = options == null ? List.of() : List.copyOf(options);
        rows = rows == null ? List.of() : rows.stream().map(List::copyOf).toList();
        items = items == null ? List.of() : List.copyOf(items);
        branches = branches == null ? List.of() : List.copyOf(branches);
    }

    /** The same choice with these options (a file picker lists the run's downloads after its own files). */
    public Block withOptions(List<Option> newOptions) {
        return new Block(type, id, text, goes, input, required, format, formatMessage, expects, wrong, newOptions, checks,
                sends, address, folder, rows, items, prefill, branches, returns, expired, document, filePicker);
    }

    /** A choice's option: the value recorded and the label shown. */
    public record Option(String value, Words label) {
    }

    /** What a button sends: {@code {code}} in the body is replaced by the generated code. */
    public record MessageTemplate(String id, String folder, Words from, Words subject, Words body) {
    }

    /**
     * A way a button or link may lead: to {@code goes} when every input named in {@code when} holds its value
     * (an option's value for a choice; {@code persona.KEY} or a literal for a field).
     */
    public record Branch(Map<String, String> when, PageRef goes) {

        public Branch {
            when = Map.copyOf(when);
            Objects.requireNonNull(goes, "goes");
        }
    }

    public Optional<PageRef> destination() {
        return Optional.ofNullable(goes);
    }

    /** Whether the value is compared without its spaces (numbers are written with or without them). */
    public boolean ignoresSpaces() {
        return "digits".equals(input) || type == BlockType.CODE_INPUT;
    }

    /** The same block with each text the learner reads passed through {@code words} (placeholders filled in). */
    public Block withTexts(UnaryOperator<Words> words) {
        UnaryOperator<Words> each = w -> w == null ? null : words.apply(w);
        return new Block(type, id, each.apply(text), goes, input, required, format, each.apply(formatMessage), expects,
                each.apply(wrong), options.stream().map(o -> new Option(o.value(), each.apply(o.label()))).toList(),
                checks, sends, address, folder, rows.stream().map(row -> row.stream().map(each).toList()).toList(),
                items.stream().map(each).toList(), prefill, branches, returns, each.apply(expired), document, filePicker);
    }
}
