package fr.pasapas.web.sandbox;

import java.util.List;

/**
 * One block of the page on screen, ready to draw: texts in the learner's language, what is typed in it, what the
 * site says about it, and whether the guided mode points at it (then {@code guide} says why).
 *
 * @param type     the block type's content name ({@code field}, {@code code-input}, {@code message-list}…)
 * @param htmlType the input's HTML type ({@code text}, {@code password}, {@code email})
 * @param numeric  whether the input asks for digits (a numeric keyboard on tablets)
 */
public record BlockView(String type, String id, String text, String value, String error, boolean guided,
                        String guide, String htmlType, boolean numeric, boolean required,
                        List<OptionView> options, String address, List<List<String>> rows, List<String> items,
                        List<MessageView> messages, MessageView message) {

    /** An option of a choice, and whether it is the one chosen. */
    public record OptionView(String value, String label, boolean checked) {
    }

    /** A message of the persona's mailbox. */
    public record MessageView(String id, String from, String subject, String body, boolean guided, String guide) {
    }

    /** The element's id in the page, clear of the page's own ids. */
    public String domId() {
        return "sb-" + (id == null ? type : id);
    }

    /** The form field's name. */
    public String fieldName() {
        return RunForm.FIELD_PREFIX + id;
    }
}
