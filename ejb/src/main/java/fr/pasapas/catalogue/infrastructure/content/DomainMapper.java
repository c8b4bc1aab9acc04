package fr.pasapas.catalogue.infrastructure.content;

import fr.pasapas.catalogue.domain.CheckQuestion;
import fr.pasapas.catalogue.domain.CheckStep;
import fr.pasapas.catalogue.domain.Choice;
import fr.pasapas.catalogue.domain.Completion;
import fr.pasapas.catalogue.domain.Audience;
import fr.pasapas.catalogue.domain.CertificateRule;
import fr.pasapas.catalogue.domain.Course;
import fr.pasapas.catalogue.domain.ExplanationStep;
import fr.pasapas.catalogue.domain.HotspotStep;
import fr.pasapas.catalogue.domain.Image;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.catalogue.domain.OrderItem;
import fr.pasapas.catalogue.domain.OrderStep;
import fr.pasapas.catalogue.domain.PracticeStep;
import fr.pasapas.catalogue.domain.QuizStep;
import fr.pasapas.catalogue.domain.Step;
import fr.pasapas.catalogue.domain.TypingHint;
import fr.pasapas.catalogue.domain.TypingStep;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds domain records from node trees that passed every check; a wrong shape here is a bug.
 *
 * <p>A text learners read is either plain text (French) or {@code {fr: ..., en: ...}}. Each mapper reads the texts
 * in one language: in English, a text without {@code en} is read in French. Values that are not texts (ids,
 * accepted answers, what a hint looks for, paths, numbers) are read as they are, whatever the language.
 */
final class DomainMapper {

    /** The language content files are written in; English is a translation of it. */
    static final Locale FRENCH = Locale.FRENCH;
    static final Locale ENGLISH = Locale.ENGLISH;

    private final boolean english;
    /** Whether a text read so far has no English version. */
    private boolean untranslated;

    private DomainMapper(Locale language) {
        this.english = ENGLISH.equals(language);
    }

    /** The course in {@link #FRENCH} or {@link #ENGLISH}, with its modules in the same language. */
    static Course course(Node course, List<Module> modules, Locale language) {
        DomainMapper mapper = new DomainMapper(language);
        return new Course(raw(course, "id"), mapper.text(course, "title"), mapper.text(course, "description"),
                modules, optionalRaw(course, "audience").flatMap(Audience::of).orElse(Audience.LEARNERS),
                Nodes.get(course, "certificate").map(DomainMapper::certificateRule).orElse(null));
    }

    /** The {@code certificate:} of a course; {@code minCheckScore} becomes one minimum per listed module. */
    static CertificateRule certificateRule(Node rule) {
        List<String> modules = Nodes.items(rule, "modules").stream().map(DomainMapper::raw).toList();
        List<CertificateRule.Practice> practices = Nodes.items(rule, "practice").stream()
                .map(p -> new CertificateRule.Practice(raw(p, "scenario"), raw(p, "mode"))).toList();
        Map<String, Integer> minScores = new java.util.LinkedHashMap<>();
        Nodes.get(rule, "minCheckScore").flatMap(Nodes::integer)
                .ifPresent(score -> modules.forEach(m -> minScores.put(m, Math.toIntExact(score))));
        minScores.putAll(integers(rule, "checks"));
        int level = Nodes.get(rule, "level").flatMap(Nodes::integer).map(Math::toIntExact).orElse(0);
        return new CertificateRule(modules, practices, minScores, level, integers(rule, "levels"));
    }

    /** A mapping of names to integers, e.g. {@code checks: {caf: 3}}; empty when absent. */
    private static Map<String, Integer> integers(Node mapping, String key) {
        Map<String, Integer> values = new java.util.LinkedHashMap<>();
        Nodes.get(mapping, key).filter(MappingNode.class::isInstance).map(MappingNode.class::cast)
                .ifPresent(m -> m.getValue().forEach(t -> values.put(raw(t.getKeyNode()),
                        Math.toIntExact(Nodes.integer(t.getValueNode()).orElseThrow()))));
        return values;
    }

    /**
     * The module in {@link #FRENCH} or {@link #ENGLISH}. Either way, {@link Module#translated()} says whether every
     * text of the module has an English version.
     */
    static Module module(Node module, String courseId, Locale language) {
        return new DomainMapper(language).read(module, courseId);
    }

    private Module read(Node module, String courseId) {
        String title = text(module, "title");
        String summary = text(module, "summary");
        List<Step> steps = Nodes.items(module, "steps").stream().map(this::step).toList();
        return new Module(raw(module, "id"), courseId, integer(module, "version"), title, summary,
                integer(module, "estimatedMinutes"),
                Nodes.items(module, "competences").stream().map(DomainMapper::raw).toList(),
                steps, completion(optionalRaw(module, "completion").orElse("all-steps")), !untranslated);
    }

