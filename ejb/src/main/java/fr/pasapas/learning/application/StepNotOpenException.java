package fr.pasapas.learning.application;

import jakarta.ejb.ApplicationException;

/** A step that cannot be opened yet (the final check before the other steps): the learner goes to {@link #stepToDo()}. */
@ApplicationException(rollback = true)
public class StepNotOpenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String stepToDo;

    public StepNotOpenException(String stepToDo) {
        super("Open step " + stepToDo + " first");
        this.stepToDo = stepToDo;
    }

    public String stepToDo() {
        return stepToDo;
    }
}
