package fr.pasapas.web.support;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A browser sends Origin with a form; when it names another site than the one asked, the form was not ours. */
public final class OriginCheck {

    private OriginCheck() {
    }

    /**
     * @param origin  the Origin header, null when the browser sent none (then the form is taken)
     * @param headers the request headers, to read Host and X-Forwarded-Host
     */
    public static boolean sameOrigin(String origin, Map<String, String> headers) {
        if (origin == null || origin.isBlank() || "null".equals(origin)) {
            return true;
        }
        try {
            String host = URI.create(origin).getHost();
            if (host == null) {
                return false;
            }
            String expected = host.toLowerCase(Locale.ROOT);
            for (String header : List.of("Host", "X-Forwarded-Host")) {
                String requestHost = headers.getOrDefault(header, "").toLowerCase(Locale.ROOT);
                if (requestHost.equals(expected) || requestHost.startsWith(expected + ":")) {
                    return true;
                }
            }
            return false;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
