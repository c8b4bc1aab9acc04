package fr.pasapas.catalogue.application;

import fr.pasapas.catalogue.domain.Catalogue;
import fr.pasapas.catalogue.domain.Course;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.catalogue.infrastructure.content.ClasspathContentSource;
import fr.pasapas.catalogue.infrastructure.content.ContentError;
import fr.pasapas.catalogue.infrastructure.content.ContentLoader;
import fr.pasapas.catalogue.infrastructure.content.ContentMedia;
import fr.pasapas.catalogue.infrastructure.content.ContentSource;
import fr.pasapas.catalogue.infrastructure.content.DirectoryContentSource;
import fr.pasapas.catalogue.infrastructure.content.LoadResult;
import fr.pasapas.config.PlatformSettings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one way into course content: loads and validates {@code content/} at start-up and serves the
 * catalogue and its media. Content comes from PASAPAS_CONTENT_DIR when set, else from the files packaged
 * in the application. An invalid content file stops the start-up, each error logged as
 * {@code file:line: message}.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CatalogueService {

    private static final Logger LOG = Logger.getLogger(CatalogueService.class.getName());

    private volatile ContentSource source;
    private volatile Catalogue catalogue = Catalogue.empty();

    @PostConstruct
    void load() {
        List<String> errors = reload();
        if (!errors.isEmpty()) {
            throw new IllegalStateException("Invalid course content in " + contentSource().describe() + ": "
                    + errors.size() + " error(s), see the lines above.");
        }
    }

    /**
     * Reads and validates the content again. On success the new catalogue replaces the current one; on
     * any error the current catalogue stays in service and the errors ({@code file:line: message}) are
     * logged and returned.
     */
    public synchronized List<String> reload() {
        ContentSource candidate = contentSource();
        LoadResult result = new ContentLoader(candidate).load();
        if (!result.ok()) {
            for (ContentError error : result.errors()) {
                LOG.severe(error.toString());
            }
            return result.errors().stream().map(ContentError::toString).toList();
        }
        this.source = candidate;
        this.catalogue = result.catalogue();
        LOG.log(Level.INFO, "Loaded {0} course(s), {1} module(s) from {2}",
                new Object[]{catalogue.courses().size(), catalogue.modules().size(), candidate.describe()});
        return List.of();
    }

    public String sourceDescription() {
        return source == null ? "" : source.describe();
    }

    private static ContentSource contentSource() {
        return PlatformSettings.contentDir()
                .<ContentSource>map(dir -> new DirectoryContentSource(Path.of(dir)))
                .orElseGet(() -> new ClasspathContentSource(CatalogueService.class.getClassLoader(), "pasapas-content/"));
    }

    /** The catalogue in French, as written. */
    public Catalogue catalogue() {
        return catalogue;
    }

    /**
     * The catalogue in {@code locale}'s language (see {@link Catalogue#in(Locale)}): English for English, French
     * for any other language or {@code null}. Same ids, steps, order, answers and media in every language.
     */
    public Catalogue catalogue(Locale locale) {
        return catalogue.in(locale);
    }

    /** A module in French. */
    public Optional<Module> module(String moduleId) {
        return module(moduleId, Locale.FRENCH);
    }

    /**
     * A module in {@code locale}'s language. In English, a text without an English version stays in French: show
     * the English module only when {@link Module#translated()}, else the French one.
     */
    public Optional<Module> module(String moduleId, Locale locale) {
        return moduleId == null ? Optional.empty() : catalogue(locale).module(moduleId);
    }

    /**
     * A module in French, if a learner ({@code staff} false) or a member of staff may open it (see
     * {@link fr.pasapas.catalogue.domain.Audience}); empty otherwise, as for a module that does not exist.
     */
    public Optional<Module> moduleOpenTo(String moduleId, boolean staff) {
        return moduleId == null ? Optional.empty() : catalogue().openTo(staff).module(moduleId);
    }

    /** A course in French. */
    public Optional<Course> course(String courseId) {
        return course(courseId, Locale.FRENCH);
    }

    /** A course in {@code locale}'s language (its title and description; its modules as {@link #module}). */
    public Optional<Course> course(String courseId, Locale locale) {
        return courseId == null ? Optional.empty() : catalogue(locale).course(courseId);
    }

    /**
     * A media file of a course (image, recorded audio), by its path relative to the course folder. Only
     * files that a step of the catalogue references are served.
     */
    public Optional<Media> media(String courseId, String path) {
        boolean referenced = course(courseId).stream()
                .flatMap(c -> c.modules().stream())
                .flatMap(m -> m.steps().stream())
                .flatMap(step -> step.mediaPaths().stream())
                .anyMatch(path::equals);
        return referenced ? source.read(courseId + "/" + path).map(bytes -> new Media(
                ContentMedia.contentType(path).orElse("application/octet-stream"), bytes)) : Optional.empty();
    }
}
