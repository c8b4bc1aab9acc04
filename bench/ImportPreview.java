import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The preview of a 10,000-line file of beneficiaries, as a coordinator gets it: generates a realistic CSV
 * (Windows-1252, semicolons, accented names, birth dates, phones, e-mails, languages) of N lines, logs in as a
 * coordinator, then R times sends it to /trainer/import.xhtml and times the response that shows the preview
 * (upload + reading + checks against the organisation's learners and workshops + the first page of lines).
 * Prints each time, the median and the maximum. Writes nothing to the database (a preview only).
 *
 * <pre>java bench/ImportPreview.java [base-url] [username] [password] [lines] [repeats] [file-to-write]</pre>
 */
public class ImportPreview {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final String[] LAST = {"MARTIN", "LEFÈVRE", "NGUYÊN", "EL AMRANI", "BENSAÏD", "O’CONNOR", "DA SILVA",
        "KOUASSI", "CŒUR", "DIALLO", "GARÇON", "TRAORÉ", "PHAM", "MÜLLER", "LE GALL", "ZERROUKI", "MENDES", "DUVAL"};
    private static final String[] FIRST = {"Hélène", "Thi Hông", "Fatima Zahra", "Abdelkader", "Brigitte", "João",
        "Adjoua", "Françoise", "Mamadou", "Aimé", "Aïssata", "Van Duc", "Jürgen", "Maëlle", "Nour el Houda", "Léon"};

    public static void main(String[] args) throws Exception {
        String base = arg(args, 0, "http://localhost:8080/");
        String user = arg(args, 1, "partenaire");
        String password = arg(args, 2, "Partenaire-Demo-2026");
        int lines = Integer.parseInt(arg(args, 3, "10000"));
        int repeats = Integer.parseInt(arg(args, 4, "5"));
        byte[] file = generate(lines);
        if (args.length > 5) {
            Files.write(Path.of(args[5]), file);
        }
        System.out.printf("file: %,d lines, %,d bytes (windows-1252, ;)%n", lines, file.length);

        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        login(client, base, user, password);
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            String page = get(client, base + "trainer/import.xhtml");
            Matcher vs = VIEW_STATE.matcher(page);
            if (!vs.find()) {
                throw new IllegalStateException("no import form: is " + user + " a coordinator?");
            }
            String boundary = "----pasapas" + System.nanoTime();
            byte[] body = multipart(boundary, vs.group(1), file);
            long start = System.nanoTime();
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "trainer/import.xhtml"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
            long millis = (System.nanoTime() - start) / 1_000_000;
            // the count as the page writes it in French: 10 000 with a (narrow) no-break space
            String shown = r.body().replaceAll("[\\s\u00a0\u202f]|&nbsp;|&#160;|&#8239;", "");
            if (r.statusCode() != 200 || !shown.contains(lines + "ligne(s)depersonnes")) {
                Files.writeString(Path.of("/tmp/import-preview-failed.html"), r.body());
                throw new IllegalStateException("no preview of " + lines + " lines (" + r.statusCode() + ")");
            }
            times.add(millis);
            System.out.printf("preview %d: %,d ms (%,d bytes of HTML)%n", i + 1, millis, r.body().length());
        }
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        System.out.printf("median %,d ms, max %,d ms (target < 5,000 ms)%n", sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
    }

    /** N distinct people (the line number in letters makes each first name new): every line is valid. */
    static byte[] generate(int lines) {
        Random random = new Random(42);
        StringBuilder csv = new StringBuilder("Nom;Prénom;Date de naissance;Téléphone;Courriel;Langue;Atelier\r\n");
        for (int i = 0; i < lines; i++) {
            String first = FIRST[i % FIRST.length] + " " + letters(i);
            csv.append(LAST[random.nextInt(LAST.length)]).append(';').append(first).append(';')
                    .append(String.format("%02d/%02d/%d", 1 + random.nextInt(28), 1 + random.nextInt(12), 1930 + random.nextInt(75)))
                    .append(';').append(i % 3 == 0 ? "" : String.format("06 %02d %02d %02d %02d", random.nextInt(100),
                            random.nextInt(100), random.nextInt(100), random.nextInt(100)))
                    .append(';').append(i % 5 == 0 ? "personne" + i + "@exemple.fr" : "")
                    .append(';').append(i % 4 == 0 ? "" : "français").append(";\r\n");
        }
        return csv.toString().getBytes(Charset.forName("windows-1252"));
    }

    private static String letters(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = n; ; i /= 26) {
            s.append((char) ('a' + i % 26));
            if (i < 26) {
                return s.toString();
            }
        }
    }

    private static byte[] multipart(String boundary, String viewState, byte[] file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        field(out, boundary, "upload", "upload");
        field(out, boundary, "upload:send", "x");
        field(out, boundary, "jakarta.faces.ViewState", viewState);
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"upload:file\"; filename=\"beneficiaires.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void field(ByteArrayOutputStream out, String boundary, String name, String value) {
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static void login(HttpClient client, String base, String user, String password) throws Exception {
        Matcher vs = VIEW_STATE.matcher(get(client, base + "login.xhtml?staff=true"));
        if (!vs.find()) {
            throw new IllegalStateException("no login form at " + base);
        }
        String form = "login=login&staff=true&submit=x&username=" + enc(user) + "&secret=" + enc(password)
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
