import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Page weight of a sandbox run page, as a phone (360×640) downloads it on a first visit: Debian's headless
 * Chromium logs in as a demo learner, starts each scenario of /api/catalogue in guided mode from the practice
 * page, then, with the browser cache emptied (the session cookie kept), loads the run page again and adds up
 * the bytes the network carried for it (HTML + CSS + JS + anything else it loads, gzip as served): Chrome's
 * Network.loadingFinished encodedDataLength (headers included), checked against the Performance API's
 * transferSize. Then, cache warm, it presses the guided button once and weighs that next page.
 *
 * <pre>
 * mvn -B -o -q dependency:build-classpath -pl ear -Dmdep.outputFile=/tmp/cp.txt
 * java -cp "$(cat /tmp/cp.txt)" bench/SandboxRunWeight.java http://localhost:8080/ apprenant2 2222
 * </pre>
 * Results go in docs/benchmarks.md. Budget: first visit of a run page ≤ 30 KB.
 */
public class SandboxRunWeight {

    record Resource(String url, String type, String encoding, long bytes) {
    }

    record Weight(List<Resource> resources, long network, long performanceApi) {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080/";
        String user = args.length > 1 ? args[1] : "apprenant2";
        String pin = args.length > 2 ? args[2] : "2222";
        List<String> scenarios = scenarioIds(base);
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("SE_AVOID_STATS", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--lang=fr-FR", "--window-size=360,640");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.PERFORMANCE, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        try {
            chrome.manage().window().setSize(new Dimension(360, 640));
            chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 360, "height", 640, "deviceScaleFactor", 1, "mobile", true));
            chrome.executeCdpCommand("Network.enable", Map.of());
            WebDriverWait wait = new WebDriverWait(chrome, Duration.ofSeconds(20), Duration.ofMillis(20));

            chrome.get(base + "login.xhtml");
            chrome.findElement(By.id("username")).sendKeys(user);
            chrome.findElement(By.id("secret")).sendKeys(pin);
            chrome.findElement(By.id("submit")).click();
            wait.until(d -> !d.getCurrentUrl().contains("login.xhtml"));

            long largest = 0;
            String largestId = null;
            long largestNext = 0;
            for (String scenario : scenarios) {
                chrome.get(base + "practice/index.xhtml");
                chrome.findElement(By.id("start-" + scenario + "-guided")).click();
                wait.until(d -> d.getCurrentUrl().contains("practice/run.xhtml"));
                if (!chrome.findElements(By.id("restart")).isEmpty() && !chrome.findElements(By.id("undo")).isEmpty()) {
                    chrome.findElement(By.id("restart")).click(); // a run left unfinished is resumed: start it over
                    waitLoaded(chrome, wait);
                }
                String run = chrome.getCurrentUrl();

                chrome.get("about:blank");
                chrome.executeCdpCommand("Network.clearBrowserCache", Map.of());
                chrome.manage().logs().get(LogType.PERFORMANCE); // drop what came before
                chrome.get(run);
                waitLoaded(chrome, wait);
                Weight first = weigh(chrome);

                long next = -1;
                List<WebElement> guided = chrome.findElements(By.cssSelector("button.guided, .tab.guided button"));
                if (!guided.isEmpty()) {
                    ((JavascriptExecutor) chrome).executeScript("window.__old = true;");
                    guided.get(0).click();
                    wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                            "return window.__old === undefined && document.readyState === 'complete';")));
                    next = weigh(chrome).network();
                    largestNext = Math.max(largestNext, next);
                }
                System.out.printf("%-34s first visit %6d B (Performance API %6d B), next page %s%n", scenario,
                        first.network(), first.performanceApi(), next < 0 ? "-" : next + " B");
                if (scenario.equals(scenarios.get(0))) {
                    first.resources().forEach(r -> System.out.printf("    %6d B  %-4s %-5s %s%n", r.bytes(), r.type(),
                            r.encoding(), r.url().replace(base, "/")));
                }
                if (first.network() > largest) {
                    largest = first.network();
                    largestId = scenario;
                }
            }
            System.out.printf("largest first visit: %d B (%.1f KB), %s; largest next page: %d B (%.1f KB)%n",
                    largest, largest / 1024.0, largestId, largestNext, largestNext / 1024.0);
        } finally {
            chrome.quit();
        }
    }

    private static void waitLoaded(ChromeDriver chrome, WebDriverWait wait) throws InterruptedException {
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState;")));
        Thread.sleep(300); // deferred requests, if any, land in the log
    }

    /** What the network carried since the last call, from Chrome's log, and the Performance API's own sum. */
    @SuppressWarnings("unchecked")
    private static Weight weigh(ChromeDriver chrome) {
        Map<String, Resource> responses = new LinkedHashMap<>();
        Map<String, Long> finished = new LinkedHashMap<>();
        Json json = new Json();
        for (LogEntry entry : chrome.manage().logs().get(LogType.PERFORMANCE)) {
            Map<String, Object> message = (Map<String, Object>) ((Map<String, Object>) json.toType(entry.getMessage(), Map.class)).get("message");
            Map<String, Object> params = (Map<String, Object>) message.get("params");
            switch ((String) message.get("method")) {
                case "Network.responseReceived" -> {
                    Map<String, Object> response = (Map<String, Object>) params.get("response");
                    Map<String, Object> headers = (Map<String, Object>) response.get("headers");
                    Object encoding = headers.entrySet().stream()
                            .filter(h -> h.getKey().equalsIgnoreCase("content-encoding")).map(Map.Entry::getValue)
                            .findFirst().orElse("none");
                    responses.put((String) params.get("requestId"), new Resource((String) response.get("url"),
                            String.valueOf(params.get("type")).toLowerCase().replace("stylesheet", "css")
                                    .replace("document", "html").replace("script", "js"),
                            String.valueOf(encoding), 0));
                }
                case "Network.loadingFinished" -> finished.put((String) params.get("requestId"),
                        ((Number) params.get("encodedDataLength")).longValue());
                default -> {
                }
            }
        }
        List<Resource> resources = new ArrayList<>();
        responses.forEach((id, r) -> resources.add(new Resource(r.url(), r.type(), r.encoding(),
                finished.getOrDefault(id, 0L))));
        long network = resources.stream().mapToLong(Resource::bytes).sum();
        Number api = (Number) ((JavascriptExecutor) chrome).executeScript(
                "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
                        + ".reduce(function (sum, e) { return sum + e.transferSize; }, 0);");
        return new Weight(resources, network, api.longValue());
    }

    /** The scenario ids, in the order of /api/catalogue. */
    private static List<String> scenarioIds(String base) throws Exception {
        String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "api/catalogue")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String scenarios = body.substring(body.indexOf("\"scenarios\":"));
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("\\{\"id\":\"([a-z0-9-]+)\"").matcher(scenarios);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
