package fr.pasapas.sandbox.domain;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Derives a {@link RunState} by playing the actions in effect, one by one, on the scenario's sites (the world:
 * pages, inputs, the persona's mailbox) and against its expected path ({@link PathProgress}). Nothing here is
 * random but the codes, and they come from the run's seed; nothing reads the clock: time is the actions' own.
 * The same actions give the same state. An action that the screen could not have offered (a block not on the
 * page) changes nothing.
 */
final class Replay {

    private final Sandbox sandbox;
    private final Scenario scenario;
    private final Mode mode;
    private final Persona persona;
    private final Mailbox mailbox;
    private final SiteInputs inputs;
    private final PathProgress progress;

    private final Map<String, PageRef> tabs = new HashMap<>();
    private PageRef page;
    private final Map<String, String> values = new LinkedHashMap<>();
    /** The documents downloaded, by id, in order (once each). */
    private final Set<String> downloads = new LinkedHashSet<>();
    private final Map<String, Words> siteErrors = new LinkedHashMap<>();
    /** Inputs the site already filled in once (on the first show of their page). */
    private final Set<String> prefilled = new HashSet<>();
    /** For each site, where {@code goes: back} leads: where the learner came into it from (or its caller's return). */
    private final Map<String, PageRef> cameFrom = new HashMap<>();
    private Message opened;
    private Words reminder;
    private RunState.Outcome outcome = RunState.Outcome.PLAYING;
    private Words ending;
    private Instant now = Instant.EPOCH;

    private Replay(Sandbox sandbox, Scenario scenario, Mode mode, long seed) {
        this.sandbox = sandbox;
        this.scenario = scenario;
        this.mode = mode;
        this.persona = sandbox.personas().get(scenario.persona());
        this.mailbox = new Mailbox(seed, scenario.mailbox());
        this.inputs = new SiteInputs(persona, mailbox);
        this.progress = new PathProgress(scenario.path(), inputs);
        navigate(scenario.start());
    }

    static RunState of(Sandbox sandbox, Scenario scenario, Mode mode, long seed, List<TimedAction> actions) {
        Replay replay = new Replay(sandbox, scenario, mode, seed);
        actions.forEach(replay::apply);
        return replay.state();
    }

    /** The code a site sends the n-th time in a run (0-based): 6 digits, fixed by the seed. */
    static String code(long seed, int n) {
        return Mailbox.code(seed, n);
    }

    private void apply(TimedAction timed) {
        progress.newAction();
        reminder = null;
        if (outcome != RunState.Outcome.PLAYING) {
            return;
        }
        now = timed.at();
        Action action = timed.action();
        if (action instanceof Action.AskHint) {
            if (mode != Mode.ALONE) {
                progress.askHint();
            }
        } else if (action instanceof Action.Open open) {
            open(open);
        } else if (action instanceof Action.Fill fill) {
            fill(fill);
        } else if (action instanceof Action.Choose choose) {
            choose(choose);
        } else if (action instanceof Action.Press press) {
            press(press);
        } // Undo and Restart never reach here: Run#inEffect has already applied them
        if (outcome == RunState.Outcome.PLAYING && progress.reached()) {
            outcome = RunState.Outcome.REACHED;
        }
    }

    private void open(Action.Open open) {
        Optional<Site> site = sandbox.site(open.site());
        if (site.isEmpty() || !scenario.sites().contains(open.site())) {
            return;
        }
        navigate(tabs.getOrDefault(open.site(), new PageRef(open.site(), site.get().home().id())));
        progress.expectedStep(open, ExpectedAction.Kind.OPEN, open.site(), true);
    }

    private void fill(Action.Fill fill) {
        Optional<Block> block = onPage(fill.field()).filter(b -> b.type().isInput() && b.type() != BlockType.CHOICE);
        if (block.isEmpty()) {
            return;
        }
        siteErrors.remove(fill.field());
        if (fill.realLooking()) {
            values.remove(fill.field());
            reminder = new Words("Attention : cela ressemble à de vraies données. Ici, utilisez les papiers de "
                    + persona.name() + ".", "Careful: this looks like real data. Here, use the papers of "
                    + persona.name() + ".");
            return;
        }
        values.put(fill.field(), fill.value());
        progress.input(fill, block.get(), fill.value());
    }

