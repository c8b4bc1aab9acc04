package fr.pasapas.certificates.badges.application;

import fr.pasapas.certificates.badges.domain.PublicJwk;
import fr.pasapas.certificates.badges.infrastructure.EcKeys;
import java.security.PrivateKey;
import java.security.interfaces.ECPublicKey;

/**
 * The platform's signing key pair. Its {@link #toString()} shows the key's id only, so that a log line never
 * holds the private key.
 *
 * @param thumbprint the RFC 7638 thumbprint of the public key
 */
public record PlatformKey(String thumbprint, ECPublicKey publicKey, PrivateKey privateKey) {

    public PublicJwk publicJwk() {
        return new PublicJwk(thumbprint, EcKeys.x(publicKey), EcKeys.y(publicKey));
    }

    @Override
    public String toString() {
        return "PlatformKey[" + thumbprint + "]";
    }
}
