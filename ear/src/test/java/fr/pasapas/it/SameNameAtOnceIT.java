package fr.pasapas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.pasapas.people.application.Organisations;
import fr.pasapas.people.application.StaffAccountException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Names that must stay unique and that no existing row can guard: an organisation's name, a new coordinator's
 * username. Four admins (or one double tap) creating the same at the same moment make one, and the others are told
 * in words ("nameTaken", "usernameTaken"), never an error page.
 */
@ExtendWith(ArquillianExtension.class)
class SameNameAtOnceIT {

    private static final int AT_ONCE = 4;

    @Deployment
    static EnterpriseArchive application() throws java.io.IOException {
        return Deployments.inContainer(SameNameAtOnceIT.class, AsAdmin.class);
    }

    @EJB
    private Organisations organisations;

    @EJB
    private AsAdmin admin;

    @Test
    void the_same_organisation_created_four_times_at_once_is_created_once_and_the_others_are_told() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        Map<String, Integer> outcomes = atOnce(i -> organisations.create("Centre social " + suffix,
                "Coordinatrice " + (char) ('A' + i), "coord-" + suffix + "-" + i));
        assertEquals(Map.of("created", 1, "organisations.error.nameTaken", AT_ONCE - 1), outcomes);
        assertEquals(1, admin.call(() -> organisations.all()).stream()
                .filter(o -> o.name().equals("Centre social " + suffix)).count());
    }

    @Test
    void the_same_coordinator_username_in_four_new_organisations_at_once_is_given_once_and_the_others_are_told() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        Map<String, Integer> outcomes = atOnce(i -> organisations.create("PIMMS " + suffix + " " + (char) ('A' + i),
                "Coordinateur", "coord-" + suffix));
        assertEquals(Map.of("created", 1, "staff.error.usernameTaken", AT_ONCE - 1), outcomes);
        assertEquals(1, admin.call(() -> organisations.all()).stream()
                .filter(o -> o.name().startsWith("PIMMS " + suffix)).count(), "a refused creation leaves no organisation");
    }

    private interface Creation {
        void create(int i);
    }

    /** Runs the creations at once as the admin; counts each outcome: "created" or the refusal's message key. */
    private Map<String, Integer> atOnce(Creation creation) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        admin.call(() -> {
                            creation.create(n);
                            return null;
                        });
                        return "created";
                    } catch (StaffAccountException e) {
                        return e.messageKey();
                    } catch (EJBException e) {
                        throw new AssertionError("an error instead of a message", e);
                    }
                }));
            }
            start.countDown();
            Map<String, Integer> outcomes = new TreeMap<>();
            for (Future<String> result : results) {
                outcomes.merge(result.get(), 1, Integer::sum);
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
