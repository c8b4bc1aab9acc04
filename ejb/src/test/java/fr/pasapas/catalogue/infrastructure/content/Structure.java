package fr.pasapas.catalogue.infrastructure.content;

import fr.pasapas.catalogue.domain.CheckStep;
import fr.pasapas.catalogue.domain.Choice;
import fr.pasapas.catalogue.domain.ExplanationStep;
import fr.pasapas.catalogue.domain.HotspotStep;
import fr.pasapas.catalogue.domain.Image;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.catalogue.domain.OrderItem;
import fr.pasapas.catalogue.domain.OrderStep;
import fr.pasapas.catalogue.domain.QuizStep;
import fr.pasapas.catalogue.domain.Step;
import fr.pasapas.catalogue.domain.TypingStep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a module is, its texts left out: ids, order, right answers, typing answers and hints, zones, pass marks,
 * media. The French and the English version of a module must have the same.
 */
final class Structure {

    private Structure() {
    }

    static List<Object> of(Module module) {
        List<Object> structure = new ArrayList<>(List.of(module.id(), module.courseId(), module.version(),
                module.estimatedMinutes(), module.competences(), module.completion(), module.translated()));
        module.steps().forEach(step -> structure.add(of(step)));
        return structure;
    }

    static List<Object> of(Step step) {
        List<Object> structure = new ArrayList<>(List.of(step.getClass().getSimpleName(), step.id()));
        if (step instanceof ExplanationStep explanation) {
            structure.addAll(Arrays.asList(path(explanation.image()), explanation.audio()));
        } else if (step instanceof QuizStep quiz) {
            structure.addAll(Arrays.asList(quiz.multiple(), path(quiz.image()), answers(quiz.choices())));
        } else if (step instanceof HotspotStep hotspot) {
            structure.addAll(List.of(path(hotspot.image()), hotspot.zones().stream().map(zone -> List.of(zone.id(),
                    zone.x(), zone.y(), zone.width(), zone.height(), zone.correct())).toList()));
        } else if (step instanceof OrderStep order) {
            structure.add(order.items().stream().map(OrderItem::id).toList());
        } else if (step instanceof TypingStep typing) {
            structure.addAll(Arrays.asList(typing.accepted(), typing.ignore(),
                    typing.hints().stream().map(hint -> hint.kind() + ":" + hint.text()).toList(),
                    path(typing.image())));
        } else if (step instanceof CheckStep check) {
            structure.addAll(List.of(check.passMark(), check.questions().stream()
                    .map(question -> question.id() + "=" + answers(question.choices())).toList()));
        }
        return structure;
    }

    private static List<String> answers(List<Choice> choices) {
        return choices.stream().map(choice -> choice.id() + "=" + choice.correct()).toList();
    }

    private static String path(Image image) {
        return image == null ? null : image.path();
    }
}
