package fr.pasapas.catalogue.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What earns a course's certificate ({@code certificate:} of a course.yaml): every listed module completed, every
 * listed practice scenario passed in its mode or a harder one, and every listed final check passed with at least
 * its minimum score. The rule is data: the certificates context evaluates it on the learner's stored results.
 *
 * <p>The certificate states a DigComp 2.2 proficiency level for each competence of the rule's modules: the level
 * the rule declares for it, else the rule's level, else the level of the hardest practice the rule asks for
 * (guided 1, hints 2, alone 3), else 1. Pas-à-Pas claims at most level 3, and level 3 only with a practice done
 * alone (see docs/content.md).
 *
 * @param modules   module ids of the course, in course order
 * @param practices scenarios to pass, each in a mode
 * @param minScores minimum final-check score (right answers) by module id
 * @param level     the rule's level for every competence, 0 when not declared
 * @param levels    levels declared per competence code
 */
public record CertificateRule(List<String> modules, List<Practice> practices, Map<String, Integer> minScores,
                              int level, Map<String, Integer> levels) {

    /** The highest proficiency level a Pas-à-Pas certificate claims. */
    public static final int MAX_LEVEL = 3;

    public CertificateRule {
        modules = List.copyOf(modules);
        practices = List.copyOf(practices);
        minScores = Map.copyOf(minScores);
        levels = Map.copyOf(levels);
        if (modules.isEmpty()) {
            throw new IllegalArgumentException("a certificate rule names at least one module");
        }
        if (level < 0 || level > MAX_LEVEL) {
            throw new IllegalArgumentException("level out of 1.." + MAX_LEVEL + ": " + level);
        }
    }

    /** A scenario to pass in {@code mode} (or a harder one). */
    public record Practice(String scenario, String mode) {
        public Practice {
            if (!PracticeStep.MODES.contains(mode)) {
                throw new IllegalArgumentException("unknown practice mode " + mode);
            }
        }

        /** Whether a pass in {@code passedMode} is enough. */
        public boolean countsPassIn(String passedMode) {
            return PracticeStep.MODES.indexOf(passedMode) >= PracticeStep.MODES.indexOf(mode);
        }

        /** guided 1, hints 2, alone 3. */
        public int level() {
            return PracticeStep.MODES.indexOf(mode) + 1;
        }
    }

    /**
     * A learner's stored results, as the rule reads them.
     *
     * @param completedModules ids of the modules the learner completed
     * @param passedModes      the modes in which the learner passed each scenario (absent: never passed)
     * @param bestScores       the learner's best final-check score (right answers) by module id
     */
    public record Results(Set<String> completedModules, Map<String, Set<String>> passedModes,
                          Map<String, Integer> bestScores) {
        public Results {
            completedModules = Set.copyOf(completedModules);
            passedModes = Map.copyOf(passedModes);
            bestScores = Map.copyOf(bestScores);
        }
    }

    /** Whether these results earn the certificate. */
    public boolean isMetBy(Results results) {
        return results.completedModules().containsAll(modules)
                && practices.stream().allMatch(p -> results.passedModes().getOrDefault(p.scenario(), Set.of())
                        .stream().anyMatch(p::countsPassIn))
                && minScores.entrySet().stream()
                        .allMatch(e -> results.bestScores().getOrDefault(e.getKey(), -1) >= e.getValue());
    }

    /** The level of the hardest practice the rule asks for, 0 without practice. */
    public int practiceLevel() {
        return practices.stream().mapToInt(Practice::level).max().orElse(0);
    }

    /** The level stated for a competence (see the class comment). */
    public int levelOf(String competence) {
        Integer declared = levels.get(competence);
        if (declared != null) {
            return declared;
        }
        if (level > 0) {
            return level;
        }
        return Math.max(1, practiceLevel());
    }

    /**
     * The competences of the rule's modules, in order of first appearance, each with its level.
     *
     * @param competencesOf a module's competence codes, by module id
     */
    public Map<String, Integer> competenceLevels(Function<String, List<String>> competencesOf) {
        Map<String, Integer> result = new LinkedHashMap<>();
        for (String module : modules) {
            for (String competence : competencesOf.apply(module)) {
                result.putIfAbsent(competence, levelOf(competence));
            }
        }
        return result;
    }
}
