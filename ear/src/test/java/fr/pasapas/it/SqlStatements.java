package fr.pasapas.it;

import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Method;

/**
 * Counts the SQL statements Hibernate prepares, with its statistics switched on for the tests only (they
 * stay off in production). Reached by reflection through the factory's own class loader, so that the test
 * archive needs no Hibernate dependency.
 */
final class SqlStatements {

    private final Object statistics;
    private final Method clear;
    private final Method prepared;

    SqlStatements(EntityManagerFactory factory) {
        try {
            ClassLoader hibernate = factory.getClass().getClassLoader();
            Class<?> sessionFactory = Class.forName("org.hibernate.SessionFactory", false, hibernate);
            Class<?> statisticsType = Class.forName("org.hibernate.stat.Statistics", false, hibernate);
            statistics = sessionFactory.getMethod("getStatistics").invoke(factory.unwrap(sessionFactory));
            statisticsType.getMethod("setStatisticsEnabled", boolean.class).invoke(statistics, true);
            clear = statisticsType.getMethod("clear");
            prepared = statisticsType.getMethod("getPrepareStatementCount");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Hibernate statistics are not reachable", e);
        }
    }

    /** The statements prepared while the work ran (by any thread: an HTTP request too). */
    long during(ThrowingRunnable work) throws Exception {
        clear.invoke(statistics);
        work.run();
        return (Long) prepared.invoke(statistics);
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
