package fr.pasapas.sandbox.infrastructure.content;

import static fr.pasapas.sandbox.infrastructure.content.YamlNodes.items;
import static fr.pasapas.sandbox.infrastructure.content.YamlNodes.line;

import fr.pasapas.catalogue.application.ContentFileReader;
import fr.pasapas.catalogue.application.ContentFileReader.Problem;
import fr.pasapas.catalogue.application.ContentFileReader.Rules;
import fr.pasapas.sandbox.domain.Persona;
import fr.pasapas.sandbox.domain.Sandbox;
import fr.pasapas.sandbox.domain.Scenario;
import fr.pasapas.sandbox.domain.Site;
import fr.pasapas.sandbox.domain.SpecimenDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Loads and checks the sandbox content:
 * <pre>
 * sandbox/sandbox.yaml                         the manifest: sites in order, the scenarios listed under each
 * sandbox/personas.yaml                        the shared cast (SPECIMEN data)
 * sandbox/sites/caf.site.yaml                  a site: look, pages, blocks
 * sandbox/scenarios/caf-se-connecter.scenario.yaml
 * schema/sandbox*.schema.yaml                 the JSON Schemas of those files
 * </pre>
 * Only the files the manifest names are read (the packaged files cannot be listed); a listed file that is
 * missing is reported on the manifest's line, and when the files can be listed (a folder on disk), a site or
 * scenario file the manifest does not name is reported too. The sites and scenarios keep the manifest's order.
 * Each file is read and checked against its schema with the catalogue's content reader, then for meaning (see
 * {@link SandboxChecks}); every problem of every file is reported as {@code file:line: message}, and a
 * {@link Sandbox} is returned only when there is none. The course loader never reads this folder: it follows
 * {@code catalogue.yaml} and the course manifests only.
 */
public final class SandboxLoader {

    public static final String MANIFEST_FILE = SandboxManifest.FILE;
    public static final String PERSONAS_FILE = "sandbox/personas.yaml";
    public static final String DOCUMENTS_FILE = "sandbox/documents.yaml";
    public static final String SITES = "sandbox/sites";
    public static final String SCENARIOS = "sandbox/scenarios";
    public static final String SITE_SUFFIX = ".site.yaml";
    public static final String SCENARIO_SUFFIX = ".scenario.yaml";
    static final String MANIFEST_SCHEMA = "schema/sandbox.schema.yaml";
    static final String SITE_SCHEMA = "schema/sandbox-site.schema.yaml";
    static final String SCENARIO_SCHEMA = "schema/sandbox-scenario.schema.yaml";
    static final String PERSONAS_SCHEMA = "schema/sandbox-personas.schema.yaml";
    static final String DOCUMENTS_SCHEMA = "schema/sandbox-documents.schema.yaml";

    private static final Comparator<Problem> BY_FILE_AND_LINE =
            Comparator.comparing(Problem::file).thenComparingInt(Problem::line);

    private final SandboxFiles files;

    public SandboxLoader(SandboxFiles files) {
        this.files = Objects.requireNonNull(files, "files");
    }

    public SandboxLoad load() {
        List<Problem> problems = new ArrayList<>();
        Optional<Sandbox> sandbox = load(problems);
        problems.sort(BY_FILE_AND_LINE);
        return new SandboxLoad(problems.isEmpty() ? sandbox : Optional.empty(), problems);
    }

