package fr.pasapas.web.sandbox;

import fr.pasapas.sandbox.application.DownloadedFile;
import fr.pasapas.sandbox.application.SandboxService;
import fr.pasapas.web.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code /practice/document?run=ID&doc=DOC}: a document the learner downloaded in one of their runs, as a PDF marked
 * SPECIMEN on every page. Only a document that run downloaded, and only to its learner: anything else is a 404, so
 * no document is reachable by an address the screens did not offer.
 */
@WebServlet("/practice/document")
public class SandboxDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private SandboxService sandbox;

    @Inject
    private CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Long> run = RunBean.parse(request.getParameter("run"));
        Optional<String> doc = RunForm.id(request.getParameter("doc"));
        Optional<DownloadedFile> file = run.isEmpty() || doc.isEmpty() || !currentUser.isLoggedIn()
                ? Optional.empty() : sandbox.document(currentUser.get().id(), run.get(), doc.get());
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file.get().file() + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(file.get().pdf().length);
        response.getOutputStream().write(file.get().pdf());
    }
}
