package fr.pasapas.certificates.infrastructure.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import fr.pasapas.certificates.infrastructure.pdf.CertificateDocument.Competence;

/**
 * Manual tools, skipped in normal builds.
 * <ul>
 * <li>{@code -Dpasapas.cert.sample=/tmp/cert-sample.pdf} writes a sample certificate to look at
 * (e.g. {@code pdftoppm -png -r 80 /tmp/cert-sample.pdf /tmp/cert-sample});</li>
 * <li>{@code -Dpasapas.cert.bench=true} prints a rough render throughput.</li>
 * </ul>
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CertificateSampleAndBenchmarkTest {

    @Test
    @EnabledIfSystemProperty(named = "pasapas.cert.sample", matches = ".+")
    void writes_a_sample_certificate_for_visual_review() throws IOException {
        Path target = Path.of(System.getProperty("pasapas.cert.sample"));
        CertificatePdfRenderer renderer = new CertificatePdfRenderer();
        Files.write(target, renderer.render(CertificatePdfRendererTest.sample()));
        System.out.println("Sample certificate written to " + target);

        // stress variants next to it: long texts everywhere, many competences, the bare minimum
        String base = target.toString().replaceFirst("\\.pdf$", "");
        CertificateDocument stress = new CertificateDocument(
                "Marie-Clémentine Anne-Sophie Nguyễn-Ørsted de La Rochefoucauld-Aubigné",
                "Comprendre et remplir pas à pas sa déclaration de revenus en ligne sur le site impots.gouv.fr "
                        + "avec son numéro fiscal",
                "Démarches administratives en ligne : impôts, caisse d'allocations familiales, assurance maladie "
                        + "et retraite",
                List.of(new Competence("2.3", "Participer à la citoyenneté par les technologies numériques"),
                        new Competence("4.2", "Protéger les données personnelles et la vie privée"),
                        new Competence("1.1", "Naviguer, rechercher et filtrer des données, informations et "
                                + "contenus numériques"),
                        new Competence("5.2", "Identifier des besoins et des réponses technologiques")),
                135, LocalDate.of(2027, 1, 1),
                "Association départementale pour l'inclusion numérique et l'accès aux droits du Val-de-Marne",
                "PAP-7K3Q-9XW2-ZZZZ",
                URI.create("https://attestations.pas-a-pas.example.gouv.fr/verification/certificats/2026/11/"
                        + "PAP-7K3Q-9XW2-ZZZZ?lang=fr"));
        Files.write(Path.of(base + "-long.pdf"), renderer.render(stress));
        List<Competence> many = IntStream.rangeClosed(1, 21)
                .mapToObj(i -> new Competence((i / 5 + 1) + "." + (i % 5 + 1),
                        "Protéger les données personnelles et la vie privée, compétence numéro " + i))
                .toList();
        Files.write(Path.of(base + "-many.pdf"), renderer.render(new CertificateDocument("Léa Martin",
                "Créer son adresse e-mail", "Premiers pas", many, 20, LocalDate.of(2026, 3, 9), "Pas-à-Pas",
                "PAP-AAAA-BBBB", URI.create("https://pasapas.example.fr/v/PAP-AAAA-BBBB"))));
        Files.write(Path.of(base + "-minimal.pdf"), renderer.render(new CertificateDocument("Léa Martin",
                "Créer son adresse e-mail", "Premiers pas", List.of(), 0, LocalDate.of(2026, 3, 9), "Pas-à-Pas",
                "PAP-AAAA-BBBB", URI.create("https://pasapas.example.fr/v/PAP-AAAA-BBBB"))));
    }

    @Test
    @EnabledIfSystemProperty(named = "pasapas.cert.bench", matches = "true")
    void measures_render_throughput() throws Exception {
        CertificatePdfRenderer renderer = new CertificatePdfRenderer();
        CertificateDocument doc = CertificatePdfRendererTest.sample();
        for (int i = 0; i < 500; i++) {
            renderer.render(doc); // warm-up (JIT)
        }
        int n = 200;
        for (int round = 0; round < 3; round++) {
            long bytes = 0;
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                bytes += renderer.render(doc).length;
            }
            double ms = (System.nanoTime() - start) / 1e6 / n;
            System.out.printf("1 thread: %d renders, %.2f ms per PDF (%.0f PDFs/s), %d bytes each%n",
                    n, ms, 1000 / ms, bytes / n);
        }
        int threads = Runtime.getRuntime().availableProcessors();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            int total = n * threads;
            long start = System.nanoTime();
            List<java.util.concurrent.Future<byte[]>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < total; i++) {
                futures.add(pool.submit(() -> renderer.render(doc)));
            }
            for (java.util.concurrent.Future<byte[]> f : futures) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%d threads: %d renders, %.0f PDFs/s%n", threads, total, total / seconds);
        } finally {
            pool.shutdown();
        }
    }
}