    private Optional<Sandbox> load(List<Problem> problems) {
        Optional<Rules> manifestSchema = schema(MANIFEST_SCHEMA, problems);
        Optional<Rules> siteSchema = schema(SITE_SCHEMA, problems);
        Optional<Rules> scenarioSchema = schema(SCENARIO_SCHEMA, problems);
        Optional<Rules> personasSchema = schema(PERSONAS_SCHEMA, problems);
        Optional<Rules> documentsSchema = schema(DOCUMENTS_SCHEMA, problems);
        if (manifestSchema.isEmpty() || siteSchema.isEmpty() || scenarioSchema.isEmpty() || personasSchema.isEmpty()
                || documentsSchema.isEmpty()) {
            return Optional.empty();
        }
        Optional<Node> manifestRoot = document(MANIFEST_FILE, manifestSchema.get(), problems);
        if (manifestRoot.isEmpty()) {
            return Optional.empty();
        }
        SandboxManifest manifest = SandboxManifest.read(manifestRoot.get(), problems);
        manifest.reportUnlisted(files, SITES, SCENARIOS, problems);
        Map<String, SpecimenDocument> documents = new LinkedHashMap<>();
        document(DOCUMENTS_FILE, documentsSchema.get(), problems).ifPresent(root -> {
            for (Node node : items(root, "documents")) {
                SpecimenDocument document = SandboxMapper.document(node);
                if (documents.putIfAbsent(document.id(), document) != null) {
                    problems.add(new Problem(DOCUMENTS_FILE, line(node), "document '" + document.id() + "' is written twice"));
                }
            }
        });
        SandboxChecks checks = new SandboxChecks(problems, documents.keySet());

        Map<String, Persona> personas = new LinkedHashMap<>();
        document(PERSONAS_FILE, personasSchema.get(), problems).ifPresent(root -> {
            for (Node node : items(root, "personas")) {
                Persona persona = SandboxMapper.persona(node);
                if (personas.putIfAbsent(persona.id(), persona) != null) {
                    problems.add(new Problem(PERSONAS_FILE, line(node), "persona '" + persona.id() + "' is written twice"));
                }
            }
        });

        Map<String, SandboxChecks.Loaded<Site>> sites = new LinkedHashMap<>();
        Set<String> broken = new HashSet<>();
        for (SandboxManifest.Listed listed : manifest.sites()) {
            String name = listed.id() + SITE_SUFFIX;
            String file = SITES + "/" + name;
            Optional<Node> root = listedDocument(file, "site", listed, siteSchema.get(), problems)
                    .filter(node -> checks.idIsFileName(file, node, name, SITE_SUFFIX));
            root.ifPresentOrElse(node -> sites.put(listed.id(),
                            new SandboxChecks.Loaded<>(file, node, SandboxMapper.site(node))),
                    () -> broken.add(listed.id()));
        }
        sites.values().forEach(site -> checks.site(site, sites, broken));

        List<Scenario> scenarios = new ArrayList<>();
        for (SandboxManifest.Listed listed : manifest.scenarios()) {
            String name = listed.id() + SCENARIO_SUFFIX;
            String file = SCENARIOS + "/" + name;
            listedDocument(file, "scenario", listed, scenarioSchema.get(), problems)
                    .filter(root -> checks.idIsFileName(file, root, name, SCENARIO_SUFFIX))
                    .filter(root -> checks.scenario(file, root, sites, broken, personas))
                    .map(SandboxMapper::scenario)
                    .filter(scenario -> usesItsListedSite(scenario, listed, problems))
                    .ifPresent(scenarios::add);
        }
        if (scenarios.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(MANIFEST_FILE, 1, "no scenario: list one under its site, like caf-se-connecter"));
        }
        Set<String> loaded = scenarios.stream().map(Scenario::id).collect(Collectors.toSet());
        return Optional.of(Sandbox.of(sites.values().stream().map(SandboxChecks.Loaded::value).toList(),
                List.copyOf(personas.values()), scenarios, manifest.listed(loaded), List.copyOf(documents.values())));
    }

    /** A learner finds a scenario under one of the sites it is played on. */
    private static boolean usesItsListedSite(Scenario scenario, SandboxManifest.Listed listed, List<Problem> problems) {
        if (scenario.sites().contains(listed.site())) {
            return true;
        }
        problems.add(new Problem(MANIFEST_FILE, listed.line(), "scenario '" + scenario.id() + "' is listed under site '"
                + listed.site() + "', which it does not use (its sites: " + String.join(", ", scenario.sites()) + ")"));
        return false;
    }

    /** A file the manifest names; when it is missing, the problem is told on the manifest's line. */
    private Optional<Node> listedDocument(String file, String kind, SandboxManifest.Listed listed, Rules schema,
                                          List<Problem> problems) {
        Optional<byte[]> bytes = files.read(file);
        if (bytes.isEmpty()) {
            problems.add(new Problem(MANIFEST_FILE, listed.line(), kind + " '" + listed.id() + "' is listed but "
                    + file + " does not exist"));
            return Optional.empty();
        }
        return document(file, bytes.get(), schema, problems);
    }

    /** A file's node tree when it reads and passes its schema. */
    private Optional<Node> document(String file, Rules schema, List<Problem> problems) {
        Optional<byte[]> bytes = files.read(file);
        if (bytes.isEmpty()) {
            problems.add(new Problem(file, 1, "file not found"));
            return Optional.empty();
        }
        return document(file, bytes.get(), schema, problems);
    }

    private static Optional<Node> document(String file, byte[] bytes, Rules schema, List<Problem> problems) {
        int before = problems.size();
        Optional<Node> root = ContentFileReader.parse(file, bytes, problems);
        root.ifPresent(node -> schema.validate(file, node, problems));
        return problems.size() == before ? root : Optional.empty();
    }

    private Optional<Rules> schema(String file, List<Problem> problems) {
        Optional<byte[]> bytes = files.read(file);
        if (bytes.isEmpty()) {
            problems.add(new Problem(file, 1, "file not found"));
            return Optional.empty();
        }
        return ContentFileReader.schema(file, bytes.get(), problems);
    }
}
