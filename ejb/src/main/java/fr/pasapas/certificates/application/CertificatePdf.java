package fr.pasapas.certificates.application;

/** A certificate's PDF, with the code that names the downloaded file. */
public record CertificatePdf(String code, byte[] content) {
}
