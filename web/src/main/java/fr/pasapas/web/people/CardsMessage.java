package fr.pasapas.web.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;

/**
 * Why the login cards were not printed, read from the {@code cards} parameter of the page the print came from
 * (the PDF address sends the staff member back there): a known code gives its message, anything else none.
 */
@Named
@RequestScoped
public class CardsMessage {

    private static final List<String> CODES = List.of("none", "unknown", "tooMany");
    private static final String PREFIX = "cards.error.";

    /** The code put in the address for a message key of the service. */
    static String code(String messageKey) {
        String code = messageKey.startsWith(PREFIX) ? messageKey.substring(PREFIX.length()) : "unknown";
        return CODES.contains(code) ? code : "unknown";
    }

    /** The bundle key of the message to show, or null. */
    public String getErrorKey() {
        String code = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("cards");
        return code != null && CODES.contains(code) ? PREFIX + code : null;
    }
}
