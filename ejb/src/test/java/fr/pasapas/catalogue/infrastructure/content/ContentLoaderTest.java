package fr.pasapas.catalogue.infrastructure.content;

import fr.pasapas.catalogue.domain.Catalogue;
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
import fr.pasapas.catalogue.domain.TypingHint;
import fr.pasapas.catalogue.domain.TypingStep;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static fr.pasapas.catalogue.infrastructure.content.Samples.MODULE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
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
        assertFalse(quiz.multiple(), "a quiz is single choice unless it says multiple: true");
        assertNull(first.audio(), "audio is optional");
        assertEquals(Completion.ALL_STEPS, module.completion(), "completion defaults to all-steps");
        assertTrue(module.finalCheck().isEmpty());
    }

    @Test
    void a_module_using_every_step_type_of_format_v2_is_loaded_into_the_domain() {
        LoadResult result = Samples.load("step-types");

        assertTrue(result.ok(), result::report);
        Module module = result.catalogue().module("module-test").orElseThrow();
        assertEquals(Completion.PASS_CHECK, module.completion());
        assertEquals(List.of("explication", "quiz-spam", "toucher-envoyer", "ordre-piece-jointe", "taper-adresse",
                "taper-ville", "bilan"), module.steps().stream().map(s -> s.id()).toList());

        ExplanationStep explanation = assertInstanceOf(ExplanationStep.class, module.firstStep());
        assertEquals("audio/exemple.mp3", explanation.audio());
        assertFalse(explanation.isQuestion());

        QuizStep quiz = assertInstanceOf(QuizStep.class, module.step("quiz-spam").orElseThrow());
        assertTrue(quiz.multiple());
        assertTrue(quiz.isCorrect(Set.of("urgence", "fautes")));

        HotspotStep hotspot = assertInstanceOf(HotspotStep.class, module.step("toucher-envoyer").orElseThrow());
        HotspotStep.Zone send = hotspot.zone("envoyer").orElseThrow();
        assertEquals(new HotspotStep.Zone("envoyer", "Bouton Envoyer", 70, 4, 26, 10, true, "Bravo !"), send);
        assertEquals(92.5, hotspot.zone("texte").orElseThrow().width(), "decimals are allowed");
        assertEquals("Ce n'est pas ici. Cherchez le mot Envoyer.", hotspot.missFeedback());
        assertEquals("images/exemple.svg", hotspot.image().path());
        assertTrue(hotspot.isQuestion());

        OrderStep order = assertInstanceOf(OrderStep.class, module.step("ordre-piece-jointe").orElseThrow());
        assertEquals(new OrderItem("ecrire", "J'écris mon e-mail."), order.items().get(0));
        assertTrue(order.isCorrect(List.of("ecrire", "trombone", "choisir", "envoyer")));
        assertEquals("Bravo, c'est le bon ordre.", order.rightFeedback());
        assertEquals("Pas tout à fait.", order.wrongFeedback());

        TypingStep address = assertInstanceOf(TypingStep.class, module.step("taper-adresse").orElseThrow());
        assertEquals("Adresse e-mail", address.label());
        assertEquals(Set.of(TypingStep.Ignore.CASE, TypingStep.Ignore.SPACES), address.ignore());
        assertEquals(List.of(new TypingHint(TypingHint.Kind.MISSING, "@", "Il manque l'arobase @."),
                new TypingHint(TypingHint.Kind.CONTAINS, " ", "Une adresse e-mail n'a jamais d'espace.")),
                address.hints(), "the text a hint looks for is kept as written, even a space");
        assertTrue(address.check(" Marie.Dupont@exemple.fr ").correct());
        assertNull(address.image());
        TypingStep town = assertInstanceOf(TypingStep.class, module.step("taper-ville").orElseThrow());
        assertEquals(TypingStep.DEFAULT_IGNORE, town.ignore(), "ignore defaults to [case]");
        assertEquals(List.of(), town.hints());
        assertEquals("images/exemple.svg", town.image().path());

        CheckStep check = module.finalCheck().orElseThrow();
        assertEquals("bilan", check.id());
        assertEquals("2 questions pour vérifier.", check.intro());
        assertEquals(1, check.passMark());
        assertEquals(List.of("q1", "q2"), check.questions().stream().map(q -> q.id()).toList());
        assertNull(check.questions().get(0).choices().get(0).feedback(), "no feedback per choice in a check");
        assertTrue(check.score(Map.of("q1", "a", "q2", "b")).passed());
    }

    @Test
    void every_text_may_have_an_english_version_and_the_english_catalogue_has_only_other_texts() {
        LoadResult result = Samples.load("translated-texts");

        assertTrue(result.ok(), result::report);
        Catalogue french = result.catalogue();
        Catalogue english = french.in(Locale.ENGLISH);
        assertEquals(Locale.FRENCH, french.language());
        assertEquals(Locale.ENGLISH, english.language());
        assertSame(french, french.in(Locale.FRENCH), "French is the catalogue itself");
        assertSame(english, french.in(Locale.UK), "any English");
        assertSame(french, english.in(Locale.FRENCH));
        assertSame(french, french.in(Locale.GERMAN), "a language without translations gets the French");
        assertSame(french, french.in(null));

        assertEquals("Cours de test", french.course("cours-test").orElseThrow().title());
        assertEquals("Test course", english.course("cours-test").orElseThrow().title());
        assertEquals("A small course for the tests.", english.course("cours-test").orElseThrow().description());

        Module module = french.module("module-test").orElseThrow();
        Module translated = english.module("module-test").orElseThrow();
        assertTrue(module.translated(), "every text has an English version");
        assertTrue(translated.translated());
        assertEquals("Module de test", module.title());
        assertEquals("Test module", translated.title());
        assertEquals("A short module for the tests.", translated.summary());
        assertEquals(Structure.of(module), Structure.of(translated), "only texts differ");

        ExplanationStep explanation = assertInstanceOf(ExplanationStep.class, module.firstStep());
        ExplanationStep explanationEn = assertInstanceOf(ExplanationStep.class, translated.firstStep());
        assertEquals(List.of("Une pièce jointe est un fichier envoyé avec un e-mail.", "Par exemple : une photo."),
                explanation.paragraphs());
        assertEquals(List.of("An attachment is a file sent with an email.", "For example: a photo."),
                explanationEn.paragraphs());
        assertEquals(new Image("images/exemple.svg", "An example."), explanationEn.image());
        assertEquals("audio/exemple.mp3", explanationEn.audio(), "media are the same in every language");

        QuizStep quiz = assertInstanceOf(QuizStep.class, translated.step("quiz-spam").orElseThrow());
        assertEquals("Which signs show a fake message?", quiz.question());
        assertEquals(new Image("images/exemple.svg", "A message."), quiz.image());
        assertEquals(new Choice("urgence", "They rush you to pay.", true, "Yes."), quiz.choices().get(0));
        assertEquals(Set.of("urgence", "fautes"), quiz.correctIds());

        HotspotStep hotspot = assertInstanceOf(HotspotStep.class, translated.step("toucher-envoyer").orElseThrow());
        assertEquals("Touch the button that sends the email.", hotspot.instruction());
        assertEquals(new HotspotStep.Zone("envoyer", "Send button", 70, 4, 26, 10, true, "Well done!"),
                hotspot.correctZone());
        assertEquals("It is not here. Look for the word Send.", hotspot.missFeedback());

        OrderStep order = assertInstanceOf(OrderStep.class, translated.step("ordre-piece-jointe").orElseThrow());
        assertEquals(List.of(new OrderItem("ecrire", "I write my email."),
                new OrderItem("trombone", "I touch the paper clip."), new OrderItem("envoyer", "I touch Send.")),
                order.items());
        assertEquals(List.of("Well done, this is the right order.", "Not quite."),
                List.of(order.rightFeedback(), order.wrongFeedback()));

        TypingStep typing = assertInstanceOf(TypingStep.class, translated.step("taper-adresse").orElseThrow());
        assertEquals("Email address", typing.label());
        assertEquals(List.of("marie.dupont@exemple.fr"), typing.accepted(), "answers are never translated");
        assertEquals(new TypingHint(TypingHint.Kind.CONTAINS, " ", "An email address never has a space."),
                typing.hints().get(1));
        assertEquals("An email address never has a space.", typing.check("marie dupont@exemple.fr").message());
        assertTrue(typing.check("Marie.Dupont@exemple.fr").correct());

        CheckStep check = translated.finalCheck().orElseThrow();
        assertEquals("2 questions to check.", check.intro());
        assertEquals("What is an attachment?", check.questions().get(0).question());
        assertEquals("A file sent with an email.", check.questions().get(0).choices().get(0).text());
        assertNull(check.questions().get(0).choices().get(0).feedback());
        assertEquals(List.of("Well done, you passed the check.", "You can look at the module again and redo the check."),
                List.of(check.passFeedback(), check.failFeedback()));
    }

    @Test
    void a_module_with_some_texts_in_english_only_is_not_translated_and_shows_french_for_the_others() {
        Catalogue french = Samples.load("translated-texts").catalogue();
        Module partial = french.in(Locale.ENGLISH).module("module-partiel").orElseThrow();

        assertFalse(partial.translated());
        assertFalse(french.module("module-partiel").orElseThrow().translated());
        assertEquals("Partial module", partial.title());
        assertEquals("Un module traduit en partie.", partial.summary(), "no English version: the French");
        assertEquals("Première étape", partial.firstStep().title());
        assertEquals(Structure.of(french.module("module-partiel").orElseThrow()), Structure.of(partial));
    }

    @Test
    void content_without_any_english_gives_an_english_catalogue_equal_to_the_french_one() {
        Catalogue french = Samples.load("base").catalogue();
        Catalogue english = french.in(Locale.ENGLISH);

        assertFalse(french.module("module-test").orElseThrow().translated());
        assertEquals(Locale.ENGLISH, english.language());
        assertEquals(french.courses(), english.courses());
    }

    @Test
    void a_text_mapping_without_french_is_reported_on_its_line() {
        assertErrors("text-without-fr",
                "cours-test/course.yaml:3: description: missing field 'fr'",
                MODULE + ":4: title: missing field 'fr'",
                MODULE + ":39: steps[2].choices[1].feedback: missing field 'fr'",
                MODULE + ":41: steps[2].choices[1].feedback: unknown field 'de' (allowed: fr, en)");
    }

    @Test
    void english_texts_have_the_length_limits_of_french_ones() {
        assertErrors("english-too-long",
                MODULE + ":13: steps[0].title.en: too long: 88 characters, at most 80",
                MODULE + ":21: step 'etape-1': English text line too long: 214 characters, at most 160 "
                        + "(write one short sentence per line)",
                MODULE + ":43: steps[2].choices[0].feedback.en: too long: 307 characters, at most 300");
    }

    @Test
    void a_hotspot_without_a_correct_zone_is_reported_on_its_zones_line() {
        assertErrors("no-correct-zone", MODULE + ":31: hotspot 'toucher-envoyer' has no correct zone: "
                + "mark exactly 1 zone with 'correct: true'");
    }

    @Test
    void a_hotspot_with_two_correct_zones_is_reported_on_the_second_one() {
        assertErrors("two-correct-zones", MODULE + ":33: zone 'corbeille' is also marked correct: "
                + "hotspot 'toucher-envoyer' must have exactly 1 correct zone");
    }

    @Test
    void overlapping_zones_are_reported_but_zones_that_only_touch_are_fine() {
        assertErrors("overlapping-zones", MODULE + ":33: zone 'corbeille' overlaps zone 'envoyer' (line 32) "
                + "in hotspot 'toucher-envoyer': zones must not overlap");
    }

    @Test
    void a_zone_past_the_edge_of_the_image_or_without_size_is_reported() {
        assertErrors("zone-outside-image",
                MODULE + ":32: zone 'envoyer' of hotspot 'toucher-envoyer' goes past the right edge of the image: "
                        + "x + width = 106, at most 100",
                MODULE + ":33: zone 'corbeille' of hotspot 'toucher-envoyer': width must be more than 0",
                MODULE + ":34: zone 'texte' of hotspot 'toucher-envoyer' goes past the bottom edge of the image: "
                        + "y + height = 100.5, at most 100");
    }

    @Test
    void zone_and_question_ids_used_twice_are_reported() {
        assertErrors("duplicate-zone-and-question-ids",
                MODULE + ":33: zone id 'envoyer' is used twice in hotspot 'toucher-envoyer' (first on line 32)",
                MODULE + ":79: question id 'q1' is used twice in check 'bilan' (first on line 74)");
    }

    @Test
    void pass_check_completion_without_a_check_step_is_reported_on_the_completion_line() {
        assertErrors("pass-check-without-check",
                MODULE + ":8: completion 'pass-check' needs exactly 1 step of type check, found 0");
    }

    @Test
    void a_pass_mark_higher_than_the_number_of_questions_is_reported() {
        assertErrors("pass-mark-too-high", MODULE + ":72: check 'bilan': passMark 3 is more than its 2 questions "
                + "(passMark is how many right answers pass)");
    }

    @Test
    void a_check_question_with_two_correct_choices_or_a_choice_feedback_is_reported() {
        assertErrors("check-question-two-correct",
                MODULE + ":78: steps[6].questions[0].choices[1]: unknown field 'feedback' (allowed: id, text, correct)",
                MODULE + ":81: choice 'b' is also marked correct: question 'q2' of check 'bilan' "
                        + "must have exactly 1 correct choice");
    }

    @Test
    void a_missing_audio_file_is_reported_on_its_line() {
        assertErrors("missing-audio",
                MODULE + ":16: audio 'audio/absent.mp3' not found: no file cours-test/audio/absent.mp3");
    }

    @Test
    void audio_must_be_an_mp3_or_ogg_file_of_the_audio_folder() {
        assertErrors("audio-not-mp3", MODULE + ":16: steps[0].audio: 'sons/exemple.wav' is not valid: "
                + "use a file of the audio/ folder, like audio/toucher.mp3");
    }

    @Test
    void a_typing_step_with_an_unknown_ignore_value_is_reported() {
        assertErrors("unknown-ignore-value", MODULE + ":53: steps[4].ignore[1]: 'majuscules' is not allowed "
                + "(allowed: case, spaces, accents)");
    }

    @Test
    void a_typing_hint_must_say_either_if_missing_or_if_contains() {
        assertErrors("typing-hint-both-kinds",
                MODULE + ":55: a hint of typing 'taper-adresse' needs exactly one of 'ifMissing' and 'ifContains', "
                        + "not both",
                MODULE + ":56: a hint of typing 'taper-adresse' needs exactly one of 'ifMissing' and 'ifContains'");
    }

    @Test
    void an_order_step_with_2_items_and_an_item_id_used_twice_is_reported() {
        assertErrors("order-with-two-items",
                MODULE + ":40: steps[3].items: has 2 items, at least 3 needed",
                MODULE + ":42: item id 'ecrire' is used twice in order 'ordre-piece-jointe' (first on line 41)");
    }

    @Test
    void a_multiple_choice_quiz_needs_a_wrong_choice() {
        assertErrors("multiple-without-wrong-choice", MODULE + ":22: quiz 'quiz-spam' has no wrong choice: "
                + "a multiple-choice quiz needs at least 1 choice with 'correct: false'");
    }

    @Test
    void a_multiple_choice_quiz_needs_a_correct_choice() {
        assertErrors("multiple-without-correct-choice", MODULE + ":22: quiz 'quiz-spam' has no correct choice: "
                + "mark at least 1 choice with 'correct: true'");
    }

    @Test
    void the_length_limits_of_format_v2_are_applied() {
        assertErrors("v2-length-limits",
                MODULE + ":29: steps[2].instruction: too long: 208 characters, at most 200",
                MODULE + ":41: steps[3].items[0].text: too long: 140 characters, at most 120",
                MODULE + ":45: steps[3].right: too long: 323 characters, at most 300",
                MODULE + ":51: steps[4].label: too long: 89 characters, at most 80",
                MODULE + ":52: steps[4].accept: has 6 items, at most 5 allowed");
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
                MODULE + ":40: steps[3].type: 'video' is not allowed "
                        + "(allowed: explanation, quiz, hotspot, order, typing, check, practice)");
    }

    @Test
    void a_malformed_module_is_reported_field_by_field_on_the_lines_an_author_wrote_them() {
        assertErrors("malformed-module",
                MODULE + ":2: version: expected an integer, found 'deux'",
                MODULE + ":6: competences[0]: expected text, found '5.2' "
                        + "(write it in quotes to make it text: \"5.2\")",
                MODULE + ":7: unknown field 'niveau' (allowed: id, version, title, summary, estimatedMinutes, "
                        + "competences, completion, steps)",
                MODULE + ":20: steps[1].type: 'video' is not allowed "
                        + "(allowed: explanation, quiz, hotspot, order, typing, check, practice)",
                MODULE + ":27: steps[2]: missing field 'question'",
                MODULE + ":42: steps[3]: unknown field 'durée' (allowed: id, type, title, text, image, audio)");
    }

    @Test
    void a_text_line_too_long_is_reported_on_its_own_line_inside_the_block() {
        assertErrors("text-line-too-long",
                MODULE + ":14: step 'etape-1': text line too long: 180 characters, at most 160 "
                        + "(write one short sentence per line)");
    }

    @Test
    void a_module_of_13_steps_needs_one_of_them_to_be_a_practice() {
        assertErrors("thirteen-steps-without-practice",
                MODULE + ":7: steps: has 13 items, at most 12 allowed (13 when one of them is a practice)");
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
