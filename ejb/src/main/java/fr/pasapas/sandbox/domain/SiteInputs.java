package fr.pasapas.sandbox.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the sites know about inputs: the value each one accepts (the persona's data, the newest code) and what a
 * site says about a page's inputs when a button checks them: empty, badly written, not the right value, or a code
 * too old.
 */
final class SiteInputs {

    static final Words EMPTY = new Words("Ce champ est obligatoire.", "This field is required.");
    static final Words REFUSED = new Words("Le site a refusé. Lisez le message en rouge.",
            "The site said no. Read the message in red.");
    static final Words EXPIRED = new Words("Ce code a expiré. Demandez un nouveau code.",
            "This code has expired. Ask for a new code.");

    /**
     * What a site says when a button checks its page.
     *
     * @param errors      what it says beside each input it refuses
     * @param expiredCode the code input whose code is too old, null when none
     */
    record Checked(Map<String, Words> errors, String expiredCode) {

        /** Nothing to say: a button that does not check, or a page all right. */
        static final Checked ACCEPTED = new Checked(Map.of(), null);

        boolean accepted() {
            return errors.isEmpty();
        }
    }

    private final Persona persona;
    private final Mailbox mailbox;

    SiteInputs(Persona persona, Mailbox mailbox) {
        this.persona = persona;
        this.mailbox = mailbox;
    }

    /** What the site says about each input of the page at {@code now}. */
    Checked check(Page checked, Map<String, String> values, Instant now) {
        Map<String, Words> errors = new LinkedHashMap<>();
        String expiredCode = null;
        for (Block input : checked.inputs()) {
            String value = values.get(input.id());
            Optional<String> expected = expectedOf(input, null);
            if (value == null || value.isBlank()) {
                if (input.required() || expected.isPresent()) {
                    errors.put(input.id(), EMPTY);
                }
            } else if (input.format() != null && !normalize(input, value).matches(input.format())) {
                errors.put(input.id(), input.formatMessage() == null ? REFUSED : input.formatMessage());
            } else if (expected.isPresent() && !same(input, value, expected.get())) {
                errors.put(input.id(), input.wrong() == null ? REFUSED : input.wrong());
            } else if (input.type() == BlockType.CODE_INPUT && mailbox.latestCode().map(c -> c.expiredAt(now)).orElse(false)) {
                errors.put(input.id(), input.expired() == null ? EXPIRED : input.expired());
                expiredCode = input.id();
            }
        }
        return new Checked(errors, expiredCode);
    }

    /** The value an input takes: the step's, else the block's {@code expects}; a code input takes the newest code. */
    Optional<String> expectedOf(Block block, String stepValue) {
        if (stepValue != null) {
            return resolve(stepValue);
        }
        if (block.type() == BlockType.CODE_INPUT) {
            return latestCode().or(() -> Optional.of("no code sent"));
        }
        return block.expects() == null ? Optional.empty() : resolve(block.expects());
    }

    /** {@code persona.KEY} is the persona's data, {@code code} the newest code received, anything else itself. */
    Optional<String> resolve(String reference) {
        if (reference.startsWith("persona.")) {
            return persona.value(reference.substring("persona.".length()));
        }
        if (reference.equals("code")) {
            return latestCode();
        }
        return Optional.of(reference);
    }

    private Optional<String> latestCode() {
        return mailbox.latestCode().map(Mailbox.Code::value);
    }

    /** Whether a typed value is the expected one, as the input compares (spaces ignored for numbers). */
    static boolean same(Block block, String typed, String expected) {
        return normalize(block, typed).equals(normalize(block, expected));
    }

    static String normalize(Block block, String value) {
        return block.ignoresSpaces() ? value.replaceAll("\\s", "") : value.strip();
    }
}
