package fr.pasapas.people.infrastructure.pdf;

/**
 * One learner's card.
 *
 * @param pin the PIN in clear when it was just given (created or reset), else null: the card then has a blank
 *            line for the trainer to write it by hand
 */
public record LoginCard(String displayName, String username, String pin) {

    @Override
    public String toString() {
        return "LoginCard[username=" + username + ", pin=" + (pin == null ? "none" : "****") + "]";
    }
}
