package fr.pasapas.learning.infrastructure.content;

import fr.pasapas.learning.domain.Catalogue;
import fr.pasapas.learning.domain.ExplanationStep;
import fr.pasapas.learning.domain.Module;
import fr.pasapas.learning.domain.QuizStep;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fr.pasapas.learning.infrastructure.content.Samples.MODULE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each broken sample of content-samples/ gives exactly the {@code file:line: message} an author needs. */
class ContentLoaderTest {

    @Test
    void the_valid_sample_becomes_a_catalogue() {
        LoadResult result = Samples.load("base");

        assertTrue(result.ok(), result::report);
        Catalogue catalogue = result.catalogue();
        assertEquals(List.of("cours-test"), catalogue.courses().stream().map(c -> c.id()).toList());
        Module module = catalogue.module("module-test").orElseThrow();
        assertEquals("cours-test", module.courseId());
        assertEquals(List.of("5.2"), module.competences());
        assertEquals(5, module.steps().size());
        ExplanationStep first = assertInstanceOf(ExplanationStep.class, module.firstStep());
        assertEquals(List.of("Première phrase.", "Deuxième phrase."), first.paragraphs(), "blank lines are ignored");
        assertEquals("images/exemple.svg", first.image().path());
        QuizStep quiz = assertInstanceOf(QuizStep.class, module.step("question-1").orElseThrow());
        assertNull(quiz.image(), "a quiz image is optional");
        assertTrue(quiz.choice("a").orElseThrow().correct());
        assertFalse(quiz.choice("b").orElseThrow().correct());
    }

    @Test
    void a_quiz_without_a_correct_answer_is_reported_with_its_line() {
        assertErrors("missing-correct-answer",
                MODULE + ":30: quiz 'question-1' has no correct choice: mark exactly 1 choice with 'correct: true'");
    }

    @Test
    void a_quiz_with_two_correct_answers_is_reported_on_the_second_one() {
        assertErrors("two-correct-answers",
                MODULE + ":37: choice 'b' is also marked correct: quiz 'question-1' must have exactly 1 correct choice");
    }

    @Test
    void a_step_id_used_twice_is_reported_with_the_line_of_its_first_use() {
        assertErrors("duplicate-step-id",
                MODULE + ":39: step id 'etape-1' is used twice (first on line 8)");
    }

    @Test
    void a_choice_id_used_twice_in_a_quiz_is_reported() {
        assertErrors("duplicate-choice-id",
                MODULE + ":58: choice id 'a' is used twice in quiz 'question-2' (first on line 54)");
    }

    @Test
    void a_misspelt_field_is_reported_as_unknown_and_the_real_one_as_missing() {
        assertErrors("unknown-field",
                MODULE + ":35: steps[2].choices[1]: missing field 'feedback'",
                MODULE + ":38: steps[2].choices[1]: unknown field 'feedbak' (allowed: id, text, correct, feedback)");
    }

    @Test
    void a_yaml_syntax_error_is_reported_where_the_unclosed_quote_starts() {
        assertErrors("yaml-syntax-error",
                MODULE + ":20: YAML syntax error: found unexpected end of stream (while scanning a quoted scalar)");
    }

    @Test
    void a_missing_image_is_reported_on_its_src_line() {
        assertErrors("missing-image",
                MODULE + ":24: image 'images/absent.svg' not found: no file cours-test/images/absent.svg");
    }

    @Test
    void a_value_of_the_wrong_type_is_reported_and_does_not_cause_a_second_error() {
        // correct: oui is not a boolean; the quiz is then not also reported as having no correct choice.
        assertErrors("wrong-type",
                MODULE + ":5: estimatedMinutes: expected an integer, found 'cinq'",
                MODULE + ":33: steps[2].choices[0].correct: expected true or false, found 'oui'");
    }

    @Test
    void an_unknown_digcomp_code_is_reported() {
        assertErrors("unknown-digcomp-code",
                MODULE + ":6: '5.6' is not a DigComp 2.2 competence (area 5 has 5.1 to 5.4)");
    }

    @Test
    void every_schema_violation_of_a_file_is_reported_in_line_order() {
        assertErrors("schema-violations",
                MODULE + ":2: version: 0 is too small (minimum 1)",
                MODULE + ":3: title: too long: 81 characters, at most 80",
                MODULE + ":6: competences[0]: '6.1' is not valid: write a DigComp 2.2 code like 5.2",
                MODULE + ":16: steps[0].image.src: 'exemple.svg' is not valid: "
                        + "use a file of the images/ folder, like images/toucher.svg",
                MODULE + ":40: steps[3].type: 'video' is not allowed (allowed: explanation, quiz)");
    }

    @Test
    void a_text_line_too_long_is_reported_on_its_own_line_inside_the_block() {
        assertErrors("text-line-too-long",
                MODULE + ":14: step 'etape-1': text line too long: 180 characters, at most 160 "
                        + "(write one short sentence per line)");
    }

    @Test
    void a_module_with_fewer_than_5_steps_is_reported() {
        assertErrors("too-few-steps", MODULE + ":7: steps: has 4 items, at least 5 needed");
    }

    @Test
    void a_course_id_or_module_id_that_differs_from_its_file_name_is_reported() {
        assertErrors("id-mismatch",
                "cours-test/course.yaml:1: id 'autre-cours' does not match the folder name 'cours-test'",
                MODULE + ":1: id 'autre-module' does not match the file name 'module-test.module.yaml'");
    }

    @Test
    void a_module_referenced_but_missing_is_reported_on_the_manifest_line() {
        assertErrors("missing-module", "cours-test/course.yaml:6: module 'module-absent' not found: "
                + "no file cours-test/module-absent.module.yaml");
    }

    @Test
    void a_course_referenced_but_missing_is_reported_on_the_catalogue_line() {
        assertErrors("missing-course",
                "catalogue.yaml:3: course 'cours-absent' not found: no file cours-absent/course.yaml");
    }

    @Test
    void a_module_id_used_by_two_courses_is_reported() {
        assertErrors("module-id-used-twice", "autre-cours/module-test.module.yaml:1: "
                + "module id 'module-test' is already used by cours-test/module-test.module.yaml");
    }

    @Test
    void an_svg_with_a_script_is_refused_once_where_it_is_first_used() {
        assertErrors("unsafe-svg", MODULE + ":16: image 'images/exemple.svg' is not a self-contained SVG: "
                + "it contains '<script'");
    }

    @Test
    void a_yaml_tag_naming_a_java_class_is_refused() {
        assertErrors("unsafe-yaml-tag", MODULE + ":4: YAML error: "
                + "Global tag is not allowed: tag:yaml.org,2002:javax.script.ScriptEngineManager");
    }

    private static void assertErrors(String sample, String... expected) {
        LoadResult result = Samples.load(sample);

        assertFalse(result.ok());
        assertNull(result.catalogue(), "never a half catalogue");
        assertEquals(String.join("\n", expected), result.report());
    }
}
