package fr.pasapas.catalogue.infrastructure.content;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.Node;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One vocabulary for the whole catalogue: {@code content/glossaire.yaml} lists each term with its forbidden
 * variants and the file-naming rule; every {@code course.yaml} and {@code *.module.yaml} of the real content
 * folder must follow it. When this test fails, its message lists every {@code file:line: message} to fix.
 */
class GlossaryTest {

    static final String GLOSSARY = "glossaire.yaml";

    private static final int MAX_DEFINITION_CHARS = 200;
    private static final int MAX_WORDS_PER_SENTENCE = 15;

    /** A letter, a digit, an underscore or a hyphen: what glues a word together ("e-mail" is not "mail"). */
    private static final String WORD_CHAR = "[\\p{L}\\p{N}_-]";

    /** Values that are ids, paths, answers to type or options: never read as text by a learner. */
    private static final Pattern NOT_TEXT = Pattern.compile(
            "(?<=^|[\\s{,])(id|src|audio|type|accept|ifMissing|ifContains|ignore|competences|completion|passMark"
                    + "|version|estimatedMinutes|modules|scenario|mode|minCheckScore|checks|level|levels)\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^']|'')*'|\\[[^\\]]*]"
                    + "|[^,}\\s][^,}]*)");

    /** {@code en:} as the first key of a line (a French colon always has a space before it: "en :"). */
    private static final Pattern ENGLISH_KEY = Pattern.compile("(\\s*(?:-\\s+)?)en:(\\s.*)?");

    /** {@code en: "..."} inside a mapping written on one line, e.g. {@code {fr: "...", en: "..."}}. */
    private static final Pattern ENGLISH_IN_FLOW = Pattern.compile(
            "(?<=[{,\\s])en:\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^']|'')*'|[^,}]*)");

    /** A list item that is only an id, e.g. a module of a course ({@code - adresse-email}). */
    private static final Pattern ID_ITEM = Pattern.compile("\\s*-\\s+[a-z0-9]+(-[a-z0-9]+)*\\s*");

    /** « On dit aussi : … » names the other words once, on purpose (FALC: choose one word, gloss the others). */
    private static final Pattern GLOSS = Pattern.compile("On dit aussi\\b.*", Pattern.CASE_INSENSITIVE);

    /** A word ending in a document or picture extension, as written in a text. */
    private static final Pattern FILE_NAME = Pattern.compile(
            "(?<![\\p{L}\\p{N}_().-])[\\p{L}\\p{N}_().-]*[\\p{L}\\p{N}_)]\\.(?:pdf|jpe?g|png|docx|odt)(?![\\p{L}\\p{N}_])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern RULE_SHAPE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*\\.(pdf|jpg|jpeg|png|docx|odt)");
    private static final Pattern YEAR = Pattern.compile("(19|20)[0-9]{2}");
    private static final Set<String> MONTHS = Set.of("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet",
            "aout", "septembre", "octobre", "novembre", "decembre");

    private static Glossary glossary;
    private static List<Path> contentFiles;

