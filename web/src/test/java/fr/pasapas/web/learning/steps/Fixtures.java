package fr.pasapas.web.learning.steps;

import fr.pasapas.catalogue.domain.CheckQuestion;
import fr.pasapas.catalogue.domain.CheckStep;
import fr.pasapas.catalogue.domain.Choice;
import fr.pasapas.catalogue.domain.Completion;
import fr.pasapas.catalogue.domain.ExplanationStep;
import fr.pasapas.catalogue.domain.HotspotStep;
import fr.pasapas.catalogue.domain.Image;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.catalogue.domain.OrderItem;
import fr.pasapas.catalogue.domain.OrderStep;
import fr.pasapas.catalogue.domain.QuizStep;
import fr.pasapas.catalogue.domain.Step;
import fr.pasapas.catalogue.domain.TypingStep;
import fr.pasapas.learning.application.StepScreen;
import fr.pasapas.learning.domain.StepStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Steps of each type, a screen of one, and posted fields, for the input tests. */
final class Fixtures {

    static final ExplanationStep EXPLANATION = new ExplanationStep("lire", "Lire", List.of("Texte."),
            new Image("images/a.svg", "Une image"), "audio/a.mp3");
    static final QuizStep QUIZ = new QuizStep("quiz", "Question", "Laquelle ?", null,
            List.of(new Choice("a", "A.", true, "Oui."), new Choice("b", "B.", false, "Non.")));
    static final QuizStep MULTIPLE = new QuizStep("plusieurs", "Question", "Lesquelles ?", null,
            List.of(new Choice("a", "A.", true, "Oui."), new Choice("b", "B.", true, "Oui."),
                    new Choice("c", "C.", false, "Non.")), true);
    static final HotspotStep HOTSPOT = new HotspotStep("toucher", "Toucher", "Touchez Envoyer.",
            new Image("images/b.svg", "Un écran"),
            List.of(new HotspotStep.Zone("envoyer", "Envoyer", 70, 4, 26, 10, true, "Bravo !"),
                    new HotspotStep.Zone("supprimer", "Supprimer", 4, 4, 12, 10, false, "Non.")), "Pas ici.");
    static final OrderStep ORDER = new OrderStep("ordre", "Ordre", "Remettez dans l'ordre.",
            List.of(new OrderItem("e1", "Un"), new OrderItem("e2", "Deux"), new OrderItem("e3", "Trois")),
            "Bravo.", "Pas tout à fait.");
    static final TypingStep TYPING = new TypingStep("taper", "Taper", "Écrivez.", "Réponse", List.of("oui"),
            Set.of(TypingStep.Ignore.CASE), List.of(), "Bravo.", "Non.", null);
    static final CheckStep CHECK = new CheckStep("bilan", "Bilan", null, 1, List.of(
            new CheckQuestion("q1", "Question 1 ?", List.of(new Choice("a", "A.", true, null), new Choice("b", "B.", false, null))),
            new CheckQuestion("q2", "Question 2 ?", List.of(new Choice("a", "A.", false, null), new Choice("b", "B.", true, null)))),
            "Réussi.", "Revoyez.");

    private static final Module MODULE = new Module("m", "c", 1, "Module", "Résumé", 10, List.of("5.2"),
            List.of(EXPLANATION, QUIZ, MULTIPLE, HOTSPOT, ORDER, TYPING, CHECK), Completion.ALL_STEPS);

    private Fixtures() {
    }

    static StepScreen screen(Step step) {
        return new StepScreen(MODULE, step, MODULE.indexOf(step.id()), StepStatus.SEEN, 0, 42L, null, null, "token-1234");
    }

    /** Fields as posted: name, value, name, value…; a name given twice is a field sent twice. */
    static FormFields fields(String... namesAndValues) {
        Map<String, List<String>> values = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.computeIfAbsent(namesAndValues[i], k -> new java.util.ArrayList<>()).add(namesAndValues[i + 1]);
        }
        Map<String, String[]> posted = new HashMap<>();
        values.forEach((name, all) -> posted.put(name, all.toArray(String[]::new)));
        return new FormFields(posted);
    }

    static StepInput input(Step step, String... namesAndValues) {
        return StepInputs.of(screen(step), fields(namesAndValues));
    }
}
