package fr.pasapas.sandbox.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a run looks like after replaying its actions: the world (page, values, mailbox) and the scenario's view of
 * it (expected step, mistakes, hints). The accessors below the world's apply the {@link Mode}: a renderer shows
 * what they return and nothing else.
 *
 * @param page        the page on screen
 * @param screen      that page as the learner reads it: its {@link Placeholder}s filled in with the persona's data
 *                    and the values held (draw this, not the site's page)
 * @param values      what is typed or chosen in each input, by block id, or filled in by the site beforehand
 *                    ({@link Block#prefill()})
 * @param siteErrors  what the site says beside an input after a button checked it
 * @param next        the next expected step, empty once the run is over
 * @param mistakes    every mistake still in effect, in order, with its feedback
 * @param feedback    the feedback to the action just done, when it was a mistake
 * @param hintsUsed   how many hints were asked
 * @param hintShown   the hint asked for the current step
 * @param reminder    the reminder after real-looking personal data was typed
 * @param mailbox     the persona's messages, newest first
 * @param opened      the message open in the webmail
 * @param ending      the explanation of the ending that stopped the run (a trap)
 * @param downloads   the documents downloaded in this run, in order, with their placeholders filled in
 */
public record RunState(Mode mode, Scenario scenario, Persona persona, PageRef page, Page screen, Map<String, String> values,
                       Map<String, Words> siteErrors, Optional<ExpectedAction> next, List<Mistake> mistakes,
                       Optional<Words> feedback, int hintsUsed, Optional<Words> hintShown, Optional<Words> reminder,
                       List<Message> mailbox, Optional<Message> opened, Outcome outcome, Optional<Words> ending,
                       List<SpecimenDocument> downloads) {

    public RunState {
        downloads = List.copyOf(downloads);
    }

    /** A document downloaded in this run (the only ones a learner may open). */
    public Optional<SpecimenDocument> download(String documentId) {
        return downloads.stream().filter(document -> document.id().equals(documentId)).findFirst();
    }

    public enum Outcome {
        /** The learner is on the way. */
        PLAYING,
        /** Every expected step is done: the goal is reached. */
        REACHED,
        /** An ending stopped the run (e.g. the learner chose the paid look-alike site). */
        ENDED
    }

    /** A mistake: what was done, and what explains it. */
    public record Mistake(Action action, Words feedback) {
    }

    /** The element to highlight and what to say beside it. */
    public record Guidance(String element, Words text) {
    }

    /** The result at the end of a run. */
    public record Result(boolean passed, Outcome outcome, int mistakes, int hintsUsed) {
    }

    public boolean finished() {
        return outcome != Outcome.PLAYING;
    }

    /** The highlighted element and its explanation: guided mode only, while playing. */
    public Optional<Guidance> guidance() {
        if (mode != Mode.GUIDED || finished()) {
            return Optional.empty();
        }
        return next.map(step -> new Guidance(step.target(), step.guide()));
    }

    /** The hint asked for the current step: not in the alone mode. */
    public Optional<Words> hint() {
        return mode == Mode.ALONE ? Optional.empty() : hintShown;
    }

    /** The answer to a mistake, at once in guided and hints modes; in the alone mode, only {@link #debrief()}. */
    public Optional<Words> mistakeFeedback() {
        return mode == Mode.ALONE ? Optional.empty() : feedback;
    }

    /** Each mistake explained, once the run is over (in every mode). */
    public List<Mistake> debrief() {
        return finished() ? mistakes : List.of();
    }

    /**
     * The result once the run is over. Guided and hints: passed when the goal is reached (hints are counted).
     * Alone: passed when the goal is reached with at most the scenario's allowed mistakes. An ending never passes.
     */
    public Optional<Result> result() {
        if (!finished()) {
            return Optional.empty();
        }
        boolean reached = outcome == Outcome.REACHED;
        boolean passed = mode == Mode.ALONE ? reached && mistakes.size() <= scenario.allowedMistakes() : reached;
        return Optional.of(new Result(passed, outcome, mistakes.size(), hintsUsed));
    }

    /** The latest code the sites sent to the persona (what a code input expects). */
    public Optional<String> latestCode() {
        return mailbox.stream().filter(message -> message.code() != null).map(Message::code).findFirst();
    }
}
