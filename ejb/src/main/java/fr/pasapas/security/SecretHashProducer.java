package fr.pasapas.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/** Gives each {@link SecretHash} injection point its own Pbkdf2PasswordHash, initialised with our parameters. */
@ApplicationScoped
public class SecretHashProducer {

    @Produces
    @SecretHash
    Pbkdf2PasswordHash configured(Pbkdf2PasswordHash hash) {
        hash.initialize(SecretHashing.parameters());
        return hash;
    }
}
