package fr.pasapas.web.learning;

import fr.pasapas.catalogue.application.CatalogueService;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.learning.application.StepScreen;
import fr.pasapas.web.security.LocaleBean;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * The language of the step page's texts: a module translated into English shows its English texts to a learner
 * who chose English (same ids, answers and order); any other module stays in French.
 */
@Named
@RequestScoped
public class StepLanguage {

    @EJB
    private CatalogueService catalogue;

    @Inject
    private LocaleBean localeBean;

    @Inject
    private StepBean stepBean;

    @Inject
    private StepAddress address;

    /** {@code ?lang=en} or {@code fr} switches the interface language; anything else changes nothing. */
    void switchTo(String language) {
        if ("en".equals(language) || "fr".equals(language)) {
            localeBean.switchTo(language);
        }
    }

    /** The screen in the interface language. */
    StepScreen localized(StepScreen french) {
        if (!"en".equals(localeBean.getLanguage())) {
            return french;
        }
        return catalogue.module(french.module().id(), Locale.ENGLISH).filter(Module::translated)
                .map(french::in).orElse(french);
    }

    /** The language of the step's texts: "en" for a translated module in English, else "fr". */
    public String getContent() {
        StepScreen screen = stepBean.getScreen();
        return screen != null && screen.module().translated() && "en".equals(localeBean.getLanguage()) ? "en" : "fr";
    }

    /** The voice that reads the step aloud. */
    public String getSpeech() {
        return "en".equals(getContent()) ? "en-GB" : "fr-FR";
    }

    /** Whether this step can be read in the other language (the module is translated). */
    public boolean isOtherAvailable() {
        return stepBean.getScreen() != null
                && catalogue.module(address.getModuleId(), Locale.ENGLISH).map(Module::translated).orElse(false);
    }

    public String getOtherUrl() {
        StepScreen screen = stepBean.getScreen();
        return "step.xhtml?module=" + screen.module().id() + "&step=" + screen.step().id()
                + (address.isRetry() ? "&retry=true" : "") + "&lang=" + localeBean.getOtherLanguage();
    }

    /** How "Écouter" should say a text when it differs from what is written (numbers, amounts, dates); else null. */
    public String say(String text) {
        if ("en".equals(getContent())) {
            return null;
        }
        String spoken = SpeechText.of(text);
        return spoken.equals(text) ? null : spoken;
    }
}
