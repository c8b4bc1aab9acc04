package fr.pasapas.sandbox.domain;

/** One thing the learner did; a run is the list of them, in order. */
public sealed interface Action {

    /** Switches to a site's tab (its last page, or its home the first time): e.g. the webmail, then back. */
    record Open(String site) implements Action {
    }

    /**
     * Typed a value. A value that looks like real personal data is never kept: it is stored as
     * {@link #realLooking()} with no value (see {@link RealData}).
     */
    record Fill(String field, String value, boolean realLooking) implements Action {

        public static Fill of(String field, String value) {
            return RealData.looksReal(value) ? new Fill(field, null, true) : new Fill(field, value, false);
        }
    }

    record Choose(String field, String option) implements Action {
    }

    /** Pressed a button, a link, or a message in the webmail's list. */
    record Press(String element) implements Action {
    }

    record AskHint() implements Action {
    }

    /** Takes back the last action still in effect. */
    record Undo() implements Action {
    }

    /** Takes back every action: the scenario starts again. */
    record Restart() implements Action {
    }
}
