package fr.pasapas.certificates.application;

/** A certificate's PDF, with its code and the name of the downloaded file. */
public record CertificatePdf(String code, byte[] content, DownloadName fileName) {
}
