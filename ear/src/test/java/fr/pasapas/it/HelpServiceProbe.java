package fr.pasapas.it;

import fr.pasapas.learning.application.HelpInbox;
import fr.pasapas.learning.application.HelpInboxException;
import fr.pasapas.learning.application.InboxFilter;
import fr.pasapas.learning.application.InboxRow;
import fr.pasapas.learning.domain.HelpRequest;
import fr.pasapas.people.application.AuditLog;
import fr.pasapas.people.application.AuditRow;
import fr.pasapas.people.application.LearnerAccounts;
import fr.pasapas.people.application.LearnerCredentials;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Test only: calls the help inbox, the audit log and the learner accounts as the staff member logged in to this
 * session (the address is under /trainer/, so web.xml asks for a staff login), and answers in plain text: a line
 * per row ({@code id|learnerId|status|assignee|step|message}, {@code action|organisation|actor|subject|detail}),
 * {@code ok}, or {@code refused:<message key>} / {@code refused:access}. The services see the real caller.
 */
@WebServlet("/trainer/it-help-probe")
public class HelpServiceProbe extends HttpServlet {

    @EJB
    private HelpInbox inbox;

    @EJB
    private AuditLog audit;

    @EJB
    private LearnerAccounts learners;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String op = request.getParameter("op");
        String answer = outcome(() -> switch (op) {
            case "waiting" -> String.valueOf(inbox.waitingCount());
            case "page" -> rows(inbox.page(new InboxFilter("ALL".equals(request.getParameter("status")) ? null
                    : HelpRequest.Status.valueOf(request.getParameter("status")),
                    Boolean.parseBoolean(request.getParameter("mine")), null), 0, 500).rows());
            case "request" -> rows(List.of(inbox.request(id(request))));
            case "answer" -> done(() -> inbox.answer(id(request), request.getParameter("text")));
            case "close" -> done(() -> inbox.close(id(request)));
            case "reopen" -> done(() -> inbox.reopen(id(request)));
            case "audit" -> audit(audit.rowsOfOwnOrganisation(0, 500));
            case "auditAll" -> audit(audit.rowsOf(null, 0, 500));
            case "create" -> credentials(learners.create(request.getParameter("first"), request.getParameter("last")));
            case "resetPin" -> credentials(learners.resetPin(id(request)));
            default -> throw new IllegalArgumentException(op);
        });
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(answer);
    }

    private static String outcome(Supplier<String> call) {
        try {
            return call.get();
        } catch (HelpInboxException e) {
            return "refused:" + e.messageKey();
        } catch (EJBAccessException e) {
            return "refused:access";
        }
    }

    private static String done(Runnable change) {
        change.run();
        return "ok";
    }

    private static long id(HttpServletRequest request) {
        return Long.parseLong(request.getParameter("id"));
    }

    private static String rows(List<InboxRow> rows) {
        return rows.stream().map(r -> r.id() + "|" + r.learnerId() + "|" + r.status() + "|" + r.assigneeName() + "|"
                + r.stepNumber() + "|" + r.message()).collect(Collectors.joining("\n"));
    }

    private static String audit(List<AuditRow> rows) {
        return rows.stream().map(e -> e.action() + "|" + e.organisationName() + "|" + e.actorName() + "|" + e.subject()
                + "|" + e.detail()).collect(Collectors.joining("\n"));
    }

    private static String credentials(LearnerCredentials c) {
        return c.learnerId() + "|" + c.pin();
    }
}
