package fr.pasapas.sandbox.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

/**
 * The persona's mailbox during a replay: the scenario's messages, then those the sites send, newest first. A code
 * is drawn from the run's seed and the number of codes already received, so a replay gets the same codes; one a
 * site sends is valid {@link #CODE_VALIDITY} from the time of the press that sent it.
 */
final class Mailbox {

    /** How long a code a site sends stays valid (REPLICAS.md §1.1: CAF codes, 15 minutes). */
    static final Duration CODE_VALIDITY = Duration.ofMinutes(15);

    /**
     * A code received.
     *
     * @param sentAt when a site sent it; null for a code already in the scenario's mailbox (it never expires)
     * @param sentBy the button that sent it; null for a code already in the scenario's mailbox
     */
    record Code(String value, Instant sentAt, String sentBy) {

        boolean expiredAt(Instant now) {
            return sentAt != null && now.isAfter(sentAt.plus(CODE_VALIDITY));
        }
    }

    private final long seed;
    private final List<Message> messages = new ArrayList<>();
    private final List<Code> codes = new ArrayList<>();

    /** The scenario's messages, newest first; {@code {code}} in a body becomes a fresh code. */
    Mailbox(long seed, List<Message> initial) {
        this.seed = seed;
        for (Message message : initial) {
            messages.add(hasCode(message) ? withCode(message, null, null, codes.size()) : message);
        }
    }

    /** The code a site sends the n-th time in a run (0-based): 6 digits, fixed by the seed. */
    static String code(long seed, int n) {
        return String.format("%06d", new SplittableRandom(seed + 0x9E3779B97F4A7C15L * (n + 1)).nextInt(1_000_000));
    }

    /** A message a button sends, its texts passed through {@code texts} (placeholders), with a fresh code. */
    void receive(Block.MessageTemplate template, UnaryOperator<Words> texts, String sentBy, Instant at) {
        Message message = new Message(template.id(), template.folder(), texts.apply(template.from()),
                texts.apply(template.subject()), texts.apply(template.body()), null);
        messages.add(0, hasCode(message) ? withCode(message, sentBy, at, 0) : message);
    }

    private static boolean hasCode(Message message) {
        return message.body().fr().contains("{code}") || message.body().en().contains("{code}");
    }

    /** The message with the next code; the code goes at {@code place} among the codes, as the message among messages. */
    private Message withCode(Message message, String sentBy, Instant at, int place) {
        String code = code(seed, codes.size());
        codes.add(place, new Code(code, at, sentBy));
        Words body = message.body();
        return new Message(message.id(), message.folder(), message.from(), message.subject(),
                new Words(body.fr().replace("{code}", code), body.en().replace("{code}", code)), code,
                message.phishing(), message.link());
    }

    /** The newest code received: the only one a code input accepts. */
    Optional<Code> latestCode() {
        return codes.stream().findFirst();
    }

    /** The newest message of that id in that folder. */
    Optional<Message> find(String id, String folder) {
        return messages.stream().filter(m -> m.id().equals(id) && m.folder().equals(folder)).findFirst();
    }

    List<Message> messages() {
        return List.copyOf(messages);
    }
}
