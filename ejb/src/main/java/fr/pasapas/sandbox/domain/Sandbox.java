package fr.pasapas.sandbox.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Everything the sandbox content holds: the sites, the personas and the scenarios played on them. */
public record Sandbox(Map<String, Site> sites, Map<String, Persona> personas, Map<String, Scenario> scenarios) {

    public Sandbox {
        sites = Map.copyOf(sites);
        personas = Map.copyOf(personas);
        scenarios = Map.copyOf(scenarios);
    }

    public static Sandbox of(List<Site> sites, List<Persona> personas, List<Scenario> scenarios) {
        return new Sandbox(index(sites, Site::id), index(personas, Persona::id), index(scenarios, Scenario::id));
    }

    public Optional<Site> site(String id) {
        return Optional.ofNullable(sites.get(id));
    }

    public Optional<Scenario> scenario(String id) {
        return Optional.ofNullable(scenarios.get(id));
    }

    /** A new run of a scenario; the seed fixes the codes the sites send, so a replay gives the same ones. */
    public Run start(String scenarioId, Mode mode, long seed) {
        Scenario scenario = scenario(scenarioId).orElseThrow(() -> new IllegalArgumentException("no scenario " + scenarioId));
        return Run.start(this, scenario, mode, seed);
    }

    private static <T> Map<String, T> index(List<T> values, Function<T, String> id) {
        return values.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
