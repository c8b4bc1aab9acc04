package fr.pasapas.sandbox.application;

import fr.pasapas.people.application.LearnerLock;
import fr.pasapas.sandbox.domain.Action;
import fr.pasapas.sandbox.domain.ActionText;
import fr.pasapas.sandbox.domain.Mode;
import fr.pasapas.sandbox.domain.Run;
import fr.pasapas.sandbox.domain.RunRepository;
import fr.pasapas.sandbox.domain.RunState;
import fr.pasapas.sandbox.domain.Sandbox;
import fr.pasapas.sandbox.domain.Scenario;
import fr.pasapas.sandbox.domain.Site;
import fr.pasapas.sandbox.infrastructure.documents.SpecimenPdf;
import fr.pasapas.sandbox.domain.StoredAction;
import fr.pasapas.sandbox.domain.StoredRun;
import fr.pasapas.sandbox.domain.TimedAction;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Plays the sandbox for a learner: starts (or resumes) a run, appends what the learner does, and shows the run
 * by replaying its stored actions. A run is touched only by its learner: another learner's run id is refused
 * and changes nothing.
 *
 * <p>Writes never conflict: each one takes the learner's lock first ({@link LearnerLock}), so a learner's requests
 * are written in turn; an action gets the run's next sequence number, and its form token is looked up first,
 * so the same form sent twice (double tap, resent POST) is stored once and answered with the same screen.
 * A typed value that looks like real personal data is never stored ({@link Action.Fill#of}).
 */
@Stateless
public class SandboxService {

    private static final String TOKEN_PATTERN = "[A-Za-z0-9-]{8,56}";
    /** A page of the sandbox has a handful of inputs: more is a forged form. */
    private static final int MAX_ACTIONS_PER_FORM = 20;
    private static final SecureRandom SEEDS = new SecureRandom();

    @Inject
    private SandboxCatalogue catalogue;

    @Inject
    private RunRepository runs;

    @Inject
    private LearnerLock lock;

    @Inject
    private Event<ScenarioPassed> scenarioPassed;

    private Clock clock = Clock.systemUTC();
    private LongSupplier seeds = SEEDS::nextLong;

    public SandboxService() {
    }

    /** For plain tests. */
    SandboxService(SandboxCatalogue catalogue, RunRepository runs, LearnerLock lock, Event<ScenarioPassed> scenarioPassed,
                   Clock clock, LongSupplier seeds) {
        this.catalogue = catalogue;
        this.runs = runs;
        this.lock = lock;
        this.scenarioPassed = scenarioPassed;
        this.clock = clock;
        this.seeds = seeds;
    }

    /** The learner's unfinished run of this scenario in this mode, or a new one. */
    public RunView start(long learnerId, String scenarioId, Mode mode) {
        Scenario scenario = catalogue.scenario(scenarioId)
                .orElseThrow(() -> new RunRefusedException("No scenario " + scenarioId));
        if (mode == null) {
            throw new RunRefusedException("A run needs a mode");
        }
        lock.lock(learnerId);
        StoredRun run = runs.unfinished(learnerId, scenario.id(), mode)
                .orElseGet(() -> runs.insert(new StoredRun(learnerId, scenario.id(), mode, seeds.getAsLong(), clock.instant())));
        return view(run, runs.actions(run.getId()));
    }

    /** The modes in which the learner has passed the scenario, e.g. to count a module's practice step. */
    public Set<Mode> passedModes(long learnerId, String scenarioId) {
        return runs.passedModes(learnerId, scenarioId);
    }

    /** The scenario's title, for a screen that offers it (empty when the content no longer has it). */
    public Optional<Scenario> scenario(String scenarioId) {
        return catalogue.scenario(scenarioId);
    }

    /**
     * A document the learner downloaded in this run, as a PDF marked SPECIMEN on every page; empty when the run is
     * not the learner's or the document was not downloaded in it (nothing the screens did not offer).
     */
    public Optional<DownloadedFile> document(long learnerId, long runId, String documentId) {
        Optional<StoredRun> run = runs.run(runId).filter(stored -> stored.getLearnerId() == learnerId);
        if (run.isEmpty() || documentId == null) {
            return Optional.empty();
        }
        return view(run.get(), runs.actions(runId)).state().download(documentId).map(document -> new DownloadedFile(
                document.file(), SpecimenPdf.render(document.title().fr(),
                        document.lines().stream().map(line -> line.fr()).toList())));
    }

    /** The run as it stands, replayed from its actions; refused when it is not the learner's. */
    public RunView run(long learnerId, long runId) {
        StoredRun run = own(learnerId, runId);
        return view(run, runs.actions(runId));
    }

    /**
     * Appends one action, once per form token: the same token again appends nothing and shows the run as it
     * is. Refused, changing nothing, when the run is not the learner's, is already passed, or the token is
     * malformed. Passing the scenario with this action ends the run and fires {@link ScenarioPassed}.
     */
    public RunView act(long learnerId, long runId, Action action, String token) {
        return submit(learnerId, runId, action == null ? List.of() : List.of(action), token);
    }

    /**
     * Appends what one form sent (e.g. the values typed on a page, then the button pressed), all or nothing and
     * once per form token, in one transaction: the first action is stored under the token, the next ones under
     * {@code token-1}, {@code token-2}… Otherwise as {@link #act}.
     */
    public RunView submit(long learnerId, long runId, List<Action> actions, String token) {
        if (token == null || !token.matches(TOKEN_PATTERN)) {
            throw new RunRefusedException("Missing or malformed form token");
        }
        if (actions == null || actions.isEmpty() || actions.size() > MAX_ACTIONS_PER_FORM
                || actions.stream().anyMatch(java.util.Objects::isNull)) {
            throw new RunRefusedException("No action, or too many");
        }
        List<Action> kept = actions.stream().map(SandboxService::withoutRealData).toList();
        try {
            kept.forEach(ActionText::write);
        } catch (IllegalArgumentException e) {
            throw new RunRefusedException(e.getMessage());
        }
        lock.lock(learnerId);
        StoredRun run = own(learnerId, runId);
        if (runs.actionByToken(runId, token).isPresent()) {
            return view(run, runs.actions(runId));
        }
        if (run.isPassed()) {
            throw new RunRefusedException("Run " + runId + " is already passed");
        }
        Instant now = clock.instant();
        int sequence = runs.lastSequence(runId);
        for (int i = 0; i < kept.size(); i++) {
            runs.append(new StoredAction(runId, ++sequence, i == 0 ? token : token + "-" + i, kept.get(i), now));
        }
        List<StoredAction> stored = runs.actions(runId);
        RunView view = view(run, stored);
        record(run, view.state(), now);
        return view;
    }

    /** A typed value is checked again here: one that looks like real personal data is never stored. */
    private static Action withoutRealData(Action action) {
        return action instanceof Action.Fill fill && !fill.realLooking()
                ? Action.Fill.of(fill.field(), fill.value() == null ? "" : fill.value()) : action;
    }

    public RunView undo(long learnerId, long runId, String token) {
        return act(learnerId, runId, new Action.Undo(), token);
    }

    public RunView restart(long learnerId, long runId, String token) {
        return act(learnerId, runId, new Action.Restart(), token);
    }

    /**
     * Ends the run when the replay says it is over (once: the update finds it unfinished); takes back an ending
     * that an undo or a restart took back. A passed run is over for good and fires {@link ScenarioPassed}.
     */
    private void record(StoredRun run, RunState state, Instant now) {
        Optional<RunState.Result> result = state.result();
        if (result.isEmpty() && run.getFinishedAt() != null) {
            runs.reopen(run.getId());
        } else if (result.isPresent() && run.getFinishedAt() == null) {
            boolean passed = result.get().passed();
            if (runs.finish(run.getId(), result.get().outcome(), passed, now) && passed) {
                scenarioPassed.fire(new ScenarioPassed(run.getLearnerId(), run.getScenarioId(), run.getMode()));
            }
        }
    }

    private StoredRun own(long learnerId, long runId) {
        return runs.run(runId).filter(run -> run.getLearnerId() == learnerId)
                .orElseThrow(() -> new RunRefusedException("Run " + runId + " is not one of this learner's runs"));
    }

    private RunView view(StoredRun stored, List<StoredAction> actions) {
        Sandbox sandbox = catalogue.sandbox();
        List<TimedAction> trace = actions.stream().map(a -> new TimedAction(a.action(), a.getActedAt())).toList();
        Scenario scenario = sandbox.scenario(stored.getScenarioId())
                .orElseThrow(() -> new RunRefusedException("The scenario " + stored.getScenarioId() + " is no longer offered"));
        Run run = Run.resume(sandbox, scenario, stored.getMode(), stored.getSeed(), trace);
        List<Site> sites = scenario.sites().stream().map(id -> sandbox.site(id).orElseThrow()).toList();
        return new RunView(stored.getId(), stored.getScenarioId(), stored.getMode(), run.state(), sites, actions.size());
    }
}
