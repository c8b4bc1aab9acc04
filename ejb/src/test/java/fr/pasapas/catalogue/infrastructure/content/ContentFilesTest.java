package fr.pasapas.catalogue.infrastructure.content;

import fr.pasapas.catalogue.domain.Catalogue;
import fr.pasapas.catalogue.domain.CheckStep;
import fr.pasapas.catalogue.domain.Choice;
import fr.pasapas.catalogue.domain.Course;
import fr.pasapas.catalogue.domain.ExplanationStep;
import fr.pasapas.catalogue.domain.HotspotStep;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.catalogue.domain.OrderItem;
import fr.pasapas.catalogue.domain.OrderStep;
import fr.pasapas.catalogue.domain.QuizStep;
import fr.pasapas.catalogue.domain.TypingHint;
import fr.pasapas.catalogue.domain.TypingStep;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.Node;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The real {@code content/} folder, as course authors edit it. When this test fails, its message lists every
 * {@code file:line: message} to fix.
 */
class ContentFilesTest {

    /** FALC: short sentences (about 12 words; UK easy-read allows up to 15). Checked on the French. */
    private static final int MAX_WORDS_PER_SENTENCE = 15;
    private static final int MAX_SVG_BYTES = 4096;

    private static LoadResult result;

    @BeforeAll
    static void loadTheRealContent() {
        result = new ContentLoader(new DirectoryContentSource(Samples.REAL_CONTENT)).load();
    }

    @Test
    void the_real_content_loads_without_any_error() {
        assertTrue(result.ok(), () -> result.errors().size() + " error(s) in " + Samples.REAL_CONTENT.toAbsolutePath().normalize()
                + " (file:line: message):\n" + result.report());
    }

    @Test
    void the_touch_screen_module_has_enough_steps_an_illustrated_explanation_and_a_quiz_with_feedback() {
        Module module = catalogue().module("ecran-tactile").orElseThrow();

        assertTrue(module.steps().size() >= 6, "at least 6 steps");
        assertTrue(module.steps().stream()
                .anyMatch(step -> step instanceof ExplanationStep explanation && explanation.image() != null),
                "at least one explanation with an image");
        assertTrue(quizzes(module).stream().anyMatch(quiz -> quiz.choices().stream()
                        .allMatch(choice -> !choice.feedback().isBlank())),
                "at least one quiz where every choice has feedback");
        assertTrue(quizzes(module).size() >= 3, "at least 3 quizzes");
        assertEquals(List.of("5.2"), module.competences());
    }

    @Test
    void every_text_of_the_first_course_has_an_english_version() throws IOException {
        String course = "decouvrir-appareil";
        Catalogue english = catalogue().in(Locale.ENGLISH);
        List<String> untranslated = catalogue().course(course).orElseThrow().modules().stream()
                .filter(module -> !module.translated()).map(Module::id).toList();
        assertEquals(List.of(), untranslated, "modules of " + course + " with a text without 'en:'");
        for (Module module : english.course(course).orElseThrow().modules()) {
            assertNotEquals(catalogue().module(module.id()).orElseThrow().title(), module.title(), module.id());
        }
        List<ContentError> errors = new ArrayList<>();
        String file = ContentLoader.courseFile(course);
        Node manifest = YamlParser.parse(Files.readAllBytes(Samples.REAL_CONTENT.resolve(file)),
                new FileErrors(file, errors)).orElseThrow();
        for (String key : List.of("title", "description")) {
            assertTrue(Nodes.get(manifest, key).flatMap(text -> Nodes.text(text, "en")).isPresent(),
                    file + ": " + key + " needs 'en:'");
        }
    }

    @Test
    void the_english_catalogue_has_the_ids_answers_and_media_of_the_french_one() {
        Catalogue english = catalogue().in(Locale.ENGLISH);

        assertEquals(Locale.ENGLISH, english.language());
        assertEquals(catalogue().courses().stream().map(Course::id).toList(),
                english.courses().stream().map(Course::id).toList());
        for (Module module : catalogue().modules()) {
            assertEquals(Structure.of(module), Structure.of(english.module(module.id()).orElseThrow()),
                    module.id());
        }
    }

    @Test
    void every_sentence_learners_read_is_short() {
        List<String> tooLong = new ArrayList<>();
        for (Module module : catalogue().modules()) {
            for (String text : texts(module)) {
                for (String sentence : text.split("(?<=[.!?])\\s+")) {
                    long words = Arrays.stream(sentence.split("\\s+"))
                            .filter(word -> word.matches(".*[\\p{L}\\p{N}].*")).count();
                    if (words > MAX_WORDS_PER_SENTENCE) {
                        tooLong.add(module.id() + ": " + words + " words: " + sentence);
                    }
                }
            }
        }
        assertEquals(List.of(), tooLong, "FALC: at most " + MAX_WORDS_PER_SENTENCE + " words per sentence");
    }

