package com.salesculture.web.view;

import com.salesculture.domain.model.decision.ChainVerification;
import com.salesculture.domain.model.decision.Checkpoint;
import com.salesculture.domain.model.decision.DecisionQuery;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.shared.PageRequest;
import com.salesculture.workflow.application.audit.AuditService;
import com.salesculture.workflow.application.audit.AuditViews;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The auditor's workspace: verify the decision log's chain, search it and export what was found,
 * and read one subject's timeline with the diagrams of its processes.
 */
@Named("auditPage")
@ViewScoped
public class AuditPage implements Serializable {

    private static final int PAGE_SIZE = 200;

    @EJB
    private AuditService audit;

    @EJB
    private com.salesculture.workflow.application.programme.ProgramService programs;

    @EJB
    private com.salesculture.workflow.application.people.SalesForceService salesForce;

    @EJB
    private com.salesculture.workflow.application.exit.ExitCaseService exitCases;

    /** Salespeople by id, read once per view for the picker. */
    private java.util.Map<Long, String> salespeople;

    private ChainVerification verification;
    /** A checkpoint the auditor kept and pasted, to hold the log against. */
    private String checkpoint;
    private List<Checkpoint> checkpoints = List.of();
    private Long program;
    private Long person;
    private Long exitCase;
    private String user;
    private DecisionType type;
    private LocalDate from;
    private LocalDate to;
    private AuditViews.Page results;
    private String subject;
    private String subjectId;
    private AuditViews.Timeline timeline;

    /** With {@code subject} and {@code id}: that subject's timeline and decisions. */
    public void load() {
        checkpoints = audit.checkpoints();
        if (subject != null && subjectId != null) {
            timeline = audit.timeline(subject, subjectId);
            switch (subject) {
                case "exit-case" -> exitCase = Long.valueOf(subjectId);
                case "salesperson" -> person = Long.valueOf(subjectId);
                case "program" -> program = Long.valueOf(subjectId);
                default -> { }
            }
        }
        search();
    }

    /** Verifies the chain, held against the checkpoint the auditor pasted, if any. */
    public void verify() {
        verification = checkpoint == null ? audit.verify() : audit.verify(checkpoint);
    }

    /** Seals the head now; the auditors get it by mail, and the table below shows it. */
    public void publishCheckpoint() {
        Checkpoint published = audit.publishCheckpoint();
        checkpoints = audit.checkpoints();
        FacesMessages.info(Texts.text("audit.checkpoint.published", published.seq()));
    }

    public List<Checkpoint> getCheckpoints() {
        return checkpoints;
    }

    public String getCheckpoint() {
        return checkpoint;
    }

    public void setCheckpoint(String checkpoint) {
        this.checkpoint = checkpoint;
    }

    public void search() {
        results = audit.search(query());
    }

    /** The API address of the same search as a file (the session may read the API). */
    public String exportLink(String format) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("program", program);
        parameters.put("person", person);
        parameters.put("case", exitCase);
        parameters.put("user", user);
        parameters.put("type", type);
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("format", format);
        return "/api/audit/decisions?" + parameters.entrySet().stream().filter(e -> e.getValue() != null
                        && !e.getValue().toString().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The API address of the timeline shown, as a file. */
    public String timelineExportLink(String format) {
        return "/api/audit/timeline?subject=" + URLEncoder.encode(subject, StandardCharsets.UTF_8)
                + "&id=" + URLEncoder.encode(subjectId, StandardCharsets.UTF_8) + "&format=" + format;
    }

    private DecisionQuery query() {
        String subjectType = exitCase != null ? "exit-case" : person != null ? "salesperson" : program != null ? "program" : null;
        Long id = exitCase != null ? exitCase : person != null ? person : program;
        return new DecisionQuery(subjectType, id == null ? null : id.toString(),
                user == null || user.isBlank() ? null : user.strip(), type,
                from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), 0, PAGE_SIZE);
    }

    /** The programmes to pick from, by name. */
    public List<com.salesculture.workflow.application.programme.ProgramView> getPrograms() {
        return programs.all();
    }

