import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One learner, many requests at once: N connections share ONE session (two tabs, a double tap, a tablet
 * that resends) and, for S seconds, open steps of a module and answer them, right or wrong, sometimes twice
 * with the same form (a double tap). Prints the responses by status and the number of errors (4xx, 5xx or
 * failed requests). Redirects (302, the answer's post-redirect-get) count as success.
 *
 * <pre>java bench/SameLearner.java [base-url] [username] [pin] [connections] [seconds] [module]</pre>
 */
public class SameLearner {

    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");
    private static final Pattern CHOICE = Pattern.compile("name=\"choice\" value=\"([^\"]+)\"");
    private static final Pattern STEP = Pattern.compile("data-step=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = arg(args, 0, "http://localhost:8080/");
        String user = arg(args, 1, "apprenant1");
        String pin = arg(args, 2, "1111");
        int connections = Integer.parseInt(arg(args, 3, "20"));
        int seconds = Integer.parseInt(arg(args, 4, "20"));
        String module = arg(args, 5, "ecran-tactile");

        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        login(client, base, user, pin);

        Map<String, AtomicLong> byStatus = new ConcurrentHashMap<>();
        AtomicLong failures = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(connections);
        for (int c = 0; c < connections; c++) {
            final int n = c;
            new Thread(() -> {
                int i = 0;
                while (System.nanoTime() < end) {
                    try {
                        String url = base + "learner/step.xhtml?module=" + module;
                        HttpResponse<String> page = send(client, HttpRequest.newBuilder(URI.create(url)).GET(), byStatus);
                        Matcher token = TOKEN.matcher(page.body());
                        Matcher step = STEP.matcher(page.body());
                        if (token.find() && step.find()) {
                            String post = base + "learner/step.xhtml?module=" + module + "&step=" + step.group(1);
                            Matcher choice = CHOICE.matcher(page.body());
                            String form = "do=answer&token=" + token.group(1);
                            if (choice.find()) {
                                form += "&choice=" + choice.group(1);
                            }
                            int taps = (n + i) % 3 == 0 ? 2 : 1; // every third answer is a double tap
                            for (int t = 0; t < taps; t++) {
                                send(client, HttpRequest.newBuilder(URI.create(post))
                                        .header("Content-Type", "application/x-www-form-urlencoded")
                                        .POST(HttpRequest.BodyPublishers.ofString(form)), byStatus);
                            }
                        } else if (page.body().contains("value=\"next\"") && step.reset().find()) {
                            send(client, HttpRequest.newBuilder(URI.create(base + "learner/step.xhtml?module=" + module
                                    + "&step=" + step.group(1))).header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString("do=next")), byStatus);
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                    i++;
                }
                done.countDown();
            }).start();
        }
        done.await();
        long total = byStatus.values().stream().mapToLong(AtomicLong::get).sum();
        long errors = failures.get() + byStatus.entrySet().stream()
                .filter(e -> e.getKey().compareTo("400") >= 0).mapToLong(e -> e.getValue().get()).sum();
        System.out.printf("same learner (%s), %d connections, %d s, module %s%n", user, connections, seconds, module);
        System.out.printf("requests: %d (%.0f/s)%n", total, total / (double) seconds);
        System.out.println("by status: " + new TreeMap<>(byStatus));
        System.out.println("errors: " + errors + (failures.get() > 0 ? " (" + failures.get() + " failed requests)" : ""));
        System.exit(errors == 0 ? 0 : 1);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request, Map<String, AtomicLong> byStatus)
            throws Exception {
        HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        byStatus.computeIfAbsent(String.valueOf(response.statusCode()), k -> new AtomicLong()).incrementAndGet();
        return response;
    }

    private static void login(HttpClient client, String base, String user, String pin) throws Exception {
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher vs = VIEW_STATE.matcher(page);
        if (!vs.find()) {
            throw new IllegalStateException("no login form at " + base);
        }
        String form = "login=login&staff=false&submit=x&username=" + enc(user) + "&secret=" + enc(pin)
                + "&jakarta.faces.ViewState=" + enc(vs.group(1));
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("login")) {
            throw new IllegalStateException("login refused for " + user + " (" + r.statusCode() + ")");
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String arg(String[] args, int i, String fallback) {
        return args.length > i ? args[i] : fallback;
    }
}
