package fr.pasapas.sandbox.infrastructure.content;

import fr.pasapas.catalogue.application.ContentFileReader.Problem;
import fr.pasapas.sandbox.domain.Sandbox;
import java.util.List;
import java.util.Optional;

/** The outcome of loading {@code content/sandbox/}: the sandbox when there is no problem, else every problem. */
public record SandboxLoad(Optional<Sandbox> sandbox, List<Problem> problems) {

    public SandboxLoad {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
