package fr.pasapas.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.function.Supplier;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls services from an in-container test as the demo organisation's coordinator, {@code partenaire}. */
@Stateless
@RunAs("PARTNER")
@RunAsPrincipal("partenaire")
@PermitAll
public class AsDemoCoordinator {

    public <T> T call(Supplier<T> work) {
        return work.get();
    }
}
