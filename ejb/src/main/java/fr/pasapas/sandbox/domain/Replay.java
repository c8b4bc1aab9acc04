package fr.pasapas.sandbox.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Derives a {@link RunState} by playing the actions in effect, one by one, on the scenario's sites (the world:
 * pages, inputs, the persona's mailbox) and against its expected path (done steps, mistakes, hints). Nothing
 * here is random but the codes, and they come from the run's seed: the same actions give the same state.
 * An action that the screen could not have offered (a block not on the page) changes nothing.
 */
final class Replay {

    static final Words GENERIC_MISTAKE = new Words("Ce n'est pas l'étape attendue. Vous pouvez annuler et réessayer.",
            "This is not the expected step. You can undo and try again.");
    static final Words WRONG_VALUE = new Words("Ce n'est pas la valeur attendue. Regardez les papiers de la personne.",
            "This is not the expected value. Look at the person's papers.");
    static final Words EMPTY = new Words("Ce champ est obligatoire.", "This field is required.");
    static final Words REFUSED = new Words("Le site a refusé. Lisez le message en rouge.",
            "The site said no. Read the message in red.");

    private final Sandbox sandbox;
    private final Scenario scenario;
    private final Mode mode;
    private final long seed;
    private final Persona persona;
    private final List<ExpectedAction> path;
    private final boolean[] done;

    private final Map<String, PageRef> tabs = new HashMap<>();
    private PageRef page;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, Words> siteErrors = new LinkedHashMap<>();
    /** Inputs holding a value already counted as a mistake, with its feedback. */
    private final Map<String, Words> wrongInputs = new HashMap<>();
    private final List<RunState.Mistake> mistakes = new ArrayList<>();
    private final List<Message> mailbox = new ArrayList<>();
    private Message opened;
    private Words feedback;
    private Words hintShown;
    private Words reminder;
    private int hintsUsed;
    private RunState.Outcome outcome = RunState.Outcome.PLAYING;
    private Words ending;

    private Replay(Sandbox sandbox, Scenario scenario, Mode mode, long seed) {
        this.sandbox = sandbox;
        this.scenario = scenario;
        this.mode = mode;
        this.seed = seed;
        this.persona = sandbox.personas().get(scenario.persona());
        this.path = scenario.path();
        this.done = new boolean[path.size()];
        scenario.mailbox().forEach(message -> mailbox.add(message.body().fr().contains("{code}")
                || message.body().en().contains("{code}") ? withCode(message) : message));
        navigate(scenario.start());
    }

    static RunState of(Sandbox sandbox, Scenario scenario, Mode mode, long seed, List<Action> actions) {
        Replay replay = new Replay(sandbox, scenario, mode, seed);
        actions.forEach(replay::apply);
        return replay.state();
    }

    /** The code a site sends the n-th time in a run (0-based): 6 digits, fixed by the seed. */
    static String code(long seed, int n) {
        return String.format("%06d", new SplittableRandom(seed + 0x9E3779B97F4A7C15L * (n + 1)).nextInt(1_000_000));
    }

    private void apply(Action action) {
        feedback = null;
        reminder = null;
        if (outcome != RunState.Outcome.PLAYING) {
            return;
        }
        if (action instanceof Action.AskHint) {
            askHint();
        } else if (action instanceof Action.Open open) {
            open(open);
        } else if (action instanceof Action.Fill fill) {
            fill(fill);
        } else if (action instanceof Action.Choose choose) {
            choose(choose);
        } else if (action instanceof Action.Press press) {
            press(press);
        } // Undo and Restart never reach here: Run#inEffect has already applied them
    }

    private void askHint() {
        if (mode != Mode.ALONE) {
            nextIndex().ifPresent(i -> {
                hintsUsed++;
                hintShown = path.get(i).hint();
            });
        }
    }

    private void open(Action.Open open) {
        Optional<Site> site = sandbox.site(open.site());
        if (site.isEmpty() || !scenario.sites().contains(open.site())) {
            return;
        }
        navigate(tabs.getOrDefault(open.site(), new PageRef(open.site(), site.get().home().id())));
        expectedStep(open, ExpectedAction.Kind.OPEN, open.site(), true);
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
        input(fill, block.get(), fill.value());
    }

    private void choose(Action.Choose choose) {
        Optional<Block> block = onPage(choose.field()).filter(b -> b.type() == BlockType.CHOICE
                && b.options().stream().anyMatch(option -> option.value().equals(choose.option())));
        if (block.isEmpty()) {
            return;
        }
        siteErrors.remove(choose.field());
        values.put(choose.field(), choose.option());
        input(choose, block.get(), choose.option());
    }

