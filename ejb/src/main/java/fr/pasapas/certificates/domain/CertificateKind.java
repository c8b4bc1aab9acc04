package fr.pasapas.certificates.domain;

/** What a certificate attests: one module, or a whole course whose certificate rule was met. Stored by name. */
public enum CertificateKind {
    MODULE,
    COURSE
}
