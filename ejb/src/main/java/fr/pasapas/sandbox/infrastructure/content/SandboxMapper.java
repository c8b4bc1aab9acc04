package fr.pasapas.sandbox.infrastructure.content;

import static fr.pasapas.sandbox.infrastructure.content.YamlNodes.flag;
import static fr.pasapas.sandbox.infrastructure.content.YamlNodes.get;
import static fr.pasapas.sandbox.infrastructure.content.YamlNodes.items;
import static fr.pasapas.sandbox.infrastructure.content.YamlNodes.text;
import static fr.pasapas.sandbox.infrastructure.content.YamlNodes.words;

import fr.pasapas.sandbox.domain.Block;
import fr.pasapas.sandbox.domain.BlockType;
import fr.pasapas.sandbox.domain.ExpectedAction;
import fr.pasapas.sandbox.domain.Message;
import fr.pasapas.sandbox.domain.Page;
import fr.pasapas.sandbox.domain.PageRef;
import fr.pasapas.sandbox.domain.Persona;
import fr.pasapas.sandbox.domain.Scenario;
import fr.pasapas.sandbox.domain.Site;
import fr.pasapas.sandbox.domain.SpecimenDocument;
import fr.pasapas.sandbox.domain.Words;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;

/** Builds the domain from node trees that passed their schema. */
final class SandboxMapper {

    static final List<String> STEP_KINDS = List.of("press", "fill", "choose", "open");

    private SandboxMapper() {
    }

    static Persona persona(Node node) {
        Map<String, String> data = new LinkedHashMap<>();
        YamlNodes.entries(node, "data").forEach(tuple ->
                data.put(text(tuple.getKeyNode()).orElseThrow(), text(tuple.getValueNode()).orElse("")));
        return new Persona(text(node, "id"), text(node, "name"), text(node, "email"), data);
    }

    static Site site(Node root) {
        String id = text(root, "id");
        Node look = get(root, "look").orElseThrow();
        Site.Look theLook = new Site.Look(text(look, "primary"), text(look, "background"), words(look, "header"),
                items(look, "navigation").stream().map(YamlNodes::words).toList(), words(look, "footer"));
        List<Page> pages = items(root, "pages").stream().map(page -> new Page(text(page, "id"), words(page, "title"),
                items(page, "blocks").stream().map(block -> block(block, id)).toList())).toList();
        return new Site(id, text(root, "name"), text(root, "domain"), theLook, pages);
    }

    static Block block(Node node, String siteId) {
        BlockType type = BlockType.fromKey(text(node, "type")).orElseThrow();
        String goes = text(node, "goes");
        Block.MessageTemplate sends = get(node, "sends").map(s -> new Block.MessageTemplate(text(s, "id"),
                text(s, "folder"), words(s, "from"), words(s, "subject"), words(s, "body"))).orElse(null);
        List<Block.Option> options = items(node, "options").stream()
                .map(option -> new Block.Option(text(option, "value"), words(option, "label"))).toList();
        List<List<Words>> rows = items(node, "rows").stream()
                .map(row -> ((org.yaml.snakeyaml.nodes.SequenceNode) row).getValue().stream().map(YamlNodes::words).toList())
                .toList();
        List<Block.Branch> branches = items(node, "branches").stream().map(branch -> {
            Map<String, String> when = new LinkedHashMap<>();
            YamlNodes.entries(branch, "when").forEach(tuple ->
                    when.put(text(tuple.getKeyNode()).orElseThrow(), text(tuple.getValueNode()).orElse("")));
            return new Block.Branch(when, PageRef.parse(text(branch, "goes"), siteId));
        }).toList();
        String returns = text(node, "returns");
        return new Block(type, text(node, "id"), words(node, "text"), goes == null ? null : PageRef.parse(goes, siteId),
                text(node, "input"), flag(node, "required"), text(node, "format"), words(node, "formatMessage"),
                text(node, "expects"), words(node, "wrong"), options, flag(node, "checks"), sends,
                text(node, "address"), text(node, "folder"), rows,
                items(node, "items").stream().map(YamlNodes::words).toList(), text(node, "prefill"), branches,
                returns == null ? null : PageRef.parse(returns, siteId), words(node, "expired"), text(node, "document"),
                flag(node, "filePicker"));
    }

    static Scenario scenario(Node root) {
        String start = text(root, "start");
        List<ExpectedAction> path = items(root, "path").stream().map(SandboxMapper::step).toList();
        List<Scenario.Ending> endings = items(root, "endings").stream()
                .map(ending -> new Scenario.Ending(text(ending, "press"), words(ending, "explanation"))).toList();
        String allowed = text(root, "allowedMistakes");
        return new Scenario(text(root, "id"), words(root, "title"), words(root, "goal"),
                items(root, "sites").stream().map(site -> text(site).orElseThrow()).toList(), text(root, "persona"),
                PageRef.parse(start, ""), path, endings, allowed == null ? 0 : Integer.parseInt(allowed),
                items(root, "mailbox").stream().map(SandboxMapper::message).toList());
    }

    private static Message message(Node node) {
        Message.Link link = get(node, "link").map(l -> new Message.Link(text(l, "id"), words(l, "text"),
                text(l, "address"))).orElse(null);
        return new Message(text(node, "id"), text(node, "folder"), words(node, "from"), words(node, "subject"),
                words(node, "body"), null, flag(node, "phishing"), link);
    }

    static String kindKey(Node step) {
        return STEP_KINDS.stream().filter(kind -> get(step, kind).isPresent()).findFirst().orElseThrow();
    }

    private static ExpectedAction step(Node node) {
        String kind = kindKey(node);
        List<ExpectedAction.Mistake> mistakes = items(node, "mistakes").stream().map(mistake -> {
            String target = text(mistake, "press") != null ? text(mistake, "press") : text(mistake, "open");
            ExpectedAction.Kind mistakeKind = text(mistake, "press") != null ? ExpectedAction.Kind.PRESS
                    : text(mistake, "open") != null ? ExpectedAction.Kind.OPEN : kind(kind);
            return new ExpectedAction.Mistake(mistakeKind, target, text(mistake, "value"), words(mistake, "feedback"));
        }).toList();
        return new ExpectedAction(kind(kind), text(node, kind), text(node, "value"), words(node, "guide"),
                words(node, "hint"), mistakes, words(node, "otherwise"));
    }

    private static ExpectedAction.Kind kind(String key) {
        return ExpectedAction.Kind.valueOf(key.toUpperCase());
    }

    /** A document of sandbox/documents.yaml. */
    static SpecimenDocument document(Node node) {
        return new SpecimenDocument(text(node, "id"), text(node, "file"), words(node, "title"),
                items(node, "lines").stream().map(YamlNodes::words).toList());
    }
}
