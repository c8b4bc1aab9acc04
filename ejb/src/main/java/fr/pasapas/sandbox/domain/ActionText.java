package fr.pasapas.sandbox.domain;

/**
 * An action in the one-line text form it is stored in: {@code open caf}, {@code press connexion},
 * {@code fill nir 1 84 13…}, {@code fill-real nir} (a real-looking value, never kept), {@code choose situation
 * seul}, {@code hint}, {@code undo}, {@code restart}. Ids have no space; a typed value is the rest of the line.
 */
public final class ActionText {

    /** The longest stored text; a longer typed value is refused before it is stored. */
    public static final int MAX_LENGTH = 400;

    private ActionText() {
    }

    public static String write(Action action) {
        String text;
        if (action instanceof Action.Open open) {
            text = "open " + id(open.site());
        } else if (action instanceof Action.Press press) {
            text = "press " + id(press.element());
        } else if (action instanceof Action.Choose choose) {
            text = "choose " + id(choose.field()) + " " + choose.option();
        } else if (action instanceof Action.Fill fill) {
            text = fill.realLooking() ? "fill-real " + id(fill.field()) : "fill " + id(fill.field()) + " " + fill.value();
        } else if (action instanceof Action.AskHint) {
            text = "hint";
        } else if (action instanceof Action.Undo) {
            text = "undo";
        } else if (action instanceof Action.Restart) {
            text = "restart";
        } else {
            throw new IllegalArgumentException("unknown action " + action);
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("an action is at most " + MAX_LENGTH + " characters");
        }
        return text;
    }

    public static Action read(String text) {
        String[] parts = text.split(" ", 3);
        return switch (parts[0]) {
            case "open" -> new Action.Open(parts[1]);
            case "press" -> new Action.Press(parts[1]);
            case "choose" -> new Action.Choose(parts[1], rest(parts));
            case "fill" -> new Action.Fill(parts[1], rest(parts), false);
            case "fill-real" -> new Action.Fill(parts[1], null, true);
            case "hint" -> new Action.AskHint();
            case "undo" -> new Action.Undo();
            case "restart" -> new Action.Restart();
            default -> throw new IllegalArgumentException("not a stored action: " + text);
        };
    }

    private static String rest(String[] parts) {
        return parts.length > 2 ? parts[2] : "";
    }

    private static String id(String id) {
        if (id == null || id.isEmpty() || id.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("not an id: " + id);
        }
        return id;
    }
}
