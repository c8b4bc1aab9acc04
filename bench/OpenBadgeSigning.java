import fr.pasapas.certificates.badges.domain.BadgeFacts;
import fr.pasapas.certificates.badges.domain.OpenBadgeCredential;
import fr.pasapas.certificates.badges.domain.PublicJwk;
import fr.pasapas.certificates.badges.infrastructure.CompactJws;
import fr.pasapas.certificates.badges.infrastructure.EcKeys;
import java.security.KeyPair;
import java.security.interfaces.ECPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Open Badges credentials built and signed per second, as the download servlet does it (JSON-P document, ES256
 * with the JDK), on T threads, after a warm-up; and the size of one credential.
 *
 * <pre>java -cp ejb/target/classes:CLASSPATH bench/OpenBadgeSigning.java [credentials] [threads]</pre>
 */
public class OpenBadgeSigning {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        KeyPair pair = EcKeys.generate();
        ECPublicKey pub = (ECPublicKey) pair.getPublic();
        PublicJwk jwk = new PublicJwk(EcKeys.thumbprint(pub), EcKeys.x(pub), EcKeys.y(pub));
        OpenBadgeCredential.Issuer issuer = new OpenBadgeCredential.Issuer("did:web:pasapas.example.org", "https://pasapas.example.org/");
        String header = OpenBadgeCredential.joseHeader(jwk.kid(issuer.did())).toString();
        BadgeFacts facts = new BadgeFacts("ABCD-EFGH-JKMN", "Marie-Claire Dubois",
                new BadgeFacts.Achievement(BadgeFacts.Kind.MODULE, "ecran-tactile", "Utiliser un écran tactile",
                        "Toucher, glisser, taper : les gestes de base d'un téléphone ou d'une tablette.",
                        "Terminer toutes les étapes du module « Utiliser un écran tactile », du parcours « Premiers pas ».",
                        List.of(new BadgeFacts.Competence("1.1", "Naviguer, rechercher et filtrer des données, informations et contenus numériques"),
                                new BadgeFacts.Competence("5.1", "Résoudre des problèmes techniques"))),
                Instant.now(), "Centre social Les Tilleuls", false);
        String one = CompactJws.signEs256(header, OpenBadgeCredential.jwtPayload(facts, issuer, "0123456789abcdef0123456789abcdef").toString(), pair.getPrivate());
        run(Math.min(n, 5000), threads, header, facts, issuer, pair); // warm-up
        long start = System.nanoTime();
        run(n, threads, header, facts, issuer, pair);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d credentials on %d threads in %.2f s: %.0f credentials/s; one VC-JWT is %d bytes%n",
                n, threads, seconds, n / seconds, one.length());
    }

    private static void run(int n, int threads, String header, BadgeFacts facts, OpenBadgeCredential.Issuer issuer,
                            KeyPair pair) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int share = n / threads + (t < n % threads ? 1 : 0);
            parts.add(pool.submit(() -> {
                int bytes = 0;
                for (int i = 0; i < share; i++) {
                    String salt = Long.toHexString(System.nanoTime()) + i;
                    bytes += CompactJws.signEs256(header, OpenBadgeCredential.jwtPayload(facts, issuer, salt).toString(),
                            pair.getPrivate()).length();
                }
                return bytes;
            }));
        }
        for (Future<Integer> part : parts) {
            part.get();
        }
        pool.shutdown();
    }
}
