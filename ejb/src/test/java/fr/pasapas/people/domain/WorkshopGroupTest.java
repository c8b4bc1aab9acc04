package fr.pasapas.people.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkshopGroupTest {

    @Test
    void the_creator_leads_a_new_workshop_and_stays_first_while_colleagues_join_and_leave() {
        WorkshopGroup group = new WorkshopGroup(1, 7, "Mardi", Instant.EPOCH);
        assertEquals(List.of(7L), group.getTrainerIds());
        group.replaceTrainers(Set.of(9L, 7L, 8L));
        assertEquals(List.of(7L, 8L, 9L), group.getTrainerIds());
        group.replaceTrainers(Set.of(9L, 7L));
        assertEquals(List.of(7L, 9L), group.getTrainerIds());
        group.replaceTrainers(Set.of(9L));
        assertEquals(List.of(9L), group.getTrainerIds(), "the creator may hand the workshop over");
        assertEquals(7L, group.getCreatedBy(), "who created it is still known");
    }

    @Test
    void a_workshop_never_loses_its_last_trainer() {
        WorkshopGroup group = new WorkshopGroup(1, 7, "Mardi", Instant.EPOCH);
        assertThrows(IllegalArgumentException.class, () -> group.replaceTrainers(Set.of()));
        assertEquals(List.of(7L), group.getTrainerIds());
    }
}
