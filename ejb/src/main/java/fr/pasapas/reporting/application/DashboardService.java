package fr.pasapas.reporting.application;

import fr.pasapas.catalogue.application.CatalogueService;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.catalogue.domain.Step;
import fr.pasapas.people.application.AccountService;
import fr.pasapas.people.application.AuthenticatedAccount;
import fr.pasapas.people.application.GroupName;
import fr.pasapas.people.application.GroupService;
import fr.pasapas.people.application.StaffScope;
import fr.pasapas.sandbox.application.SandboxCatalogue;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The trainers' dashboards: the workshop × module matrix, a learner's timeline and "où bloquent-ils ?". Each
 * reads only the learners the caller may see ({@link #scope}), with figures aggregated in SQL: a page costs the
 * same few statements for 5 learners or 5,000. An id the caller may not read (a workshop, a learner of another
 * organisation) is refused exactly as an unknown one, by {@link DashboardNotFoundException}.
 */
@Stateless
@RolesAllowed({"TRAINER", "PARTNER", "ADMIN"})
public class DashboardService {

    @PersistenceContext(unitName = "pasapas")
    private EntityManager em;


    @EJB
    private AccountService accounts;

    @EJB
    private GroupService groups;

    @EJB
    private StaffScope staffScope;

    @EJB
    private CatalogueService catalogue;

    @EJB
    private SandboxCatalogue sandbox;

    private final Clock clock = Clock.systemUTC();

    /** The workshops the caller may choose on the dashboards, by name. */
    public List<GroupName> workshops() {
        return visibleWorkshops(caller());
    }

    /**
     * A page of the matrix: learners of the workshop (or of the whole organisation when null) whose name contains
     * {@code nameFilter} (ignoring case; null or blank for all), in the given order, from {@code first} (0-based).
     * The same few statements whatever the page size: the totals per module (which also name the columns of an
     * organisation), the learners of the scope, the page of learners and their module rows; a workshop's assigned
     * modules, and the learners matching a name filter, one more each.
     */
    public MatrixPage matrix(Long workshopId, String nameFilter, MatrixOrder order, int first, int max) {
        AuthenticatedAccount caller = caller();
        List<GroupName> workshops = visibleWorkshops(caller);
        Scope scope = scope(caller, workshops, workshopId);
        Map<String, long[]> counts = moduleCounts(scope);
        List<Module> modules = columns(scope, counts::keySet);
        long learners = SqlValues.number(scope.bind(em.createNativeQuery("select count(*) from account a where "
                + scope.learners("a"))).getSingleResult());
        String filter = nameFilter == null || nameFilter.isBlank() ? null
                : "%" + nameFilter.strip().toLowerCase(Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "") + "%";
        String where = " where " + scope.learners("a") + (filter == null ? "" : " and lower(a.display_name) like :filter");
        Query page = scope.bind(em.createNativeQuery("select a.id, a.display_name, a.username, (select count(*) from"
                + " module_progress d where d.learner_id = a.id and d.completed_at is not null) as done_count"
                + " from account a" + where + " order by " + order.sql()));
        long matching = learners;
        if (filter != null) {
            page.setParameter("filter", filter);
            matching = SqlValues.number(scope.bind(em.createNativeQuery("select count(*) from account a" + where))
                    .setParameter("filter", filter).getSingleResult());
        }
        List<Object[]> rows = matching == 0 ? List.of()
                : rows(page.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, max)));
        return new MatrixPage(totals(modules, learners, counts), MatrixRows.of(rows, modules, cells(rows)), matching,
                workshops);
    }

    /** A learner's timeline, newest first, {@code max} entries from {@code first}. */
    public LearnerTimeline timeline(long learnerId, int first, int max, Locale locale) {
        Object[] learner = learner(scope(null), learnerId);
        List<Object[]> modules = rows(em.createNativeQuery("select mp.module_id, mp.started_at, mp.completed_at,"
                + " mp.current_step_id, (select coalesce(sum(sp.time_spent_seconds), 0) from step_progress sp"
                + " where sp.learner_id = mp.learner_id and sp.module_id = mp.module_id) from module_progress mp"
                + " where mp.learner_id = :learner order by mp.started_at desc, mp.id desc").setParameter("learner", learnerId));
        long total = SqlValues.number(em.createNativeQuery("select count(*) from (" + TimelineSql.EVENTS + ") e")
                .setParameter("learner", learnerId).getSingleResult());
        List<Object[]> events = rows(em.createNativeQuery("select * from (" + TimelineSql.EVENTS + ") e"
                        + " order by e.happened_at desc, e.entry_kind").setParameter("learner", learnerId)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, max)));
        return new LearnerTimeline(learnerId, (String) learner[1], (String) learner[2],
                TimelineSql.modules(modules, catalogue), TimelineSql.entries(events, catalogue, sandbox, locale), total);
    }

    /** "Où bloquent-ils ?" for a workshop (or the organisation when null): four statements. */
    public HeatMap heatMap(Long workshopId) {
        Scope scope = scope(workshopId);
        List<Module> modules = columns(scope, () -> startedModules(scope));
        Map<String, long[]> answers = new HashMap<>();
        for (Object[] r : rows(scope.bind(em.createNativeQuery("select sa.module_id, sa.step_id, count(*),"
                + " sum(case when sa.correct then 0 else 1 end) from step_answer sa join account a on a.id = sa.learner_id"
                + " where " + scope.learners("a") + " group by sa.module_id, sa.step_id")))) {
            answers.put(r[0] + "/" + r[1], new long[] {SqlValues.number(r[2]), SqlValues.number(r[3])});
        }
        Map<String, Long> abandons = counts(scope.bind(em.createNativeQuery("select mp.module_id, mp.current_step_id,"
                + " count(*) from module_progress mp join account a on a.id = mp.learner_id where " + scope.learners("a")
                + " and mp.completed_at is null and mp.last_activity_at < :cutoff group by mp.module_id, mp.current_step_id"))
                .setParameter("cutoff", Abandon.cutoff(clock.instant())));
        Map<String, Long> helps = counts(scope.bind(em.createNativeQuery("select h.module_id, h.step_id, count(*)"
                + " from help_request h join account a on a.id = h.learner_id where " + scope.learners("a")
                + " group by h.module_id, h.step_id")));
        List<HeatRow> heat = new ArrayList<>();
        for (Module module : modules) {
            for (int i = 0; i < module.steps().size(); i++) {
                Step step = module.steps().get(i);
                String key = module.id() + "/" + step.id();
                long[] a = answers.getOrDefault(key, new long[2]);
                heat.add(new HeatRow(module.id(), module.title(), step.id(), i + 1, step.title(), a[0], a[1],
                        abandons.getOrDefault(key, 0L), helps.getOrDefault(key, 0L)));
            }
        }
        return HeatMap.of(heat);
    }

    /** The learners of the scope who reached a step, by name: the heat map's detail of one step. One statement. */
    public List<StepLearner> stepLearners(Long workshopId, String moduleId, String stepId) {
        Scope scope = scope(workshopId);
        Module module = catalogue.module(moduleId).orElseThrow(DashboardNotFoundException::new);
        module.step(stepId).orElseThrow(DashboardNotFoundException::new);
        Instant now = clock.instant();
        List<Object[]> found = rows(scope.bind(em.createNativeQuery("select a.id, a.display_name, a.username, sp.status,"
                        + " sp.attempts, (select count(*) from step_answer x where x.learner_id = a.id and x.module_id = :module"
                        + " and x.step_id = :step and x.correct = false), (select count(*) from help_request h where"
                        + " h.learner_id = a.id and h.module_id = :module and h.step_id = :step), mp.current_step_id,"
                        + " mp.completed_at, mp.last_activity_at from step_progress sp join account a on a.id = sp.learner_id"
                        + " left join module_progress mp on mp.learner_id = sp.learner_id and mp.module_id = sp.module_id"
                        + " where " + scope.learners("a") + " and sp.module_id = :module and sp.step_id = :step"
                        + " order by a.display_name, a.id"))
                .setParameter("module", moduleId).setParameter("step", stepId).setMaxResults(MAX_STEP_LEARNERS));
        List<StepLearner> learners = new ArrayList<>();
        for (Object[] r : found) {
            Instant last = SqlValues.instant(r[9]);
            boolean completed = r[8] != null;
            boolean current = !completed && stepId.equals(r[7]);
            learners.add(new StepLearner(SqlValues.number(r[0]), (String) r[1], (String) r[2], (String) r[3],
                    (int) SqlValues.number(r[4]), SqlValues.number(r[5]), SqlValues.number(r[6]), current,
                    current && Abandon.abandoned(false, last, now), last));
        }
        return learners;
    }

    /** At most this many learners are listed for one step. */
    public static final int MAX_STEP_LEARNERS = 500;

    // --- what the caller may see ---

    /**
     * The learners a dashboard reads: one of the workshops the caller may see ({@link #visibleWorkshops}), or with
     * none chosen all of them: the whole organisation for a coordinator, the workshops they lead for a trainer.
     */
    private Scope scope(Long workshopId) {
        AuthenticatedAccount caller = caller();
        if (workshopId == null) {
            return staffScope.seesWholeOrganisation() ? Scope.organisation(caller.organisationId())
                    : new Scope(caller.organisationId(), List.copyOf(staffScope.ledWorkshops()));
        }
        return scope(caller, visibleWorkshops(caller), workshopId);
    }

    /** The same, when the caller's {@linkplain #visibleWorkshops visible workshops} are already read. */
    private Scope scope(AuthenticatedAccount caller, List<GroupName> visible, Long workshopId) {
        if (workshopId == null) {
            return staffScope.seesWholeOrganisation() ? Scope.organisation(caller.organisationId())
                    : new Scope(caller.organisationId(), visible.stream().map(GroupName::id).toList());
        }
        if (visible.stream().noneMatch(w -> w.id() == workshopId)) {
            throw new DashboardNotFoundException();
        }
        return Scope.workshop(caller.organisationId(), workshopId);
    }

    private List<GroupName> visibleWorkshops(AuthenticatedAccount caller) {
        List<GroupName> all = groups.namesOf(caller.organisationId());
        if (staffScope.seesWholeOrganisation()) {
            return all;
        }
        var led = staffScope.ledWorkshops();
        return all.stream().filter(w -> led.contains(w.id())).toList();
    }

    private Object[] learner(Scope scope, long learnerId) {
        List<Object[]> found = rows(scope.bind(em.createNativeQuery("select a.id, a.display_name, a.username from account a"
                + " where a.id = :learner and " + scope.learners("a")).setParameter("learner", learnerId)));
        if (found.isEmpty()) {
            throw new DashboardNotFoundException();
        }
        return found.get(0);
    }

    private AuthenticatedAccount caller() {
        return accounts.caller();
    }

    // --- the matrix ---

    /**
     * The modules assigned to the workshop (a course assigned brings all its modules); else (or for the
     * organisation) every module one of its learners started ({@code started}, asked only then).
     */
    private List<Module> columns(Scope scope, Supplier<Set<String>> started) {
        Set<String> ids = new LinkedHashSet<>();
        if (scope.workshopId() != null) {
            for (Object row : em.createNativeQuery("select item_kind, item_id from assignment where group_id = :workshop"
                    + " and item_kind in ('MODULE', 'COURSE')").setParameter("workshop", scope.workshopId()).getResultList()) {
                Object[] item = (Object[]) row;
                if ("COURSE".equals(item[0])) {
                    catalogue.catalogue().course((String) item[1])
                            .ifPresent(course -> course.modules().forEach(m -> ids.add(m.id())));
                } else {
                    ids.add((String) item[1]);
                }
            }
        }
        if (ids.isEmpty()) {
            ids.addAll(started.get());
        }
        return catalogue.catalogue().modules().stream().filter(m -> ids.contains(m.id())).toList();
    }

    /** The modules one of the scope's learners started. One statement. */
    private Set<String> startedModules(Scope scope) {
        Set<String> ids = new LinkedHashSet<>();
        scope.bind(em.createNativeQuery("select distinct mp.module_id from module_progress mp join account a"
                + " on a.id = mp.learner_id where " + scope.learners("a"))).getResultList()
                .forEach(id -> ids.add((String) id));
        return ids;
    }

    /** Per module one of the scope's learners started: {completed, started} learners. One statement. */
    private Map<String, long[]> moduleCounts(Scope scope) {
        Map<String, long[]> counts = new HashMap<>();
        for (Object[] r : rows(scope.bind(em.createNativeQuery("select mp.module_id, sum(case when mp.completed_at is null"
                + " then 0 else 1 end), count(*) from module_progress mp join account a on a.id = mp.learner_id where "
                + scope.learners("a") + " group by mp.module_id")))) {
            counts.put((String) r[0], new long[] {SqlValues.number(r[1]), SqlValues.number(r[2])});
        }
        return counts;
    }

    /** Each column with its totals over the {@code learners} of the scope: done, in progress, and so not started. */
    private static List<ModuleColumn> totals(List<Module> modules, long learners, Map<String, long[]> counts) {
        return modules.stream().map(m -> {
            long[] c = counts.getOrDefault(m.id(), new long[2]);
            return new ModuleColumn(m.id(), m.title(), m.steps().size(), learners, c[0], c[1] - c[0]);
        }).toList();
    }

    private Map<Long, Map<String, Object[]>> cells(List<Object[]> learners) {
        Map<Long, Map<String, Object[]>> cells = new HashMap<>();
        if (learners.isEmpty()) {
            return cells;
        }
        List<Long> ids = learners.stream().map(r -> SqlValues.number(r[0])).toList();
        for (Object[] r : rows(em.createNativeQuery("select mp.learner_id, mp.module_id, mp.current_step_id, mp.completed_at"
                + " from module_progress mp where mp.learner_id in (:ids)").setParameter("ids", ids))) {
            cells.computeIfAbsent(SqlValues.number(r[0]), k -> new HashMap<>()).put((String) r[1], r);
        }
        return cells;
    }

    private Map<String, Long> counts(Query query) {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] r : rows(query)) {
            counts.put(r[0] + "/" + r[1], SqlValues.number(r[2]));
        }
        return counts;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }
}
