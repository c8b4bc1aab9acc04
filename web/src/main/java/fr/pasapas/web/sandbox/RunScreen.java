package fr.pasapas.web.sandbox;

import fr.pasapas.sandbox.application.RunView;
import fr.pasapas.sandbox.domain.Block;
import fr.pasapas.sandbox.domain.BlockType;
import fr.pasapas.sandbox.domain.Message;
import fr.pasapas.sandbox.domain.Mode;
import fr.pasapas.sandbox.domain.Page;
import fr.pasapas.sandbox.domain.RunState;
import fr.pasapas.sandbox.domain.Site;
import fr.pasapas.sandbox.domain.Words;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A run's screen in the learner's language: the practice frame (scenario, mode, persona, what the mode allows to
 * say) and the simulated browser (tabs, address, the site's look and the page's blocks). Built from the replayed
 * {@link RunState} only, through the accessors that apply the mode: nothing the mode hides can reach the page.
 */
public final class RunScreen {

    private final RunView run;
    private final RunState state;
    private final Locale locale;
    private final Optional<RunState.Guidance> guidance;
    private final List<BlockView> blocks;
    private final List<Tab> tabs;
    private boolean guidanceShown;

    public RunScreen(RunView run, Locale locale) {
        this.run = run;
        this.state = run.state();
        this.locale = locale;
        this.guidance = state.guidance();
        this.blocks = state.screen().blocks().stream().map(this::block).toList();
        this.tabs = run.sites().stream().map(this::tab).toList();
    }

    /** A tab of the simulated browser: one per site of the scenario. */
    public record Tab(String site, String name, String domain, boolean current, boolean guided, String guide) {
    }

    /** A document downloaded in this run: its file name and title. */
    public record Download(String id, String file, String title) {
    }

    /** A line of the persona's sheet: what the learner copies. */
    public record DataLine(String key, String value) {
    }

    private String say(Words words) {
        return words == null ? null : words.in(locale);
    }

    /** A block of the page as the learner reads it (placeholders filled in); what it holds comes from the state. */
    private BlockView block(Block block) {
        boolean guided = guided(block.id());
        List<BlockView.OptionView> options = block.options().stream().map(option -> new BlockView.OptionView(
                option.value(), say(option.label()), option.value().equals(state.values().get(block.id())))).toList();
        List<List<String>> rows = block.rows().stream().map(row -> row.stream().map(this::say).toList()).toList();
        List<BlockView.MessageView> messages = block.type() == BlockType.MESSAGE_LIST
                ? state.mailbox().stream().filter(m -> m.folder().equals(block.folder())).map(this::message).toList()
                : List.of();
        BlockView.MessageView opened = block.type() == BlockType.MESSAGE ? state.opened().map(this::message).orElse(null) : null;
        String htmlType = "password".equals(block.input()) ? "password" : "email".equals(block.input()) ? "email" : "text";
        boolean numeric = "digits".equals(block.input()) || block.type() == BlockType.CODE_INPUT;
        // Texts, headings and notices have no id: a map of the state would refuse to look null up
        String value = block.id() == null ? null : state.values().get(block.id());
        String error = block.id() == null ? null : say(state.siteErrors().get(block.id()));
        return new BlockView(block.type().key(), block.id(), say(block.text()), value, error, guided,
                guided ? guideText() : null, htmlType, numeric, block.required(), options, block.address(), rows,
                block.items().stream().map(this::say).toList(), messages, opened);
    }

    private BlockView.MessageView message(Message message) {
        boolean guided = guided(message.id());
        return new BlockView.MessageView(message.id(), say(message.from()), say(message.subject()), say(message.body()),
                guided, guided ? guideText() : null);
    }

    private boolean guided(String element) {
        boolean guided = element != null && guidance.map(g -> g.element().equals(element)).orElse(false);
        guidanceShown |= guided;
        return guided;
    }

    private String guideText() {
        return guidance.map(g -> say(g.text())).orElse(null);
    }

