package fr.pasapas.web.reporting;

import fr.pasapas.people.application.GroupName;
import fr.pasapas.reporting.application.DashboardNotFoundException;
import fr.pasapas.reporting.application.DashboardService;
import fr.pasapas.reporting.application.HeatMap;
import fr.pasapas.reporting.application.HeatRow;
import fr.pasapas.reporting.application.StepLearner;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.omnifaces.util.Faces;

/**
 * "Où bloquent-ils ?" ({@code /trainer/stuck.xhtml?workshop=...}): the heat map of a workshop or of the
 * organisation, and with {@code module} and {@code step} the learners who reached that step.
 */
@Named
@RequestScoped
public class StuckBean {

    @EJB
    private DashboardService dashboards;

    private String workshop;
    private String module;
    private String step;
    private HeatMap heatMap;
    private List<StepLearner> learners;
    private HeatRow chosen;
    private List<GroupName> workshops;

    /** viewAction: a workshop, module or step the caller may not see is a 404, as an unknown one. */
    public void load() {
        try {
            heatMap = dashboards.heatMap(getWorkshopId());
            if (module != null || step != null) {
                chosen = heatMap.rows().stream().filter(r -> r.moduleId().equals(module) && r.stepId().equals(step))
                        .findFirst().orElseThrow(DashboardNotFoundException::new);
                learners = dashboards.stepLearners(getWorkshopId(), module, step);
            }
        } catch (DashboardNotFoundException e) {
            Faces.responseSendError(404, "Not found");
        }
    }

    public HeatMap getHeatMap() {
        return heatMap;
    }

    public List<StepLearner> getLearners() {
        return learners;
    }

    public HeatRow getChosen() {
        return chosen;
    }

    public List<GroupName> getWorkshops() {
        if (workshops == null) {
            workshops = dashboards.workshops();
        }
        return workshops;
    }

    public Long getWorkshopId() {
        return DashboardParams.id(workshop);
    }

    /** The address of a step's learner list, in the same workshop. */
    public String stepLink(HeatRow row) {
        return (getWorkshopId() == null ? "" : "workshop=" + getWorkshopId() + "&") + "module="
                + DashboardParams.encode(row.moduleId()) + "&step=" + DashboardParams.encode(row.stepId());
    }

    public String moment(Instant instant) {
        return DashboardParams.moment(instant);
    }

    public String getWorkshop() {
        return workshop;
    }

    public void setWorkshop(String workshop) {
        this.workshop = workshop;
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    public String getStep() {
        return step;
    }

    public void setStep(String step) {
        this.step = step;
    }
}
