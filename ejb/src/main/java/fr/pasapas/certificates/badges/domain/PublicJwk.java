package fr.pasapas.certificates.badges.domain;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * The public half of the platform's P-256 signing key as a JWK, never with its private member {@code d}.
 *
 * @param thumbprint the RFC 7638 thumbprint: the fragment of the key's id
 * @param x          the x coordinate, base64url
 * @param y          the y coordinate, base64url
 */
public record PublicJwk(String thumbprint, String x, String y) {

    /** The key's id as signatures name it: the DID URL of the verification method, {@code did:web:...#thumbprint}. */
    public String kid(String did) {
        return did + "#" + thumbprint;
    }

    /** The JWK with its id, algorithm and use. */
    public JsonObject json(String did) {
        return Json.createObjectBuilder()
                .add("kty", "EC").add("crv", "P-256").add("x", x).add("y", y)
                .add("kid", kid(did)).add("alg", "ES256").add("use", "sig").build();
    }

    /** The JWK Set published at /.well-known/jwks.json. */
    public JsonObject jwks(String did) {
        return Json.createObjectBuilder().add("keys", Json.createArrayBuilder().add(json(did))).build();
    }

    /**
     * The DID document published for {@code did:web}: the key as a JsonWebKey2020 verification method, usable to
     * check assertions (credentials) made by the platform.
     */
    public JsonObject didDocument(String did) {
        JsonObject jwk = Json.createObjectBuilder().add("kty", "EC").add("crv", "P-256").add("x", x).add("y", y).build();
        return Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add("https://www.w3.org/ns/did/v1")
                        .add("https://w3id.org/security/suites/jws-2020/v1"))
                .add("id", did)
                .add("verificationMethod", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("id", kid(did)).add("type", "JsonWebKey2020").add("controller", did).add("publicKeyJwk", jwk)))
                .add("authentication", Json.createArrayBuilder().add(kid(did)))
                .add("assertionMethod", Json.createArrayBuilder().add(kid(did)))
                .build();
    }
}
