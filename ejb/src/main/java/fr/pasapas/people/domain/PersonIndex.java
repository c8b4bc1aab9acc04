package fr.pasapas.people.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * People already known (the learners of an organisation, the lines read so far), found again by
 * {@link PersonKey#samePersonAs}: in constant time by name, whatever their number.
 *
 * @param <T> what is known of each person (a line number, a learner)
 */
public final class PersonIndex<T> {

    private record Known<T>(PersonKey key, T value) {
    }

    private final Map<String, List<Known<T>>> byName = new HashMap<>();

    public void add(PersonKey key, T value) {
        byName.computeIfAbsent(key.name(), n -> new ArrayList<>(1)).add(new Known<>(key, value));
    }

    /** The first person added who is the same person as {@code key}. */
    public Optional<T> find(PersonKey key) {
        return byName.getOrDefault(key.name(), List.of()).stream().filter(k -> k.key().samePersonAs(key))
                .map(Known::value).findFirst();
    }
}
