package fr.pasapas.certificates.badges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.pasapas.certificates.badges.domain.BadgeFacts;
import fr.pasapas.certificates.badges.domain.OpenBadgeCredential;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenBadgeCredentialTest {

    static final OpenBadgeCredential.Issuer ISSUER = new OpenBadgeCredential.Issuer("did:web:pasapas.example.org",
            "https://pasapas.example.org/");

    static BadgeFacts facts(boolean revoked) {
        return new BadgeFacts("ABCD-EFGH-JKMN", "Laurence Morel",
                new BadgeFacts.Achievement(BadgeFacts.Kind.MODULE, "ecran-tactile", "Utiliser un écran tactile",
                        "Toucher, glisser, taper.", "Terminer toutes les étapes du module.",
                        List.of(new BadgeFacts.Competence("1.1", "Naviguer, rechercher et filtrer"),
                                new BadgeFacts.Competence("5.1", "Résoudre des problèmes techniques"))),
                Instant.parse("2026-03-02T09:15:30.123Z"), "Centre social Les Tilleuls", revoked);
    }

    private final JsonObject credential = OpenBadgeCredential.credential(facts(false), ISSUER, "0011aabb");

    @Test
    void the_credential_declares_the_vc_2_0_and_open_badges_3_0_contexts_and_types() {
        assertEquals(List.of(OpenBadgeCredential.VC_CONTEXT, OpenBadgeCredential.OB_CONTEXT), strings(credential.getJsonArray("@context")));
        assertEquals("https://www.w3.org/ns/credentials/v2", credential.getJsonArray("@context").getString(0),
                "the VC data model 2.0 context must come first");
        assertEquals(List.of("VerifiableCredential", "OpenBadgeCredential"), strings(credential.getJsonArray("type")));
        assertTrue(credential.getString("id").startsWith("urn:uuid:"));
        assertEquals("2026-03-02T09:15:30Z", credential.getString("validFrom"));
        assertTrue(credential.getString("name").contains("Utiliser un écran tactile"));
        JsonObject schema = credential.getJsonArray("credentialSchema").getJsonObject(0);
        assertEquals("1EdTechJsonSchemaValidator2019", schema.getString("type"));
        assertTrue(schema.getString("id").endsWith("ob_v3p0_achievementcredential_schema.json"));
    }

    @Test
    void the_issuer_is_a_profile_with_the_platform_did_and_the_organisation_name() {
        JsonObject issuer = credential.getJsonObject("issuer");
        assertEquals("did:web:pasapas.example.org", issuer.getString("id"));
        assertEquals(List.of("Profile"), strings(issuer.getJsonArray("type")));
        assertEquals("Centre social Les Tilleuls", issuer.getString("name"));
    }

    @Test
    void the_subject_is_an_achievement_subject_known_by_a_salted_hash_of_the_learner_name() {
        JsonObject subject = credential.getJsonObject("credentialSubject");
        assertEquals(List.of("AchievementSubject"), strings(subject.getJsonArray("type")));
        JsonObject identity = subject.getJsonArray("identifier").getJsonObject(0);
        assertEquals("IdentityObject", identity.getString("type"));
        assertEquals("name", identity.getString("identityType"));
        assertTrue(identity.getBoolean("hashed"));
        assertEquals("0011aabb", identity.getString("salt"));
        // sha256("Laurence Morel0011aabb"), computed apart: echo -n 'Laurence Morel0011aabb' | sha256sum
        assertEquals("sha256$2750125beec084f0c877909f82f1f018d82875dc2de513263520efbf982dff2a", identity.getString("identityHash"));
        assertTrue(identity.getString("identityHash").matches("sha256\\$[0-9a-f]{64}"));
        assertFalse(credential.toString().contains("Laurence"), "the learner's name should not be readable in the credential");
        assertNotEquals(OpenBadgeCredential.identityHash("Laurence Morel", "0011aabc"), identity.getString("identityHash"),
                "another salt gives another hash");
    }

    @Test
    void the_achievement_describes_the_module_its_criteria_and_its_digcomp_alignment() {
        JsonObject achievement = credential.getJsonObject("credentialSubject").getJsonObject("achievement");
        assertEquals("https://pasapas.example.org/api/badges/achievements/modules/ecran-tactile", achievement.getString("id"));
        assertEquals(List.of("Achievement"), strings(achievement.getJsonArray("type")));
        assertEquals("Utiliser un écran tactile", achievement.getString("name"));
        assertEquals("Toucher, glisser, taper.", achievement.getString("description"));
        assertEquals("Terminer toutes les étapes du module.", achievement.getJsonObject("criteria").getString("narrative"));
        JsonArray alignment = achievement.getJsonArray("alignment");
        assertEquals(2, alignment.size());
        JsonObject first = alignment.getJsonObject(0);
        assertEquals(List.of("Alignment"), strings(first.getJsonArray("type")));
        assertEquals("1.1", first.getString("targetCode"));
        assertEquals("DigComp 2.2", first.getString("targetFramework"));
        assertTrue(first.getString("targetName").contains("Naviguer"));
        assertTrue(first.getString("targetUrl").startsWith("https://publications.jrc.ec.europa.eu/"));
        assertFalse(achievement.containsKey("@context"), "an embedded achievement carries no context of its own");
        assertTrue(OpenBadgeCredential.achievement(facts(false).achievement(), ISSUER, true).containsKey("@context"),
                "the badge class served alone does");
    }

    @Test
    void the_status_points_at_the_public_revocation_list_of_the_certificate() {
        JsonObject status = credential.getJsonObject("credentialStatus");
        assertEquals("1EdTechRevocationList", status.getString("type"));
        assertEquals("https://pasapas.example.org/api/badges/status/ABCD-EFGH-JKMN", status.getString("id"));
        assertEquals(0, OpenBadgeCredential.revocationList(facts(false), ISSUER).getJsonArray("revokedCredentials").size());
        JsonObject revoked = OpenBadgeCredential.revocationList(facts(true), ISSUER).getJsonArray("revokedCredentials").getJsonObject(0);
        assertEquals(credential.getString("id"), revoked.getString("id"), "the list names the withdrawn credential by its id");
        assertTrue(revoked.getBoolean("revoked"));
    }

    @Test
    void the_jwt_payload_is_the_credential_with_iss_jti_and_nbf_mirroring_it() {
        JsonObject payload = OpenBadgeCredential.jwtPayload(facts(false), ISSUER, "0011aabb");
        assertEquals(credential.getJsonObject("issuer").getString("id"), payload.getString("iss"));
        assertEquals(credential.getString("id"), payload.getString("jti"));
        assertEquals(Instant.parse(credential.getString("validFrom")).getEpochSecond(), payload.getJsonNumber("nbf").longValue());
        assertFalse(payload.containsKey("vc"), "VC-JOSE-COSE: the payload is the credential, not wrapped in vc");
        assertEquals(credential.getJsonObject("credentialSubject"), payload.getJsonObject("credentialSubject"));
        JsonObject header = OpenBadgeCredential.joseHeader("did:web:pasapas.example.org#k1");
        assertEquals("ES256", header.getString("alg"));
        assertEquals("vc+jwt", header.getString("typ"));
        assertEquals("did:web:pasapas.example.org#k1", header.getString("kid"));
    }

    @Test
    void the_same_certificate_always_has_the_same_credential_id_and_two_certificates_two_ids() {
        assertEquals(OpenBadgeCredential.credentialId("ABCD-EFGH-JKMN"), OpenBadgeCredential.credentialId("ABCD-EFGH-JKMN"));
        assertNotEquals(OpenBadgeCredential.credentialId("ABCD-EFGH-JKMN"), OpenBadgeCredential.credentialId("ABCD-EFGH-JKMP"));
        assertFalse(OpenBadgeCredential.credentialId("ABCD-EFGH-JKMN").contains("ABCD"));
    }

    static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
