package fr.pasapas.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The real application archive, as the build made it (ear/target/pasapas.ear). */
final class Deployments {

    private Deployments() {
    }

    static EnterpriseArchive application() {
        File ear = new File(System.getProperty("pasapas.ear", "target/pasapas.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("Build the application first: " + ear + " is missing");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    static String baseUrl() {
        return System.getProperty("pasapas.test.base.url", "http://localhost:8180/");
    }
}
