package fr.pasapas.sandbox.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything the sandbox content holds: the sites, the personas and the scenarios played on them, each in the
 * order of the content ({@code sandbox/sandbox.yaml}: the order learners see them), and under which site each
 * scenario is listed for learners.
 *
 * @param listed    the scenario ids listed under each site, in order; only sites with scenarios
 * @param documents the documents the sites let learners download, by id
 */
public record Sandbox(Map<String, Site> sites, Map<String, Persona> personas, Map<String, Scenario> scenarios,
                      Map<String, List<String>> listed, Map<String, SpecimenDocument> documents) {

    public Sandbox {
        documents = ordered(documents == null ? Map.of() : documents);
        sites = ordered(sites);
        personas = ordered(personas);
        scenarios = ordered(scenarios);
        Map<String, List<String>> lists = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> entry : listed.entrySet()) {
            for (String id : entry.getValue()) {
                if (!scenarios.containsKey(id)) {
                    throw new IllegalArgumentException("scenario " + id + " listed under " + entry.getKey() + " is unknown");
                }
            }
            lists.put(entry.getKey(), List.copyOf(entry.getValue()));
        }
        listed = Collections.unmodifiableMap(lists);
    }

    /** The content with each scenario listed under the site it starts on. */
    public static Sandbox of(List<Site> sites, List<Persona> personas, List<Scenario> scenarios) {
        Map<String, List<String>> listed = new LinkedHashMap<>();
        scenarios.forEach(s -> listed.computeIfAbsent(s.start().site(), site -> new ArrayList<>()).add(s.id()));
        return of(sites, personas, scenarios, listed);
    }

    public static Sandbox of(List<Site> sites, List<Persona> personas, List<Scenario> scenarios,
                             Map<String, List<String>> listed) {
        return of(sites, personas, scenarios, listed, List.of());
    }

    public static Sandbox of(List<Site> sites, List<Persona> personas, List<Scenario> scenarios,
                             Map<String, List<String>> listed, List<SpecimenDocument> documents) {
        return new Sandbox(index(sites, Site::id), index(personas, Persona::id), index(scenarios, Scenario::id), listed,
                index(documents, SpecimenDocument::id));
    }

    public Optional<SpecimenDocument> document(String id) {
        return Optional.ofNullable(documents.get(id));
    }

    public Optional<Site> site(String id) {
        return Optional.ofNullable(sites.get(id));
    }

    public Optional<Persona> persona(String id) {
        return Optional.ofNullable(personas.get(id));
    }

    public Optional<Scenario> scenario(String id) {
        return Optional.ofNullable(scenarios.get(id));
    }

    /** The scenarios listed under a site, in order; none for a site without any or an unknown one. */
    public List<Scenario> listedUnder(String siteId) {
        return listed.getOrDefault(siteId, List.of()).stream().map(scenarios::get).toList();
    }

    /** A new run of a scenario; the seed fixes the codes the sites send, so a replay gives the same ones. */
    public Run start(String scenarioId, Mode mode, long seed) {
        Scenario scenario = scenario(scenarioId).orElseThrow(() -> new IllegalArgumentException("no scenario " + scenarioId));
        return Run.start(this, scenario, mode, seed);
    }

    private static <T> Map<String, T> index(List<T> values, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        values.forEach(value -> map.putIfAbsent(id.apply(value), value));
        return map;
    }

    /** An unmodifiable copy that keeps the order (Map.copyOf would lose it). */
    private static <T> Map<String, T> ordered(Map<String, T> values) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
