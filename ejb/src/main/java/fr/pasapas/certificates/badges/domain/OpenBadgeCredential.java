package fr.pasapas.certificates.badges.domain;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Builds the Open Badges 3.0 documents of a certificate: the OpenBadgeCredential (a W3C Verifiable Credential,
 * data model 2.0), its Achievement (the badge class, public at its own address) and the JWT payload that secures
 * the credential as a VC-JWT. Pure functions of their inputs: the salt of the learner's hashed name is given.
 */
public final class OpenBadgeCredential {

    /** One factory for every document: Json.createObjectBuilder() looks the JSON-P provider up at each call. */
    static final JsonBuilderFactory JSON = Json.createBuilderFactory(null);

    public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    public static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    public static final String DIGCOMP_FRAMEWORK = "DigComp 2.2";
    /** The JRC's DigComp 2.2 publication (the framework the competence codes come from). */
    public static final String DIGCOMP_URL = "https://publications.jrc.ec.europa.eu/repository/handle/JRC128415";
    /** The JSON Schema of an OpenBadgeCredential, as 1EdTech publishes it for validators. */
    public static final String SCHEMA = "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";
    /** The 1EdTech Revocation List Status Method. */
    public static final String STATUS_TYPE = "1EdTechRevocationList";

    private OpenBadgeCredential() {
    }

    /**
     * The platform as issuer: its DID, the organisation that delivered the certificate as name.
     *
     * @param did     the platform's did:web
     * @param baseUrl the public address, ending with "/"
     */
    public record Issuer(String did, String baseUrl) {

        JsonObject profile(String organisationName) {
            return JSON.createObjectBuilder()
                    .add("id", did)
                    .add("type", JSON.createArrayBuilder().add("Profile"))
                    .add("name", organisationName)
                    .add("url", baseUrl)
                    .add("description", "Structure partenaire de la plateforme Pas-à-Pas, qui a délivré l'attestation.")
                    .build();
        }

        /** The public address of a badge class. */
        public String achievementUrl(BadgeFacts.Kind kind, String id) {
            return baseUrl + "api/badges/achievements/" + kind.pathSegment() + "/" + id;
        }

        /** The public revocation list of one certificate (1EdTech Revocation List Status Method). */
        public String statusUrl(String code) {
            return baseUrl + "api/badges/status/" + code;
        }
    }