    private void choose(Action.Choose choose) {
        Optional<Block> block = onPage(choose.field()).filter(b -> b.type() == BlockType.CHOICE
                && (b.options().stream().anyMatch(option -> option.value().equals(choose.option()))
                    || b.filePicker() && downloads.contains(choose.option())));
        if (block.isEmpty()) {
            return;
        }
        siteErrors.remove(choose.field());
        values.put(choose.field(), choose.option());
        progress.input(choose, block.get(), choose.option());
    }

    private void press(Action.Press press) {
        Optional<Block> block = onPage(press.element()).filter(b -> b.type().isPressable());
        Page pressedOn = currentPage();
        SiteInputs.Checked checked = SiteInputs.Checked.ACCEPTED;
        if (block.isPresent()) {
            checked = pressOnSite(block.get());
        } else if (!openMessage(press.element()) && !linkOfOpened(press.element())) {
            return;
        }
        Optional<Scenario.Ending> end = scenario.ending(press.element());
        if (end.isPresent()) {
            outcome = RunState.Outcome.ENDED;
            ending = end.get().explanation();
            return;
        }
        if (checked.expiredCode() != null) {
            progress.codeExpired(mailbox.latestCode().map(Mailbox.Code::sentBy).orElse(null), checked.expiredCode());
            return;
        }
        progress.confirmPrefilled(press, press.element(), values, pressedOn::block);
        progress.expectedStep(press, ExpectedAction.Kind.PRESS, press.element(), checked.accepted());
    }

    /** What the site does when a button or link is pressed; refused when its checks find an input wrong. */
    private SiteInputs.Checked pressOnSite(Block block) {
        if (block.checks()) {
            SiteInputs.Checked checked = inputs.check(currentPage(), values, now);
            siteErrors.putAll(checked.errors());
            if (!checked.accepted()) {
                return checked;
            }
        }
        if (block.document() != null) {
            downloads.add(block.document());
        }
        if (block.sends() != null) {
            mailbox.receive(block.sends(), texts()::fill, block.id(), now);
            // new mail: the webmail's tab shows its inbox again, the new message on top
            scenario.sites().stream().filter(id -> !id.equals(page.site())).map(this::site)
                    .filter(site -> site.pages().stream().flatMap(p -> p.blocks().stream())
                            .anyMatch(b -> b.type() == BlockType.MESSAGE_LIST))
                    .forEach(webmail -> tabs.remove(webmail.id()));
        }
        destination(block).ifPresent(to -> follow(to, block));
        return SiteInputs.Checked.ACCEPTED;
    }

    /** Where a button or link leads now: the first branch whose values are held, else its {@code goes}. */
    private Optional<PageRef> destination(Block block) {
        return block.branches().stream().filter(branch -> branch.when().entrySet().stream()
                        .allMatch(entry -> holds(entry.getKey(), entry.getValue())))
                .map(Block.Branch::goes).findFirst().or(block::destination);
    }

    private boolean holds(String field, String wanted) {
        String held = values.get(field);
        Optional<Block> input = input(field);
        return held != null && inputs.resolve(wanted).map(value -> input.map(b -> SiteInputs.same(b, held, value))
                .orElse(held.strip().equals(value.strip()))).orElse(false);
    }

    /** Follows a button or link: into another site (which remembers where back leads), or back to where it was entered from. */
    private void follow(PageRef to, Block block) {
        if (to.isBack()) {
            Optional.ofNullable(cameFrom.get(page.site())).ifPresent(this::navigate);
            return;
        }
        if (!to.site().equals(page.site())) {
            cameFrom.put(to.site(), block.returns() != null ? block.returns() : page);
        }
        navigate(to);
    }

