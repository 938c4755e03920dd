package com.salesculture.workflow.application.inbox;

import com.salesculture.domain.model.shared.Validation;

/**
 * What the inbox asks for: whose tasks, filtered, sorted and one page of them. The engine's task
 * query does the filtering, sorting and paging, never the application's memory.
 *
 * @param scope     {@code inbox} (mine and my groups' unclaimed), {@code mine}, {@code groups}, {@code all} (admins and auditors), {@code orphaned} (held by disabled accounts; admins and sales leaders)
 * @param processKey only tasks of this process (e.g. {@code culture-program}), or null
 * @param programId  only tasks of this programme, or null
 * @param due        {@code overdue}, {@code today} or {@code week}, or null
 * @param group      only tasks for this candidate group, or null
 * @param text       part of the task name, or null
 * @param page       0-based page number
 * @param size       tasks per page, 1 to {@value #MAX_SIZE}
 * @param sort       {@code created}, {@code due} or {@code name}
 * @param descending sort order
 */
public record TaskSearch(String scope, String processKey, Long programId, String due, String group, String text,
                         int page, int size, String sort, boolean descending) {

    public static final int MAX_SIZE = 100;

    public TaskSearch {
        scope = scope == null || scope.isBlank() ? "inbox" : scope;
        sort = sort == null || sort.isBlank() ? "created" : sort;
        new Validation()
                .require(scope.matches("inbox|mine|groups|all|orphaned"), "scope", "search.scope")
                .require(due == null || due.matches("overdue|today|week"), "due", "search.due")
                .require(sort.matches("created|due|name"), "sort", "search.sort")
                .require(page >= 0, "page", "search.page")
                .require(size >= 1 && size <= MAX_SIZE, "size", "search.size", MAX_SIZE)
                .require(text == null || text.length() <= 200, "q", "search.text", 200)
                .throwIfInvalid();
    }

    /** The first page of the caller's inbox, newest first. */
    public static TaskSearch inbox(int page, int size) {
        return new TaskSearch("inbox", null, null, null, null, null, page, size, "created", true);
    }
}
