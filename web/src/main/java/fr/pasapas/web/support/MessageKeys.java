package fr.pasapas.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Makes OmniFaces {@link Messages} read keys of our resource bundle ({@code msg}: French first, English
 * second) in the view's locale, so {@code Messages.addGlobalError("login.failed.learner")} shows the sentence,
 * not the key. A text that is not a key is shown as it is.
 */
@ApplicationScoped
public class MessageKeys {

    void register(@Observes @Initialized(ApplicationScoped.class) Object start) {
        Messages.setResolver(MessageKeys::text);
    }

    /** The sentence of a bundle key in the view's language, with its parameters; a text that is not a key as it is. */
    public static String text(String key, Object... params) {
        ResourceBundle bundle = Faces.getResourceBundle("msg");
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return params.length == 0 ? pattern : new MessageFormat(pattern, Faces.getLocale()).format(params);
    }
}
