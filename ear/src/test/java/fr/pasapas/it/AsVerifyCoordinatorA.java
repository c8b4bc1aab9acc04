package fr.pasapas.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.function.Supplier;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls services from CertificateVerificationIT as {@value #USERNAME} (PARTNER). */
@Stateless
@RunAs("PARTNER")
@RunAsPrincipal(AsVerifyCoordinatorA.USERNAME)
@PermitAll
public class AsVerifyCoordinatorA {

    static final String USERNAME = "verif.coord.a";

    public <T> T call(Supplier<T> work) {
        return work.get();
    }
}
