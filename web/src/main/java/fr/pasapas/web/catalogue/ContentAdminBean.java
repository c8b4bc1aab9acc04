package fr.pasapas.web.catalogue;

import fr.pasapas.catalogue.application.CatalogueService;
import fr.pasapas.catalogue.domain.Catalogue;
import org.omnifaces.util.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** Admin: reload the course content; an invalid content keeps the running catalogue and lists the errors. */
@Named
@RequestScoped
public class ContentAdminBean {

    @EJB
    private CatalogueService catalogue;

    private List<String> errors = List.of();

    public void reload() {
        errors = catalogue.reload();
        if (errors.isEmpty()) {
            Catalogue c = catalogue.catalogue();
            Messages.addGlobalInfo("admin.content.reloaded", c.courses().size(), c.modules().size());
        } else {
            Messages.addGlobalError("admin.content.invalid", errors.size());
        }
    }

    public Catalogue getCatalogue() {
        return catalogue.catalogue();
    }

    public String getSource() {
        return catalogue.sourceDescription();
    }

    public List<String> getErrors() {
        return errors;
    }
}
