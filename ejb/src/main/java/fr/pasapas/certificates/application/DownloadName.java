package fr.pasapas.certificates.application;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The name of a downloaded certificate file, made of the learner's name and what it attests, e.g.
 * {@code Attestation - Zoë Nguyễn - Les démarches en ligne.pdf}, with an ASCII fallback for old browsers
 * ({@code Attestation - Zoe Nguyen - Les demarches en ligne.pdf}), and the Content-Disposition header that carries
 * both (RFC 6266 with the RFC 5987 {@code filename*} form), so an Android tablet saves a real, well-named file.
 */
public record DownloadName(String unicode, String ascii) {

    private static final int MAX_LENGTH = 120;

    /** The name of the file of a certificate of {@code learnerName} for {@code title}, with this extension. */
    public static DownloadName of(String learnerName, String title, String extension) {
        String base = "Attestation - " + clean(learnerName) + " - " + clean(title);
        if (base.length() > MAX_LENGTH) {
            base = base.substring(0, base.offsetByCodePoints(0, Math.min(base.codePointCount(0, base.length()),
                    MAX_LENGTH))).strip();
        }
        String ascii = Normalizer.normalize(base, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replaceAll("[^A-Za-z0-9 ._()'-]", "-").replaceAll("-{2,}", "-");
        return new DownloadName(base + "." + extension, ascii + "." + extension);
    }

    /** {@code attachment; filename="…ascii…"; filename*=UTF-8''…percent-encoded…}. */
    public String contentDisposition() {
        String encoded = URLEncoder.encode(unicode, StandardCharsets.UTF_8).replace("+", "%20")
                .replace("%28", "(").replace("%29", ")");
        return "attachment; filename=\"" + ascii.replace("\"", "'") + "\"; filename*=UTF-8''" + encoded;
    }

    /** Characters a file name must not hold (path separators, quotes, controls) become spaces, runs collapse. */
    private static String clean(String text) {
        String cleaned = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}/\\\\:*?\"<>|]", " ").replaceAll("\\s+", " ").strip();
        return cleaned.isEmpty() ? "-" : cleaned;
    }
}
