package fr.pasapas.catalogue.infrastructure.content;

import fr.pasapas.catalogue.domain.Catalogue;
import fr.pasapas.catalogue.domain.Course;
import fr.pasapas.catalogue.domain.Module;
import org.yaml.snakeyaml.nodes.Node;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Loads and validates the whole catalogue from a {@link ContentSource}:
 * <pre>
 * catalogue.yaml                      courses: [decouvrir-appareil, ...]
 * schema/*.schema.yaml                the JSON Schemas applied to every file
 * decouvrir-appareil/course.yaml      id, title, description, modules: [ecran-tactile, ...]
 * decouvrir-appareil/ecran-tactile.module.yaml
 * decouvrir-appareil/images/*.svg
 * decouvrir-appareil/audio/*.mp3      optional recorded audio of explanations
 * </pre>
 * Every problem of every file is collected (YAML syntax, schema, meaning checks) and reported as
 * {@code file:line: message}. A catalogue is returned only when there is none: the French one, built from the
 * files as written, with its English version (see {@link Catalogue#in(java.util.Locale)}), built from the same
 * files with the {@code en} text of each {@code {fr: ..., en: ...}}. Each {@link #load()} reads
 * everything afresh with its own state, so a loader can be shared and the caller may reload at any time.
 */
public final class ContentLoader {

    public static final String CATALOGUE_FILE = "catalogue.yaml";
    public static final String COURSE_FILE = "course.yaml";
    public static final String MODULE_SUFFIX = ".module.yaml";
    static final String CATALOGUE_SCHEMA = "schema/catalogue.schema.yaml";
    static final String COURSE_SCHEMA = "schema/course.schema.yaml";
    static final String MODULE_SCHEMA = "schema/module.schema.yaml";

    /** Names we follow to a file; the schemas' id pattern is stricter and reports any other name. */
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    private final ContentSource source;

