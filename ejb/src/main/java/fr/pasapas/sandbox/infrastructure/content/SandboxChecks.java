package fr.pasapas.sandbox.infrastructure.content;

import static fr.pasapas.sandbox.infrastructure.content.YamlNodes.get;
import static fr.pasapas.sandbox.infrastructure.content.YamlNodes.items;
import static fr.pasapas.sandbox.infrastructure.content.YamlNodes.line;
import static fr.pasapas.sandbox.infrastructure.content.YamlNodes.text;

import fr.pasapas.catalogue.application.ContentFileReader.Problem;
import fr.pasapas.sandbox.domain.Block;
import fr.pasapas.sandbox.domain.BlockType;
import fr.pasapas.sandbox.domain.PageRef;
import fr.pasapas.sandbox.domain.Persona;
import fr.pasapas.sandbox.domain.Placeholder;
import fr.pasapas.sandbox.domain.Site;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** The meaning checks JSON Schema cannot express: every reference of a site or a scenario leads somewhere. */
final class SandboxChecks {

    /** A file that passed its schema: its name, its node tree (for lines) and what was built from it. */
    record Loaded<T>(String file, Node root, T value) {
    }

    private final List<Problem> problems;

    /** The ids of sandbox/documents.yaml, which a button or link may download. */
    private final Set<String> documents;

    SandboxChecks(List<Problem> problems, Set<String> documents) {
        this.problems = problems;
        this.documents = Set.copyOf(documents);
    }

    boolean idIsFileName(String file, Node root, String name, String suffix) {
        String expected = name.substring(0, name.length() - suffix.length());
        String id = text(root, "id");
        if (!expected.equals(id)) {
            report(file, get(root, "id").orElse(root), "id '" + id + "' must be the file name '" + expected + "'");
            return false;
        }
        return true;
    }

    /**
     * Page ids unique, block ids unique in the site, every "goes" (of a block or a branch) and "returns" leads to a
     * page, a branch's "when" names inputs of the site and options of its choices, a literal prefill of a choice is
     * one of its options, every format compiles, every placeholder is {persona.KEY} or {value.INPUT of the site}. A
     * link into a broken site is not reported: that site's own problems are the ones to fix.
     */
    void site(Loaded<Site> loaded, Map<String, Loaded<Site>> sites, Set<String> brokenSites) {
        String file = loaded.file();
        Map<String, Block> inputs = new HashMap<>();
        loaded.value().pages().forEach(page -> page.inputs().forEach(input -> inputs.putIfAbsent(input.id(), input)));
        Set<String> pageIds = new HashSet<>();
        Map<String, Integer> blockIds = new HashMap<>();
        for (Node page : items(loaded.root(), "pages")) {
            String pageId = text(page, "id");
            if (!pageIds.add(pageId)) {
                report(file, page, "page id '" + pageId + "' is used twice in the site");
            }
            get(page, "title").ifPresent(title -> checkPlaceholders(file, title, inputs));
            for (Node block : items(page, "blocks")) {
                String id = text(block, "id");
                if (id != null && blockIds.putIfAbsent(id, line(block)) != null) {
                    report(file, block, "block id '" + id + "' is already used on line " + blockIds.get(id)
                            + ": a scenario names a block by its id alone");
                }
                get(block, "goes").ifPresent(goes -> checkPageRef(file, goes, loaded, sites, brokenSites, true));
                get(block, "returns").ifPresent(returns -> checkPageRef(file, returns, loaded, sites, brokenSites, false));
                for (Node branch : items(block, "branches")) {
                    get(branch, "goes").ifPresent(goes -> checkPageRef(file, goes, loaded, sites, brokenSites, true));
                    YamlNodes.entries(branch, "when").forEach(when -> checkWhen(file, when, inputs));
                }
                checkKeysOfType(file, block);
                get(block, "document").filter(node -> !documents.contains(text(node).orElse(""))).ifPresent(node ->
                        report(file, node, "unknown document '" + text(node).orElse("") + "': write an id of "
                                + SandboxLoader.DOCUMENTS_FILE));
                get(block, "prefill").ifPresent(prefill -> checkPrefill(file, prefill, text(block, "type"), inputs.get(id)));
                get(block, "format").ifPresent(format -> {
                    try {
                        Pattern.compile(text(format).orElse(""));
                    } catch (PatternSyntaxException e) {
                        report(file, format, "format is not a valid regular expression: " + e.getDescription());
                    }
                });
                texts(block).forEach(text -> checkPlaceholders(file, text, inputs));
            }
        }
    }

