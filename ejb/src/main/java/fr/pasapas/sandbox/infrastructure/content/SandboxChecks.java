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
import org.yaml.snakeyaml.nodes.Node;

/** The meaning checks JSON Schema cannot express: every reference of a site or a scenario leads somewhere. */
final class SandboxChecks {

    /** A file that passed its schema: its name, its node tree (for lines) and what was built from it. */
    record Loaded<T>(String file, Node root, T value) {
    }

    private final List<Problem> problems;

    SandboxChecks(List<Problem> problems) {
        this.problems = problems;
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
     * Page ids unique, block ids unique in the site, every "goes" leads to a page, every format compiles. A link
     * into a broken site is not reported: that site's own problems are the ones to fix.
     */
    void site(Loaded<Site> loaded, Map<String, Loaded<Site>> sites, Set<String> brokenSites) {
        String file = loaded.file();
        Set<String> pageIds = new HashSet<>();
        Map<String, Integer> blockIds = new HashMap<>();
        for (Node page : items(loaded.root(), "pages")) {
            String pageId = text(page, "id");
            if (!pageIds.add(pageId)) {
                report(file, page, "page id '" + pageId + "' is used twice in the site");
            }
            for (Node block : items(page, "blocks")) {
                String id = text(block, "id");
                if (id != null && blockIds.putIfAbsent(id, line(block)) != null) {
                    report(file, block, "block id '" + id + "' is already used on line " + blockIds.get(id)
                            + ": a scenario names a block by its id alone");
                }
                get(block, "goes").ifPresent(goes -> {
                    PageRef to = PageRef.parse(text(goes).orElse(""), loaded.value().id());
                    Optional<Site> target = Optional.ofNullable(sites.get(to.site())).map(Loaded::value);
                    if (target.isEmpty() && !brokenSites.contains(to.site())) {
                        report(file, goes, "unknown site '" + to.site() + "' in '" + to + "'");
                    } else if (target.isPresent() && target.get().page(to.page()).isEmpty()) {
                        report(file, goes, "unknown page '" + to.page() + "' in site '" + to.site() + "'");
                    }
                });
                get(block, "format").ifPresent(format -> {
                    try {
                        Pattern.compile(text(format).orElse(""));
                    } catch (PatternSyntaxException e) {
                        report(file, format, "format is not a valid regular expression: " + e.getDescription());
                    }
                });
            }
        }
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
            for (Site site : played) {
                site.pages().stream().flatMap(page -> page.blocks().stream())
                        .filter(block -> block.expects() != null && block.expects().startsWith("persona."))
                        .filter(block -> persona.value(block.expects().substring(8)).isEmpty())
                        .forEach(block -> report(file, personaNode, "persona '" + persona.id() + "' has no "
                                + block.expects().substring(8) + ", which block '" + block.id() + "' of site '"
                                + site.id() + "' expects"));
            }
        }
        return problems.size() == before;
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
