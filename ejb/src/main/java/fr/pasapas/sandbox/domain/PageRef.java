package fr.pasapas.sandbox.domain;

import java.util.Objects;

/**
 * A page of a site, written {@code site:page} in content ({@code page} alone means "in the same site"), or
 * {@link #BACK}: {@code back}, the page the learner came into the current site from (see {@link Block#returns()}).
 */
public record PageRef(String site, String page) {

    /** {@code goes: back}: back to where the learner came into this site from (FranceConnect's return). */
    public static final PageRef BACK = new PageRef("", "back");

    public PageRef {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(page, "page");
    }

    /** Reads {@code site:page}, {@code page} relative to {@code currentSite}, or {@code back}. */
    public static PageRef parse(String text, String currentSite) {
        if (text.equals("back")) {
            return BACK;
        }
        int colon = text.indexOf(':');
        return colon < 0 ? new PageRef(currentSite, text) : new PageRef(text.substring(0, colon), text.substring(colon + 1));
    }

    public boolean isBack() {
        return equals(BACK);
    }

    @Override
    public String toString() {
        return isBack() ? "back" : site + ":" + page;
    }
}