    public ContentLoader(ContentSource source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    public ContentSource source() {
        return source;
    }

    public LoadResult load() {
        List<ContentError> errors = new ArrayList<>();
        Optional<Catalogue> catalogue = new Loading(errors).catalogue();
        errors.sort(ContentError.BY_FILE_AND_LINE);
        return errors.isEmpty() ? new LoadResult(catalogue.orElseThrow(), List.of()) : new LoadResult(null, errors);
    }

    /** Path of a course manifest, e.g. {@code decouvrir-appareil/course.yaml}. */
    public static String courseFile(String courseId) {
        return courseId + "/" + COURSE_FILE;
    }

    /** Path of a module file, e.g. {@code decouvrir-appareil/ecran-tactile.module.yaml}. */
    public static String moduleFile(String courseId, String moduleId) {
        return courseId + "/" + moduleId + MODULE_SUFFIX;
    }

    /** A course or a module read from one file, in French and in English (a text without English stays French). */
    private record Bilingual<T>(T french, T english) {
    }

    /** One load: its errors, its schemas, and the module ids seen so far. */
    private final class Loading {

        private final List<ContentError> errors;
        private final Map<String, String> moduleFiles = new HashMap<>();
        private ContentSchema courseSchema;
        private ContentSchema moduleSchema;

        Loading(List<ContentError> errors) {
            this.errors = errors;
        }

        Optional<Catalogue> catalogue() {
            Optional<ContentSchema> catalogueSchema = schema(CATALOGUE_SCHEMA);
            Optional<ContentSchema> course = schema(COURSE_SCHEMA);
            Optional<ContentSchema> module = schema(MODULE_SCHEMA);
            if (catalogueSchema.isEmpty() || course.isEmpty() || module.isEmpty()) {
                return Optional.empty(); // no rule to check the content against
            }
            courseSchema = course.get();
            moduleSchema = module.get();

            FileErrors fileErrors = new FileErrors(CATALOGUE_FILE, errors);
            Optional<Node> root = parse(CATALOGUE_FILE, fileErrors);
            if (root.isEmpty()) {
                return Optional.empty();
            }
            catalogueSchema.get().validate(root.get(), fileErrors);
            List<Course> french = new ArrayList<>();
            List<Course> english = new ArrayList<>();
            references(root.get(), "courses").forEach((courseId, reference) ->
                    course(courseId, reference, fileErrors).ifPresent(versions -> {
                        french.add(versions.french());
                        english.add(versions.english());
                    }));
            return Optional.of(Catalogue.of(french, english));
        }

        private Optional<Bilingual<Course>> course(String courseId, Node reference, FileErrors catalogueErrors) {
            String file = courseFile(courseId);
            Optional<byte[]> bytes = source.read(file);
            if (bytes.isEmpty()) {
                catalogueErrors.at(reference, "course '" + courseId + "' not found: no file " + file);
                return Optional.empty();
            }
            FileErrors fileErrors = new FileErrors(file, errors);
            Optional<Node> root = YamlParser.parse(bytes.get(), fileErrors);
            if (root.isEmpty()) {
                return Optional.empty();
            }
            courseSchema.validate(root.get(), fileErrors);
            ModuleChecks.idMatches(root.get(), courseId, "the folder name '" + courseId + "'", fileErrors);
            MediaChecks media = new MediaChecks(source, courseId);
            List<Module> french = new ArrayList<>();
            List<Module> english = new ArrayList<>();
            references(root.get(), "modules").forEach((moduleId, moduleReference) ->
                    module(courseId, moduleId, moduleReference, fileErrors, media).ifPresent(versions -> {
                        french.add(versions.french());
                        english.add(versions.english());
                    }));
            if (fileErrors.none()) {
                CertificateRuleChecks.check(root.get(), french, fileErrors);
            }
            if (!fileErrors.none()) {
                return Optional.empty();
            }
            return Optional.of(new Bilingual<>(DomainMapper.course(root.get(), french, DomainMapper.FRENCH),
                    DomainMapper.course(root.get(), english, DomainMapper.ENGLISH)));
        }

        private Optional<Bilingual<Module>> module(String courseId, String moduleId, Node reference,
                                                   FileErrors courseErrors, MediaChecks media) {
            String file = moduleFile(courseId, moduleId);
            Optional<byte[]> bytes = source.read(file);
            if (bytes.isEmpty()) {
                courseErrors.at(reference, "module '" + moduleId + "' not found: no file " + file);
                return Optional.empty();
            }
            FileErrors fileErrors = new FileErrors(file, errors);
            Optional<Node> root = YamlParser.parse(bytes.get(), fileErrors);
            if (root.isEmpty()) {
                return Optional.empty();
            }
            moduleSchema.validate(root.get(), fileErrors);
            ModuleChecks.check(root.get(), moduleId, fileErrors);
            media.check(root.get(), fileErrors);
            uniqueInCatalogue(root.get(), file, fileErrors);
            if (!fileErrors.none()) {
                return Optional.empty();
            }
            return Optional.of(new Bilingual<>(DomainMapper.module(root.get(), courseId, DomainMapper.FRENCH),
                    DomainMapper.module(root.get(), courseId, DomainMapper.ENGLISH)));
        }

        /** Learners' progress is keyed by module id: two courses cannot both have a module with the same id. */
        private void uniqueInCatalogue(Node module, String file, FileErrors fileErrors) {
            Nodes.get(module, "id").ifPresent(idNode -> Nodes.text(idNode).ifPresent(id -> {
                String other = moduleFiles.putIfAbsent(id, file);
                if (other != null) {
                    fileErrors.at(idNode, "module id '" + id + "' is already used by " + other);
                }
            }));
        }

        private Optional<ContentSchema> schema(String file) {
            FileErrors fileErrors = new FileErrors(file, errors);
            return parse(file, fileErrors).flatMap(root -> ContentSchema.load(file, root, fileErrors));
        }

        private Optional<Node> parse(String file, FileErrors fileErrors) {
            Optional<byte[]> bytes = source.read(file);
            if (bytes.isEmpty()) {
                fileErrors.atLine(1, "file not found in " + source.describe());
                return Optional.empty();
            }
            return YamlParser.parse(bytes.get(), fileErrors);
        }

        /**
         * The names listed under {@code key} (course folders or module files) that can be followed to a file,
         * in order, first mention only; the schema reports the others (duplicates, bad names).
         */
        private Map<String, Node> references(Node manifest, String key) {
            Map<String, Node> names = new LinkedHashMap<>();
            for (Node item : Nodes.items(manifest, key)) {
                Nodes.text(item)
                        .filter(name -> FILE_NAME.matcher(name).matches() && RelativePaths.isSafe(name))
                        .ifPresent(name -> names.putIfAbsent(name, item));
            }
            return names;
        }
    }
}
