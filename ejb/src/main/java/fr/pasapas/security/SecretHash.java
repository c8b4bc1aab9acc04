package fr.pasapas.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import jakarta.inject.Qualifier;

/**
 * The container's {@code Pbkdf2PasswordHash} initialised with {@link SecretHashing#parameters()}: inject
 * {@code @Inject @SecretHash Pbkdf2PasswordHash} to hash or verify PINs and passwords.
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE})
public @interface SecretHash {
}