    @BeforeAll
    static void readTheGlossaryAndListTheContentFiles() throws IOException {
        glossary = Glossary.read(Samples.REAL_CONTENT.resolve(GLOSSARY));
        try (Stream<Path> files = Files.walk(Samples.REAL_CONTENT)) {
            contentFiles = files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(ContentLoader.MODULE_SUFFIX)
                            || file.getFileName().toString().equals(ContentLoader.COURSE_FILE))
                    .sorted().toList();
        }
    }

    @Test
    void the_glossary_can_be_read_and_has_terms_and_the_file_naming_rule() {
        assertEquals(List.of(), glossary.errors(), "errors in " + GLOSSARY);
        assertTrue(glossary.terms().size() >= 10, "terms: " + glossary.terms().size());
        assertTrue(glossary.terms().stream().anyMatch(term -> term.name().equals("identifiant")));
        assertTrue(!glossary.rule().isBlank(), "fileNames.rule");
        assertTrue(!glossary.examples().isEmpty(), "fileNames.examples");
    }

    @Test
    void every_term_has_a_short_plain_definition() {
        List<String> problems = new ArrayList<>();
        for (Term term : glossary.terms()) {
            String where = GLOSSARY + ":" + term.line() + ": ";
            if (term.definition().isBlank()) {
                problems.add(where + "'" + term.name() + "' has no definition");
            } else if (term.definition().length() > MAX_DEFINITION_CHARS) {
                problems.add(where + "the definition of '" + term.name() + "' is longer than "
                        + MAX_DEFINITION_CHARS + " characters");
            }
            for (String sentence : term.definition().split("(?<=[.!?])\\s+")) {
                long words = Arrays.stream(sentence.split("\\s+")).filter(w -> w.matches(".*[\\p{L}\\p{N}].*")).count();
                if (words > MAX_WORDS_PER_SENTENCE) {
                    problems.add(where + words + " words in a sentence of the definition of '" + term.name()
                            + "' (at most " + MAX_WORDS_PER_SENTENCE + "): " + sentence);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void no_forbidden_variant_is_itself_a_term_of_the_glossary() {
        Set<String> names = glossary.terms().stream().map(term -> normal(term.name())).collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        for (Term term : glossary.terms()) {
            term.forbidden().stream().filter(variant -> names.contains(normal(variant)))
                    .forEach(variant -> problems.add(GLOSSARY + ":" + term.line() + ": '" + variant
                            + "' is forbidden for '" + term.name() + "' but is a term of its own"));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void the_example_names_follow_the_rule_and_the_counter_examples_break_it() {
        List<String> problems = new ArrayList<>();
        glossary.examples().forEach(name -> namingProblem(name)
                .ifPresent(problem -> problems.add("example " + name + ": " + problem)));
        glossary.counterExamples().stream().filter(name -> namingProblem(name).isEmpty())
                .forEach(name -> problems.add("counter-example " + name + " follows the rule: remove it from the list"));
        assertEquals(List.of(), problems);
    }

    @Test
    void every_course_and_module_says_each_thing_with_the_word_of_the_glossary() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : contentFiles) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<String> french = withoutEnglish(lines);
            for (int i = 0; i < lines.size(); i++) {
                String text = learnerText(french.get(i));
                List<String> found = new ArrayList<>();
                for (Term term : glossary.terms()) {
                    String masked = term.mask(text);
                    for (int v = 0; v < term.forbidden().size(); v++) {
                        Matcher matcher = term.patterns().get(v).matcher(masked);
                        if (matcher.find()) {
                            found.add("\"" + matcher.group() + "\": write " + term.say());
                        }
                    }
                }
                if (!found.isEmpty()) {
                    problems.add(name(file) + ":" + (i + 1) + ": " + String.join("; ", found) + " (" + GLOSSARY
                            + "): " + lines.get(i).strip());
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> problems.size() + " line(s) use a forbidden variant (file:line: message):\n"
                + String.join("\n", problems));
    }

    @Test
    void every_example_file_name_follows_the_naming_rule() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : contentFiles) {
            List<String> french = withoutEnglish(Files.readAllLines(file, StandardCharsets.UTF_8));
            for (int i = 0; i < french.size(); i++) {
                Matcher matcher = FILE_NAME.matcher(learnerText(french.get(i)));
                List<String> found = new ArrayList<>();
                while (matcher.find()) {
                    String fileName = matcher.group();
                    if (!glossary.counterExamples().contains(fileName)) {
                        namingProblem(fileName).ifPresent(problem -> found.add(fileName + ": " + problem));
                    }
                }
                if (!found.isEmpty()) {
                    problems.add(name(file) + ":" + (i + 1) + ": " + String.join("; ", found)
                            + " (rule of " + GLOSSARY + ", e.g. attestation-caf-2026-11.pdf)");
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> problems.size()
                + " line(s) show a file name against the rule (file:line: message):\n" + String.join("\n", problems));
    }

    @Test
    void the_checks_find_whole_words_in_any_case_and_number_and_skip_ids_comments_and_glosses() {
        assertTrue(phrase("mail").matcher("Envoyez un Mail.").find());
        assertTrue(phrase("mail").matcher("vos mails").find());
        assertTrue(!phrase("mail").matcher("un e-mail, des e-mails, Gmail").find());
        assertTrue(phrase("bulletin de salaire").matcher("vos bulletins de salaire").find());
        assertTrue(phrase("nom d'utilisateur").matcher(learnerText("Votre nom d’utilisateur")).find());
        Term application = new Term("application", "", List.of("app"), List.of("App Store"), "application", 1);
        assertTrue(!application.patterns().get(0).matcher(application.mask("le magasin App Store")).find());
        assertTrue(application.patterns().get(0).matcher(application.mask("ouvrez l'app")).find());
        assertEquals("", learnerText("# un e-mail, dit aussi mail").strip());
        assertEquals("", learnerText("  - adresse-email").strip());
        assertTrue(!learnerText("      - {id: email, text: \"Un e-mail\"}").contains("id: email"));
        assertTrue(!learnerText("      On dit aussi : un courriel, ou un mail.").contains("mail"));
        assertEquals(List.of("    title: {fr: \"Un e-mail\",  }", "    text:", "      fr: |", "        Un e-mail.", "",
                        "", "", "    feedback:", "      fr: Bravo.", "", "    label: Adresse e-mail"),
                withoutEnglish(List.of("    title: {fr: \"Un e-mail\", en: \"An email, a mail\"}", "    text:",
                        "      fr: |", "        Un e-mail.", "      en: |", "        An email.", "        A mail.",
                        "    feedback:", "      fr: Bravo.", "      en: Well done, mail sent.",
                        "    label: Adresse e-mail")));
        assertEquals("Rangez-les en : une pile.", withoutEnglish(List.of("Rangez-les en : une pile.")).get(0));
        assertEquals(Optional.empty(), namingProblem("attestation-caf-2026-11.pdf"));
        assertEquals(Optional.empty(), namingProblem("cv-marie-dupont.pdf"));
        assertTrue(namingProblem("CV-Marie-Dupont.pdf").isPresent());
        assertTrue(namingProblem("2026-03-avis-impot.pdf").isPresent());
        assertTrue(namingProblem("attestation-caf-mars-2026.pdf").isPresent());
        assertTrue(namingProblem("avis-impôt.pdf").isPresent());
    }

    /**
     * Why a file name breaks the rule (lowercase, no accents, no spaces, hyphens, what-who-when with the date in
     * digits at the end), or empty when it follows it.
     */
    static Optional<String> namingProblem(String fileName) {
        if (!RULE_SHAPE.matcher(fileName).matches()) {
            List<String> fixes = new ArrayList<>();
            if (!fileName.equals(fileName.toLowerCase(Locale.ROOT))) {
                fixes.add("lowercase letters only");
            }
            if (fileName.chars().anyMatch(c -> c > 127)) {
                fixes.add("no accents");
            }
            if (fileName.matches(".*[^\\p{L}\\p{N}.-].*")) {
                fixes.add("words joined by hyphens, no other sign");
            }
            if (!Character.isLetter(fileName.charAt(0))) {
                fixes.add("start with what it is, the date comes last");
            }
            return Optional.of(fixes.isEmpty() ? "lowercase letters and digits, words joined by hyphens"
                    : String.join(", ", fixes));
        }
        String[] parts = fileName.substring(0, fileName.lastIndexOf('.')).split("-");
        for (int i = 0; i < parts.length; i++) {
            if (MONTHS.contains(parts[i])) {
                return Optional.of("write the date in digits, year then month (2026-03)");
            }
            if (YEAR.matcher(parts[i]).matches()) {
                List<String> after = Arrays.asList(parts).subList(i + 1, parts.length);
                if (after.size() > 2 || !after.stream().allMatch(part -> part.matches("[0-9]{2}"))) {
                    return Optional.of("the date (year, then month) comes last: what, who, when");
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The lines of a content file with every English text blanked out, so that only the French is checked: an
     * {@code en:} key that starts a line blanks that line and the lines below it that are more indented (the
     * rest of its text); {@code en: "..."} in a {@code {fr: ..., en: ...}} on one line blanks that value. The
     * same number of lines, so line numbers still match.
     */
    static List<String> withoutEnglish(List<String> lines) {
        List<String> french = new ArrayList<>();
        int englishIndent = -1;
        for (String line : lines) {
            int indent = line.length() - line.stripLeading().length();
            if (englishIndent >= 0 && (line.isBlank() || indent > englishIndent)) {
                french.add("");
                continue;
            }
            englishIndent = -1;
            Matcher key = ENGLISH_KEY.matcher(line);
            if (key.matches()) {
                englishIndent = key.end(1);
                french.add("");
            } else {
                french.add(ENGLISH_IN_FLOW.matcher(line).replaceAll(" "));
            }
        }
        return french;
    }

    /** The line as a learner could read it: comments, ids, paths, answers and glosses blanked out. */
    static String learnerText(String line) {
        String strip = line.strip();
        if (strip.startsWith("#") || ID_ITEM.matcher(line).matches()) {
            return "";
        }
        String text = NOT_TEXT.matcher(line.replace('’', '\'')).replaceAll(" ");
        return GLOSS.matcher(text).replaceAll(" ");
    }

    private static String name(Path file) {
        return Samples.REAL_CONTENT.relativize(file).toString().replace('\\', '/');
    }

    private static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replace('’', '\'').strip();
    }

    /** Each word of a phrase may take a plural s or x; whole words only, any case. */
    static Pattern phrase(String words) {
        String body = Arrays.stream(normal(words).split("\\s+"))
                .map(word -> Pattern.quote(word) + "[sx]?")
                .collect(Collectors.joining("\\s+"));
        return Pattern.compile("(?<!" + WORD_CHAR + ")" + body + "(?!" + WORD_CHAR + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** A term, its forbidden variants and the longer phrases that may contain a variant. */
    record Term(String name, String definition, List<String> forbidden, List<String> allowed, String say, int line,
                List<Pattern> patterns, List<Pattern> allowedPatterns) {

        Term(String name, String definition, List<String> forbidden, List<String> allowed, String say, int line) {
            this(name, definition, forbidden, allowed, say, line,
                    forbidden.stream().map(GlossaryTest::phrase).toList(),
                    allowed.stream().map(GlossaryTest::phrase).toList());
        }

        /** The text with the allowed phrases blanked out. */
        String mask(String text) {
            String masked = text;
            for (Pattern allowedPhrase : allowedPatterns) {
                masked = allowedPhrase.matcher(masked).replaceAll(" ");
            }
            return masked;
        }
    }

    /** The content of glossaire.yaml, read with the loader's own YAML reader. */
    record Glossary(List<Term> terms, String rule, List<String> examples, Set<String> counterExamples,
                    List<ContentError> errors) {

        static Glossary read(Path file) throws IOException {
            List<ContentError> errors = new ArrayList<>();
            FileErrors fileErrors = new FileErrors(GLOSSARY, errors);
            Optional<Node> root = YamlParser.parse(Files.readAllBytes(file), fileErrors);
            if (root.isEmpty()) {
                return new Glossary(List.of(), "", List.of(), Set.of(), errors);
            }
            List<Term> terms = new ArrayList<>();
            for (Node item : Nodes.items(root.get(), "terms")) {
                Optional<String> name = Nodes.text(item, "term");
                if (name.isEmpty()) {
                    fileErrors.at(item, "a term needs 'term:'");
                    continue;
                }
                terms.add(new Term(name.get(), Nodes.text(item, "definition").orElse(""),
                        texts(item, "forbidden", fileErrors), texts(item, "allowed", fileErrors),
                        Nodes.text(item, "say").orElse("\"" + name.get() + "\""), Nodes.line(item)));
            }
            Node names = Nodes.get(root.get(), "fileNames").orElse(null);
            if (names == null) {
                fileErrors.atLine(1, "'fileNames:' is missing");
            }
            return new Glossary(terms, names == null ? "" : Nodes.text(names, "rule").orElse(""),
                    names == null ? List.of() : texts(names, "examples", fileErrors),
                    names == null ? Set.of() : new LinkedHashSet<>(texts(names, "counterExamples", fileErrors)),
                    errors);
        }

        private static List<String> texts(Node mapping, String key, FileErrors errors) {
            List<String> texts = new ArrayList<>();
            for (Node item : Nodes.items(mapping, key)) {
                Nodes.text(item).filter(text -> !text.isBlank()).ifPresentOrElse(texts::add,
                        () -> errors.at(item, "'" + key + "' takes words, not " + item.getNodeId()));
            }
            return texts;
        }
    }
}
