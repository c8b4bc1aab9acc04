package fr.pasapas.sandbox.infrastructure.content;

import static fr.pasapas.sandbox.infrastructure.content.YamlNodes.items;
import static fr.pasapas.sandbox.infrastructure.content.YamlNodes.line;
import static fr.pasapas.sandbox.infrastructure.content.YamlNodes.text;

import fr.pasapas.catalogue.application.ContentFileReader.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * {@code sandbox/sandbox.yaml} once it passed its schema: the sites in order, each with the scenarios listed
 * under it, and the line of each id (a site or a scenario listed twice is reported and kept once).
 */
final class SandboxManifest {

    static final String FILE = "sandbox/sandbox.yaml";

    /** A listed id and its line in the manifest; {@code site} is the site a scenario is listed under. */
    record Listed(String id, String site, int line) {
    }

    private final List<Listed> sites = new ArrayList<>();
    private final List<Listed> scenarios = new ArrayList<>();

    private SandboxManifest() {
    }

    static SandboxManifest read(Node root, List<Problem> problems) {
        SandboxManifest manifest = new SandboxManifest();
        Map<String, Integer> siteLines = new HashMap<>();
        Map<String, Integer> scenarioLines = new HashMap<>();
        for (Node entry : items(root, "sites")) {
            String site = text(entry, "id");
            Node idNode = YamlNodes.get(entry, "id").orElse(entry);
            if (once(siteLines, "site", site, line(idNode), problems)) {
                manifest.sites.add(new Listed(site, null, line(idNode)));
            }
            for (Node scenario : items(entry, "scenarios")) {
                String id = text(scenario).orElse("");
                if (once(scenarioLines, "scenario", id, line(scenario), problems)) {
                    manifest.scenarios.add(new Listed(id, site, line(scenario)));
                }
            }
        }
        return manifest;
    }

    private static boolean once(Map<String, Integer> lines, String kind, String id, int line, List<Problem> problems) {
        Integer first = lines.putIfAbsent(id, line);
        if (first != null) {
            problems.add(new Problem(FILE, line, kind + " '" + id + "' is listed twice (first on line " + first + ")"));
            return false;
        }
        return true;
    }

    List<Listed> sites() {
        return List.copyOf(sites);
    }

    List<Listed> scenarios() {
        return List.copyOf(scenarios);
    }

    /**
     * When the files can be listed (a folder on disk), every site and scenario file of the folders is one the
     * manifest names: a file left out would silently be missing from the platform.
     */
    void reportUnlisted(SandboxFiles files, String sitesFolder, String scenariosFolder, List<Problem> problems) {
        unlisted(files, sitesFolder, SandboxLoader.SITE_SUFFIX, ids(sites), "a site", problems);
        unlisted(files, scenariosFolder, SandboxLoader.SCENARIO_SUFFIX, ids(scenarios), "a scenario under its site",
                problems);
    }

    private static void unlisted(SandboxFiles files, String folder, String suffix, Set<String> listed, String what,
                                 List<Problem> problems) {
        files.list(folder).orElse(List.of()).stream()
                .filter(name -> name.endsWith(suffix))
                .filter(name -> !listed.contains(name.substring(0, name.length() - suffix.length())))
                .forEach(name -> problems.add(new Problem(folder + "/" + name, 1, "not listed in " + FILE
                        + ": add '" + name.substring(0, name.length() - suffix.length()) + "' there as " + what
                        + ", or remove the file")));
    }

    private static Set<String> ids(List<Listed> listed) {
        return listed.stream().map(Listed::id).collect(java.util.stream.Collectors.toSet());
    }

    /** The scenario ids listed under each site, in order, among those that loaded. */
    Map<String, List<String>> listed(Set<String> loaded) {
        Map<String, List<String>> bySite = new LinkedHashMap<>();
        scenarios.stream().filter(scenario -> loaded.contains(scenario.id()))
                .forEach(scenario -> bySite.computeIfAbsent(scenario.site(), site -> new ArrayList<>()).add(scenario.id()));
        return bySite;
    }
}
