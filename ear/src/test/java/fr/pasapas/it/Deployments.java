package fr.pasapas.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The real application archive, as the build made it (ear/target/pasapas.ear). */
final class Deployments {

    private Deployments() {
    }

    static EnterpriseArchive application() {
        File ear = new File(System.getProperty("pasapas.ear", "target/pasapas.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("Build the application first: " + ear + " is missing");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /**
     * The application with these test classes in its web archive, for tests that run inside the server; the
     * Arquillian runner servlet is reachable without a login.
     */
    static EnterpriseArchive inContainer(Class<?>... testClasses) throws java.io.IOException {
        EnterpriseArchive ear = application();
        org.jboss.shrinkwrap.api.spec.WebArchive war = ear.getAsType(org.jboss.shrinkwrap.api.spec.WebArchive.class, "pasapas-web.war");
        war.addClasses(testClasses);
        war.addClass(Deployments.class);
        String webXml = new String(war.get("WEB-INF/web.xml").getAsset().openStream().readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        war.delete("WEB-INF/web.xml");
        war.setWebXML(new org.jboss.shrinkwrap.api.asset.StringAsset(webXml.replace("<url-pattern>/favicon.ico</url-pattern>",
                "<url-pattern>/favicon.ico</url-pattern><url-pattern>/ArquillianServletRunnerEE9</url-pattern>")));
        return ear;
    }

    /** The course content as the tests' server reads it (a copy of content/). */
    static fr.pasapas.catalogue.domain.Catalogue catalogue() {
        var result = new fr.pasapas.catalogue.infrastructure.content.ContentLoader(
                new fr.pasapas.catalogue.infrastructure.content.DirectoryContentSource(java.nio.file.Path.of(
                        System.getProperty("pasapas.content.dir", "../content")))).load();
        if (!result.ok()) {
            throw new AssertionError("content should be valid: " + result.report());
        }
        return result.catalogue();
    }

    /** The sandbox content (sites, personas, scenarios) as the tests' server reads it. */
    static fr.pasapas.sandbox.domain.Sandbox sandbox() {
        var load = new fr.pasapas.sandbox.infrastructure.content.SandboxLoader(
                new fr.pasapas.sandbox.infrastructure.content.DirectorySandboxFiles(java.nio.file.Path.of(
                        System.getProperty("pasapas.content.dir", "../content")))).load();
        if (!load.ok()) {
            throw new AssertionError("sandbox content should be valid: " + load.problems());
        }
        return load.sandbox().orElseThrow();
    }

    /** The JSF view state of the first form of a page, to send a form as a browser would. */
    static String viewState(String page) {
        var m = java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        if (!m.find()) {
            throw new AssertionError("the page should have a form");
        }
        return java.net.URLEncoder.encode(m.group(1), java.nio.charset.StandardCharsets.UTF_8);
    }

    static String baseUrl() {
        // in the server (in-container tests) the build's property is absent: the platform's own public address is it
        return System.getProperty("pasapas.test.base.url", System.getProperty("pasapas.public.url", "http://localhost:8180/"));
    }

    /** A client logged in through the login page as a user would (cookies kept, redirects followed). */
    static java.net.http.HttpClient loggedIn(String username, String secret, boolean staff) throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(java.net.http.HttpClient.Redirect.NORMAL).build();
        String page = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + "login.xhtml"
                        + (staff ? "?staff=true" : ""))).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        String form = "login=login&username=" + username + "&secret=" + secret + "&staff=" + staff
                + "&submit=x&jakarta.faces.ViewState=" + viewState(page);
        java.net.http.HttpResponse<String> after = client.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(baseUrl() + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        if (after.body().contains("incorrect")) {
            throw new AssertionError("login of " + username + " should succeed");
        }
        return client;
    }
}
