package fr.pasapas.web.people;

import fr.pasapas.people.application.LearnerAccountException;
import fr.pasapas.people.application.LoginCards;
import fr.pasapas.web.support.OriginCheck;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * /trainer/cards.pdf: login cards to print. {@code GET ?workshop=ID} for a workshop's learners (from the
 * workshops page), {@code POST learner=ID&learner=ID…} for the learners ticked on the accounts page (a form of
 * this site only: a POST from another origin is refused). A card shows a PIN only when this staff member has
 * just given it ({@link IssuedPins}). A refusal (no learner ticked, a forged or another organisation's id) goes
 * back to the page with its message ({@link CardsMessage}) and prints nothing.
 */
@WebServlet("/trainer/cards.pdf")
public class LoginCardsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private LoginCards cards;

    @Inject
    private IssuedPins pins;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Long workshop = parse(req.getParameter("workshop"));
        if (workshop == null) {
            back(req, resp, "/trainer/groups.xhtml", "cards.error.unknown");
            return;
        }
        send(req, resp, "/trainer/groups.xhtml", () -> cards.forWorkshop(workshop, pins.all()));
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!OriginCheck.sameOrigin(req.getHeader("Origin"), headers(req))) {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String[] values = req.getParameterValues("learner");
        List<Long> ids = new ArrayList<>();
        for (String value : values == null ? new String[0] : values) {
            Long id = parse(value);
            if (id == null) {
                back(req, resp, "/trainer/learners.xhtml", "cards.error.unknown");
                return;
            }
            ids.add(id);
        }
        send(req, resp, "/trainer/learners.xhtml", () -> cards.forLearners(ids, pins.of(ids)));
    }

    private static void send(HttpServletRequest req, HttpServletResponse resp, String page, Supplier<byte[]> print)
            throws IOException {
        byte[] pdf;
        try {
            pdf = print.get();
        } catch (LearnerAccountException e) {
            back(req, resp, page, e.messageKey());
            return;
        }
        resp.setContentType("application/pdf");
        resp.setHeader("Content-Disposition", "inline; filename=\"cartes-de-connexion.pdf\"");
        resp.setHeader("Cache-Control", "private, no-store"); // PINs may be on it
        resp.setContentLength(pdf.length);
        resp.getOutputStream().write(pdf);
    }

    private static void back(HttpServletRequest req, HttpServletResponse resp, String page, String messageKey)
            throws IOException {
        resp.sendRedirect(req.getContextPath() + page + "?cards=" + CardsMessage.code(messageKey));
    }

    static Long parse(String value) {
        if (value == null || !value.matches("[0-9]{1,18}")) {
            return null;
        }
        return Long.valueOf(value);
    }

    private static Map<String, String> headers(HttpServletRequest req) {
        Map<String, String> headers = new java.util.HashMap<>();
        for (String name : List.of("Host", "X-Forwarded-Host")) {
            if (req.getHeader(name) != null) {
                headers.put(name, req.getHeader(name));
            }
        }
        return headers;
    }
}
