package fr.pasapas.sandbox.domain;

import java.util.Arrays;
import java.util.Optional;

/** The closed vocabulary of blocks a page is made of; one renderer per type draws every site. */
public enum BlockType {
    HEADING, TEXT, NOTICE, FIELD, CHOICE, DATE, CODE_INPUT, BUTTON, LINK, DOCUMENT_LIST, TABLE,
    /** The webmail's list of the run's messages in one folder. */
    MESSAGE_LIST,
    /** The webmail's view of the message the learner opened. */
    MESSAGE;

    /** The name written in content, e.g. {@code code-input}. */
    public String key() {
        return name().toLowerCase().replace('_', '-');
    }

    public static Optional<BlockType> fromKey(String key) {
        return Arrays.stream(values()).filter(type -> type.key().equals(key)).findFirst();
    }

    /** Blocks the learner types or picks a value in. */
    public boolean isInput() {
        return this == FIELD || this == CHOICE || this == DATE || this == CODE_INPUT;
    }

    /** Blocks the learner presses. */
    public boolean isPressable() {
        return this == BUTTON || this == LINK;
    }
}