    public long getRunId() {
        return run.runId();
    }

    public String getScenarioId() {
        return run.scenarioId();
    }

    public String getTitle() {
        return say(state.scenario().title());
    }

    public String getGoal() {
        return say(state.scenario().goal());
    }

    /** {@code guided}, {@code hints} or {@code alone}. */
    public String getMode() {
        return run.mode().name().toLowerCase(Locale.ROOT);
    }

    public String getPersonaName() {
        return state.persona().name();
    }

    public String getPersonaEmail() {
        return state.persona().email();
    }

    /** The persona's papers, in the order of the content (the learner copies from them). */
    public List<DataLine> getPersonaData() {
        return state.persona().data().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .map(entry -> new DataLine(entry.getKey(), entry.getValue())).toList();
    }

    private Tab tab(Site site) {
        boolean current = site.id().equals(run.site().id());
        boolean guided = !current && guided(site.id());
        return new Tab(site.id(), site.name(), site.domain(), current, guided, guided ? guideText() : null);
    }

    public List<Tab> getTabs() {
        return tabs;
    }

    public boolean isSeveralSites() {
        return run.sites().size() > 1;
    }

    public String getSiteId() {
        return run.site().id();
    }

    public String getSiteName() {
        return run.site().name();
    }

    public String getDomain() {
        return run.site().domain();
    }

    /** What the address bar shows after the domain. */
    public String getPath() {
        Page page = state.screen();
        return page.id().equals(run.site().home().id()) ? "" : "/" + page.id();
    }

    public String getHeader() {
        return say(run.site().look().header());
    }

    public List<String> getNavigation() {
        return run.site().look().navigation().stream().map(this::say).toList();
    }

    public String getFooter() {
        return say(run.site().look().footer());
    }

    public String getPageTitle() {
        return say(state.screen().title());
    }

    public List<BlockView> getBlocks() {
        return blocks;
    }

    /** Whether the page has inputs (its form then sends them with the element pressed). */
    public boolean isHasInputs() {
        return !state.screen().inputs().isEmpty();
    }

    /**
     * The guided mode's text when the element it points at is not drawn on this page (e.g. the learner is on
     * another page, or the next step is to open another tab): said above the site instead.
     */
    public String getGuideElsewhere() {
        return guidance.isPresent() && !guidanceShown ? guideText() : null;
    }

    public String getFeedback() {
        return state.mistakeFeedback().map(this::say).orElse(null);
    }

    public String getHint() {
        return state.hint().map(this::say).orElse(null);
    }

    public String getReminder() {
        return state.reminder().map(this::say).orElse(null);
    }

    public boolean isCanAskHint() {
        return run.mode() == Mode.HINTS && !state.finished() && state.hint().isEmpty();
    }

    public int getHintsUsed() {
        return state.hintsUsed();
    }

    public boolean isFinished() {
        return state.finished();
    }

    public boolean isPassed() {
        return state.result().map(RunState.Result::passed).orElse(false);
    }

    /** Whether a trap ended the run (e.g. the paid look-alike site). */
    public boolean isEnded() {
        return state.outcome() == RunState.Outcome.ENDED;
    }

    public String getEnding() {
        return state.ending().map(this::say).orElse(null);
    }

    public int getMistakes() {
        return state.mistakes().size();
    }

    public int getAllowedMistakes() {
        return state.scenario().allowedMistakes();
    }

    /** Each mistake explained, once the run is over. */
    public List<String> getDebrief() {
        return state.debrief().stream().map(mistake -> say(mistake.feedback())).toList();
    }

    /** Whether there is an action to take back. */
    public boolean isCanUndo() {
        return run.actions() > 0 && !isPassed();
    }

    /** The documents downloaded in this run, in order: the simulated browser's downloads. */
    public List<Download> getDownloads() {
        return state.downloads().stream()
                .map(document -> new Download(document.id(), document.file(), say(document.title()))).toList();
    }
}
