package fr.pasapas.config;

import java.util.Locale;
import java.util.Optional;

/**
 * Settings read from environment variables (as an operator sets them), else from system properties of
 * the same name in lower case with dots (as the build and tests set them).
 */
public final class PlatformSettings {

    private PlatformSettings() {
    }

    /** {@code PASAPAS_MODE}: {@code demo} (the default) or {@code production}. */
    public static boolean productionMode() {
        return "production".equalsIgnoreCase(value("PASAPAS_MODE").orElse("demo").strip());
    }

    /** {@code PASAPAS_CONTENT_DIR}: a content folder to use instead of the one packaged in the application. */
    public static Optional<String> contentDir() {
        return value("PASAPAS_CONTENT_DIR").filter(s -> !s.isBlank());
    }

    /** {@code PASAPAS_PUBLIC_URL}: the address learners and employers reach, ending with "/". */
    public static String publicUrl() {
        String url = value("PASAPAS_PUBLIC_URL").filter(s -> !s.isBlank())
                .orElseGet(() -> "http://localhost:" + httpPort() + "/");
        return url.endsWith("/") ? url : url + "/";
    }

    /** The HTTP port the server listens on, port offset included. */
    public static int httpPort() {
        int port = value("PASAPAS_PORT").or(() -> Optional.ofNullable(System.getProperty("jboss.http.port")))
                .map(PlatformSettings::parseInt).orElse(8080);
        int offset = Optional.ofNullable(System.getProperty("jboss.socket.binding.port-offset"))
                .map(PlatformSettings::parseInt).orElse(0);
        return port + offset;
    }

    /** {@code PASAPAS_ADMIN_PASSWORD}: in production, creates the first {@code admin} account on first start. */
    public static Optional<String> initialAdminPassword() {
        return value("PASAPAS_ADMIN_PASSWORD").filter(s -> !s.isBlank());
    }

    /**
     * {@code PASAPAS_VERIFY_BURST}: how many certificate lookups (verification page, JSON) one client address may
     * make at once before it is slowed down (default 30; at least 1).
     */
    public static int verifyBurst() {
        return Math.max(1, value("PASAPAS_VERIFY_BURST").map(PlatformSettings::parseInt).orElse(30));
    }

    /**
     * {@code PASAPAS_VERIFY_PER_MINUTE}: how many lookups a minute one client address may make after its burst
     * (default 10; at least 1).
     */
    public static int verifyPerMinute() {
        return Math.max(1, value("PASAPAS_VERIFY_PER_MINUTE").map(PlatformSettings::parseInt).orElse(10));
    }

    static Optional<String> value(String envName) {
        String env = System.getenv(envName);
        if (env != null) {
            return Optional.of(env);
        }
        return Optional.ofNullable(System.getProperty(envName.toLowerCase(Locale.ROOT).replace('_', '.')));
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
