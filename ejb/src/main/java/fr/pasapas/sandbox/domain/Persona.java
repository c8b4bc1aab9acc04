package fr.pasapas.sandbox.domain;

import java.util.Map;
import java.util.Optional;

/**
 * One of the shared cast (REPLICAS.md §0.4): a fictitious person whose SPECIMEN data (real formats, fake values)
 * the learner copies, e.g. {@code nir13}, {@code allocataire}, {@code password}.
 */
public record Persona(String id, String name, String email, Map<String, String> data) {

    public Persona {
        data = Map.copyOf(data);
    }

    public Optional<String> value(String key) {
        return Optional.ofNullable(data.get(key));
    }
}
