package fr.pasapas.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.function.Supplier;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls services from an in-container test as the demo admin, {@code admin}. */
@Stateless
@RunAs("ADMIN")
@RunAsPrincipal("admin")
@PermitAll
public class AsAdmin {

    public <T> T call(Supplier<T> work) {
        return work.get();
    }
}
