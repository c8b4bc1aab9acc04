package fr.pasapas.sandbox.domain;

import java.util.Objects;

/** A page of a site, written {@code site:page} in content ({@code page} alone means "in the same site"). */
public record PageRef(String site, String page) {

    public PageRef {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(page, "page");
    }

    /** Reads {@code site:page}, or {@code page} relative to {@code currentSite}. */
    public static PageRef parse(String text, String currentSite) {
        int colon = text.indexOf(':');
        return colon < 0 ? new PageRef(currentSite, text) : new PageRef(text.substring(0, colon), text.substring(colon + 1));
    }

    @Override
    public String toString() {
        return site + ":" + page;
    }
}
