package fr.pasapas.people.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What a learner was asked to do, in the order to do it: the rules that turn the assignments reaching them
 * (their own and their workshops') into one list of modules and one of scenarios.
 * <ul>
 *   <li>a course stands for its modules, in the course's order;</li>
 *   <li>a module (or a scenario in a mode) asked twice is shown once, with the earliest due date;</li>
 *   <li>soonest due date first, no date last; equal dates keep the order of assignment;</li>
 *   <li>what is done goes after what is left to do ({@link #doneLast}).</li>
 * </ul>
 */
public final class Agenda {

    private Agenda() {
    }

    /**
     * One assignment as it reaches a learner, in the order it was made.
     *
     * @param via the workshop it came through, or null when it was asked of the learner alone
     */
    public record Reaching(AssignedItem item, LocalDate dueDate, String via) {
    }

    /**
     * One thing to do.
     *
     * @param id   a module id, or a scenario id
     * @param mode a scenario's mode; empty for a module
     * @param via  the workshop of the earliest assignment, or null when it was asked of the learner alone
     */
    public record Due(String id, String mode, LocalDate dueDate, String via) {
    }

    private static final Comparator<Due> SOONEST = Comparator.comparing(Due::dueDate,
            Comparator.nullsLast(Comparator.naturalOrder()));

    /**
     * The modules to do. {@code modulesOfCourse} gives a course's modules in order (none for a course the
     * catalogue no longer has); {@code moduleExists} drops modules the catalogue no longer has.
     */
    public static List<Due> modules(List<Reaching> reaching, Function<String, List<String>> modulesOfCourse,
                                    Predicate<String> moduleExists) {
        Map<String, Due> byModule = new LinkedHashMap<>();
        for (Reaching r : reaching) {
            List<String> modules = switch (r.item().kind()) {
                case COURSE -> modulesOfCourse.apply(r.item().id());
                case MODULE -> moduleExists.test(r.item().id()) ? List.of(r.item().id()) : List.of();
                case SCENARIO -> List.of();
            };
            for (String module : modules) {
                byModule.merge(module, new Due(module, "", r.dueDate(), r.via()), Agenda::earlier);
            }
        }
        return sorted(byModule.values());
    }

    /** The scenarios to practise, each in its mode. */
    public static List<Due> scenarios(List<Reaching> reaching) {
        Map<String, Due> byScenario = new LinkedHashMap<>();
        for (Reaching r : reaching) {
            if (r.item().kind() == ItemKind.SCENARIO) {
                byScenario.merge(r.item().id() + ":" + r.item().mode(),
                        new Due(r.item().id(), r.item().mode(), r.dueDate(), r.via()), Agenda::earlier);
            }
        }
        return sorted(byScenario.values());
    }

    /** The same items, those left to do first and those done after, each part in its order. */
    public static <T> List<T> doneLast(List<T> items, Predicate<T> done) {
        List<T> result = new ArrayList<>(items.stream().filter(done.negate()).toList());
        result.addAll(items.stream().filter(done).toList());
        return result;
    }

    private static Due earlier(Due kept, Due other) {
        return SOONEST.compare(other, kept) < 0 ? other : kept;
    }

    private static List<Due> sorted(java.util.Collection<Due> dues) {
        return dues.stream().sorted(SOONEST).toList();
    }
}
