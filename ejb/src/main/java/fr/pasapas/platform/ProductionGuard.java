package fr.pasapas.platform;

import java.util.List;
import java.util.Optional;

/** Why the platform must not start in production mode, if it must not. */
public final class ProductionGuard {

    private ProductionGuard() {
    }

    /**
     * @param databaseProduct the JDBC product name of the database in use
     * @param demoUsernames   demo accounts found in the database
     * @return the one-line reason to refuse, or empty when the platform may start
     */
    public static Optional<String> refusal(boolean production, String databaseProduct, List<String> demoUsernames) {
        if (!production) {
            return Optional.empty();
        }
        if (databaseProduct != null && databaseProduct.toLowerCase(java.util.Locale.ROOT).contains("h2")) {
            return Optional.of("PASAPAS_MODE=production refuses the embedded H2 database: set PASAPAS_DB_URL, "
                    + "PASAPAS_DB_USER and PASAPAS_DB_PASSWORD to a MariaDB database and restart the server.");
        }
        if (!demoUsernames.isEmpty()) {
            return Optional.of("PASAPAS_MODE=production refuses to start while demo accounts exist ("
                    + String.join(", ", demoUsernames) + "): use a database that was never started in demo mode.");
        }
        return Optional.empty();
    }
}
