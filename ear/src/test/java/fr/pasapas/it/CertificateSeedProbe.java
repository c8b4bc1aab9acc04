package fr.pasapas.it;

import fr.pasapas.catalogue.application.CatalogueService;
import fr.pasapas.catalogue.domain.CertificateRule;
import fr.pasapas.catalogue.domain.Course;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.certificates.application.CertificateService;
import fr.pasapas.learning.application.ProgressService;
import fr.pasapas.people.application.AccountService;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Test only, under /trainer/ (a staff login): seeds a learner's progress so that a course's certificate rule is met,
 * fast: the rule's practices as passed runs (each in its mode), then every module walked with right answers, whose
 * last completion issues the certificate through the real events. Answers the course certificate's code, or
 * {@code none}.
 */
@WebServlet("/trainer/it-certificate-seed")
public class CertificateSeedProbe extends HttpServlet {

    @EJB
    private CatalogueService catalogue;

    @EJB
    private ProgressService progress;

    @EJB
    private AccountService accounts;

    @EJB
    private CertificateService certificates;

    @Resource(lookup = "java:jboss/datasources/PasAPasDS")
    private DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long learner = accounts.findByUsername(request.getParameter("learner")).orElseThrow().id();
        Course course = catalogue.course(request.getParameter("course")).orElseThrow();
        String code = certificates.courseCode(learner, course.id()).orElse(null);
        if (code == null) {
            for (CertificateRule.Practice practice : course.certificateRule().orElseThrow().practices()) {
                passedRun(learner, practice.scenario(), practice.mode());
            }
            for (Module module : course.modules()) {
                progress.completeWithCorrectAnswers(learner, module.id());
            }
            code = certificates.courseCode(learner, course.id()).orElse("none");
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(code);
    }

    private void passedRun(long learner, String scenario, String mode) {
        try (Connection c = dataSource.getConnection(); var insert = c.prepareStatement(
                "insert into sandbox_run (learner_id, scenario_id, mode, seed, started_at, finished_at, outcome, passed)"
                        + " values (?, ?, ?, 1, current_timestamp, current_timestamp, 'REACHED', true)")) {
            insert.setLong(1, learner);
            insert.setString(2, scenario);
            insert.setString(3, mode.toUpperCase(java.util.Locale.ROOT));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
