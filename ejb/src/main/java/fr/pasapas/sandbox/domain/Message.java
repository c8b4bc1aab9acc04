package fr.pasapas.sandbox.domain;

/**
 * A message in the persona's mailbox during a run: the 6-digit code a site sent, or a message the scenario put
 * there before the run started (a message to answer, a phishing message).
 *
 * @param from     the sender's name and address, e.g. {@code CAF <caf-remboursement@securite-info.example>}
 * @param code     the code the body carries, null when none
 * @param phishing whether the message is a fake (hameçonnage) the learner should spot and report
 * @param link     the link in the body, null when none; pressing it is pressing {@link Link#id()}
 */
public record Message(String id, String folder, Words from, Words subject, Words body, String code, boolean phishing,
                      Link link) {

    /** A message a site sends: no link, never a fake. */
    public Message(String id, String folder, Words from, Words subject, Words body, String code) {
        this(id, folder, from, subject, body, code, false, null);
    }

    /** A link in a message's body: what it says and, shown under it, where it really leads. */
    public record Link(String id, Words text, String address) {
    }
}
