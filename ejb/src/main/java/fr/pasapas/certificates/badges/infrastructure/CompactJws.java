package fr.pasapas.certificates.badges.infrastructure;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;

/**
 * Signs a JOSE header and a payload (both JSON text) as a compact JWS with ES256 (RFC 7515, RFC 7518 3.4): the
 * JDK's ECDSA with the signature as the fixed-length R || S that JOSE wants, not DER.
 */
public final class CompactJws {

    public static final String ES256 = "ES256";

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private CompactJws() {
    }

    public static String signEs256(String headerJson, String payloadJson, PrivateKey key) {
        String signingInput = BASE64URL.encodeToString(headerJson.getBytes(StandardCharsets.UTF_8)) + "."
                + BASE64URL.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8));
        try {
            Signature ecdsa = Signature.getInstance("SHA256withECDSAinP1363Format");
            ecdsa.initSign(key);
            ecdsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + BASE64URL.encodeToString(ecdsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The credential could not be signed", e);
        }
    }
}
