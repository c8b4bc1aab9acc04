package fr.pasapas.sandbox.infrastructure.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.pasapas.catalogue.infrastructure.content.ContentLoader;
import fr.pasapas.catalogue.infrastructure.content.DirectoryContentSource;
import fr.pasapas.sandbox.domain.Sandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxLoaderTest {

    private static final Path REAL_CONTENT = Path.of(System.getProperty("pasapas.content.dir", "../content"));
    private static final String CAF = "sandbox/sites/caf.site.yaml";
    private static final String CAF_LOGIN = "sandbox/scenarios/caf-se-connecter.scenario.yaml";
    private static final String PHISHING = "sandbox/scenarios/messagerie-hameconnage.scenario.yaml";
    private static final String MANIFEST = "sandbox/sandbox.yaml";

    @TempDir
    Path copy;

    @Test
    void the_real_sandbox_content_loads_without_a_single_problem() {
        SandboxLoad load = new SandboxLoader(new DirectorySandboxFiles(REAL_CONTENT)).load();
        assertEquals(List.of(), load.problems());
        Sandbox sandbox = load.sandbox().orElseThrow();
        assertTrue(sandbox.scenarios().keySet().containsAll(List.of("caf-se-connecter", "ants-faux-site")));
        assertTrue(sandbox.sites().keySet().containsAll(List.of("caf", "messagerie", "moteur", "ants", "carte-grise-rapide")));
        assertEquals(5, sandbox.personas().size());
    }

    @Test
    void the_sites_and_scenarios_keep_the_manifest_s_order_and_each_scenario_is_listed_under_one_site() {
        Sandbox sandbox = new SandboxLoader(new DirectorySandboxFiles(REAL_CONTENT)).load().sandbox().orElseThrow();
        List<String> manifest = lines(MANIFEST);
        List<String> sites = manifest.stream().filter(line -> line.startsWith("  - id: "))
                .map(line -> line.substring("  - id: ".length()).strip()).toList();
        List<String> scenarios = manifest.stream().filter(line -> line.startsWith("      - "))
                .map(line -> line.substring("      - ".length()).strip()).toList();

        assertEquals(sites, List.copyOf(sandbox.sites().keySet()));
        assertEquals(scenarios, List.copyOf(sandbox.scenarios().keySet()));
        assertEquals(scenarios, sandbox.listed().values().stream().flatMap(List::stream).toList(), "each listed once");
        assertEquals(List.of("caf", "impots", "ameli", "france-travail", "ants", "franceconnect", "messagerie", "moteur"),
                List.copyOf(sandbox.listed().keySet()), "the scenarios grouped by site, in the order learners see them");
        List<String> lookAlikes = sandbox.sites().values().stream().map(site -> site.domain())
                .dropWhile(domain -> !domain.endsWith(".example") || domain.startsWith("messagerie.")
                        || domain.startsWith("moteur.")).toList();
        assertTrue(lookAlikes.size() >= 3 && lookAlikes.stream().allMatch(domain -> domain.endsWith(".example")),
                "the look-alike sites come after the real ones: " + lookAlikes);
        sandbox.listed().forEach((site, ids) -> ids.forEach(id -> assertTrue(
                sandbox.scenario(id).orElseThrow().sites().contains(site), id + " is played on " + site)));
    }

    @Test
    void a_scenario_file_the_manifest_does_not_list_is_reported() throws IOException {
        copyContent();
        Files.copy(copy.resolve(CAF_LOGIN), copy.resolve("sandbox/scenarios/caf-brouillon.scenario.yaml"));
        assertEquals(List.of("sandbox/scenarios/caf-brouillon.scenario.yaml:1: not listed in sandbox/sandbox.yaml:"
                        + " add 'caf-brouillon' there as a scenario under its site, or remove the file"),
                problems());
    }

    @Test
    void a_site_file_the_manifest_does_not_list_is_reported_and_a_scenario_on_it_names_an_unknown_site() {
        String trap = "sandbox/scenarios/ants-faux-site.scenario.yaml";
        List<String> problems = loadWith(MANIFEST, "  - id: carte-grise-rapide\n", "");
        assertTrue(problems.contains(trap + ":" + lineOf(trap, "sites:")
                + ": unknown site 'carte-grise-rapide': not listed in sandbox/sandbox.yaml"), problems.toString());
        assertTrue(problems.contains("sandbox/sites/carte-grise-rapide.site.yaml:1: not listed in sandbox/sandbox.yaml:"
                + " add 'carte-grise-rapide' there as a site, or remove the file"), problems.toString());
    }

    @Test
    void a_listed_scenario_whose_file_is_missing_is_reported_on_the_manifest_s_line() throws IOException {
        copyContent();
        Files.delete(copy.resolve("sandbox/scenarios/moteur-caf.scenario.yaml"));
        assertEquals(List.of(MANIFEST + ":" + lineOf(MANIFEST, "- moteur-caf")
                + ": scenario 'moteur-caf' is listed but sandbox/scenarios/moteur-caf.scenario.yaml does not exist"), problems());
    }

    @Test
    void a_listed_site_whose_file_is_missing_is_reported_on_the_manifest_s_line() {
        List<String> problems = loadWith(MANIFEST, "  - id: inscription-emploi-rapide", "  - id: inscription-emploi");
        assertEquals(MANIFEST + ":" + lineOf(MANIFEST, "- id: inscription-emploi-rapide")
                + ": site 'inscription-emploi' is listed but sandbox/sites/inscription-emploi.site.yaml does not exist",
                problems.get(0), problems.toString());
        assertTrue(problems.contains("sandbox/sites/inscription-emploi-rapide.site.yaml:1: not listed in"
                + " sandbox/sandbox.yaml: add 'inscription-emploi-rapide' there as a site, or remove the file"), problems.toString());
    }

    @Test
    void a_scenario_listed_twice_is_reported_on_its_second_line() {
        List<String> problems = loadWith(MANIFEST, "      - moteur-caf\n", "      - moteur-caf\n      - caf-se-connecter\n");
        assertEquals(List.of(MANIFEST + ":" + (lineOf(MANIFEST, "- moteur-caf") + 1)
                + ": scenario 'caf-se-connecter' is listed twice (first on line " + lineOf(MANIFEST, "- caf-se-connecter") + ")"),
                problems);
    }

    @Test
    void a_scenario_listed_under_a_site_it_is_not_played_on_is_reported_on_its_line() throws IOException {
        copyContent();
        Path manifest = copy.resolve(MANIFEST);
        String text = Files.readString(manifest).replace("      - moteur-impots\n", "")
                .replace("      - caf-attestation-paiement\n", "      - caf-attestation-paiement\n      - moteur-impots\n");
        Files.writeString(manifest, text);
        assertEquals(List.of(MANIFEST + ":" + (lineOf(MANIFEST, "- caf-attestation-paiement") + 1)
                + ": scenario 'moteur-impots' is listed under site 'caf', which it does not use (its sites: moteur)"), problems());
    }

    @Test
    void a_manifest_entry_the_schema_does_not_know_is_reported_on_its_line() {
        List<String> problems = loadWith(MANIFEST, "  - id: caf\n", "  - id: caf\n    title: CAF\n");
        assertEquals(List.of(MANIFEST + ":" + (lineOf(MANIFEST, "- id: caf") + 1)
                + ": sites[0]: unknown field 'title' (allowed: id, scenarios)"), problems);
    }

    @Test
    void the_course_loader_still_loads_the_content_folder_as_before_and_never_reads_the_sandbox() {
        assertTrue(new ContentLoader(new DirectoryContentSource(REAL_CONTENT)).load().errors().isEmpty());
    }

    @Test
    void every_look_alike_site_lives_under_the_reserved_example_domain() {
        Sandbox sandbox = new SandboxLoader(new DirectorySandboxFiles(REAL_CONTENT)).load().sandbox().orElseThrow();
        assertTrue(sandbox.site("carte-grise-rapide").orElseThrow().domain().endsWith(".example"));
        assertTrue(sandbox.personas().values().stream().allMatch(persona -> persona.email().endsWith(".example")));
    }

    @Test
    void a_button_leading_to_a_page_that_does_not_exist_is_reported_on_its_line() {
        List<String> problems = loadWith(CAF, "goes: verification", "goes: verfication");
        assertEquals(List.of(CAF + ":" + lineOf(CAF, "goes: verification") + ": unknown page 'verfication' in site 'caf'"),
                problems);
    }

    @Test
    void an_unknown_block_type_is_reported_by_the_schema_on_its_line() {
        List<String> problems = loadWith(CAF, "type: notice", "type: banner");
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(CAF + ":" + lineOf(CAF, "type: notice") + ": "), problems.toString());
        assertTrue(problems.get(0).contains("banner"), problems.toString());
    }

    @Test
    void a_field_without_its_label_is_reported_with_file_and_line() {
        List<String> problems = loadWith(CAF, "        text: Mot de passe\n", "");
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(CAF + ":" + (lineOf(CAF, "id: mot-de-passe") - 1) + ": "), problems.toString());
        assertTrue(problems.get(0).contains("text"), problems.toString());
    }

    @Test
    void a_step_naming_a_block_that_no_site_has_is_reported_on_its_line() {
        List<String> problems = loadWith(CAF_LOGIN, "press: envoyer-code", "press: envoyer-le-code");
        assertEquals(List.of(CAF_LOGIN + ":" + lineOf(CAF_LOGIN, "press: envoyer-code")
                + ": press: 'envoyer-le-code' is not a button, link or message of the scenario's sites"), problems);
    }

    @Test
    void a_scenario_with_an_unknown_persona_is_reported_on_its_line() {
        assertEquals(List.of(CAF_LOGIN + ":" + lineOf(CAF_LOGIN, "persona: karim")
                        + ": unknown persona 'karin' (see sandbox/personas.yaml)"),
                loadWith(CAF_LOGIN, "persona: karim", "persona: karin"));
    }

    @Test
    void a_scenario_expecting_a_value_its_persona_does_not_have_is_reported_on_its_line() {
        assertEquals(List.of(CAF_LOGIN + ":" + lineOf(CAF_LOGIN, "value: persona.allocataire")
                        + ": persona 'karim' has no numeroAllocataire"),
                loadWith(CAF_LOGIN, "value: persona.allocataire", "value: persona.numeroAllocataire"));
    }

    @Test
    void a_scenario_whose_id_is_not_its_file_name_is_reported() {
        assertEquals(List.of(CAF_LOGIN + ":" + lineOf(CAF_LOGIN, "id: caf-se-connecter")
                        + ": id 'caf-connexion' must be the file name 'caf-se-connecter'"),
                loadWith(CAF_LOGIN, "id: caf-se-connecter", "id: caf-connexion"));
    }

    @Test
    void a_step_may_open_a_message_of_the_scenario_s_mailbox_but_not_one_it_does_not_have() {
        assertEquals(List.of(PHISHING + ":" + lineOf(PHISHING, "press: faux-carte-vitale")
                        + ": press: 'faux-carte-vitalle' is not a button, link or message of the scenario's sites"),
                loadWith(PHISHING, "press: faux-carte-vitale", "press: faux-carte-vitalle"));
    }

    @Test
    void an_id_used_twice_in_the_mailbox_is_reported_on_its_line() {
        List<String> problems = loadWith(PHISHING, "id: lien-carte-vitale", "id: lien-remboursement");
        assertEquals(List.of(PHISHING + ":" + lineOf(PHISHING, "id: lien-carte-vitale")
                        + ": id 'lien-remboursement' is used twice in the mailbox",
                PHISHING + ":" + lineOf(PHISHING, "press: lien-carte-vitale")
                        + ": press: 'lien-carte-vitale' is not a button, link or message of the scenario's sites"),
                problems);
    }

    @Test
    void a_persona_placeholder_is_reported_for_each_scenario_whose_persona_lacks_that_data() {
        List<String> problems = loadWith(CAF, "text: Bienvenue sur le site de la CAF", "text: Bienvenue {persona.taille}");
        assertTrue(problems.contains(CAF_LOGIN + ":" + lineOf(CAF_LOGIN, "persona: karim")
                + ": persona 'karim' has no taille, which {persona.taille} shows in " + CAF + ":"
                + lineOf(CAF, "text: Bienvenue sur le site de la CAF")), problems.toString());
        assertTrue(problems.stream().allMatch(problem -> problem.contains("has no taille")), problems.toString());
    }

    @Test
    void a_value_placeholder_names_an_input_of_the_site_and_other_kinds_are_unknown() {
        int line = lineOf(CAF, "text: Vos aides, vos démarches et vos paiements.");
        assertEquals(List.of(CAF + ":" + line + ": {value.numero}: 'numero' is not a field, date, choice or code input of the site"),
                loadWith(CAF, "text: Vos aides, vos démarches et vos paiements.", "text: Vos aides {value.numero}"));
        assertEquals(List.of(CAF + ":" + line + ": unknown placeholder {ville.nom}: write {persona.KEY} or {value.FIELD}"),
                loadWith(CAF, "text: Vos aides, vos démarches et vos paiements.", "text: Vos aides, {ville.nom}"));
    }

    @Test
    void a_branch_names_inputs_and_options_of_the_site_and_leads_to_a_page() {
        int line = lineOf(CAF, "goes: dtr-foyer");
        List<String> problems = loadWith(CAF, "        goes: dtr-foyer\n", "        goes: dtr-foyer\n"
                + "        branches:\n"
                + "          - when: {situation-changee: peut-etre}\n"
                + "            goes: dtr-inconnue\n"
                + "          - when: {champ-inconnu: oui}\n"
                + "            goes: back\n");
        assertEquals(List.of(
                CAF + ":" + (line + 2) + ": when: 'peut-etre' is not an option of choice 'situation-changee' (non, oui)",
                CAF + ":" + (line + 3) + ": unknown page 'dtr-inconnue' in site 'caf'",
                CAF + ":" + (line + 4) + ": when: 'champ-inconnu' is not a field, date, choice or code input of the site"),
                problems);
    }

    @Test
    void a_prefill_names_an_option_of_its_choice_and_data_the_persona_has() {
        assertEquals(List.of(CAF + ":" + (lineOf(CAF, "id: situation-changee") + 1)
                        + ": prefill: 'peut-etre' is not an option of choice 'situation-changee' (non, oui)"),
                loadWith(CAF, "        id: situation-changee\n", "        id: situation-changee\n        prefill: peut-etre\n"));
        String dtr = "sandbox/scenarios/caf-declaration-trimestrielle.scenario.yaml";
        List<String> problems = loadWith(CAF, "prefill: \"752,41\"", "prefill: persona.salaireInconnu");
        assertTrue(problems.contains(dtr + ":" + lineOf(dtr, "persona: karim")
                + ": persona 'karim' has no salaireInconnu, which block 'montant-mars' of site 'caf' is pre-filled with"),
                problems.toString());
    }

    @Test
    void back_is_for_goes_only_and_a_prefill_for_inputs_only() {
        int line = lineOf(CAF, "goes: identification");
        assertEquals(List.of(CAF + ":" + (line + 1) + ": 'back' is only for goes: write the page back leads to"),
                loadWith(CAF, "        goes: identification\n", "        goes: identification\n        returns: back\n"));
        assertEquals(List.of(CAF + ":" + (line + 1) + ": 'prefill' is only for a field, date or choice, not a button"),
                loadWith(CAF, "        goes: identification\n", "        goes: identification\n        prefill: oui\n"));
    }

    /** The sandbox files and their schemas, copied to the test's folder. */
    private void copyContent() {
        copyTree(REAL_CONTENT.resolve("schema"), copy.resolve("schema"));
        copyTree(REAL_CONTENT.resolve("sandbox"), copy.resolve("sandbox"));
    }

    /** The problems of the copy, which has some; as file:line: message. */
    private List<String> problems() {
        SandboxLoad load = new SandboxLoader(new DirectorySandboxFiles(copy)).load();
        assertFalse(load.ok());
        assertTrue(load.sandbox().isEmpty());
        return load.problems().stream().map(Object::toString).toList();
    }

    /** Loads a copy of the real content with one replacement in one file; the problems, as file:line: message. */
    private List<String> loadWith(String file, String from, String to) {
        copyContent();
        try {
            String text = Files.readString(copy.resolve(file));
            assertTrue(text.contains(from), file + " contains " + from);
            Files.writeString(copy.resolve(file), text.replaceFirst(java.util.regex.Pattern.quote(from),
                    java.util.regex.Matcher.quoteReplacement(to)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems();
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(REAL_CONTENT.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based line of the first occurrence of a text in a real content file. */
    private static int lineOf(String file, String text) {
        try {
            List<String> lines = Files.readAllLines(REAL_CONTENT.resolve(file));
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text.strip())) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError(text + " not in " + file);
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
