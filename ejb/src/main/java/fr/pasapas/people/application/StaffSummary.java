package fr.pasapas.people.application;

import fr.pasapas.people.domain.Role;
import java.io.Serializable;
import java.util.Set;

/** A staff member of an organisation as the coordinators' list shows them. */
public record StaffSummary(long id, String displayName, String username, Set<Role> roles, boolean locked)
        implements Serializable {

    public StaffSummary {
        roles = Set.copyOf(roles);
    }

    public boolean isTrainer() {
        return roles.contains(Role.TRAINER);
    }

    public boolean isCoordinator() {
        return roles.contains(Role.PARTNER);
    }
}
