package fr.pasapas.people.application;

import java.sql.SQLIntegrityConstraintViolationException;

/**
 * Whether a failed write broke a unique key. Where two requests may create the same name at the same moment (two
 * admins, two coordinators) and no row exists yet to lock, the database's unique key is what decides: the first
 * insert wins, the second fails on the key, and the caller is told in words instead of an error page. Both
 * MariaDB Connector/J and H2 report a broken key as {@link SQLIntegrityConstraintViolationException}.
 */
final class UniqueKey {

    private UniqueKey() {
    }

    static boolean violated(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