    /** Salespeople whose name contains what was typed (case aside), as "Name (#id)", at most 20. */
    public List<String> completePerson(String typed) {
        if (salespeople == null) {
            salespeople = new java.util.LinkedHashMap<>();
            salesForce.salespeople(null, null).forEach(view -> salespeople.put(view.id(), view.name()));
        }
        String text = typed == null ? "" : typed.strip().toLowerCase(java.util.Locale.ROOT);
        return salespeople.entrySet().stream().filter(entry -> entry.getValue().toLowerCase(java.util.Locale.ROOT)
                .contains(text)).limit(20).map(entry -> entry.getValue() + " (#" + entry.getKey() + ")").toList();
    }

    /** The salesperson picked, shown as "Name (#id)". */
    public String getPersonName() {
        if (person == null) {
            return null;
        }
        if (salespeople == null) {
            completePerson("");
        }
        return salespeople.getOrDefault(person, "") + " (#" + person + ")";
    }

    public void setPersonName(String picked) {
        person = pickedId(picked);
    }

    /** Exit cases whose salesperson's name contains what was typed, as "Name · case 12 (#12)", at most 20. */
    public List<String> completeCase(String typed) {
        String text = typed == null ? "" : typed.strip().toLowerCase(java.util.Locale.ROOT);
        return exitCases.list(null, PageRequest.first(PageRequest.MAX_SIZE)).items().stream()
                .filter(exitCase -> exitCase.salesperson() != null
                        && exitCase.salesperson().toLowerCase(java.util.Locale.ROOT).contains(text))
                .limit(20).map(AuditPage::caseLabel).toList();
    }

    private static String caseLabel(com.salesculture.workflow.application.exit.ExitViews.Summary exitCase) {
        return Texts.text("audit.caseLabel", exitCase.salesperson(), exitCase.id()) + " (#" + exitCase.id() + ")";
    }

    /** The case picked, shown as "Name · case 12 (#12)". */
    public String getCaseName() {
        if (exitCase == null) {
            return null;
        }
        try {
            return caseLabel(exitCases.get(exitCase).summary());
        } catch (RuntimeException gone) {
            return "#" + exitCase;
        }
    }

    public void setCaseName(String picked) {
        exitCase = pickedId(picked);
    }

    /** Accounts whose name or username contains what was typed, as "Name (username)". */
    public List<String> completeUser(String typed) {
        return audit.people(typed).stream().map(person -> person.name() + " (" + person.username() + ")").toList();
    }

    /** The user picked, shown as "Name (username)"; a bare username typed by hand is taken as it is. */
    public String getUserName() {
        return user == null ? null : audit.people(user).stream().filter(person -> person.username().equals(user))
                .findFirst().map(person -> person.name() + " (" + person.username() + ")").orElse(user);
    }

    public void setUserName(String picked) {
        java.util.regex.Matcher username = java.util.regex.Pattern.compile("\\(([^()#]+)\\)\\s*$")
                .matcher(picked == null ? "" : picked);
        user = username.find() ? username.group(1) : picked == null || picked.isBlank() ? null : picked.strip();
    }

    private static Long pickedId(String picked) {
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("\\(#(\\d+)\\)\\s*$").matcher(picked == null ? "" : picked);
        return id.find() ? Long.valueOf(id.group(1)) : null;
    }

    public DecisionType[] getTypes() {
        return DecisionType.values();
    }

    public ChainVerification getVerification() {
        return verification;
    }

    public AuditViews.Page getResults() {
        return results;
    }

    public AuditViews.Timeline getTimeline() {
        return timeline;
    }

    public List<AuditViews.Event> getEvents() {
        return timeline == null ? List.of() : timeline.events();
    }

    public Long getProgram() {
        return program;
    }

    public void setProgram(Long program) {
        this.program = program;
    }

    public Long getPerson() {
        return person;
    }

    public void setPerson(Long person) {
        this.person = person;
    }

    public Long getExitCase() {
        return exitCase;
    }

    public void setExitCase(Long exitCase) {
        this.exitCase = exitCase;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public DecisionType getType() {
        return type;
    }

    public void setType(DecisionType type) {
        this.type = type;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(String subjectId) {
        this.subjectId = subjectId;
    }
}
