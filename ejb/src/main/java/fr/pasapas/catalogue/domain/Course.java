package fr.pasapas.catalogue.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A course: a folder under {@code content/} with its {@code course.yaml} manifest.
 *
 * @param audience    who the course is for ({@link Audience#LEARNERS} unless the manifest says otherwise)
 * @param certificate what earns the course's certificate; null for a course without one
 */
public record Course(String id, String title, String description, List<Module> modules, Audience audience,
                     CertificateRule certificate) {

    public Course {
        modules = List.copyOf(modules);
        Objects.requireNonNull(audience, "audience");
    }

    /** A course without a certificate. */
    public Course(String id, String title, String description, List<Module> modules, Audience audience) {
        this(id, title, description, modules, audience, null);
    }

    /** A course for learners. */
    public Course(String id, String title, String description, List<Module> modules) {
        this(id, title, description, modules, Audience.LEARNERS);
    }

    /** Whether a learner ({@code staff} false) or a member of staff may open it. */
    public boolean openTo(boolean staff) {
        return audience.openTo(staff);
    }

    /** What earns the course's certificate, if it has one. */
    public Optional<CertificateRule> certificateRule() {
        return Optional.ofNullable(certificate);
    }

    public Optional<Module> module(String moduleId) {
        return modules.stream().filter(m -> m.id().equals(moduleId)).findFirst();
    }

    /**
     * The DigComp competences the certificate states, with their proficiency level: those of the rule's modules,
     * in order; empty without a rule.
     */
    public Map<String, Integer> certificateCompetences() {
        return certificateRule().map(rule -> rule.competenceLevels(
                id -> module(id).map(Module::competences).orElse(List.of()))).orElse(new LinkedHashMap<>());
    }
}
