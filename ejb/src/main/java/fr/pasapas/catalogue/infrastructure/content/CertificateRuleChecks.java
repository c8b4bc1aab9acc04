package fr.pasapas.catalogue.infrastructure.content;

import fr.pasapas.catalogue.domain.CertificateRule;
import fr.pasapas.catalogue.domain.CheckStep;
import fr.pasapas.catalogue.domain.Module;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Meaning checks of a course's {@code certificate:} rule, beyond its schema, once the course's modules are read: the
 * rule names modules of this course only, a minimum score exists only where the module has a final check with at
 * least that many questions, a level is declared only for a competence of the rule's modules, and level 3 needs a
 * practice in alone mode. The scenarios a rule names are checked against the sandbox by CourseCertificateRulesTest
 * (the catalogue does not know the sandbox), as practice steps are.
 */
final class CertificateRuleChecks {

    private CertificateRuleChecks() {
    }

    /** Checks the rule of {@code course} (if any) against the modules read from its files. */
    static void check(Node course, List<Module> modules, FileErrors errors) {
        Optional<Node> rule = Nodes.get(course, "certificate");
        if (rule.isEmpty() || !(rule.get() instanceof MappingNode)) {
            return;
        }
        Map<String, Module> byId = modules.stream().collect(Collectors.toMap(Module::id, Function.identity()));
        Set<String> listed = Nodes.items(rule.get(), "modules").stream().map(Nodes::text).flatMap(Optional::stream)
                .collect(Collectors.toSet());
        Set<String> ofCourse = Nodes.items(course, "modules").stream().map(Nodes::text).flatMap(Optional::stream)
                .collect(Collectors.toSet());
        for (Node item : Nodes.items(rule.get(), "modules")) {
            Nodes.text(item).filter(id -> !ofCourse.contains(id)).ifPresent(id ->
                    errors.at(item, "certificate: module '" + id + "' is not a module of this course"));
        }
        Nodes.get(rule.get(), "minCheckScore").flatMap(Nodes::integer).ifPresent(score -> {
            for (Node item : Nodes.items(rule.get(), "modules")) {
                Nodes.text(item).map(byId::get).ifPresent(m -> score(m, score, item, errors));
            }
        });
        for (NodeTuple entry : entries(rule.get(), "checks")) {
            Nodes.text(entry.getKeyNode()).ifPresent(id -> {
                if (!listed.contains(id)) {
                    errors.at(entry.getKeyNode(), "certificate: checks names '" + id
                            + "', which is not one of the certificate's modules");
                } else if (byId.containsKey(id)) {
                    Nodes.integer(entry.getValueNode()).ifPresent(score ->
                            score(byId.get(id), score, entry.getValueNode(), errors));
                }
            });
        }
        levels(rule.get(), listed, byId, errors);
    }

    private static void score(Module module, long score, Node at, FileErrors errors) {
        Optional<CheckStep> check = module.finalCheck();
        if (check.isEmpty()) {
            errors.at(at, "certificate: module '" + module.id() + "' has no final check to score");
        } else if (score > check.get().questions().size()) {
            errors.at(at, "certificate: a score of " + score + " is impossible in module '" + module.id()
                    + "', whose final check has " + check.get().questions().size() + " questions");
        }
    }

    private static void levels(Node rule, Set<String> listed, Map<String, Module> byId, FileErrors errors) {
        boolean alone = Nodes.items(rule, "practice").stream()
                .anyMatch(p -> Nodes.text(p, "mode").filter("alone"::equals).isPresent());
        Set<String> competences = listed.stream().map(byId::get).filter(m -> m != null)
                .flatMap(m -> m.competences().stream()).collect(Collectors.toSet());
        Nodes.get(rule, "level").ifPresent(level -> tooHigh(level, alone, errors));
        for (NodeTuple entry : entries(rule, "levels")) {
            Nodes.text(entry.getKeyNode()).filter(code -> !competences.contains(code)).ifPresent(code ->
                    errors.at(entry.getKeyNode(), "certificate: competence " + code
                            + " is not a competence of the certificate's modules"));
            tooHigh(entry.getValueNode(), alone, errors);
        }
    }

    private static void tooHigh(Node level, boolean alone, FileErrors errors) {
        Nodes.integer(level).filter(l -> l >= CertificateRule.MAX_LEVEL && !alone).ifPresent(l ->
                errors.at(level, "certificate: level " + l + " needs a practice in alone mode"));
    }

    private static List<NodeTuple> entries(Node mapping, String key) {
        return Nodes.get(mapping, key).filter(MappingNode.class::isInstance).map(n -> ((MappingNode) n).getValue())
                .orElse(List.of());
    }
}
