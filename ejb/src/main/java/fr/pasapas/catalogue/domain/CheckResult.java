package fr.pasapas.catalogue.domain;

import java.util.List;

/**
 * The outcome of {@link CheckStep#score(java.util.Map)}.
 *
 * @param wrongQuestionIds questions answered wrongly or not answered, in content order
 */
public record CheckResult(int right, int total, boolean passed, List<String> wrongQuestionIds) {

    public CheckResult {
        wrongQuestionIds = List.copyOf(wrongQuestionIds);
    }
}
