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

    @Test
    void a_document_downloaded_on_one_site_is_offered_by_the_webmail_s_file_picker_and_not_before() {
        Scenario scenario = sandbox.scenario("messagerie-envoyer-attestation").orElseThrow();
        int choose = 0;
        while (scenario.path().get(choose).kind() != ExpectedAction.Kind.CHOOSE) {
            choose++;
        }
        RunState atPicker = ExpectedPath.playSteps(sandbox, sandbox.start(scenario.id(), Mode.HINTS, 3L), choose).state();
        Block picker = atPicker.screen().block("fichier").orElseThrow();
        assertTrue(picker.options().stream().anyMatch(option -> option.value().equals("attestation-droits")
                && option.label().fr().equals("attestation-droits-ameli.pdf")), picker.options().toString());

        Run withoutDownload = sandbox.start(scenario.id(), Mode.HINTS, 3L).open("messagerie").press("nouveau-message")
                .press("joindre");
        assertTrue(withoutDownload.state().screen().block("fichier").orElseThrow().options().stream()
                .noneMatch(option -> option.value().equals("attestation-droits")), "nothing downloaded, nothing offered");
        assertFalse(withoutDownload.choose("fichier", "attestation-droits").state().values().containsKey("fichier"),
                "a file the run never downloaded cannot be chosen");
    }
}
