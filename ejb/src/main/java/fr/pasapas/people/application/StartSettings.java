package fr.pasapas.people.application;

import java.io.Serializable;

/**
 * The accessibility settings a learner's pages start with on a device where the learner has not chosen yet:
 * staff set them at enrolment; the learner's own choice on the device wins afterwards.
 */
public record StartSettings(boolean biggerText, boolean highContrast, boolean readAloud) implements Serializable {

    public static final StartSettings NONE = new StartSettings(false, false, false);
}
