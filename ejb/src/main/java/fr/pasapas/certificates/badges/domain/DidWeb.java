package fr.pasapas.certificates.badges.domain;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The {@code did:web} identifier of a public address (W3C CCG did:web method): the host, its port
 * percent-encoded ({@code %3A}), then each path segment after a colon. {@code https://example.org/} is
 * {@code did:web:example.org}, resolved at {@code https://example.org/.well-known/did.json};
 * {@code https://example.org/pasapas/} is {@code did:web:example.org:pasapas}, resolved at
 * {@code https://example.org/pasapas/did.json}.
 */
public final class DidWeb {

    private DidWeb() {
    }

    /** The DID of the platform reached at this base address (ending with "/" or not). */
    public static String of(String baseUrl) {
        URI uri = URI.create(baseUrl);
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("Not an absolute address: " + baseUrl);
        }
        StringBuilder did = new StringBuilder("did:web:").append(uri.getHost().toLowerCase(java.util.Locale.ROOT));
        if (uri.getPort() != -1) {
            did.append("%3A").append(uri.getPort());
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                did.append(':').append(java.net.URLEncoder.encode(
                        java.net.URLDecoder.decode(segment, StandardCharsets.UTF_8), StandardCharsets.UTF_8));
            }
        }
        return did.toString();
    }

    /**
     * Where a resolver fetches the DID document of this base address: {@code /.well-known/did.json} for a bare
     * host, {@code <path>/did.json} when the platform lives under a path.
     */
    public static String documentUrl(String baseUrl) {
        String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        String path = URI.create(base).getRawPath();
        return path == null || path.equals("/") ? base + ".well-known/did.json" : base + "did.json";
    }
}
