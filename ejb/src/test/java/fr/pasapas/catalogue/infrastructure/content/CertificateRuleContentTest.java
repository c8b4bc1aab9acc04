package fr.pasapas.catalogue.infrastructure.content;

import fr.pasapas.catalogue.domain.CertificateRule;
import fr.pasapas.catalogue.domain.Course;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@code certificate:} rule of a course.yaml: a good rule becomes the domain's rule, and a rule an author got
 * wrong (a module of another course, a mode that does not exist, a score the final check cannot give, a level the
 * practice does not support) stops the load with the line to fix. The module is the step-types sample: competence
 * 5.2 and a final check of 2 questions.
 */
class CertificateRuleContentTest {

    private static final String COURSE = "cours-test/course.yaml";
    private static final String HEAD = """
            id: cours-test
            title: Cours de test
            description: Un petit cours pour les tests.
            modules:
              - module-test
            """;

    @Test
    void a_rule_with_modules_practice_scores_and_levels_becomes_the_courses_rule() {
        LoadResult result = load(HEAD + """
                certificate:
                  modules: [module-test]
                  practice:
                    - {scenario: caf-se-connecter, mode: alone}
                  minCheckScore: 2
                  levels: {"5.2": 3}
                """);

        assertTrue(result.ok(), result::report);
        Course course = result.catalogue().course("cours-test").orElseThrow();
        CertificateRule rule = course.certificateRule().orElseThrow();
        assertEquals(List.of("module-test"), rule.modules());
        assertEquals(List.of(new CertificateRule.Practice("caf-se-connecter", "alone")), rule.practices());
        assertEquals(Map.of("module-test", 2), rule.minScores());
        assertEquals(Map.of("5.2", 3), course.certificateCompetences());
    }

    @Test
    void without_a_declared_level_a_competence_gets_the_level_of_the_hardest_practice() {
        LoadResult result = load(HEAD + """
                certificate:
                  modules: [module-test]
                  practice:
                    - {scenario: caf-se-connecter, mode: guided}
                    - {scenario: caf-se-connecter, mode: hints}
                """);

        assertTrue(result.ok(), result::report);
        assertEquals(Map.of("5.2", 2), result.catalogue().course("cours-test").orElseThrow().certificateCompetences());
    }

    @Test
    void a_course_without_a_rule_has_no_certificate() {
        LoadResult result = load(HEAD);

        assertTrue(result.ok(), result::report);
        assertTrue(result.catalogue().course("cours-test").orElseThrow().certificateRule().isEmpty());
    }

    @Test
    void a_rule_naming_a_module_of_no_course_is_refused_at_its_line() {
        assertEquals(List.of(COURSE + ":8: certificate: module 'module-inconnu' is not a module of this course"),
                errors(HEAD + """
                        certificate:
                          modules:
                            - module-inconnu
                        """));
    }

    @Test
    void a_rule_with_an_unknown_mode_is_refused() {
        List<String> errors = errors(HEAD + """
                certificate:
                  modules: [module-test]
                  practice:
                    - {scenario: caf-se-connecter, mode: seul}
                """);

        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith(COURSE + ":9:") && errors.get(0).contains("guided"), errors.toString());
    }

    @Test
    void a_score_higher_than_the_number_of_questions_is_refused() {
        assertEquals(List.of(COURSE + ":8: certificate: a score of 3 is impossible in module 'module-test',"
                + " whose final check has 2 questions"), errors(HEAD + """
                certificate:
                  modules: [module-test]
                  checks: {module-test: 3}
                """));
    }

    @Test
    void a_minimum_score_for_a_module_the_rule_does_not_ask_is_refused() {
        List<String> errors = errors(HEAD + """
                certificate:
                  modules: [module-test]
                  checks: {autre-module: 1}
                """);

        assertEquals(List.of(COURSE + ":8: certificate: checks names 'autre-module', which is not one of the"
                + " certificate's modules"), errors);
    }

    @Test
    void level_three_without_a_practice_done_alone_is_refused() {
        assertEquals(List.of(COURSE + ":9: certificate: level 3 needs a practice in alone mode"), errors(HEAD + """
                certificate:
                  modules: [module-test]
                  practice: [{scenario: caf-se-connecter, mode: hints}]
                  level: 3
                """));
    }

    @Test
    void a_level_for_a_competence_the_modules_do_not_teach_is_refused() {
        assertEquals(List.of(COURSE + ":8: certificate: competence 4.1 is not a competence of the certificate's modules"),
                errors(HEAD + """
                        certificate:
                          modules: [module-test]
                          levels: {"4.1": 1}
                        """));
    }

    @Test
    void a_zero_score_is_refused_by_the_schema() {
        List<String> errors = errors(HEAD + """
                certificate:
                  modules: [module-test]
                  minCheckScore: 0
                """);

        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith(COURSE + ":8:"), errors.toString());
    }

    @Test
    void a_module_without_a_final_check_cannot_have_a_minimum_score() {
        LoadResult result = new ContentLoader(over(Samples.source("base"), Map.of(COURSE, HEAD + """
                certificate:
                  modules: [module-test]
                  minCheckScore: 1
                """))).load();

        assertFalse(result.ok());
        assertEquals(List.of(COURSE + ":7: certificate: module 'module-test' has no final check to score"),
                result.errors().stream().map(ContentError::toString).toList());
    }

    private static LoadResult load(String course) {
        return new ContentLoader(over(Samples.source("step-types"), Map.of(COURSE, course))).load();
    }

    private static List<String> errors(String course) {
        LoadResult result = load(course);
        assertFalse(result.ok(), "the rule should be refused");
        return result.errors().stream().map(ContentError::toString).toList();
    }

    private static ContentSource over(ContentSource below, Map<String, String> files) {
        Map<String, String> copy = new LinkedHashMap<>(files);
        return new ContentSource() {
            @Override
            public Optional<byte[]> read(String path) {
                String text = copy.get(path);
                return text != null ? Optional.of(text.getBytes(StandardCharsets.UTF_8)) : below.read(path);
            }

            @Override
            public String describe() {
                return "test files over " + below.describe();
            }
        };
    }
}