    @Test
    void every_svg_illustration_is_small_self_contained_and_titled() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> svgs;
        try (Stream<Path> files = Files.walk(Samples.REAL_CONTENT)) {
            svgs = files.filter(file -> file.toString().endsWith(".svg")).sorted().toList();
        }
        for (Path svg : svgs) {
            String text = Files.readString(svg, StandardCharsets.UTF_8);
            String name = Samples.REAL_CONTENT.relativize(svg).toString();
            if (Files.size(svg) > MAX_SVG_BYTES) {
                problems.add(name + ": larger than " + MAX_SVG_BYTES + " bytes");
            }
            if (!text.contains("viewBox=") || !text.contains("<title")) {
                problems.add(name + ": needs a viewBox and a <title>");
            }
            if (text.replace("xmlns=\"http://www.w3.org/2000/svg\"", "").matches("(?s).*(<script|https?:|<image).*")) {
                problems.add(name + ": must not use scripts, links or embedded images");
            }
        }
        assertTrue(svgs.size() >= 6, "the illustrations are there");
        assertEquals(List.of(), problems);
    }

    @Test
    void the_module_schema_accepts_exactly_the_image_paths_the_server_serves() throws IOException {
        String schema = Files.readString(Samples.REAL_CONTENT.resolve(ContentLoader.MODULE_SCHEMA));
        String yamlQuoted = "'" + ContentMedia.IMAGE_PATH + "'";
        assertTrue(schema.contains("pattern: " + yamlQuoted),
                "module.schema.yaml image src pattern must be " + yamlQuoted + " (see ContentMedia.IMAGE_PATH)");
    }

    @Test
    void the_module_schema_accepts_exactly_the_audio_paths_the_loader_checks() throws IOException {
        String schema = Files.readString(Samples.REAL_CONTENT.resolve(ContentLoader.MODULE_SCHEMA));
        String yamlQuoted = "'" + ContentMedia.AUDIO_PATH + "'";
        assertTrue(schema.contains("pattern: " + yamlQuoted),
                "module.schema.yaml audio pattern must be " + yamlQuoted + " (see ContentMedia.AUDIO_PATH)");
    }

    private static Catalogue catalogue() {
        if (!result.ok()) {
            fail("the content has errors:\n" + result.report());
        }
        return result.catalogue();
    }

    private static List<QuizStep> quizzes(Module module) {
        return module.steps().stream().filter(QuizStep.class::isInstance).map(QuizStep.class::cast).toList();
    }

    /** Everything a learner reads in a module, one string per line or field. */
    private static List<String> texts(Module module) {
        List<String> texts = new ArrayList<>(List.of(module.title(), module.summary()));
        module.steps().forEach(step -> {
            texts.add(step.title());
            if (step instanceof ExplanationStep explanation) {
                texts.addAll(explanation.paragraphs());
            } else if (step instanceof QuizStep quiz) {
                texts.add(quiz.question());
                quiz.choices().stream().map(Choice::text).forEach(texts::add);
                quiz.choices().stream().map(Choice::feedback).forEach(texts::add);
            } else if (step instanceof HotspotStep hotspot) {
                texts.add(hotspot.instruction());
                texts.add(hotspot.missFeedback());
                hotspot.zones().forEach(zone -> texts.addAll(List.of(zone.label(), zone.feedback())));
            } else if (step instanceof OrderStep order) {
                texts.addAll(List.of(order.instruction(), order.rightFeedback(), order.wrongFeedback()));
                order.items().stream().map(OrderItem::text).forEach(texts::add);
            } else if (step instanceof TypingStep typing) {
                texts.addAll(List.of(typing.instruction(), typing.label(), typing.rightFeedback(),
                        typing.wrongFeedback()));
                typing.hints().stream().map(TypingHint::message).forEach(texts::add);
            } else if (step instanceof CheckStep check) {
                if (check.intro() != null) {
                    texts.add(check.intro());
                }
                texts.addAll(List.of(check.passFeedback(), check.failFeedback()));
                check.questions().forEach(question -> {
                    texts.add(question.question());
                    question.choices().stream().map(Choice::text).forEach(texts::add);
                });
            }
        });
        return texts;
    }
}