    /**
     * The credential's id: a name-based UUID of the certificate code, so the same certificate always has the same
     * credential id (its status is found by it), and the id does not show the code.
     */
    public static String credentialId(String code) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("pasapas:open-badge:" + code).getBytes(StandardCharsets.UTF_8));
    }

    /** When the credential is valid from: the issue instant, to the second (JWT dates are in seconds). */
    public static Instant validFrom(BadgeFacts facts) {
        return facts.issuedAt().truncatedTo(ChronoUnit.SECONDS);
    }

    /** The OpenBadgeCredential of a certificate, unsigned. */
    public static JsonObject credential(BadgeFacts facts, Issuer issuer, String salt) {
        return credentialBuilder(facts, issuer, salt).build();
    }

    /**
     * The JWT claims set of the VC-JWT: the credential itself (VC-JOSE-COSE: no {@code vc} wrapper), with the
     * registered claims that mirror it: {@code iss} = issuer.id, {@code jti} = id, {@code nbf} = validFrom.
     * There is no {@code sub}: the learner has no identifier of their own (see the hashed name).
     */
    public static JsonObject jwtPayload(BadgeFacts facts, Issuer issuer, String salt) {
        return credentialBuilder(facts, issuer, salt)
                .add("iss", issuer.did())
                .add("jti", credentialId(facts.code()))
                .add("nbf", validFrom(facts).getEpochSecond())
                .build();
    }

    /** The JOSE header: ES256, the key's DID URL, the media type of a VC secured as a JWT. */
    public static JsonObject joseHeader(String kid) {
        return JSON.createObjectBuilder().add("alg", "ES256").add("kid", kid).add("typ", "vc+jwt").build();
    }

    /** The badge class, as embedded in credentials and served alone (with a context) at its address. */
    public static JsonObject achievement(BadgeFacts.Achievement achievement, Issuer issuer, boolean standalone) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        if (standalone) {
            json.add("@context", JSON.createArrayBuilder().add(VC_CONTEXT).add(OB_CONTEXT));
        }
        JsonArrayBuilder alignment = JSON.createArrayBuilder();
        for (BadgeFacts.Competence c : achievement.competences()) {
            alignment.add(JSON.createObjectBuilder()
                    .add("type", JSON.createArrayBuilder().add("Alignment"))
                    .add("targetName", c.code() + " " + c.name())
                    .add("targetCode", c.code())
                    .add("targetFramework", DIGCOMP_FRAMEWORK)
                    .add("targetType", "ceasn:Competency")
                    .add("targetUrl", DIGCOMP_URL));
        }
        return json.add("id", issuer.achievementUrl(achievement.kind(), achievement.id()))
                .add("type", JSON.createArrayBuilder().add("Achievement"))
                .add("achievementType", achievement.kind().achievementType())
                .add("name", achievement.name())
                .add("description", achievement.description())
                .add("criteria", JSON.createObjectBuilder().add("narrative", achievement.criteria()))
                .add("alignment", alignment)
                .add("inLanguage", "fr")
                .build();
    }

    /**
     * The learner as the spec identifies a subject without an identifier of their own: an IdentityObject of type
     * "name", hashed with a salt ({@code sha256$} + hex of SHA-256(name + salt)), so the credential does not show the
     * name to whoever reads it but proves it to whoever is told it.
     */
    public static JsonObject identity(String learnerName, String salt) {
        return JSON.createObjectBuilder()
                .add("type", "IdentityObject")
                .add("identityHash", identityHash(learnerName, salt))
                .add("identityType", "name")
                .add("hashed", true)
                .add("salt", salt)
                .build();
    }

    public static String identityHash(String value, String salt) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((value + salt).getBytes(StandardCharsets.UTF_8));
            return "sha256$" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonObjectBuilder credentialBuilder(BadgeFacts facts, Issuer issuer, String salt) {
        return JSON.createObjectBuilder()
                .add("@context", JSON.createArrayBuilder().add(VC_CONTEXT).add(OB_CONTEXT))
                .add("id", credentialId(facts.code()))
                .add("type", JSON.createArrayBuilder().add("VerifiableCredential").add("OpenBadgeCredential"))
                .add("name", "Attestation Pas-à-Pas : " + facts.achievement().name())
                .add("issuer", issuer.profile(facts.organisationName()))
                .add("validFrom", DateTimeFormatter.ISO_INSTANT.format(validFrom(facts)))
                .add("credentialSubject", JSON.createObjectBuilder()
                        .add("type", JSON.createArrayBuilder().add("AchievementSubject"))
                        .add("identifier", JSON.createArrayBuilder().add(identity(facts.learnerName(), salt)))
                        .add("achievement", achievement(facts.achievement(), issuer, false)))
                .add("credentialStatus", JSON.createObjectBuilder()
                        .add("id", issuer.statusUrl(facts.code()))
                        .add("type", STATUS_TYPE))
                .add("credentialSchema", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                        .add("id", SCHEMA).add("type", "1EdTechJsonSchemaValidator2019")));
    }

    /**
     * The revocation list of one certificate, as the 1EdTech Revocation List Status Method serves it: empty while
     * the certificate is valid, naming its credential once it is withdrawn.
     */
    public static JsonObject revocationList(BadgeFacts facts, Issuer issuer) {
        JsonArrayBuilder revoked = JSON.createArrayBuilder();
        if (facts.revoked()) {
            revoked.add(JSON.createObjectBuilder().add("id", credentialId(facts.code())).add("revoked", true));
        }
        return JSON.createObjectBuilder()
                .add("id", issuer.statusUrl(facts.code()))
                .add("issuer", issuer.did())
                .add("revokedCredentials", revoked)
                .build();
    }
}
