package fr.pasapas.certificates.badges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import fr.pasapas.certificates.badges.domain.OpenBadgeCredential;
import fr.pasapas.certificates.badges.domain.PublicJwk;
import fr.pasapas.certificates.badges.infrastructure.CompactJws;
import fr.pasapas.certificates.badges.infrastructure.EcKeys;
import java.security.KeyPair;
import java.security.interfaces.ECPublicKey;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The platform signs with the JDK alone; Nimbus JOSE+JWT, an independent library, verifies with nothing but the
 * published JWK Set, as a wallet would.
 */
class VcJwtSignatureTest {

    private static final String DID = "did:web:pasapas.example.org";

    private final KeyPair pair = EcKeys.generate();
    private final ECPublicKey publicKey = (ECPublicKey) pair.getPublic();
    private final PublicJwk jwk = new PublicJwk(EcKeys.thumbprint(publicKey), EcKeys.x(publicKey), EcKeys.y(publicKey));

    private String signed() {
        return CompactJws.signEs256(OpenBadgeCredential.joseHeader(jwk.kid(DID)).toString(),
                OpenBadgeCredential.jwtPayload(OpenBadgeCredentialTest.facts(false), OpenBadgeCredentialTest.ISSUER, "00ff").toString(),
                pair.getPrivate());
    }

    @Test
    void a_credential_signed_by_the_platform_verifies_with_the_published_jwk_set_alone() throws Exception {
        JWKSet published = JWKSet.parse(jwk.jwks(DID).toString());
        SignedJWT jwt = SignedJWT.parse(signed());
        assertEquals(JWSAlgorithm.ES256, jwt.getHeader().getAlgorithm());
        assertEquals(new JOSEObjectType("vc+jwt"), jwt.getHeader().getType());
        ECKey key = (ECKey) published.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertTrue(key != null && !key.isPrivate(), "the header's kid should name a public key of the set");
        assertTrue(jwt.verify(new ECDSAVerifier(key)), "the signature should verify");
        assertEquals("did:web:pasapas.example.org", jwt.getJWTClaimsSet().getIssuer(), "iss is the issuer's DID");
        Map<String, Object> subject = jwt.getJWTClaimsSet().getJSONObjectClaim("credentialSubject");
        assertTrue(subject.containsKey("achievement"));
    }

    @Test
    void a_credential_changed_after_signing_fails_verification() throws Exception {
        String[] parts = signed().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8);
        String forged = payload.replace("Utiliser un écran tactile", "Expert en cybersécurité");
        assertFalse(forged.equals(payload));
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(forged.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];
        ECKey key = (ECKey) JWKSet.parse(jwk.jwks(DID).toString()).getKeys().get(0);
        assertFalse(SignedJWT.parse(tampered).verify(new ECDSAVerifier(key)), "a changed credential must not verify");
    }

    @Test
    void a_credential_signed_by_another_key_fails_verification() throws Exception {
        KeyPair other = EcKeys.generate();
        String foreign = CompactJws.signEs256(OpenBadgeCredential.joseHeader(jwk.kid(DID)).toString(), "{\"iss\":\"x\"}",
                other.getPrivate());
        ECKey key = (ECKey) JWKSet.parse(jwk.jwks(DID).toString()).getKeys().get(0);
        assertFalse(SignedJWT.parse(foreign).verify(new ECDSAVerifier(key)));
    }

    @Test
    void the_published_key_has_no_private_part_and_its_id_ends_with_its_rfc_7638_thumbprint() throws Exception {
        ECKey key = (ECKey) JWKSet.parse(jwk.jwks(DID).toString()).getKeys().get(0);
        assertFalse(key.isPrivate());
        assertFalse(jwk.jwks(DID).toString().contains("\"d\""));
        assertEquals(key.computeThumbprint().toString(), EcKeys.thumbprint(publicKey));
        assertEquals(DID + "#" + key.computeThumbprint(), key.getKeyID());
    }

    @Test
    void the_stored_encodings_give_back_the_same_keys() throws Exception {
        ECPublicKey read = EcKeys.decodePublic(EcKeys.encodePublic(publicKey));
        assertEquals(publicKey, read);
        String signedWithRead = CompactJws.signEs256("{\"alg\":\"ES256\"}", "{}", EcKeys.decodePrivate(EcKeys.encodePrivate(pair.getPrivate())));
        assertTrue(SignedJWT.parse(signedWithRead).verify(new ECDSAVerifier(publicKey)));
    }

    @Test
    void the_did_document_lists_the_key_as_a_json_web_key_2020_for_assertions() {
        var doc = jwk.didDocument(DID);
        assertEquals(DID, doc.getString("id"));
        var method = doc.getJsonArray("verificationMethod").getJsonObject(0);
        assertEquals("JsonWebKey2020", method.getString("type"));
        assertEquals(jwk.kid(DID), method.getString("id"));
        assertEquals(DID, method.getString("controller"));
        assertEquals(jwk.x(), method.getJsonObject("publicKeyJwk").getString("x"));
        assertEquals(jwk.kid(DID), doc.getJsonArray("assertionMethod").getString(0));
    }
}
