package fr.pasapas.web.learning.steps;

import fr.pasapas.catalogue.domain.CheckStep;
import fr.pasapas.catalogue.domain.ExplanationStep;
import fr.pasapas.catalogue.domain.HotspotStep;
import fr.pasapas.catalogue.domain.OrderStep;
import fr.pasapas.catalogue.domain.PracticeStep;
import fr.pasapas.catalogue.domain.QuizStep;
import fr.pasapas.catalogue.domain.Step;
import fr.pasapas.catalogue.domain.TypingStep;
import fr.pasapas.learning.application.StepScreen;
import java.util.Map;
import java.util.function.BiFunction;

/** The input of each step type: a new step type adds its view, its input class and one line here. */
public final class StepInputs {

    private static final Map<Class<? extends Step>, BiFunction<StepScreen, FormFields, StepInput>> BY_TYPE = Map.of(
            ExplanationStep.class, ExplanationInput::new,
            QuizStep.class, QuizInput::of,
            HotspotStep.class, HotspotInput::new,
            OrderStep.class, OrderInput::new,
            TypingStep.class, TypingInput::new,
            CheckStep.class, CheckInput::new,
            PracticeStep.class, PracticeInput::new);

    private StepInputs() {
    }

    /** The input of the screen's step, reading {@code form}. */
    public static StepInput of(StepScreen screen, FormFields form) {
        BiFunction<StepScreen, FormFields, StepInput> input = BY_TYPE.get(screen.step().getClass());
        if (input == null) {
            throw new IllegalStateException("No view for a step of type " + screen.step().getClass().getSimpleName());
        }
        return input.apply(screen, form);
    }
}
