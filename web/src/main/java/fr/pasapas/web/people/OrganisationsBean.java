package fr.pasapas.web.people;

import fr.pasapas.people.application.OrganisationSummary;
import fr.pasapas.people.application.Organisations;
import fr.pasapas.people.application.StaffAccountException;
import fr.pasapas.people.application.StaffCredentials;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;

/** The admin's organisations: the list with their numbers, a new one with its first coordinator, a rename. */
@Named
@ViewScoped
public class OrganisationsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Organisations organisations;

    @Inject
    private IssuedPassword issued;

    private List<OrganisationSummary> all;
    private String name;
    private String coordinatorName;
    private String coordinatorUsername;
    private Long renamedId;
    private String newName;

    public List<OrganisationSummary> getAll() {
        if (all == null) {
            all = organisations.all();
        }
        return all;
    }

    public String create() {
        try {
            StaffCredentials coordinator = organisations.create(name, coordinatorName, coordinatorUsername);
            issued.show(coordinator);
            all = null;
            Messages.addGlobalInfo("organisations.created", name.strip());
            name = null;
            coordinatorName = null;
            coordinatorUsername = null;
        } catch (StaffAccountException e) {
            Messages.addGlobalError(e.messageKey());
        }
        return null;
    }

    public String rename() {
        if (renamedId == null) {
            Messages.addGlobalError("organisations.error.unknown");
            return null;
        }
        try {
            organisations.rename(renamedId, newName);
            all = null;
            Messages.addGlobalInfo("organisations.renamed", newName.strip());
            renamedId = null;
            newName = null;
        } catch (StaffAccountException e) {
            Messages.addGlobalError(e.messageKey());
        }
        return null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCoordinatorName() {
        return coordinatorName;
    }

    public void setCoordinatorName(String coordinatorName) {
        this.coordinatorName = coordinatorName;
    }

    public String getCoordinatorUsername() {
        return coordinatorUsername;
    }

    public void setCoordinatorUsername(String coordinatorUsername) {
        this.coordinatorUsername = coordinatorUsername;
    }

    public Long getRenamedId() {
        return renamedId;
    }

    public void setRenamedId(Long renamedId) {
        this.renamedId = renamedId;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }
}
