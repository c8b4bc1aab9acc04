package fr.pasapas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * For in-container tests of the staff pages: organisations and accounts written straight to the database, and
 * staff members who log in and read pages as a browser would, at the address the tests' server was started with.
 */
final class TestStaff {

    private TestStaff() {
    }

    static long organisation(Connection c, String name) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("insert into organisation (name, created_at) values (?, current_timestamp)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, name);
            insert.executeUpdate();
            return generatedKey(insert);
        }
    }

    static long account(Connection c, long organisationId, String username, String name, String role, String hash)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("insert into account (organisation_id, username, display_name, role,"
                + " secret_hash, demo, failed_logins, created_at, version) values (?, ?, ?, ?, ?, false, 0, current_timestamp, 0)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, organisationId);
            insert.setString(2, username);
            insert.setString(3, name);
            insert.setString(4, role);
            insert.setString(5, hash);
            insert.executeUpdate();
            return generatedKey(insert);
        }
    }

    private static long generatedKey(PreparedStatement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    /** A client logged in on the staff login page, keeping its session in {@code cookies}. */
    static HttpClient loggedIn(String username, String password, CookieManager cookies) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();
        String page = get(client, "login.xhtml?staff=true").body();
        String form = "login=login&username=" + username + "&secret=" + password + "&staff=true"
                + "&submit=x&jakarta.faces.ViewState=" + Deployments.viewState(page);
        HttpResponse<String> after = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertFalse(after.body().contains("incorrect"), "the login of " + username + " should succeed");
        return client;
    }

    static HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The page's HTML, which must be a 200. */
    static String body(HttpClient client, String path) throws Exception {
        HttpResponse<String> response = get(client, path);
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    /** Inside the server, the address the tests' server was started with. */
    static String baseUrl() {
        return System.getProperty("pasapas.public.url", "http://localhost:8180/");
    }
}
