package fr.pasapas.certificates.badges.domain;

import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;

/**
 * The public half of the platform's P-256 signing key as a JWK, never with its private member {@code d}.
 *
 * @param thumbprint the RFC 7638 thumbprint: the fragment of the key's id
 * @param x          the x coordinate, base64url
 * @param y          the y coordinate, base64url
 */
public record PublicJwk(String thumbprint, String x, String y) {

    private static final JsonBuilderFactory JSON = OpenBadgeCredential.JSON;

    /** The key's id as signatures name it: the DID URL of the verification method, {@code did:web:...#thumbprint}. */
    public String kid(String did) {
        return did + "#" + thumbprint;
    }

    /** The JWK with its id, algorithm and use. */
    public JsonObject json(String did) {
        return JSON.createObjectBuilder()
                .add("kty", "EC").add("crv", "P-256").add("x", x).add("y", y)
                .add("kid", kid(did)).add("alg", "ES256").add("use", "sig").build();
    }

    /** The JWK Set published at /.well-known/jwks.json. */
    public JsonObject jwks(String did) {
        return JSON.createObjectBuilder().add("keys", JSON.createArrayBuilder().add(json(did))).build();
    }

    /**
     * The DID document published for {@code did:web}: the key as a JsonWebKey2020 verification method, usable to
     * check assertions (credentials) made by the platform.
     */
    public JsonObject didDocument(String did) {
        JsonObject jwk = JSON.createObjectBuilder().add("kty", "EC").add("crv", "P-256").add("x", x).add("y", y).build();
        return JSON.createObjectBuilder()
                .add("@context", JSON.createArrayBuilder().add("https://www.w3.org/ns/did/v1")
                        .add("https://w3id.org/security/suites/jws-2020/v1"))
                .add("id", did)
                .add("verificationMethod", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                        .add("id", kid(did)).add("type", "JsonWebKey2020").add("controller", did).add("publicKeyJwk", jwk)))
                .add("authentication", JSON.createArrayBuilder().add(kid(did)))
                .add("assertionMethod", JSON.createArrayBuilder().add(kid(did)))
                .build();
    }
}