    private void press(Action.Press press) {
        Optional<Block> block = onPage(press.element()).filter(b -> b.type().isPressable());
        boolean accepted;
        if (block.isPresent()) {
            accepted = pressOnSite(block.get());
        } else {
            Optional<Block> list = currentPage().blocks().stream().filter(b -> b.type() == BlockType.MESSAGE_LIST).findFirst();
            Optional<Message> message = list.flatMap(l -> mailbox.stream()
                    .filter(m -> m.id().equals(press.element()) && m.folder().equals(l.folder())).findFirst());
            if (message.isPresent()) {
                opened = message.get();
                list.get().destination().ifPresent(this::navigate);
            } else if (!linkOfOpened(press.element())) {
                return;
            }
            accepted = true;
        }
        Optional<Scenario.Ending> end = scenario.ending(press.element());
        if (end.isPresent()) {
            outcome = RunState.Outcome.ENDED;
            ending = end.get().explanation();
            return;
        }
        expectedStep(press, ExpectedAction.Kind.PRESS, press.element(), accepted);
    }

    /** What the site does when a button or link is pressed; false when it refuses (an input is wrong). */
    private boolean pressOnSite(Block block) {
        if (block.checks()) {
            Map<String, Words> errors = check(currentPage());
            siteErrors.putAll(errors);
            if (!errors.isEmpty()) {
                return false;
            }
        }
        if (block.sends() != null) {
            Block.MessageTemplate template = block.sends();
            mailbox.add(0, withCode(new Message(template.id(), template.folder(), template.from(), template.subject(),
                    template.body(), null)));
        }
        block.destination().ifPresent(this::navigate);
        return true;
    }

    /** The message with a fresh code, fixed by the seed and the number of codes already received, for its {code}. */
    private Message withCode(Message message) {
        String code = code(seed, (int) mailbox.stream().filter(m -> m.code() != null).count());
        Words body = message.body();
        return new Message(message.id(), message.folder(), message.from(), message.subject(),
                new Words(body.fr().replace("{code}", code), body.en().replace("{code}", code)), code,
                message.phishing(), message.link());
    }

    /** Whether the element is the link in the message open on this page (e.g. a phishing message's link). */
    private boolean linkOfOpened(String element) {
        return opened != null && opened.link() != null && opened.link().id().equals(element)
                && currentPage().blocks().stream().anyMatch(b -> b.type() == BlockType.MESSAGE);
    }

    /** What the site says about each input of the page: empty, badly written, or not the persona's value. */
    private Map<String, Words> check(Page checked) {
        Map<String, Words> errors = new LinkedHashMap<>();
        for (Block input : checked.inputs()) {
            String value = values.get(input.id());
            Optional<String> expected = expectedOf(input, null);
            if (value == null || value.isBlank()) {
                if (input.required() || expected.isPresent()) {
                    errors.put(input.id(), EMPTY);
                }
            } else if (input.format() != null && !normalize(input, value).matches(input.format())) {
                errors.put(input.id(), input.formatMessage() == null ? REFUSED : input.formatMessage());
            } else if (expected.isPresent() && !same(input, value, expected.get())) {
                errors.put(input.id(), input.wrong() == null ? REFUSED : input.wrong());
            }
        }
        return errors;
    }

    private void input(Action action, Block block, String value) {
        Optional<Integer> current = nextIndex();
        for (int i = 0; i < path.size(); i++) {
            ExpectedAction step = path.get(i);
            boolean answerable = done[i] || current.isPresent() && i >= current.get() && inputsBetween(current.get(), i);
            if (step.isInput() && step.target().equals(block.id()) && answerable) {
                Optional<String> expected = expectedOf(block, step.value());
                if (expected.isEmpty() ? !value.isBlank() : same(block, value, expected.get())) {
                    wrongInputs.remove(block.id());
                    complete(i);
                } else {
                    done[i] = false;
                    wrongInput(action, block, feedbackFor(step, block, value));
                }
                return;
            }
        }
        wrongInput(action, block, current.map(i -> listed(path.get(i), action).orElse(otherwise(path.get(i))))
                .orElse(GENERIC_MISTAKE));
    }

    /** Whether a press or an open is the expected step; a repeat of a done one (e.g. "send the code again") is no mistake. */
    private void expectedStep(Action action, ExpectedAction.Kind kind, String target, boolean accepted) {
        Optional<Integer> current = nextIndex();
        if (current.isEmpty()) {
            return;
        }
        ExpectedAction step = path.get(current.get());
        if (step.kind() == kind && step.target().equals(target)) {
            if (accepted) {
                complete(current.get());
            } else {
                mistake(action, step.otherwise() == null ? REFUSED : step.otherwise());
            }
            return;
        }
        if (step.isInput() && wrongInputs.containsKey(step.target()) && sendsInputs(current.get(), kind, target)) {
            // the button meant to send the inputs, pressed with a wrong value in: the same mistake, explained again
            feedback = wrongInputs.get(step.target());
            return;
        }
        boolean repeat = false;
        for (int i = 0; i < current.get(); i++) {
            repeat |= path.get(i).kind() == kind && path.get(i).target().equals(target);
        }
        if (!repeat || !accepted) {
            mistake(action, listed(step, action).orElse(otherwise(step)));
        }
    }

