package fr.pasapas.web.learning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Map;

/**
 * The step page's address: {@code ?module=…&step=…&retry=true&lang=en}, set by the page's view parameters, or
 * read from the posted fields when the page is rebuilt before its view parameters apply.
 */
@Named
@RequestScoped
public class StepAddress {

    private String moduleId;
    private String stepId;
    private boolean retry;
    private String language;

    /** Reads the address from request fields; false when they name no module. */
    boolean readFrom(Map<String, String> params) {
        moduleId = params.get("module");
        stepId = params.get("step");
        retry = "true".equals(params.get("retry"));
        return moduleId != null;
    }

    public String getModuleId() {
        return moduleId;
    }

    public void setModuleId(String moduleId) {
        this.moduleId = moduleId;
    }

    public String getStepId() {
        return stepId;
    }

    public void setStepId(String stepId) {
        this.stepId = stepId;
    }

    public boolean isRetry() {
        return retry;
    }

    public void setRetry(boolean retry) {
        this.retry = retry;
    }

    /** {@code lang}: "en" or "fr" switches the interface language before the step is shown. */
    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
