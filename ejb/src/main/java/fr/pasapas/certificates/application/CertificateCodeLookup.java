package fr.pasapas.certificates.application;

import fr.pasapas.certificates.domain.Certificate;
import fr.pasapas.certificates.domain.CertificateCode;
import jakarta.persistence.EntityManager;
import java.util.Optional;

/** The certificate with a code as typed or scanned; empty for an unknown or malformed code. */
final class CertificateCodeLookup {

    private CertificateCodeLookup() {
    }

    static Optional<Certificate> find(EntityManager em, String code) {
        return CertificateCode.normalize(code).flatMap(normalized ->
                em.createNamedQuery("Certificate.byCode", Certificate.class)
                        .setParameter("code", normalized).getResultStream().findFirst());
    }
}
