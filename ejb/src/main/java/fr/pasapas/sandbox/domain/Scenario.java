package fr.pasapas.sandbox.domain;

import java.util.List;
import java.util.Optional;

/**
 * A procedure to practise: on which sites (the first one opens first), as which persona, from which page, to
 * which goal, along which expected path; and the endings that stop a run early (a trap).
 *
 * @param allowedMistakes how many mistakes still pass in the "alone" mode
 * @param mailbox         the messages already in the persona's mailbox when the run starts, newest first
 *                        ({@code {code}} in a body becomes a fresh 6-digit code, as in a message a site sends)
 */
public record Scenario(String id, Words title, Words goal, List<String> sites, String persona, PageRef start,
                       List<ExpectedAction> path, List<Ending> endings, int allowedMistakes, List<Message> mailbox) {

    public Scenario {
        sites = List.copyOf(sites);
        path = List.copyOf(path);
        endings = endings == null ? List.of() : List.copyOf(endings);
        mailbox = mailbox == null ? List.of() : List.copyOf(mailbox);
    }

    /** Pressing {@code press} ends the run at once, with {@code explanation}: e.g. the paid look-alike site. */
    public record Ending(String press, Words explanation) {
    }

    public Optional<Ending> ending(String pressed) {
        return endings.stream().filter(ending -> ending.press().equals(pressed)).findFirst();
    }
}