    /** Opens a message pressed in the webmail's list on the page; false when it is not one. */
    private boolean openMessage(String element) {
        Optional<Block> list = currentPage().blocks().stream().filter(b -> b.type() == BlockType.MESSAGE_LIST).findFirst();
        Optional<Message> message = list.flatMap(l -> mailbox.find(element, l.folder()));
        if (message.isEmpty()) {
            return false;
        }
        opened = message.get();
        list.get().destination().ifPresent(this::navigate);
        return true;
    }

    /** Whether the element is the link in the message open on this page (e.g. a phishing message's link). */
    private boolean linkOfOpened(String element) {
        return opened != null && opened.link() != null && opened.link().id().equals(element)
                && currentPage().blocks().stream().anyMatch(b -> b.type() == BlockType.MESSAGE);
    }

    private Optional<Block> onPage(String id) {
        return currentPage().block(id);
    }

    private Site site(String id) {
        return sandbox.site(id).orElseThrow(() -> new IllegalStateException("no site " + id));
    }

    private Page currentPage() {
        return site(page.site()).page(page.page()).orElseThrow(() -> new IllegalStateException("no page " + page));
    }

    /** Shows a page; its pre-filled inputs get their value the first time it is shown. */
    private void navigate(PageRef to) {
        if (!to.equals(page)) {
            siteErrors.clear();
        }
        page = to;
        tabs.put(to.site(), to);
        for (Block input : currentPage().inputs()) {
            if (input.prefill() != null && prefilled.add(input.id()) && !values.containsKey(input.id())) {
                inputs.resolve(input.prefill()).ifPresent(value -> values.put(input.id(), value));
            }
        }
    }

    /** The texts' placeholders, filled in with the persona and the values held now. */
    /** The page with each file picker offering, after its own files, the documents downloaded in the run. */
    private Page withDownloads(Page screen) {
        if (downloads.isEmpty() || screen.blocks().stream().noneMatch(Block::filePicker)) {
            return screen;
        }
        return new Page(screen.id(), screen.title(), screen.blocks().stream().map(block -> !block.filePicker() ? block
                : block.withOptions(Stream.concat(block.options().stream(), downloads.stream()
                        .filter(id -> block.options().stream().noneMatch(option -> option.value().equals(id)))
                        .map(id -> new Block.Option(id, Words.of(sandbox.document(id).orElseThrow().file()))))
                        .toList())).toList());
    }

    /** The documents downloaded, as the learner gets them: with the persona's data and the values filled in. */
    private List<SpecimenDocument> downloaded() {
        Texts texts = texts();
        return downloads.stream().map(id -> sandbox.document(id).orElseThrow(
                        () -> new IllegalStateException("no document " + id)))
                .map(document -> new SpecimenDocument(document.id(), document.file(), texts.fill(document.title()),
                        document.lines().stream().map(texts::fill).toList()))
                .toList();
    }

    private Texts texts() {
        return new Texts(persona, values, this::input);
    }

    /** The input of that id: on the site on screen first, else on another site of the scenario. */
    private Optional<Block> input(String id) {
        return Stream.concat(Stream.of(page.site()), scenario.sites().stream())
                .flatMap(siteId -> sandbox.site(siteId).stream()).flatMap(s -> s.pages().stream())
                .flatMap(p -> p.block(id).stream()).filter(b -> b.type().isInput()).findFirst();
    }

    private RunState state() {
        Optional<ExpectedAction> next = outcome == RunState.Outcome.PLAYING ? progress.next() : Optional.empty();
        return new RunState(mode, scenario, persona, page, withDownloads(texts().page(currentPage())), Map.copyOf(values),
                Map.copyOf(siteErrors), next, progress.mistakes(), progress.feedback(), progress.hintsUsed(),
                progress.hintShown(), Optional.ofNullable(reminder), mailbox.messages(), Optional.ofNullable(opened),
                outcome, Optional.ofNullable(ending), downloaded());
    }
}
