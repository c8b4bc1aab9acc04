package fr.pasapas.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Versioned addresses of static resources: {@code /static/css/app.css?v=<build>}. The URL changes with each
 * build, so browsers may keep the files for a year (see {@link StaticCacheFilter}).
 */
@Named
@ApplicationScoped
public class Assets {

    private final String version;

    public Assets() {
        Properties build = new Properties();
        try (InputStream in = Assets.class.getResourceAsStream("/fr/pasapas/web/build.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        version = build.getProperty("version", "dev");
    }

    public String getVersion() {
        return version;
    }
}