    /** Whether the action is the press that follows the input steps from {@code from} in the path. */
    private boolean sendsInputs(int from, ExpectedAction.Kind kind, String target) {
        int i = from;
        while (i < path.size() && path.get(i).isInput()) {
            i++;
        }
        return kind == ExpectedAction.Kind.PRESS && i < path.size() && path.get(i).kind() == kind
                && path.get(i).target().equals(target);
    }

    private Words feedbackFor(ExpectedAction step, Block block, String value) {
        for (ExpectedAction.Mistake listed : step.mistakes()) {
            if (listed.value() != null && (listed.target() == null || listed.target().equals(block.id()))
                    && resolve(listed.value()).map(v -> same(block, value, v)).orElse(false)) {
                return listed.feedback();
            }
        }
        return step.otherwise() == null ? WRONG_VALUE : step.otherwise();
    }

    /** The listed mistake a press, an open or a fill elsewhere matches. */
    private Optional<Words> listed(ExpectedAction step, Action action) {
        String target = targetOf(action);
        return step.mistakes().stream()
                .filter(m -> m.value() == null && target != null && target.equals(m.target()))
                .map(ExpectedAction.Mistake::feedback).findFirst();
    }

    private static String targetOf(Action action) {
        if (action instanceof Action.Press press) {
            return press.element();
        } else if (action instanceof Action.Open open) {
            return open.site();
        } else if (action instanceof Action.Fill fill) {
            return fill.field();
        } else if (action instanceof Action.Choose choose) {
            return choose.field();
        }
        return null;
    }

    private static Words otherwise(ExpectedAction step) {
        return step.otherwise() == null ? GENERIC_MISTAKE : step.otherwise();
    }

    private void complete(int index) {
        done[index] = true;
        hintShown = null;
        if (nextIndex().isEmpty()) {
            outcome = RunState.Outcome.REACHED;
        }
    }

    private void wrongInput(Action action, Block block, Words words) {
        wrongInputs.put(block.id(), words);
        mistake(action, words);
    }

    private void mistake(Action action, Words words) {
        mistakes.add(new RunState.Mistake(action, words));
        feedback = words;
    }

    private boolean inputsBetween(int from, int to) {
        for (int i = from; i <= to; i++) {
            if (!path.get(i).isInput()) {
                return false;
            }
        }
        return true;
    }

    private Optional<Integer> nextIndex() {
        for (int i = 0; i < done.length; i++) {
            if (!done[i]) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The value an input takes: the step's, else the block's {@code expects}; a code input takes the last code. */
    private Optional<String> expectedOf(Block block, String stepValue) {
        if (stepValue != null) {
            return resolve(stepValue);
        }
        if (block.type() == BlockType.CODE_INPUT) {
            return latestCode().or(() -> Optional.of("no code sent"));
        }
        return block.expects() == null ? Optional.empty() : resolve(block.expects());
    }

    /** {@code persona.KEY} is the persona's data, {@code code} the last code sent, anything else itself. */
    private Optional<String> resolve(String reference) {
        if (reference.startsWith("persona.")) {
            return persona.value(reference.substring("persona.".length()));
        }
        if (reference.equals("code")) {
            return latestCode();
        }
        return Optional.of(reference);
    }

    private Optional<String> latestCode() {
        return mailbox.stream().filter(m -> m.code() != null).map(Message::code).findFirst();
    }

    private static boolean same(Block block, String typed, String expected) {
        return normalize(block, typed).equals(normalize(block, expected));
    }

    private static String normalize(Block block, String value) {
        return block.ignoresSpaces() ? value.replaceAll("\\s", "") : value.strip();
    }

    private Optional<Block> onPage(String id) {
        return currentPage().block(id);
    }

    private Page currentPage() {
        return sandbox.site(page.site()).flatMap(site -> site.page(page.page())).orElseThrow(
                () -> new IllegalStateException("no page " + page));
    }

    private void navigate(PageRef to) {
        if (!to.equals(page)) {
            siteErrors.clear();
        }
        page = to;
        tabs.put(to.site(), to);
    }

    private RunState state() {
        Optional<ExpectedAction> next = outcome == RunState.Outcome.PLAYING ? nextIndex().map(path::get) : Optional.empty();
        return new RunState(mode, scenario, persona, page, Map.copyOf(values), Map.copyOf(siteErrors), next,
                List.copyOf(mistakes), Optional.ofNullable(feedback), hintsUsed, Optional.ofNullable(hintShown),
                Optional.ofNullable(reminder), List.copyOf(mailbox), Optional.ofNullable(opened), outcome,
                Optional.ofNullable(ending));
    }
}
