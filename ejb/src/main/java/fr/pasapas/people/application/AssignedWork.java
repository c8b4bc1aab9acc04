package fr.pasapas.people.application;

import fr.pasapas.catalogue.application.CatalogueService;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.people.domain.Agenda;
import fr.pasapas.people.domain.Assignment;
import fr.pasapas.people.domain.WorkshopGroup;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the caller was asked to do, alone or through their workshops, in the order of {@link Agenda}: the
 * modules (courses unfolded) for "Mes modules", the scenarios for the practice page. Each person reads only
 * their own: there is no id to forge.
 */
@Stateless
@RolesAllowed({"LEARNER", "TRAINER", "PARTNER", "ADMIN"})
public class AssignedWork {

    @PersistenceContext(unitName = "pasapas")
    private EntityManager em;


    @EJB
    private AccountService accounts;

    @EJB
    private CatalogueService catalogue;

    /** The modules the caller was asked to do, soonest due date first, each once. Two queries. */
    public List<LearnerAssignment> modules() {
        return Agenda.modules(reaching(),
                        course -> catalogue.catalogue().course(course).map(c -> c.modules().stream().map(Module::id).toList())
                                .orElse(List.of()),
                        module -> catalogue.module(module).isPresent()).stream()
                .map(due -> new LearnerAssignment(due.id(), due.dueDate(), due.via())).toList();
    }

    /** The practice scenarios the caller was asked to play, each in its mode, soonest due date first. Two queries. */
    public List<ScenarioAssignment> scenarios() {
        return Agenda.scenarios(reaching()).stream()
                .map(due -> new ScenarioAssignment(due.id(), due.mode(), due.dueDate(), due.via())).toList();
    }

    private List<Agenda.Reaching> reaching() {
        long accountId = accounts.caller().id();
        List<Assignment> assignments = em.createNamedQuery("Assignment.reaching", Assignment.class)
                .setParameter("accountId", accountId).getResultList();
        Map<Long, String> workshops = new HashMap<>();
        if (assignments.stream().anyMatch(a -> a.getGroupId() != null)) {
            em.createNamedQuery("WorkshopGroup.ofLearner", WorkshopGroup.class).setParameter("learnerId", accountId)
                    .getResultStream().forEach(g -> workshops.put(g.getId(), g.getName()));
        }
        return assignments.stream().map(a -> new Agenda.Reaching(a.getItem(), a.getDueDate(),
                a.getGroupId() == null ? null : workshops.get(a.getGroupId()))).toList();
    }
}
