package fr.pasapas.sandbox.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The documents a learner downloads on the replicas: each download on a scenario's path gives its document, filled
 * with that scenario's persona data and what was typed, with no placeholder left; nothing is downloaded before.
 */
class DocumentsTest {

    private final Sandbox sandbox = RealContent.sandbox();

    @TestFactory
    Stream<DynamicTest> every_document_downloaded_on_a_path_is_filled_in_for_its_persona() {
        return sandbox.scenarios().values().stream().map(scenario -> DynamicTest.dynamicTest(scenario.id(), () -> {
            RunState state = ExpectedPath.play(sandbox, sandbox.start(scenario.id(), Mode.GUIDED, 3L)).state();
            for (SpecimenDocument document : state.downloads()) {
                Stream.concat(Stream.of(document.title()), document.lines().stream()).forEach(words ->
                        assertFalse(words.fr().contains("{persona.") || words.fr().contains("{value."),
                                scenario.id() + " / " + document.id() + ": " + words.fr()));
                assertTrue(document.lines().stream().anyMatch(line -> line.fr().contains(state.persona().name())),
                        document.id() + " names " + state.persona().name());
            }
        }));
    }

    @Test
    void the_ameli_attestation_is_downloaded_by_its_link_and_carries_jeanne_s_number() {
        Scenario scenario = sandbox.scenario("ameli-attestation-droits").orElseThrow();
        Run played = ExpectedPath.play(sandbox, sandbox.start(scenario.id(), Mode.HINTS, 3L));
        RunState state = played.state();
        assertEquals(List.of("attestation-droits"), state.downloads().stream().map(SpecimenDocument::id).toList());
        SpecimenDocument attestation = state.download("attestation-droits").orElseThrow();
        assertTrue(attestation.lines().stream().anyMatch(line -> line.fr().equals("Numéro de sécurité sociale : "
                + state.persona().value("nir").orElseThrow())), attestation.lines().toString());
        assertTrue(ExpectedPath.playSteps(sandbox, sandbox.start(scenario.id(), Mode.HINTS, 3L), 2).state().downloads()
                .isEmpty(), "nothing before the link is pressed");
    }

    @Test
    void at_least_the_procedures_that_end_on_a_receipt_give_a_document() {
        long withDocuments = sandbox.scenarios().values().stream()
                .filter(s -> !ExpectedPath.play(sandbox, sandbox.start(s.id(), Mode.GUIDED, 3L)).state().downloads().isEmpty())
                .count();
        assertTrue(withDocuments >= 8, "scenarios that download a document: " + withDocuments);
    }
}
