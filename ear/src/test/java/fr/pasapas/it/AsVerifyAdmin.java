package fr.pasapas.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.function.Supplier;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls services from CertificateVerificationIT as {@value #USERNAME} (ADMIN). */
@Stateless
@RunAs("ADMIN")
@RunAsPrincipal(AsVerifyAdmin.USERNAME)
@PermitAll
public class AsVerifyAdmin {

    static final String USERNAME = "verif.admin";

    public <T> T call(Supplier<T> work) {
        return work.get();
    }
}
