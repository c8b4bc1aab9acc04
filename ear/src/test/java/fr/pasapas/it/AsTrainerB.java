package fr.pasapas.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.function.Supplier;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls services from an in-container test as a trainer of the second organisation ({@code assign-trainer-b}). */
@Stateless
@RunAs("TRAINER")
@RunAsPrincipal("assign-trainer-b")
@PermitAll
public class AsTrainerB {

    public <T> T call(Supplier<T> work) {
        return work.get();
    }

    public void run(Runnable work) {
        work.run();
    }
}
