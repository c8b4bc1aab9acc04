package fr.pasapas.web.api;

import fr.pasapas.certificates.application.Verification;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Locale;

/**
 * The body of GET /api/certificates/{code}: the same as the verification page, written by the server's JSON-B.
 * {@code status} is {@code valid} or {@code revoked}; dates are ISO ({@code 2026-12-05}); {@code module} is absent
 * for a certificate of a whole course, {@code revokedOn} and {@code revocationReason} ({@code identity_error},
 * {@code issued_by_mistake}, {@code fraud}, {@code other}) while it is valid. An unknown code answers 404 with
 * {@code {"status":"unknown"}}, an over-long one 400 with {@code {"status":"invalid"}}.
 */
@JsonbPropertyOrder({"status", "code", "name", "course", "module", "issuedOn", "organisation", "revokedOn",
        "revocationReason"})
public record CertificateJson(String status, String code, String name, String course, String module, String issuedOn,
                              String organisation, String revokedOn, String revocationReason) {

    static CertificateJson of(Verification v) {
        return new CertificateJson(v.status().name().toLowerCase(Locale.ROOT), v.code(), v.name(), v.courseTitle(),
                v.moduleTitle(), v.issuedOn().toString(), v.organisationName(),
                v.revokedOn() == null ? null : v.revokedOn().toString(),
                v.reason() == null ? null : v.reason().jsonName());
    }

    /** The answer when there is no certificate to show: {@code unknown} or {@code invalid}. */
    static CertificateJson none(String status) {
        return new CertificateJson(status, null, null, null, null, null, null, null, null);
    }
}
