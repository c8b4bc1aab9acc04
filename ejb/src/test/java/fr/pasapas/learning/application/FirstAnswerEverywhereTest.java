package fr.pasapas.learning.application;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.pasapas.catalogue.domain.Catalogue;
import fr.pasapas.catalogue.domain.CheckQuestion;
import fr.pasapas.catalogue.domain.CheckStep;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.catalogue.domain.Shuffle;
import fr.pasapas.learning.domain.StepStatus;
import fr.pasapas.catalogue.infrastructure.content.ContentLoader;
import fr.pasapas.catalogue.infrastructure.content.DirectoryContentSource;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A certificate means something: a learner who taps the first answer shown everywhere, on the real
 * catalogue as the screens shuffle it, fails the final checks.
 */
class FirstAnswerEverywhereTest {

    private static final int LEARNERS = 200;

    @Test
    void a_learner_who_taps_the_first_answer_shown_everywhere_fails_the_final_checks() {
        var result = new ContentLoader(new DirectoryContentSource(Path.of("../content"))).load();
        assertTrue(result.ok(), result::report);
        Catalogue catalogue = result.catalogue();
        int attempts = 0;
        int passed = 0;
        StringBuilder lucky = new StringBuilder();
        for (Module module : catalogue.modules()) {
            CheckStep check = module.finalCheck().orElseThrow(() -> new AssertionError(module.id() + " has no final check"));
            int modulePasses = 0;
            for (long learner = 1; learner <= LEARNERS; learner++) {
                StepScreen screen = new StepScreen(module, check, module.indexOf(check.id()), StepStatus.SEEN, 0,
                        Shuffle.seed(learner, module.id(), check.id()), null, null, "token-test");
                Map<String, String> firstShown = new HashMap<>();
                for (CheckQuestion q : check.questionsFor(module.id(), screen.seed(), screen.attempts())) {
                    firstShown.put(q.id(), q.choices().get(0).id());
                }
                attempts++;
                if (check.score(firstShown).passed()) {
                    passed++;
                    modulePasses++;
                }
            }
            if (modulePasses > LEARNERS / 10) {
                lucky.append(module.id()).append(": ").append(modulePasses).append('/').append(LEARNERS).append('\n');
            }
        }
        assertTrue(lucky.isEmpty(), "tapping the first answer passes these final checks too often:\n" + lucky);
        assertTrue(passed * 100 < attempts * 6, "tapping the first answer passed " + passed + " of " + attempts + " final checks");
    }
}
