package fr.pasapas.web.sandbox;

import fr.pasapas.sandbox.domain.Action;
import fr.pasapas.sandbox.domain.Block;
import fr.pasapas.sandbox.domain.BlockType;
import fr.pasapas.sandbox.domain.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a form of the run's screen sent, as the learner's actions. The site's form sends every input of the page
 * ({@code f-ID}) and the element pressed ({@code press}): each input whose value changed becomes a fill (or a
 * choice), then the press. Only the inputs of the page on screen are read: other fields of a forged form are
 * ignored. The tools send {@code do=open|hint|undo|restart}.
 */
public final class RunForm {

    static final String FIELD_PREFIX = "f-";
    /** Longer values are cut: no field of a site needs more. */
    static final int MAX_VALUE = 200;

    private RunForm() {
    }

    /** The actions of a {@code do=site} form, in order: the changed inputs, then the press. */
    public static List<Action> siteActions(Page page, Map<String, String> current, Map<String, String> params) {
        List<Action> actions = new ArrayList<>();
        for (Block input : page.inputs()) {
            String sent = params.get(FIELD_PREFIX + input.id());
            if (sent == null) {
                continue;
            }
            String value = sent.length() > MAX_VALUE ? sent.substring(0, MAX_VALUE) : sent;
            if (value.equals(current.getOrDefault(input.id(), ""))) {
                continue;
            }
            if (input.type() == BlockType.CHOICE) {
                if (input.options().stream().anyMatch(option -> option.value().equals(value))) {
                    actions.add(new Action.Choose(input.id(), value));
                }
            } else {
                actions.add(Action.Fill.of(input.id(), value));
            }
        }
        pressed(params.get("press")).ifPresent(actions::add);
        return actions;
    }

    /** The action of a tool form ({@code do=open|hint|undo|restart}), if it is one. */
    public static Optional<Action> toolAction(String tool, Map<String, String> params) {
        if (tool == null) {
            return Optional.empty();
        }
        return switch (tool) {
            case "open" -> id(params.get("site")).map(Action.Open::new);
            case "hint" -> Optional.of(new Action.AskHint());
            case "undo" -> Optional.of(new Action.Undo());
            case "restart" -> Optional.of(new Action.Restart());
            default -> Optional.empty();
        };
    }

    private static Optional<Action> pressed(String element) {
        return id(element).map(Action.Press::new);
    }

    /** Content ids only (sites, blocks, modules, steps, documents): anything else was not offered by a screen. */
    static Optional<String> id(String value) {
        return value != null && value.matches("[a-z0-9]+(-[a-z0-9]+)*") && value.length() <= 80
                ? Optional.of(value) : Optional.empty();
    }
}
