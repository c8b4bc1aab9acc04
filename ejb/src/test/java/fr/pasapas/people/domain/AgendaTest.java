package fr.pasapas.people.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.pasapas.people.domain.Agenda.Due;
import fr.pasapas.people.domain.Agenda.Reaching;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgendaTest {

    private static final LocalDate MAY_3 = LocalDate.of(2027, 5, 3);
    private static final LocalDate MAY_10 = LocalDate.of(2027, 5, 10);
    private static final LocalDate MAY_20 = LocalDate.of(2027, 5, 20);
    private static final Map<String, List<String>> COURSES = Map.of("email", List.of("adresse", "lire", "ecrire"));
    private static final Set<String> MODULES = Set.of("adresse", "lire", "ecrire", "wifi", "clavier");

    private static List<Due> modules(Reaching... reaching) {
        return Agenda.modules(List.of(reaching), c -> COURSES.getOrDefault(c, List.of()), MODULES::contains);
    }

    @Test
    void a_course_shows_as_its_modules_in_the_course_order() {
        assertEquals(List.of(new Due("adresse", "", MAY_10, "Mardi"), new Due("lire", "", MAY_10, "Mardi"),
                        new Due("ecrire", "", MAY_10, "Mardi")),
                modules(new Reaching(AssignedItem.course("email"), MAY_10, "Mardi")));
    }

    @Test
    void a_module_asked_twice_shows_once_with_the_earliest_date_and_the_workshop_that_asked_it_then() {
        assertEquals(List.of(new Due("lire", "", MAY_3, null), new Due("adresse", "", MAY_10, "Mardi"),
                        new Due("ecrire", "", MAY_10, "Mardi")),
                modules(new Reaching(AssignedItem.course("email"), MAY_10, "Mardi"),
                        new Reaching(AssignedItem.module("lire"), MAY_3, null),
                        new Reaching(AssignedItem.module("lire"), MAY_20, "Jeudi")));
    }

    @Test
    void a_date_wins_over_no_date_and_the_soonest_comes_first_with_no_date_last() {
        assertEquals(List.of(new Due("clavier", "", MAY_3, "Jeudi"), new Due("wifi", "", MAY_20, "Mardi"),
                        new Due("lire", "", null, "Mardi")),
                modules(new Reaching(AssignedItem.module("lire"), null, "Mardi"),
                        new Reaching(AssignedItem.module("wifi"), null, "Jeudi"),
                        new Reaching(AssignedItem.module("wifi"), MAY_20, "Mardi"),
                        new Reaching(AssignedItem.module("clavier"), MAY_3, "Jeudi")));
    }

    @Test
    void equal_dates_keep_the_order_in_which_they_were_assigned() {
        assertEquals(List.of("wifi", "clavier", "lire"), modules(new Reaching(AssignedItem.module("wifi"), MAY_10, null),
                new Reaching(AssignedItem.module("clavier"), MAY_10, null),
                new Reaching(AssignedItem.module("lire"), MAY_10, null)).stream().map(Due::id).toList());
    }

    @Test
    void modules_and_courses_the_catalogue_no_longer_has_are_left_out_and_scenarios_are_not_modules() {
        assertEquals(List.of("wifi"), modules(new Reaching(AssignedItem.module("gone"), MAY_3, null),
                new Reaching(AssignedItem.course("gone-course"), MAY_3, null),
                new Reaching(AssignedItem.scenario("caf-se-connecter", "guided"), MAY_3, null),
                new Reaching(AssignedItem.module("wifi"), null, null)).stream().map(Due::id).toList());
    }

    @Test
    void a_scenario_shows_once_per_mode_with_its_earliest_date_soonest_first() {
        assertEquals(List.of(new Due("caf", "alone", MAY_3, "Jeudi"), new Due("caf", "guided", MAY_10, null),
                        new Due("ameli", "guided", null, "Mardi")),
                Agenda.scenarios(List.of(new Reaching(AssignedItem.scenario("ameli", "guided"), null, "Mardi"),
                        new Reaching(AssignedItem.scenario("caf", "guided"), MAY_20, "Mardi"),
                        new Reaching(AssignedItem.scenario("caf", "guided"), MAY_10, null),
                        new Reaching(AssignedItem.module("wifi"), MAY_3, null),
                        new Reaching(AssignedItem.scenario("caf", "alone"), MAY_3, "Jeudi"))));
    }

    @Test
    void what_is_done_goes_after_what_is_left_to_do_each_in_its_order() {
        assertEquals(List.of("b", "d", "a", "c"), Agenda.doneLast(List.of("a", "b", "c", "d"), Set.of("a", "c")::contains));
    }
}
