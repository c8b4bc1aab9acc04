package fr.pasapas.sandbox.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every scenario of content/sandbox, played right from its own data, reaches its goal in every mode. */
class ExpectedPathTest {

    @TestFactory
    Stream<DynamicTest> each_scenario_s_expected_path_passes_in_every_mode_without_a_mistake() {
        Sandbox sandbox = RealContent.sandbox();
        return sandbox.scenarios().keySet().stream().sorted().flatMap(id -> Arrays.stream(Mode.values())
                .map(mode -> DynamicTest.dynamicTest(id + " passes in " + mode, () -> {
                    RunState state = ExpectedPath.play(sandbox, sandbox.start(id, mode, 7L)).state();
                    assertEquals(RunState.Outcome.REACHED, state.outcome(), id + ": " + state.mistakes());
                    assertEquals(List.of(), state.mistakes());
                    assertEquals(new RunState.Result(true, RunState.Outcome.REACHED, 0, 0), state.result().orElseThrow());
                })));
    }

    @TestFactory
    Stream<DynamicTest> the_guided_mode_highlights_each_expected_element_with_its_text_before_it_is_done() {
        Sandbox sandbox = RealContent.sandbox();
        return sandbox.scenarios().values().stream().map(scenario -> DynamicTest.dynamicTest(scenario.id(), () -> {
            Run run = sandbox.start(scenario.id(), Mode.GUIDED, 7L);
            for (int i = 0; i < scenario.path().size(); i++) {
                ExpectedAction step = scenario.path().get(i);
                RunState state = ExpectedPath.playSteps(sandbox, run, i).state();
                assertEquals(new RunState.Guidance(step.target(), step.guide()), state.guidance().orElseThrow());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> resuming_a_stored_trace_gives_the_same_screen() {
        Sandbox sandbox = RealContent.sandbox();
        return sandbox.scenarios().values().stream().map(scenario -> DynamicTest.dynamicTest(scenario.id(), () -> {
            Run played = ExpectedPath.playSteps(sandbox, sandbox.start(scenario.id(), Mode.HINTS, 42L),
                    scenario.path().size() - 1);
            Run resumed = Run.resume(sandbox, scenario, Mode.HINTS, 42L, played.timedTrace());
            assertEquals(played.state(), resumed.state());
            assertTrue(resumed.state().result().isEmpty(), "one step is left");
        }));
    }
}
