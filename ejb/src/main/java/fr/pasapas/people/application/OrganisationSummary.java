package fr.pasapas.people.application;

import fr.pasapas.config.PlatformTime;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** An organisation as the admin's list shows it. */
public record OrganisationSummary(long id, String name, Instant createdAt, long learners, long staff) implements Serializable {

    /** The day it was created, in France. */
    public LocalDate createdOn() {
        return LocalDate.ofInstant(createdAt, PlatformTime.ZONE);
    }
}
