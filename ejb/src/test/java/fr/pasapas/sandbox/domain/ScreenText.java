package fr.pasapas.sandbox.domain;

import java.util.List;

/** What a learner reads on the page on screen (placeholders filled in), for the tests of content. */
final class ScreenText {

    private ScreenText() {
    }

    /** Every table row of the page on screen, each row's cells in French, joined by " | ". */
    static List<String> rows(RunState state) {
        return state.screen().blocks().stream().filter(block -> block.type() == BlockType.TABLE)
                .flatMap(block -> block.rows().stream())
                .map(row -> String.join(" | ", row.stream().map(Words::fr).toList())).toList();
    }

    /** The labels of a choice on the page on screen, in French. */
    static List<String> labels(RunState state, String choice) {
        return state.screen().block(choice).orElseThrow().options().stream().map(o -> o.label().fr()).toList();
    }

    /** How many steps of the scenario's path come before the first one on {@code target}. */
    static int stepsBefore(Scenario scenario, String target) {
        for (int i = 0; i < scenario.path().size(); i++) {
            if (scenario.path().get(i).target().equals(target)) {
                return i;
            }
        }
        throw new AssertionError(target + " is not a step of " + scenario.id());
    }
}
