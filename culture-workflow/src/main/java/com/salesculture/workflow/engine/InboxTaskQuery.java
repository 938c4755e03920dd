package com.salesculture.workflow.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import org.camunda.bpm.engine.task.Task;

/**
 * The inbox's task search as one statement of our own over the engine's task tables, run through the
 * engine's native task query, which maps the rows to its tasks. Why not the engine's task query: it
 * answers "assigned to me, or unclaimed in one of my groups" with an OR across a left join of the
 * identity links, which H2 (the embedded default) answers by reading every open task. Here the scope
 * is a set of task ids found through two indexes (the assignee's, the candidate groups'), and only
 * those tasks are read and filtered (measured: docs/benchmarks.md, "Inbox"); a page with its total
 * reads the page's ids and the count in one plain statement first ({@link #page}). The criteria mean what
 * the engine's criteria of the same names mean; the tables are those Operaton keeps too.
 */
public final class InboxTaskQuery {

    private static final Pattern NAMED_PARAMETER = Pattern.compile("#\\{(p\\d+)}");

    private final TaskService tasks;
    /** The ids the search starts from, or null for every task. */
    private String scope;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();
    private String orderColumn = "RES.CREATE_TIME_";
    private boolean descending = true;

    public InboxTaskQuery(TaskService tasks) {
        this.tasks = tasks;
    }

    /** Assigned to the user, or unassigned and offered to one of the groups (the inbox). */
    public InboxTaskQuery assignedToOrOfferedTo(String user, List<String> groups) {
        String name = parameter(user);
        startFrom("select T.ID_ from ACT_RU_TASK T where T.ASSIGNEE_ = " + name
                + " union select I.TASK_ID_ from ACT_RU_IDENTITYLINK I where " + candidateIn(groups));
        conditions.add("(RES.ASSIGNEE_ = " + name + " or RES.ASSIGNEE_ is null)");
        return this;
    }

    public InboxTaskQuery assignedTo(String user) {
        conditions.add("RES.ASSIGNEE_ = " + parameter(user));
        return this;
    }

    public InboxTaskQuery assignedToOneOf(List<String> users) {
        conditions.add(users.isEmpty() ? "1 = 0" : "RES.ASSIGNEE_ in (" + parameters(users) + ")");
        return this;
    }

    /** Offered to one of the groups; claimed ones too only if {@code includeAssigned}. */
    public InboxTaskQuery offeredTo(List<String> groups, boolean includeAssigned) {
        if (scope == null) {
            startFrom("select distinct I.TASK_ID_ as ID_ from ACT_RU_IDENTITYLINK I where " + candidateIn(groups));
        } else {
            conditions.add("exists (select 1 from ACT_RU_IDENTITYLINK I where I.TASK_ID_ = RES.ID_ and "
                    + candidateIn(groups) + ")");
        }
        if (!includeAssigned) {
            conditions.add("RES.ASSIGNEE_ is null");
        }
        return this;
    }

    public InboxTaskQuery processDefinitionKey(String key) {
        conditions.add("exists (select 1 from ACT_RE_PROCDEF D where D.ID_ = RES.PROC_DEF_ID_ and D.KEY_ = "
                + parameter(key) + ")");
        return this;
    }

    public InboxTaskQuery processInstanceBusinessKey(String businessKey) {
        conditions.add("exists (select 1 from ACT_RU_EXECUTION E where E.ID_ = RES.PROC_INST_ID_ and E.BUSINESS_KEY_ = "
                + parameter(businessKey) + ")");
        return this;
    }

    /** Names containing the pattern, with the wildcards of SQL's {@code like}. */
    public InboxTaskQuery nameLike(String pattern) {
        conditions.add("RES.NAME_ like " + parameter(pattern));
        return this;
    }

    public InboxTaskQuery dueAfter(Date after) {
        conditions.add("RES.DUE_DATE_ > " + parameter(after));
        return this;
    }

    public InboxTaskQuery dueBefore(Date before) {
        conditions.add("RES.DUE_DATE_ < " + parameter(before));
        return this;
    }

