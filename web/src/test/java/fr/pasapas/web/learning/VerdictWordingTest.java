package fr.pasapas.web.learning;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.pasapas.catalogue.domain.Answer;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.catalogue.domain.QuestionStep;
import fr.pasapas.catalogue.domain.Step;
import fr.pasapas.catalogue.domain.Text;
import fr.pasapas.catalogue.domain.Verdict;
import fr.pasapas.catalogue.infrastructure.content.ContentLoader;
import fr.pasapas.catalogue.infrastructure.content.DirectoryContentSource;
import fr.pasapas.catalogue.infrastructure.content.LoadResult;
import fr.pasapas.learning.application.StepScreen;
import fr.pasapas.learning.domain.StepStatus;
import fr.pasapas.web.learning.steps.FormFields;
import fr.pasapas.web.learning.steps.StepInputs;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every sentence a verdict of the real catalogue asks the interface for exists in French and in English. */
class VerdictWordingTest {

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = VerdictWordingTest.class.getResourceAsStream("/fr/pasapas/web/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** A right answer and a few wrong ones of every kind. */
    private static List<Answer> answers(QuestionStep step) {
        return List.of(step.rightAnswer(), new Answer.Choices(Set.of()), new Answer.Zone(""), new Answer.Typed("x"),
                new Answer.CheckAnswers(Map.of()), new Answer.Order(List.of()));
    }

    @Test
    void every_interface_sentence_of_a_verdict_and_of_its_heading_exists_in_both_languages() throws IOException {
        LoadResult result = new ContentLoader(new DirectoryContentSource(Path.of("../content"))).load();
        assertTrue(result.ok(), result::report);
        Set<String> keys = new TreeSet<>();
        for (Module module : result.catalogue().modules()) {
            for (Step step : module.steps()) {
                if (!(step instanceof QuestionStep question)) {
                    continue;
                }
                var input = StepInputs.of(new StepScreen(module, step, module.indexOf(step.id()), StepStatus.SEEN, 0,
                        1L, null, null, "token-1234"), new FormFields(Map.of()));
                for (Answer answer : answers(question)) {
                    for (boolean correct : List.of(true, false)) {
                        keys.add(input.verdictKey(correct));
                        keys.add(input.yourAnswerKey());
                    }
                    question.judge(answer).ifPresent(verdict -> keys.addAll(messageKeys(verdict)));
                    question.judge(answer).ifPresent(verdict -> keys.addAll(messageKeys(question.verdict(answer, !verdict.correct()))));
                }
            }
        }
        for (String name : List.of("messages_fr.properties", "messages_en.properties")) {
            Properties bundle = bundle(name);
            List<String> missing = new ArrayList<>(keys.stream().filter(k -> !bundle.containsKey(k)).toList());
            assertTrue(missing.isEmpty(), "a learner would read ???key??? after an answer: " + missing + " in " + name);
        }
        assertTrue(keys.contains("step.check.score"), "the final checks' score is worded: " + keys);
    }

    private static List<String> messageKeys(Verdict verdict) {
        List<Text> texts = new ArrayList<>(verdict.messages());
        texts.add(verdict.answer());
        return texts.stream().filter(Text.Message.class::isInstance).map(t -> ((Text.Message) t).key()).toList();
    }
}
