package fr.pasapas.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.function.Supplier;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls services from CertificateVerificationIT as {@value #USERNAME} (TRAINER). */
@Stateless
@RunAs("TRAINER")
@RunAsPrincipal(AsVerifyTrainerA.USERNAME)
@PermitAll
public class AsVerifyTrainerA {

    static final String USERNAME = "verif.trainer.a";

    public <T> T call(Supplier<T> work) {
        return work.get();
    }
}