    /** {@code all-steps} → ALL_STEPS, {@code pass-check} → PASS_CHECK. */
    static Completion completion(String value) {
        return Completion.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** Reads one step type: the step node, its id and its title already read. */
    @FunctionalInterface
    private interface StepReader {
        Step read(DomainMapper mapper, Node step, String id, String title);
    }

    /** The reader of each value of a step's {@code type}: a new step type adds one line here. */
    private static final Map<String, StepReader> STEP_READERS = Map.of(
            "explanation", DomainMapper::explanation,
            "quiz", DomainMapper::quiz,
            "hotspot", DomainMapper::hotspot,
            "order", DomainMapper::order,
            "typing", DomainMapper::typing,
            "check", DomainMapper::check,
            "practice", DomainMapper::practice);

    private Step step(Node step) {
        String type = raw(step, "type");
        StepReader reader = STEP_READERS.get(type);
        if (reader == null) {
            throw new IllegalStateException("unknown step type " + type);
        }
        return reader.read(this, step, raw(step, "id"), text(step, "title"));
    }

    private Step explanation(Node step, String id, String title) {
        return new ExplanationStep(id, title, paragraphs(text(step, "text")), image(required(step, "image")),
                optionalRaw(step, "audio").orElse(null));
    }

    private Step practice(Node step, String id, String title) {
        return new PracticeStep(id, title, paragraphs(text(step, "text")), raw(step, "scenario"),
                optionalRaw(step, "mode").orElse("guided"));
    }

    private Step quiz(Node step, String id, String title) {
        return new QuizStep(id, title, text(step, "question"), optionalImage(step),
                Nodes.items(step, "choices").stream().map(this::choice).toList(),
                Nodes.get(step, "multiple").flatMap(Nodes::bool).orElse(false));
    }

    private Step hotspot(Node step, String id, String title) {
        return new HotspotStep(id, title, text(step, "instruction"), image(required(step, "image")),
                Nodes.items(step, "zones").stream().map(this::zone).toList(), text(step, "miss"));
    }

    private Step order(Node step, String id, String title) {
        return new OrderStep(id, title, text(step, "instruction"),
                Nodes.items(step, "items").stream().map(item -> new OrderItem(raw(item, "id"), text(item, "text"))).toList(),
                text(step, "right"), text(step, "wrong"));
    }

    private Step typing(Node step, String id, String title) {
        return new TypingStep(id, title, text(step, "instruction"), text(step, "label"),
                Nodes.items(step, "accept").stream().map(DomainMapper::raw).toList(), ignore(step),
                Nodes.items(step, "hints").stream().map(this::hint).toList(),
                text(step, "right"), text(step, "wrong"), optionalImage(step));
    }

    private Step check(Node step, String id, String title) {
        return new CheckStep(id, title, optionalText(step, "intro").orElse(null), integer(step, "passMark"),
                Nodes.items(step, "questions").stream().map(this::question).toList(),
                text(step, "pass"), text(step, "fail"));
    }

    /** One sentence per line; blank lines are ignored. */
    static List<String> paragraphs(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private Image image(Node image) {
        return new Image(raw(image, "src"), text(image, "alt"));
    }

    private Image optionalImage(Node step) {
        return Nodes.get(step, "image").map(this::image).orElse(null);
    }

    private Choice choice(Node choice) {
        return new Choice(raw(choice, "id"), text(choice, "text"), bool(choice, "correct"),
                optionalText(choice, "feedback").orElse(null));
    }

    private HotspotStep.Zone zone(Node zone) {
        return new HotspotStep.Zone(raw(zone, "id"), text(zone, "label"), decimal(zone, "x"), decimal(zone, "y"),
                decimal(zone, "width"), decimal(zone, "height"), bool(zone, "correct"), text(zone, "feedback"));
    }

    private static Set<TypingStep.Ignore> ignore(Node step) {
        if (Nodes.get(step, "ignore").isEmpty()) {
            return TypingStep.DEFAULT_IGNORE;
        }
        Set<TypingStep.Ignore> ignore = EnumSet.noneOf(TypingStep.Ignore.class);
        Nodes.items(step, "ignore").forEach(value ->
                ignore.add(TypingStep.Ignore.valueOf(raw(value).toUpperCase(Locale.ROOT))));
        return ignore;
    }

    /** The text a hint looks for is kept as written: it may be a space. Only its message is translated. */
    private TypingHint hint(Node hint) {
        Optional<String> missing = Nodes.text(hint, "ifMissing");
        TypingHint.Kind kind = missing.isPresent() ? TypingHint.Kind.MISSING : TypingHint.Kind.CONTAINS;
        String looked = missing.or(() -> Nodes.text(hint, "ifContains")).orElseThrow();
        return new TypingHint(kind, looked, text(hint, "message"));
    }

    private CheckQuestion question(Node question) {
        return new CheckQuestion(raw(question, "id"), text(question, "question"),
                Nodes.items(question, "choices").stream().map(this::choice).toList());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Texts learners read, in this mapper's language.

    private String text(Node mapping, String key) {
        return text(required(mapping, key));
    }

    private Optional<String> optionalText(Node mapping, String key) {
        return Nodes.get(mapping, key).map(this::text);
    }

    /** Plain text is French; a mapping holds {@code fr} and maybe {@code en}. */
    private String text(Node value) {
        if (!(value instanceof MappingNode)) {
            untranslated = true;
            return raw(value);
        }
        Optional<Node> englishText = Nodes.get(value, "en");
        if (englishText.isEmpty()) {
            untranslated = true;
        }
        return raw(english && englishText.isPresent() ? englishText.get() : required(value, "fr"));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Values that are the same in every language.

    private static String raw(Node mapping, String key) {
        return raw(required(mapping, key));
    }

    private static Optional<String> optionalRaw(Node mapping, String key) {
        return Nodes.get(mapping, key).map(DomainMapper::raw);
    }

    private static String raw(Node scalar) {
        return Nodes.text(scalar).orElseThrow(() -> new IllegalStateException("not text")).strip();
    }

    private static Node required(Node mapping, String key) {
        return Nodes.get(mapping, key).orElseThrow(() -> new IllegalStateException("missing " + key));
    }

    private static boolean bool(Node mapping, String key) {
        return Nodes.bool(required(mapping, key)).orElseThrow();
    }

    private static int integer(Node mapping, String key) {
        return Math.toIntExact(Nodes.integer(required(mapping, key)).orElseThrow());
    }

    private static double decimal(Node mapping, String key) {
        return Nodes.decimal(required(mapping, key)).orElseThrow();
    }
}
