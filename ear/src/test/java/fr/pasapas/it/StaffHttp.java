package fr.pasapas.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A staff member's browser without a browser: logs in with the staff form and asks for pages and files. */
final class StaffHttp {

    private final HttpClient client;
    private final String base;

    private StaffHttp(HttpClient client, String base) {
        this.client = client;
        this.base = base;
    }

    static StaffHttp login(String base, String username, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        StaffHttp staff = new StaffHttp(client, base);
        String page = staff.get("login.xhtml?staff=true").body();
        String form = "login=login&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&secret="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&staff=true&submit=x&jakarta.faces.ViewState="
                + Deployments.viewState(page);
        HttpResponse<String> after = client.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(!after.body().contains("incorrect"), "the login of " + username + " should succeed");
        return staff;
    }

    HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
