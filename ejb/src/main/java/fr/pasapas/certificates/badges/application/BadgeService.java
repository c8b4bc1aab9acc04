package fr.pasapas.certificates.badges.application;

import fr.pasapas.catalogue.application.CatalogueService;
import fr.pasapas.catalogue.domain.Completion;
import fr.pasapas.catalogue.domain.Course;
import fr.pasapas.catalogue.domain.DigComp;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.certificates.application.CertificateService;
import fr.pasapas.certificates.application.CertificateView;
import fr.pasapas.certificates.badges.domain.BadgeFacts;
import fr.pasapas.certificates.badges.domain.DidWeb;
import fr.pasapas.certificates.badges.domain.OpenBadgeCredential;
import fr.pasapas.config.PlatformSettings;
import fr.pasapas.config.PlatformTime;
import fr.pasapas.people.application.AccountService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.JsonObject;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Open Badges 3.0 for certificates: the signed credential for the certificate's holder, and the public documents
 * a verifier needs (the platform's keys as a JWK Set and a did:web document, the badge classes, the revocation
 * list of a certificate).
 */
@Stateless
@RolesAllowed("LEARNER")
public class BadgeService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @EJB
    private CertificateService certificates;

    @EJB
    private CatalogueService catalogue;

    @EJB
    private AccountService accounts;

    @EJB
    private BadgeKeys keys;

    /**
     * The certificate as an OpenBadgeCredential secured as a VC-JWT (compact JWS), for the learner who holds it:
     * another learner's code, an unknown code and a withdrawn certificate all give nothing.
     */
    public Optional<String> credentialForCaller(String code) {
        long caller = accounts.caller().id();
        return certificates.findByCode(code)
                .filter(c -> c.learnerId() == caller && !c.revoked())
                .map(c -> sign(factsOf(c)));
    }

    /** The JWK Set of the platform's signing keys. */
    @PermitAll
    public JsonObject jwks() {
        return keys.publicJwk().jwks(issuer().did());
    }

    /** The did:web document of the platform. */
    @PermitAll
    public JsonObject didDocument() {
        return keys.publicJwk().didDocument(issuer().did());
    }

    /** A badge class of the catalogue (a module or a course open to learners), as its public address serves it. */
    @PermitAll
    public Optional<JsonObject> achievement(String kindSegment, String id) {
        return BadgeFacts.Kind.ofPathSegment(kindSegment).flatMap(kind -> switch (kind) {
            case MODULE -> catalogue.moduleOpenTo(id, false).flatMap(m -> catalogue.course(m.courseId()).map(c ->
                    moduleAchievement(m.id(), m.title(), c, competences(m.competences(), null))));
            case COURSE -> catalogue.course(id).filter(c -> c.openTo(false)).map(BadgeService::courseAchievement);
        }).map(a -> OpenBadgeCredential.achievement(a, issuer(), true));
    }

    /** The revocation list of one certificate (1EdTech Revocation List Status Method); empty for an unknown code. */
    @PermitAll
    public Optional<JsonObject> revocationList(String code) {
        return certificates.findByCode(code).map(c -> OpenBadgeCredential.revocationList(factsOf(c), issuer()));
    }

    /** The platform as an issuer: its did:web from the public address (PASAPAS_PUBLIC_URL). */
    static OpenBadgeCredential.Issuer issuer() {
        String base = PlatformSettings.publicUrl();
        return new OpenBadgeCredential.Issuer(DidWeb.of(base), base);
    }

    private String sign(BadgeFacts facts) {
        OpenBadgeCredential.Issuer issuer = issuer();
        String salt = HexFormat.of().formatHex(randomBytes());
        JsonObject header = OpenBadgeCredential.joseHeader(keys.publicJwk().kid(issuer.did()));
        JsonObject payload = OpenBadgeCredential.jwtPayload(facts, issuer, salt);
        return keys.signEs256(header.toString(), payload.toString());
    }

    private static byte[] randomBytes() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return salt;
    }

    /**
     * What a certificate says, for its badge. The one place that reads a CertificateView: a module attestation
     * today (a course certificate maps to {@link BadgeFacts.Kind#COURSE} the same way, with the course's id).
     * Title and competences are those copied on the certificate; description and criteria come from the catalogue.
     */
    private BadgeFacts factsOf(CertificateView c) {
        if (c.course()) {
            // a course certificate: the course's badge class, with the competences the certificate states
            BadgeFacts.Achievement catalogued = catalogue.course(c.courseId()).map(BadgeService::courseAchievement)
                    .orElse(null);
            BadgeFacts.Achievement achievement = new BadgeFacts.Achievement(BadgeFacts.Kind.COURSE, c.courseId(),
                    c.courseTitle(), catalogued == null ? null : catalogued.description(),
                    catalogued == null ? "Terminer le parcours « " + c.courseTitle() + " » sur la plateforme Pas-à-Pas."
                            : catalogued.criteria(),
                    competences(c.competences(), c.competenceNames()));
            return new BadgeFacts(c.code(), c.learnerName(), achievement,
                    c.issuedOn().atStartOfDay(PlatformTime.ZONE).toInstant(), c.organisationName(), c.revoked());
        }
        Optional<Module> module = catalogue.module(c.moduleId());
        Optional<Course> course = module.flatMap(m -> catalogue.course(m.courseId()));
        BadgeFacts.Achievement achievement = course.isPresent()
                ? moduleAchievement(c.moduleId(), c.moduleTitle(), course.get(), competences(c.competences(), c.competenceNames()))
                : new BadgeFacts.Achievement(BadgeFacts.Kind.MODULE, c.moduleId(), c.moduleTitle(), null,
                        moduleCriteria(c.moduleTitle(), c.courseTitle(), Completion.ALL_STEPS),
                        competences(c.competences(), c.competenceNames()));
        return new BadgeFacts(c.code(), c.learnerName(), achievement,
                c.issuedOn().atStartOfDay(PlatformTime.ZONE).toInstant(), c.organisationName(), c.revoked());
    }

    private BadgeFacts.Achievement moduleAchievement(String moduleId, String title, Course course,
                                                     List<BadgeFacts.Competence> competences) {
        Module module = catalogue.module(moduleId).orElseThrow();
        return new BadgeFacts.Achievement(BadgeFacts.Kind.MODULE, moduleId, title, module.summary(),
                moduleCriteria(title, course.title(), module.completion()), competences);
    }

    private static BadgeFacts.Achievement courseAchievement(Course course) {
        List<String> codes = course.modules().stream().flatMap(m -> m.competences().stream()).distinct().sorted().toList();
        return new BadgeFacts.Achievement(BadgeFacts.Kind.COURSE, course.id(), course.title(), course.description(),
                "Terminer tous les modules du parcours « " + course.title() + " » sur la plateforme Pas-à-Pas, "
                        + "avec un médiateur ou une médiatrice numérique, y compris leurs mises en pratique.",
                competences(codes, null));
    }

    static String moduleCriteria(String moduleTitle, String courseTitle, Completion completion) {
        String what = completion == Completion.PASS_CHECK
                ? "Réussir le contrôle final du module « " + moduleTitle + " »"
                : "Terminer toutes les étapes du module « " + moduleTitle + " » (explications, exercices et mises en pratique)";
        return what + ", du parcours « " + courseTitle + " », sur la plateforme Pas-à-Pas d'accompagnement au numérique.";
    }

    /** Codes with their names: the names copied on the certificate when given, else today's DigComp names. */
    private static List<BadgeFacts.Competence> competences(List<String> codes, List<String> names) {
        List<BadgeFacts.Competence> list = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            String name = names != null && i < names.size() ? names.get(i) : DigComp.frenchName(code).orElse(code);
            list.add(new BadgeFacts.Competence(code, name));
        }
        return list;
    }
}