    /** {@code created}, {@code due} or {@code name}; ties go by id, so pages do not overlap. */
    public InboxTaskQuery orderBy(String property, boolean descending) {
        String column = switch (property) {
            case "due" -> "RES.DUE_DATE_";
            case "name" -> "RES.NAME_";
            default -> "RES.CREATE_TIME_";
        };
        orderColumn = column;
        this.descending = descending;
        return this;
    }

    public long count() {
        return nativeQuery("select count(*)" + from()).count();
    }

    /**
     * The page's ids first, then only their tasks' rows: finding and sorting the ids reads the inbox index
     * ({@code ACT_IDX_TASK_INBOX}) alone where no filter needs another column, not every matching task's row.
     */
    public List<Task> listPage(int first, int max) {
        String order = order();
        String ids = "select RES.ID_, " + orderColumn + from() + order + slice(first, max);
        return nativeQuery("select RES.* from (" + ids + ") P join ACT_RU_TASK RES on RES.ID_ = P.ID_" + order).list();
    }

    /** A page of tasks in their order, and how many tasks match in all. */
    public record Page(List<Task> tasks, long total) {
    }

    /**
     * The page and the total from one pass over the matching tasks (a window count beside the page's
     * ids, on the transaction's connection), then the page's tasks by id: what {@link #count()} and
     * {@link #listPage} find twice, found once.
     */
    public Page page(int first, int max, DataSource dataSource) {
        String sql = "select RES.ID_, count(*) over ()" + from() + order() + slice(first, max);
        List<String> ids = new ArrayList<>(max);
        long total = 0;
        List<Object> values = new ArrayList<>();
        Matcher named = NAMED_PARAMETER.matcher(sql);
        while (named.find()) {
            Object value = parameters.get(named.group(1));
            values.add(value instanceof Date date ? new Timestamp(date.getTime()) : value);
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(named.replaceAll("?"))) {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                    total = rows.getLong(2);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The inbox's page could not be read", e);
        }
        if (ids.isEmpty()) {
            return new Page(List.of(), first == 0 ? 0 : count()); // past the end: the total still counts
        }
        InboxTaskQuery byId = new InboxTaskQuery(tasks);
        Map<String, Task> found = new HashMap<>();
        byId.nativeQuery("select RES.* from ACT_RU_TASK RES where RES.ID_ in (" + String.join(", ",
                ids.stream().map(byId::parameter).toList()) + ")").list().forEach(task -> found.put(task.getId(), task));
        // a task completed between the two statements is left out of the page
        return new Page(ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList(), total);
    }

    /** The chosen order; ties go by id, so pages do not overlap. */
    private String order() {
        return " order by " + orderColumn + (descending ? " desc" : " asc") + ", RES.ID_ asc";
    }

    private String slice(int first, int max) {
        return " offset " + parameter(first) + " rows fetch next " + parameter(max) + " rows only";
    }

    private NativeTaskQuery nativeQuery(String sql) {
        NativeTaskQuery query = tasks.createNativeTaskQuery().sql(sql);
        parameters.forEach(query::parameter);
        return query;
    }

    /**
     * The scope's ids, then their tasks: a left join, because H2 keeps the order of an outer join and
     * would otherwise start from the tasks (by their due date, say) and look each up in the scope. The
     * conditions drop the rows without a task, as an inner join would (PostgreSQL plans it as one).
     */
    private String from() {
        List<String> where = new ArrayList<>(conditions);
        String tables = " from ACT_RU_TASK RES";
        if (scope != null) {
            tables = " from (" + scope + ") X left join ACT_RU_TASK RES on RES.ID_ = X.ID_";
            where.add(0, "RES.ID_ is not null");
        }
        return tables + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
    }

    private void startFrom(String ids) {
        if (scope != null) {
            throw new IllegalStateException("A search starts from one scope");
        }
        scope = ids;
    }

    private String candidateIn(List<String> groups) {
        return "I.TYPE_ = 'candidate' and " + (groups.isEmpty() ? "1 = 0" : "I.GROUP_ID_ in (" + parameters(groups) + ")");
    }

    private String parameters(List<String> values) {
        return String.join(", ", values.stream().map(this::parameter).toList());
    }

    /** A named parameter of the statement; values never become part of its text. */
    private String parameter(Object value) {
        String name = "p" + parameters.size();
        parameters.put(name, value);
        return "#{" + name + "}";
    }
}
