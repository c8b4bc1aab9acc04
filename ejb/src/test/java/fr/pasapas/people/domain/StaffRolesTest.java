package fr.pasapas.people.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffRolesTest {

    private static Account staff(Role role) {
        return new Account(new Organisation("PIMMS", Instant.EPOCH), "k.durand", "Karim Durand", role, "hash", false, Instant.EPOCH);
    }

    @Test
    void a_coordinator_can_also_be_a_trainer_and_the_main_role_follows_the_highest() {
        Account account = staff(Role.TRAINER);
        assertEquals(Set.of(Role.TRAINER), account.getRoles());
        account.replaceStaffRoles(EnumSet.of(Role.TRAINER, Role.PARTNER));
        assertEquals(Set.of(Role.TRAINER, Role.PARTNER), account.getRoles());
        assertEquals(Role.PARTNER, account.getRole());
        account.replaceStaffRoles(EnumSet.of(Role.TRAINER));
        assertEquals(Role.TRAINER, account.getRole());
    }

    @Test
    void a_learner_or_an_admin_never_gets_staff_roles_and_staff_never_become_admin() {
        assertThrows(IllegalArgumentException.class, () -> staff(Role.LEARNER).replaceStaffRoles(EnumSet.of(Role.TRAINER)));
        assertThrows(IllegalArgumentException.class, () -> staff(Role.ADMIN).replaceStaffRoles(EnumSet.of(Role.PARTNER)));
        assertThrows(IllegalArgumentException.class, () -> staff(Role.TRAINER).replaceStaffRoles(EnumSet.of(Role.ADMIN)));
        assertThrows(IllegalArgumentException.class, () -> staff(Role.TRAINER).replaceStaffRoles(EnumSet.noneOf(Role.class)));
    }

    @Test
    void a_first_password_is_long_enough_has_no_look_alike_characters_and_differs_each_time() {
        Random random = new Random(42);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String password = StaffPasswords.generate(random);
            assertTrue(password.matches("[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}"), password);
            assertTrue(LoginPolicy.isValidPassword(password), password);
            assertTrue(password.chars().noneMatch(c -> "0O1lI".indexOf(c) >= 0), password);
            seen.add(password);
        }
        assertEquals(1000, seen.size());
        assertNotEquals(StaffPasswords.generate(new Random(1)), StaffPasswords.generate(new Random(2)));
    }
}