    /** Keys that only some block types take: prefill (inputs a site may fill in), branches and returns, expired. */
    private void checkKeysOfType(String file, Node block) {
        String type = text(block, "type");
        Map<String, List<String>> typesOf = Map.of("prefill", List.of("field", "date", "choice"),
                "branches", List.of("button", "link"), "returns", List.of("button", "link"),
                "expired", List.of("code-input"), "document", List.of("button", "link"), "filePicker", List.of("choice"));
        typesOf.forEach((key, types) -> get(block, key).filter(node -> !types.contains(type)).ifPresent(node ->
                report(file, node, "'" + key + "' is only for a " + (types.size() == 1 ? types.get(0)
                        : String.join(", ", types.subList(0, types.size() - 1)) + " or " + types.get(types.size() - 1))
                        + ", not a " + type)));
    }

    /** A "goes" or "returns": a page of a known site ("back" only for a "goes"). */
    private void checkPageRef(String file, Node node, Loaded<Site> loaded, Map<String, Loaded<Site>> sites,
                              Set<String> brokenSites, boolean backAllowed) {
        PageRef to = PageRef.parse(text(node).orElse(""), loaded.value().id());
        if (to.isBack()) {
            if (!backAllowed) {
                report(file, node, "'back' is only for goes: write the page back leads to");
            }
            return;
        }
        Optional<Site> target = Optional.ofNullable(sites.get(to.site())).map(Loaded::value);
        if (target.isEmpty() && !brokenSites.contains(to.site())) {
            report(file, node, "unknown site '" + to.site() + "' in '" + to + "'");
        } else if (target.isPresent() && target.get().page(to.page()).isEmpty()) {
            report(file, node, "unknown page '" + to.page() + "' in site '" + to.site() + "'");
        }
    }

    /** A branch's condition: an input of the site, and for a choice one of its options (or persona data). */
    private void checkWhen(String file, NodeTuple when, Map<String, Block> inputs) {
        String field = text(when.getKeyNode()).orElse("");
        String value = text(when.getValueNode()).orElse("");
        Block input = inputs.get(field);
        if (input == null) {
            report(file, when.getKeyNode(), "when: '" + field + "' is not a field, date, choice or code input of the site");
        } else if (input.type() == BlockType.CHOICE && !value.startsWith("persona.") && !hasOption(input, value)) {
            report(file, when.getValueNode(), "when: '" + value + "' is not an option of choice '" + field + "' ("
                    + options(input) + ")");
        }
    }

    private void checkPrefill(String file, Node prefill, String type, Block input) {
        String value = text(prefill).orElse("");
        if ("choice".equals(type) && input != null && !value.startsWith("persona.") && !hasOption(input, value)) {
            report(file, prefill, "prefill: '" + value + "' is not an option of choice '" + input.id() + "' ("
                    + options(input) + ")");
        }
    }

    private static boolean hasOption(Block choice, String value) {
        return choice.options().stream().anyMatch(option -> option.value().equals(value));
    }

    private static String options(Block choice) {
        return String.join(", ", choice.options().stream().map(Block.Option::value).toList());
    }

    /** {persona.KEY} and {value.FIELD} only; a value is an input of the same site. */
    private void checkPlaceholders(String file, Node text, Map<String, Block> inputs) {
        for (Placeholder placeholder : Placeholder.in(text(text).orElse(""))) {
            if (!placeholder.known()) {
                report(file, text, "unknown placeholder " + placeholder.text() + ": write {persona.KEY} or {value.FIELD}");
            } else if (placeholder.kind().equals(Placeholder.VALUE) && !inputs.containsKey(placeholder.key())) {
                report(file, text, placeholder.text() + ": '" + placeholder.key()
                        + "' is not a field, date, choice or code input of the site");
            }
        }
    }

