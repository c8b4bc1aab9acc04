package fr.pasapas.web.learning;

import fr.pasapas.learning.application.HelpAnswer;
import fr.pasapas.learning.application.HelpService;
import fr.pasapas.learning.application.StepScreen;
import fr.pasapas.web.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The help part of the step page: the trainer's answer about this step, and whether help was asked already. */
@Named
@RequestScoped
public class StepHelp {

    @EJB
    private HelpService help;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private StepBean stepBean;

    private HelpAnswer answer;
    private Boolean requested;

    /** The trainer's last answer about this step, or null. */
    public HelpAnswer getAnswer() {
        StepScreen screen = stepBean.getScreen();
        if (answer == null && screen != null) {
            answer = help.answerOn(currentUser.get().id(), screen.module().id(), screen.step().id()).orElse(null);
        }
        return answer;
    }

    public boolean isAnswered() {
        return getAnswer() != null;
    }

    public boolean isRequested() {
        if (requested == null) {
            StepScreen screen = stepBean.getScreen();
            requested = screen != null && help.isOpen(currentUser.get().id(), screen.module().id(), screen.step().id());
        }
        return requested;
    }
}
