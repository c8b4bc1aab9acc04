import fr.pasapas.certificates.infrastructure.pdf.CourseCertificateDocument;
import fr.pasapas.certificates.infrastructure.pdf.CourseCertificateDocument.Skill;
import fr.pasapas.certificates.infrastructure.pdf.CourseCertificatePdfRenderer;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Course certificates per second: N certificates of the largest learners' course (demarches: 5 modules, 5 practices,
 * 4 competences), rendered by ONE shared renderer on T threads, as the server renders them; every tenth learner has a
 * long name or a name with accents. Reports certificates/second, and the sizes (min, median, max) of the PDFs. A
 * warm-up of 10% runs first. Also reports the CPU time per certificate (threads' CPU time), and the rate two idle cores
 * would give: on a shared machine the wall-clock rate mostly measures the other processes. Targets: >= 1,000
 * certificates/s on 2 cores, PDF <= 60 KB.
 *
 * <pre>
 * bash bench/certificates.sh [COUNT] [THREADS]
 * </pre>
 */
public class CourseCertificates {

    /** CPU time of the rendering threads, in nanoseconds: the machine may be shared, wall time then says little. */
    private static final java.util.concurrent.atomic.AtomicLong CPU = new java.util.concurrent.atomic.AtomicLong();

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        CourseCertificatePdfRenderer renderer = new CourseCertificatePdfRenderer();
        run(renderer, Math.max(100, count / 10), threads);
        CPU.set(0);
        long start = System.nanoTime();
        int[] sizes = run(renderer, count, threads);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuPerCertificate = CPU.get() / 1e9 / count;
        Arrays.sort(sizes);
        System.out.printf("%d course certificates on %d threads (%d cores) in %.2f s: %.0f certificates/s%n",
                count, threads, Runtime.getRuntime().availableProcessors(), seconds, count / seconds);
        System.out.printf("CPU time per certificate: %.2f ms, so %.0f certificates/s on %d cores that do nothing else"
                + " (load average now: %.1f)%n", cpuPerCertificate * 1000, threads / cpuPerCertificate, threads,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("PDF size: min %d B, median %d B, max %d B (limit 61440 B)%n",
                sizes[0], sizes[sizes.length / 2], sizes[sizes.length - 1]);
        if (sizes[sizes.length - 1] > 60 * 1024) {
            System.out.println("OVER THE SIZE LIMIT");
            System.exit(1);
        }
    }

    private static int[] run(CourseCertificatePdfRenderer renderer, int count, int threads) throws Exception {
        int[] sizes = new int[count];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
                    long cpu = mx.getCurrentThreadCpuTime();
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        sizes[i] = renderer.render(certificate(i)).length;
                    }
                    CPU.addAndGet(mx.getCurrentThreadCpuTime() - cpu);
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdown();
        }
        return sizes;
    }

    private static CourseCertificateDocument certificate(int i) {
        String name = i % 10 == 0 ? "Marie-Thérèse Anne-Sophie de La Rochefoucauld-Montmorency " + i
                : i % 10 == 1 ? "Nguyễn Thị Hoa " + i : "Awa Diallo " + i;
        String code = String.format("K7PM-%04d-TR2W", i % 10_000);
        return new CourseCertificateDocument(name, "Les démarches en ligne",
                List.of("La CAF en ligne", "Les impôts en ligne", "Ameli, l'Assurance maladie", "France Travail",
                        "Papiers d'identité et carte grise (ANTS)"),
                List.of("Se connecter à la CAF (avec des indices)", "Créer son espace impots.gouv.fr (avec des indices)",
                        "Télécharger une attestation de droits (avec des indices)",
                        "S'actualiser sur France Travail (avec des indices)",
                        "Repérer un faux site payant (avec des indices)"),
                List.of(new Skill("2.3", "Participer à la citoyenneté par les technologies numériques", 2),
                        new Skill("2.6", "Gérer son identité numérique", 2),
                        new Skill("4.2", "Protéger les données personnelles et la vie privée", 2),
                        new Skill("1.2", "Évaluer des données, informations et contenus numériques", 2),
                        new Skill("4.1", "Protéger les appareils", 2)),
                100, LocalDate.of(2026, 12, 5), null, "Espace France Services de Saint-Étienne", "Karim Benali", code,
                URI.create("https://pasapas.example.fr/verify/" + code));
    }
}
