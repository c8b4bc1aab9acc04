package fr.pasapas.web.learning;

import fr.pasapas.learning.application.HelpService;
import fr.pasapas.learning.application.ProgressService;
import fr.pasapas.learning.application.StepScreen;
import fr.pasapas.catalogue.domain.Answer;
import fr.pasapas.catalogue.domain.CheckQuestion;
import fr.pasapas.catalogue.domain.ExplanationStep;
import fr.pasapas.catalogue.domain.HotspotStep;
import fr.pasapas.catalogue.domain.OrderItem;
import fr.pasapas.catalogue.domain.OrderStep;
import fr.pasapas.catalogue.domain.QuizStep;
import fr.pasapas.catalogue.domain.TypingStep;
import fr.pasapas.web.security.CurrentUser;
import org.omnifaces.util.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a step's form sent: {@code do} says what the learner tapped (next, continue, answer, move, help), the
 * other fields carry the answer. Answers are sent by id, never by position, so the shuffled order of a
 * screen never changes what an answer means. A form from another site (its Origin) changes nothing.
 */
@RequestScoped
public class StepForm {

    /** A tablet left open on a step for hours still counts at most this (see StepProgress). */
    private static final long MAX_SHOWN_AGE_MS = 24L * 3600 * 1000;

    @EJB
    private ProgressService progress;

    @EJB
    private HelpService help;

    @Inject
    private CurrentUser currentUser;

    /** Handles the form; returns the outcome to redirect to, or null to show the step again with a message. */
    String handle(StepScreen screen, boolean retry) {
        if (!sameOrigin()) {
            Messages.addGlobalError("step.form.refused");
            return null;
        }
        long learnerId = currentUser.get().id();
        String moduleId = screen.module().id();
        String stepId = screen.step().id();
        switch (param("do", "")) {
            case "next" -> {
                if (!(screen.step() instanceof ExplanationStep)) {
                    return stepUrl(moduleId, stepId);
                }
                boolean completed = progress.completeExplanation(learnerId, moduleId, stepId, secondsOnScreen());
                return afterDone(screen, completed);
            }
            case "continue" -> {
                return afterDone(screen, false);
            }
            case "answer" -> {
                Answer answer = answer(screen);
                if (answer == null) {
                    return null;
                }
                progress.answer(learnerId, moduleId, stepId, answer, param("token", ""), secondsOnScreen());
                return stepUrl(moduleId, stepId);
            }
            case "help" -> {
                help.requestHelp(learnerId, moduleId, stepId, param("message", null));
                redirect(stepAddress(moduleId, stepId) + (retry ? "&retry=true" : "") + "#help");
                return null;
            }
            default -> {
                String action = param("do", "");
                if (action.startsWith("move-") && screen.step() instanceof OrderStep) {
                    String move = action.substring("move-".length());
                    List<OrderItem> order = moved(currentOrder(screen), move);
                    String ids = String.join(",", order.stream().map(OrderItem::id).toList());
                    redirect(stepAddress(moduleId, stepId) + "&retry=true&order=" + ids
                            + "#item-" + move.substring(move.indexOf('-') + 1));
                    return null;
                }
                return stepUrl(moduleId, stepId);
            }
        }
    }

    /** The answer the form carries, or null (with a message) when the learner forgot to answer. */
    private Answer answer(StepScreen screen) {
        Map<String, String[]> values = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
        if (screen.step() instanceof QuizStep) {
            String[] ticked = values.getOrDefault("choice", new String[0]);
            if (ticked.length == 0) {
                Messages.addGlobalError("step.answer.tickOne");
                return null;
            }
            return new Answer.Choices(new LinkedHashSet<>(Arrays.asList(ticked)));
        } else if (screen.step() instanceof HotspotStep) {
            return new Answer.Zone(param("zone", ""));
        } else if (screen.step() instanceof OrderStep) {
            return new Answer.Order(currentOrder(screen).stream().map(OrderItem::id).toList());
        } else if (screen.step() instanceof TypingStep) {
            String typed = param("typed", "");
            if (typed.isBlank()) {
                Messages.addGlobalError("step.answer.typeSomething");
                return null;
            }
            return new Answer.Typed(typed.strip());
        }
        Map<String, String> choices = new HashMap<>();
        for (CheckQuestion q : screen.questions()) {
            String choice = param("q-" + q.id(), "");
            if (choice.isBlank()) {
                Messages.addGlobalError("step.check.answerAll");
                return null;
            }
            choices.put(q.id(), choice);
        }
        return new Answer.CheckAnswers(choices);
    }

    /** The order being built: the "order" field when it is a true arrangement of the items, else the start. */
    List<OrderItem> currentOrder(StepScreen screen) {
        if (!(screen.step() instanceof OrderStep step)) {
            return List.of();
        }
        String sent = param("order", "");
        List<String> ids = sent.isBlank() ? List.of() : Arrays.asList(sent.split(","));
        Set<String> expected = new LinkedHashSet<>(step.items().stream().map(OrderItem::id).toList());
        if (ids.size() == expected.size() && expected.equals(new LinkedHashSet<>(ids))) {
            return ids.stream().map(id -> step.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow()).toList();
        }
        return screen.orderItems();
    }

    /** "up-<item id>" or "down-<item id>": that item one place up or down. */
    private static List<OrderItem> moved(List<OrderItem> order, String move) {
        List<OrderItem> result = new ArrayList<>(order);
        boolean up = move.startsWith("up-");
        String id = move.substring(move.indexOf('-') + 1);
        for (int i = 0; i < result.size(); i++) {
            if (result.get(i).id().equals(id)) {
                int to = up ? i - 1 : i + 1;
                if (to >= 0 && to < result.size()) {
                    result.add(to, result.remove(i));
                }
                break;
            }
        }
        return result;
    }

    private static String afterDone(StepScreen screen, boolean moduleCompleted) {
        if (screen.isLast() || moduleCompleted) {
            return "/learner/done.xhtml?faces-redirect=true&module=" + screen.module().id();
        }
        return stepUrl(screen.module().id(), screen.nextStepId());
    }

    static String stepUrl(String moduleId, String stepId) {
        return "/learner/step.xhtml?faces-redirect=true&module=" + moduleId + "&step=" + stepId;
    }

    static String stepAddress(String moduleId, String stepId) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/learner/step.xhtml?module=" + moduleId + "&step=" + stepId;
    }

    private long secondsOnScreen() {
        try {
            long age = System.currentTimeMillis() - Long.parseLong(param("shown", "0"));
            return age < 0 || age > MAX_SHOWN_AGE_MS ? 0 : age / 1000;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A browser sends Origin with a form; when it names another site, the form was not ours. */
    private static boolean sameOrigin() {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        String origin = ec.getRequestHeaderMap().get("Origin");
        if (origin == null || origin.isBlank() || "null".equals(origin)) {
            return true;
        }
        try {
            String host = URI.create(origin).getHost();
            if (host == null) {
                return false;
            }
            for (String header : List.of("Host", "X-Forwarded-Host")) {
                String requestHost = ec.getRequestHeaderMap().getOrDefault(header, "").toLowerCase();
                if (requestHost.equals(host.toLowerCase()) || requestHost.startsWith(host.toLowerCase() + ":")) {
                    return true;
                }
            }
            return false;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void redirect(String url) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().redirect(url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    private static String param(String name, String fallback) {
        if (fallback == null) {
            return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        }
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        return value == null ? fallback : value;
    }
}
