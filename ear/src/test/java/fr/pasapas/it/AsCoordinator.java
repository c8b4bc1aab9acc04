package fr.pasapas.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.function.Supplier;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls services from an in-container test as the coordinator {@value #USERNAME} (see BeneficiaryImportIT). */
@Stateless
@RunAs("PARTNER")
@RunAsPrincipal(AsCoordinator.USERNAME)
@PermitAll
public class AsCoordinator {

    static final String USERNAME = "coordinatrice.import";

    public <T> T call(Supplier<T> work) {
        return work.get();
    }
}
