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

    /** The persona's data {@code key}; {@code name} and {@code email} are the persona's own when no data has that key. */
    public Optional<String> value(String key) {
        if (data.containsKey(key)) {
            return Optional.of(data.get(key));
        }
        return switch (key) {
            case "name" -> Optional.of(name);
            case "email" -> Optional.of(email);
            default -> Optional.empty();
        };
    }
}