    /** The texts a learner reads in a block, as scalar nodes: its label, its messages, options, cells, items, message sent. */
    private static List<Node> texts(Node block) {
        List<Node> texts = new ArrayList<>();
        for (String key : List.of("text", "formatMessage", "wrong", "expired")) {
            get(block, key).ifPresent(node -> texts.addAll(scalars(node)));
        }
        items(block, "options").forEach(option -> get(option, "label").ifPresent(label -> texts.addAll(scalars(label))));
        items(block, "rows").forEach(row -> texts.addAll(scalars(row)));
        items(block, "items").forEach(item -> texts.addAll(scalars(item)));
        get(block, "sends").ifPresent(sends -> List.of("from", "subject", "body")
                .forEach(key -> get(sends, key).ifPresent(node -> texts.addAll(scalars(node)))));
        return texts;
    }

    /** The scalars of a node: itself, or those of a {fr, en} text or a row. */
    private static List<Node> scalars(Node node) {
        if (node instanceof ScalarNode) {
            return List.of(node);
        }
        if (node instanceof MappingNode mapping) {
            return mapping.getValue().stream().flatMap(tuple -> scalars(tuple.getValueNode()).stream()).toList();
        }
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue().stream().flatMap(item -> scalars(item).stream()).toList();
        }
        return List.of();
    }

    /**
     * Sites, persona, start page, steps, mistakes and endings of a scenario all exist (a press may name a message
     * of its mailbox or the link in one), the mailbox's ids are unique; false when one does not hold.
     */
    boolean scenario(String file, Node root, Map<String, Loaded<Site>> sites, Set<String> brokenSites,
                     Map<String, Persona> personas) {
        if (items(root, "sites").stream().anyMatch(node -> brokenSites.contains(text(node).orElse("")))) {
            return false; // its site's own problems are reported: checking against half a site would only add noise
        }
        int before = problems.size();
        List<Site> played = items(root, "sites").stream().map(node -> {
            String id = text(node).orElse("");
            if (!sites.containsKey(id)) {
                report(file, node, "unknown site '" + id + "': not listed in " + SandboxManifest.FILE);
                return null;
            }
            return sites.get(id).value();
        }).filter(site -> site != null).toList();
        Node personaNode = get(root, "persona").orElse(root);
        Persona persona = personas.get(text(root, "persona"));
        if (persona == null) {
            report(file, personaNode, "unknown persona '" + text(root, "persona") + "' (see sandbox/personas.yaml)");
        }
        Node start = get(root, "start").orElse(root);
        PageRef startPage = PageRef.parse(text(start).orElse(""), "");
        if (played.stream().noneMatch(site -> site.id().equals(startPage.site()) && site.page(startPage.page()).isPresent())) {
            report(file, start, "start page '" + startPage + "' is not a page of the scenario's sites");
        }
        Set<String> siteIds = new HashSet<>(played.stream().map(Site::id).toList());
        Set<String> mailbox = mailboxIds(file, root);
        for (Node step : items(root, "path")) {
            String kind = SandboxMapper.kindKey(step);
            Node target = get(step, kind).orElseThrow();
            checkTarget(file, kind, target, played, siteIds, mailbox);
            get(step, "value").ifPresent(value -> checkPersonaValue(file, value, persona));
            for (Node mistake : items(step, "mistakes")) {
                get(mistake, "press").ifPresent(press -> checkTarget(file, "press", press, played, siteIds, mailbox));
                get(mistake, "open").ifPresent(open -> checkTarget(file, "open", open, played, siteIds, mailbox));
                get(mistake, "value").ifPresent(value -> checkPersonaValue(file, value, persona));
            }
        }
        for (Node ending : items(root, "endings")) {
            checkTarget(file, "press", get(ending, "press").orElseThrow(), played, siteIds, mailbox);
        }
        if (persona != null) {
            played.forEach(site -> checkSiteData(file, personaNode, persona, sites.get(site.id())));
        }
        return problems.size() == before;
    }

    /**
     * The persona has the data every block of a site it plays asks for: what the site expects and prefills, what its
     * branches compare, and every {persona.KEY} of its texts (so one page serves every persona who plays it).
     */
    private void checkSiteData(String file, Node personaNode, Persona persona, Loaded<Site> site) {
        for (Node page : items(site.root(), "pages")) {
            List<Node> texts = new ArrayList<>(get(page, "title").map(SandboxChecks::scalars).orElse(List.of()));
            for (Node block : items(page, "blocks")) {
                String id = text(block, "id");
                for (String key : List.of("expects", "prefill")) {
                    String reference = text(block, key);
                    if (reference != null && reference.startsWith("persona.") && persona.value(reference.substring(8)).isEmpty()) {
                        report(file, personaNode, "persona '" + persona.id() + "' has no " + reference.substring(8)
                                + ", which block '" + id + "' of site '" + site.value().id() + "' "
                                + (key.equals("expects") ? "expects" : "is pre-filled with"));
                    }
                }
                for (Node branch : items(block, "branches")) {
                    YamlNodes.entries(branch, "when").forEach(when -> {
                        String reference = text(when.getValueNode()).orElse("");
                        if (reference.startsWith("persona.") && persona.value(reference.substring(8)).isEmpty()) {
                            report(file, personaNode, "persona '" + persona.id() + "' has no " + reference.substring(8)
                                    + ", which a branch of block '" + id + "' of site '" + site.value().id() + "' compares");
                        }
                    });
                }
                texts.addAll(texts(block));
            }
            for (Node text : texts) {
                Placeholder.in(text(text).orElse("")).stream()
                        .filter(p -> p.kind().equals(Placeholder.PERSONA) && persona.value(p.key()).isEmpty())
                        .forEach(p -> report(file, personaNode, "persona '" + persona.id() + "' has no " + p.key()
                                + ", which " + p.text() + " shows in " + site.file() + ":" + line(text)));
            }
        }
    }

    /** The ids of the messages in the scenario's mailbox and of their links, each used once. */
    private Set<String> mailboxIds(String file, Node root) {
        Set<String> ids = new HashSet<>();
        for (Node message : items(root, "mailbox")) {
            List<Node> named = new ArrayList<>(List.of(get(message, "id").orElse(message)));
            get(message, "link").flatMap(link -> get(link, "id")).ifPresent(named::add);
            for (Node id : named) {
                if (!ids.add(text(id).orElse(""))) {
                    report(file, id, "id '" + text(id).orElse("") + "' is used twice in the mailbox");
                }
            }
        }
        return ids;
    }

    private void checkTarget(String file, String kind, Node target, List<Site> played, Set<String> siteIds,
                             Set<String> mailbox) {
        String id = text(target).orElse("");
        boolean found = switch (kind) {
            case "open" -> siteIds.contains(id);
            case "fill" -> hasBlock(played, id, type -> type.isInput() && type != BlockType.CHOICE);
            case "choose" -> hasBlock(played, id, type -> type == BlockType.CHOICE);
            default -> hasBlock(played, id, BlockType::isPressable) || sendsMessage(played, id) || mailbox.contains(id);
        };
        if (!found) {
            String what = switch (kind) {
                case "open" -> "site of the scenario (see sites)";
                case "fill" -> "field, date or code input";
                case "choose" -> "choice";
                default -> "button, link or message";
            };
            report(file, target, kind + ": '" + id + "' is not a " + what + (kind.equals("open") ? "" : " of the scenario's sites"));
        }
    }

    private void checkPersonaValue(String file, Node value, Persona persona) {
        String reference = text(value).orElse("");
        if (persona != null && reference.startsWith("persona.") && persona.value(reference.substring(8)).isEmpty()) {
            report(file, value, "persona '" + persona.id() + "' has no " + reference.substring(8));
        }
    }

    private static boolean hasBlock(List<Site> sites, String id, Predicate<BlockType> kind) {
        return sites.stream().flatMap(site -> site.pages().stream()).flatMap(page -> page.blocks().stream())
                .anyMatch(block -> id.equals(block.id()) && kind.test(block.type()));
    }

    private static boolean sendsMessage(List<Site> sites, String id) {
        return sites.stream().flatMap(site -> site.pages().stream()).flatMap(page -> page.blocks().stream())
                .map(Block::sends).anyMatch(sends -> sends != null && sends.id().equals(id));
    }

    private void report(String file, Node node, String message) {
        problems.add(new Problem(file, line(node), message));
    }
}
