package fr.pasapas.web.sandbox;

import fr.pasapas.sandbox.domain.Sandbox;
import fr.pasapas.sandbox.domain.Site;
import java.util.Comparator;

/**
 * Each site's colours as one small stylesheet ({@code .site-ID { --site-primary: …; }}), so that sandbox pages
 * need no inline style and their Content-Security-Policy can forbid it. Colours are {@code #rrggbb} (the schema
 * checks it), so nothing else can reach the stylesheet.
 */
final class SiteLooks {

    private SiteLooks() {
    }

    static String css(Sandbox sandbox) {
        StringBuilder css = new StringBuilder("/* Pas-à-Pas practice sites: colours from content/sandbox/sites */\n");
        sandbox.sites().values().stream().sorted(Comparator.comparing(Site::id)).forEach(site -> css
                .append(".site-").append(site.id()).append("{--site-primary:").append(colour(site.look().primary()))
                .append(";--site-background:").append(colour(site.look().background())).append("}\n"));
        return css.toString();
    }

    /** The version in the stylesheet's address: a new look is a new address. */
    static String version(Sandbox sandbox) {
        return Integer.toHexString(css(sandbox).hashCode());
    }

    private static String colour(String value) {
        return value != null && value.matches("#[0-9a-fA-F]{6}") ? value : "#ffffff";
    }
}
