package fr.pasapas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import fr.pasapas.certificates.badges.application.BadgeKeyStore;
import fr.pasapas.certificates.domain.CertificateCode;
import fr.pasapas.people.application.EnrolmentService;
import fr.pasapas.people.domain.Role;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Open Badges 3.0 end to end, inside the server: a learner downloads their certificate as a VC-JWT, and an
 * independent library (Nimbus JOSE+JWT, packaged with this test only) verifies it with nothing but the JWK Set
 * fetched from /.well-known/jwks.json, as a wallet would. Holder-only access, revocation, and one key for every
 * reader of the database.
 */
@ExtendWith(ArquillianExtension.class)
class OpenBadgesIT {

    @Deployment
    static EnterpriseArchive application() throws Exception {
        EnterpriseArchive ear = Deployments.inContainer(OpenBadgesIT.class);
        File nimbus = new File(SignedJWT.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ear.getAsType(WebArchive.class, "pasapas-web.war").addAsLibrary(nimbus);
        return ear;
    }

    @EJB
    private BadgeKeyStore keyStore;

    @EJB
    private EnrolmentService enrolment;

    @Resource(lookup = "java:jboss/datasources/PasAPasDS")
    private DataSource dataSource;

    private final HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void the_holder_downloads_a_credential_that_verifies_with_the_published_jwk_set_alone() throws Exception {
        HttpClient holder = Deployments.loggedIn("apprenant9", "9999", false);
        String code = demoCertificateCode(holder);
        HttpResponse<String> download = holder.send(get("learner/badge/" + code + ".jwt"), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, download.statusCode());
        assertEquals("application/vc+jwt", download.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));

        HttpResponse<String> jwks = anonymous.send(get(".well-known/jwks.json"), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, jwks.statusCode(), "the key set is public");
        JWKSet published = JWKSet.parse(jwks.body());
        assertTrue(published.getKeys().stream().noneMatch(JWK::isPrivate), "the published set must hold no private key");

        SignedJWT jwt = SignedJWT.parse(download.body());
        assertEquals(JWSAlgorithm.ES256, jwt.getHeader().getAlgorithm());
        assertEquals(new JOSEObjectType("vc+jwt"), jwt.getHeader().getType());
        ECKey key = (ECKey) published.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertTrue(key != null, "the credential's kid should name a key of the published set: " + jwt.getHeader().getKeyID());
        assertTrue(jwt.verify(new ECDSAVerifier(key)), "the credential should verify with the published key");

        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        String did = claims.getStringClaim("iss");
        assertTrue(did.startsWith("did:web:localhost%3A"), "the issuer is the platform's did:web: " + did);
        assertEquals(did, ((Map<?, ?>) claims.getClaim("issuer")).get("id"));
        assertEquals(List.of("VerifiableCredential", "OpenBadgeCredential"), claims.getStringListClaim("type"));
        assertEquals(claims.getJWTID(), claims.getStringClaim("id"));
        assertTrue(claims.getNotBeforeTime().toInstant().isBefore(Instant.now()));
        Map<String, Object> subject = claims.getJSONObjectClaim("credentialSubject");
        Map<?, ?> achievement = (Map<?, ?>) subject.get("achievement");
        assertFalse(((List<?>) achievement.get("alignment")).isEmpty(), "the badge class is aligned to DigComp competences");
        assertFalse(download.body().contains("Laurence") || claims.toString().contains("Laurence Morel"),
                "the learner's name travels hashed");

        // the key is also the did:web document's verification method
        String didDocument = anonymous.send(get(".well-known/did.json"), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(didDocument.contains("\"id\":\"" + did + "\"") && didDocument.contains(jwt.getHeader().getKeyID())
                && didDocument.contains(key.getX().toString()), didDocument);

        // the badge class is public at its id, the same description
        HttpResponse<String> badgeClass = anonymous.send(HttpRequest.newBuilder(URI.create((String) achievement.get("id"))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, badgeClass.statusCode());
        assertTrue(badgeClass.body().contains("\"criteria\"") && badgeClass.body().contains("DigComp 2.2")
                && badgeClass.body().contains((String) achievement.get("description")), badgeClass.body());
    }

    @Test
    void a_credential_changed_after_signing_does_not_verify() throws Exception {
        HttpClient holder = Deployments.loggedIn("apprenant9", "9999", false);
        String token = holder.send(get("learner/badge/" + demoCertificateCode(holder) + ".jwt"), HttpResponse.BodyHandlers.ofString()).body();
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String forged = payload.replace("\"DigComp 2.2\"", "\"DigComp 9.9\"");
        assertFalse(forged.equals(payload));
        SignedJWT tampered = SignedJWT.parse(parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(forged.getBytes(StandardCharsets.UTF_8)) + "." + parts[2]);
        JWKSet published = JWKSet.parse(anonymous.send(get(".well-known/jwks.json"), HttpResponse.BodyHandlers.ofString()).body());
        assertFalse(tampered.verify(new ECDSAVerifier((ECKey) published.getKeyByKeyId(tampered.getHeader().getKeyID()))));
    }

    @Test
    void only_the_holder_downloads_the_badge_another_learner_gets_404_and_a_visitor_the_login_page() throws Exception {
        String code = demoCertificateCode(Deployments.loggedIn("apprenant9", "9999", false));
        HttpClient other = Deployments.loggedIn("apprenant3", "3333", false);
        assertEquals(404, other.send(get("learner/badge/" + code + ".jwt"), HttpResponse.BodyHandlers.ofString()).statusCode(),
                "another learner must not get someone's badge");
        assertEquals(404, other.send(get("learner/badge/ABCD-EFGH-JKMN.jwt"), HttpResponse.BodyHandlers.ofString()).statusCode());
        HttpResponse<String> visitor = anonymous.send(get("learner/badge/" + code + ".jwt"), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, visitor.statusCode());
        assertTrue(visitor.headers().firstValue("Location").orElse("").contains("login.xhtml"));
        HttpClient trainer = Deployments.loggedIn("formateur", "Formateur-Demo-2026", true);
        assertEquals(403, trainer.send(get("learner/badge/" + code + ".jwt"), HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void a_withdrawn_certificate_is_named_in_its_revocation_list_and_gives_no_new_badge() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long organisation = enrolment.organisation("Espace numérique " + suffix);
        long learner = enrolment.account(organisation, "badge-" + suffix, "Odile Badge " + suffix, Set.of(Role.LEARNER), "4826", false);
        enrolment.acceptDefaultCharter(learner, organisation);
        String code = CertificateCode.generate();
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("insert into certificate"
                + " (code, learner_id, module_id, content_version, learner_name, module_title, course_title, competences,"
                + " competence_names, estimated_minutes, organisation_name, issued_at) values (?, ?, ?, 1, ?, ?, ?, ?, ?, 20, ?, ?)")) {
            var module = Deployments.catalogue().openTo(false).modules().get(0);
            insert.setString(1, code);
            insert.setLong(2, learner);
            insert.setString(3, module.id());
            insert.setString(4, "Odile Badge " + suffix);
            insert.setString(5, module.title());
            insert.setString(6, "Parcours");
            insert.setString(7, "1.1");
            insert.setString(8, "Naviguer");
            insert.setString(9, "Espace numérique " + suffix);
            insert.setTimestamp(10, Timestamp.from(Instant.now().minusSeconds(3600)));
            insert.executeUpdate();
        }
        HttpClient holder = Deployments.loggedIn("badge-" + suffix, "4826", false);
        String token = holder.send(get("learner/badge/" + code + ".jwt"), HttpResponse.BodyHandlers.ofString()).body();
        JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
        Map<String, Object> status = claims.getJSONObjectClaim("credentialStatus");
        assertEquals("1EdTechRevocationList", status.get("type"));
        String statusUrl = (String) status.get("id");

        HttpResponse<String> valid = anonymous.send(HttpRequest.newBuilder(URI.create(statusUrl)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, valid.statusCode());
        assertTrue(valid.body().contains("\"revokedCredentials\":[]"), "a valid certificate is in no revocation list: " + valid.body());

        try (Connection c = dataSource.getConnection();
             PreparedStatement revoke = c.prepareStatement("update certificate set revoked_at = ? where code = ?")) {
            revoke.setTimestamp(1, Timestamp.from(Instant.now()));
            revoke.setString(2, code);
            assertEquals(1, revoke.executeUpdate());
        }
        String revoked = anonymous.send(HttpRequest.newBuilder(URI.create(statusUrl)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(revoked.contains(claims.getJWTID()) && revoked.contains("\"revoked\":true"),
                "a verifier reading the credential's status should see it withdrawn: " + revoked);
        assertEquals(404, holder.send(get("learner/badge/" + code + ".jwt"), HttpResponse.BodyHandlers.ofString()).statusCode(),
                "a withdrawn certificate gives no new badge");
        assertEquals(404, anonymous.send(get("api/badges/status/ABCD-EFGH-JKMN"), HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void every_reader_of_the_database_gets_the_same_key_the_one_published() throws Exception {
        String first = keyStore.loadOrCreate().thumbprint();
        String second = keyStore.loadOrCreate().thumbprint();
        assertEquals(first, second, "the key is generated once and read back, never replaced");
        try (Connection c = dataSource.getConnection();
             ResultSet row = c.createStatement().executeQuery("select key_id, algorithm from badge_signing_key where purpose = 'open-badges'")) {
            assertTrue(row.next());
            assertEquals(first, row.getString(1), "the key is stored in the database, where every node and every restart finds it");
            assertEquals("ES256", row.getString(2));
        }
        String jwks = anonymous.send(get(".well-known/jwks.json"), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(jwks.contains("#" + first + "\""), "the published key is the stored one: " + jwks);
        assertFalse(jwks.contains("\"d\""));
    }

    @Test
    void nodes_asking_for_a_new_key_at_the_same_moment_get_one_and_the_same_key() throws Exception {
        String purpose = "t-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = dataSource.getConnection();
             PreparedStatement row = c.prepareStatement("insert into badge_signing_key (purpose) values (?)")) {
            row.setString(1, purpose);
            row.executeUpdate();
        }
        int threads = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<String>> keys = new java.util.ArrayList<>();
            for (int i = 0; i < threads; i++) {
                keys.add(pool.submit(() -> {
                    start.await();
                    return keyStore.loadOrCreate(purpose).thumbprint();
                }));
            }
            start.countDown();
            Set<String> distinct = new java.util.HashSet<>();
            for (var key : keys) {
                distinct.add(key.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertEquals(1, distinct.size(), "one key for everyone, whoever came first: " + distinct);
        } finally {
            pool.shutdownNow();
            try (Connection c = dataSource.getConnection();
                 PreparedStatement row = c.prepareStatement("delete from badge_signing_key where purpose = ?")) {
                row.setString(1, purpose);
                row.executeUpdate();
            }
        }
    }

    private String demoCertificateCode(HttpClient holder) throws Exception {
        String modules = holder.send(get("learner/modules.xhtml"), HttpResponse.BodyHandlers.ofString()).body();
        Matcher link = Pattern.compile("learner/certificate/([A-Z0-9-]{14})\\.pdf").matcher(modules);
        assertTrue(link.find(), "the demo learner should have a certificate");
        return link.group(1);
    }

    private static HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + path)).GET().build();
    }
}
