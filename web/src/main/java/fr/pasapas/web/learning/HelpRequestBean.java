package fr.pasapas.web.learning;

import fr.pasapas.learning.application.HelpInbox;
import fr.pasapas.learning.application.HelpInboxException;
import fr.pasapas.learning.application.InboxRow;
import fr.pasapas.learning.application.InvalidAnswerException;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * One help request (/trainer/help-request.xhtml?id=): who asked, on which step, their words; the trainer writes
 * or rewrites the answer, closes or reopens it, and the page is loaded again (post-redirect-get). A request of
 * another organisation is a 404, exactly as one that does not exist.
 */
@Named
@ViewScoped
public class HelpRequestBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private HelpInbox inbox;

    private Long id;
    private InboxRow request;
    private String answer;

    /** viewAction: reads the request, or answers 404. */
    public void load() {
        if (id == null) {
            Faces.responseSendError(404, "Not found");
            return;
        }
        try {
            request = inbox.request(id);
            if (answer == null) {
                answer = request.answer();
            }
        } catch (HelpInboxException e) {
            request = null;
            Faces.responseSendError(404, "Not found");
        }
    }

    public String send() {
        try {
            inbox.answer(id, answer);
        } catch (InvalidAnswerException e) {
            Messages.addGlobalError("helpInbox.answerLength");
            return null;
        } catch (HelpInboxException e) {
            Messages.addGlobalError(e.messageKey());
            return null;
        }
        Messages.addFlashGlobalInfo("helpInbox.answered", request.learnerName());
        return self();
    }

    public String close() {
        return change(() -> inbox.close(id), "helpInbox.closedInfo");
    }

    public String reopen() {
        return change(() -> inbox.reopen(id), "helpInbox.reopenedInfo");
    }

    private String change(Runnable change, String doneKey) {
        try {
            change.run();
        } catch (HelpInboxException e) {
            Messages.addGlobalError(e.messageKey());
            return null;
        }
        Messages.addFlashGlobalInfo(doneKey, request.learnerName());
        return self();
    }

    private String self() {
        return "/trainer/help-request.xhtml?faces-redirect=true&id=" + id;
    }

    public InboxRow getRequest() {
        return request;
    }

    public String when(Instant instant) {
        return HelpInboxBean.format(instant);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
