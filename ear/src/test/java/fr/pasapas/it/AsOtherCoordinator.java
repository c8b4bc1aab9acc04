package fr.pasapas.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.function.Supplier;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls services from an in-container test as {@value #USERNAME}, a coordinator of another organisation. */
@Stateless
@RunAs("PARTNER")
@RunAsPrincipal(AsOtherCoordinator.USERNAME)
@PermitAll
public class AsOtherCoordinator {

    static final String USERNAME = "coordinateur.autre";

    public <T> T call(Supplier<T> work) {
        return work.get();
    }
}
