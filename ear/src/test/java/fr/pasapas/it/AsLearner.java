package fr.pasapas.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.function.Supplier;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls services from an in-container test as a learner of the first organisation, in two of its workshops ({@code assign-learner}). */
@Stateless
@RunAs("LEARNER")
@RunAsPrincipal("assign-learner")
@PermitAll
public class AsLearner {

    public <T> T call(Supplier<T> work) {
        return work.get();
    }

    public void run(Runnable work) {
        work.run();
    }
}
