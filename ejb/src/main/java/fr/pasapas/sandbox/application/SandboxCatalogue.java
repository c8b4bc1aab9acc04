package fr.pasapas.sandbox.application;

import fr.pasapas.catalogue.application.ContentFileReader.Problem;
import fr.pasapas.config.PlatformSettings;
import fr.pasapas.sandbox.domain.Sandbox;
import fr.pasapas.sandbox.domain.Scenario;
import fr.pasapas.sandbox.infrastructure.content.ClasspathSandboxFiles;
import fr.pasapas.sandbox.infrastructure.content.DirectorySandboxFiles;
import fr.pasapas.sandbox.infrastructure.content.SandboxFiles;
import fr.pasapas.sandbox.infrastructure.content.SandboxLoad;
import fr.pasapas.sandbox.infrastructure.content.SandboxLoader;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The sandbox content (sites, personas, scenarios), loaded and checked once at start-up from the same place as
 * the courses: PASAPAS_CONTENT_DIR when set, else the files packaged in the application. As with courses, an
 * invalid file stops the start-up, each problem logged as {@code file:line: message}.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SandboxCatalogue {

    private static final Logger LOG = Logger.getLogger(SandboxCatalogue.class.getName());
    private static final String PACKAGED = "pasapas-content/";

    private volatile Sandbox sandbox;

    public SandboxCatalogue() {
    }

    /** A catalogue over given content, for plain tests. */
    SandboxCatalogue(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    @PostConstruct
    void load() {
        SandboxFiles files = contentFiles();
        List<String> errors = load(files);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("Invalid sandbox content in " + files + ": " + errors.size()
                    + " error(s), see the lines above.");
        }
    }

    /** Loads the content; on success it replaces the current one, else the problems are logged and returned. */
    synchronized List<String> load(SandboxFiles files) {
        SandboxLoad load = new SandboxLoader(files).load();
        if (!load.ok()) {
            List<String> errors = load.problems().stream().map(SandboxCatalogue::line).toList();
            errors.forEach(LOG::severe);
            return errors;
        }
        this.sandbox = load.sandbox().orElseThrow();
        LOG.log(Level.INFO, "Loaded {0} sandbox site(s), {1} scenario(s) from {2}",
                new Object[]{sandbox.sites().size(), sandbox.scenarios().size(), files});
        return List.of();
    }

    private static String line(Problem problem) {
        return problem.file() + ":" + problem.line() + ": " + problem.message();
    }

    private static SandboxFiles contentFiles() {
        return PlatformSettings.contentDir()
                .<SandboxFiles>map(dir -> new DirectorySandboxFiles(Path.of(dir)))
                .orElseGet(() -> new ClasspathSandboxFiles(SandboxCatalogue.class.getClassLoader(), PACKAGED));
    }

    public Sandbox sandbox() {
        return sandbox;
    }

    public Optional<Scenario> scenario(String scenarioId) {
        return scenarioId == null || sandbox == null ? Optional.empty() : sandbox.scenario(scenarioId);
    }
}
