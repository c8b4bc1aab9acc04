package fr.pasapas.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.pasapas.people.domain.LoginPolicy;
import fr.pasapas.people.domain.Role;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProductionGuardTest {

    @Test
    void demo_mode_starts_on_anything() {
        assertEquals(Optional.empty(), ProductionGuard.refusal(false, "H2", List.of("admin")));
    }

    @Test
    void production_mode_refuses_h2_and_says_what_to_set() {
        String reason = ProductionGuard.refusal(true, "H2", List.of()).orElseThrow();
        assertTrue(reason.contains("PASAPAS_DB_URL"), reason);
        assertTrue(!reason.contains("\n"), "one log line");
    }

    @Test
    void production_mode_refuses_demo_accounts_and_names_them() {
        String reason = ProductionGuard.refusal(true, "MariaDB", List.of("admin", "apprenant1")).orElseThrow();
        assertTrue(reason.contains("admin, apprenant1"), reason);
    }

    @Test
    void production_mode_starts_on_mariadb_without_demo_accounts() {
        assertEquals(Optional.empty(), ProductionGuard.refusal(true, "MariaDB", List.of()));
    }

    @Test
    void every_demo_account_has_a_valid_username_and_learners_a_valid_pin() {
        for (DemoData.DemoAccount a : DemoData.accounts()) {
            assertTrue(LoginPolicy.isValidUsername(a.username()), a.username());
            assertTrue(a.role() == Role.LEARNER ? LoginPolicy.isValidPin(a.secret()) : LoginPolicy.isValidPassword(a.secret()),
                    a.username());
        }
        assertEquals(12, DemoData.accounts().stream().filter(a -> a.role() == Role.LEARNER).count());
    }
}
