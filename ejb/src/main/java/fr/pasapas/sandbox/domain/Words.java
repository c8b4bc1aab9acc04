package fr.pasapas.sandbox.domain;

import java.util.Locale;
import java.util.Objects;

/** A learner-facing text in French, with its English version (the French one when none was written). */
public record Words(String fr, String en) {

    public Words {
        Objects.requireNonNull(fr, "fr");
        en = en == null ? fr : en;
    }

    public static Words of(String french) {
        return new Words(french, french);
    }

    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : fr;
    }

    @Override
    public String toString() {
        return fr;
    }
}
