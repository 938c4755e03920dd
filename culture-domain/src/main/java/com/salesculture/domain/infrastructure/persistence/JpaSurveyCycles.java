package com.salesculture.domain.infrastructure.persistence;

import static com.salesculture.domain.infrastructure.persistence.Sql.instant;
import static com.salesculture.domain.infrastructure.persistence.Sql.utc;

import com.salesculture.domain.model.customer.CustomerLanguage;
import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.shared.PageRequest;
import com.salesculture.domain.model.survey.CycleScore;
import com.salesculture.domain.model.survey.Invitation;
import com.salesculture.domain.model.survey.InvitationMail;
import com.salesculture.domain.model.survey.IssuedLink;
import com.salesculture.domain.model.survey.Recognition;
import com.salesculture.domain.model.survey.Response;
import com.salesculture.domain.model.survey.SalespersonScore;
import com.salesculture.domain.model.survey.Score;
import com.salesculture.domain.model.survey.SurveyAnswer;
import com.salesculture.domain.model.survey.SurveyCycle;
import com.salesculture.domain.model.survey.SurveyCycleId;
import com.salesculture.domain.model.survey.SurveyCycleStatus;
import com.salesculture.domain.model.survey.SurveyCycles;
import com.salesculture.domain.model.survey.SurveyLink;
import com.salesculture.domain.model.survey.TeamScore;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Cycles are entities; their invitations, responses and scores are plain SQL on the transaction's
 * connection (shared with EclipseLink and the engine), set-based or batched.
 */
@ApplicationScoped
public class JpaSurveyCycles implements SurveyCycles {

    @PersistenceContext(unitName = CulturePersistence.UNIT)
    private EntityManager entityManager;

    @Resource(lookup = CulturePersistence.DATASOURCE)
    private DataSource dataSource;

    private Sql sql;

    @PostConstruct
    void connect() {
        sql = new Sql(dataSource, entityManager);
    }

    @Override
    public SurveyCycle add(SurveyCycle cycle) {
        entityManager.persist(cycle);
        UniqueRules.write(entityManager); // its invitations refer to it by SQL
        return cycle;
    }

    @Override
    public Optional<SurveyCycle> find(SurveyCycleId id) {
        return Optional.ofNullable(entityManager.find(SurveyCycle.class, id.value()));
    }

    @Override
    public Optional<SurveyCycle> runBy(String processInstanceId) {
        return entityManager.createQuery("select c from SurveyCycle c where c.processInstanceId = :process",
                SurveyCycle.class).setParameter("process", processInstanceId).getResultStream().findFirst();
    }

    @Override
    public List<SurveyCycle> ofProgram(ProgramId programId) {
        return entityManager.createQuery("select c from SurveyCycle c where c.programId = :program order by c.number desc",
                SurveyCycle.class).setParameter("program", programId.value()).getResultList();
    }

    @Override
    public int invite(SurveyCycle cycle, Instant now, Instant restedSince) {
        int invited = sql.update("""
                insert into survey_invitation (cycle_id, customer_id, salesperson_id, language, invited_at, remind)
                select ?, c.id, c.salesperson_id, c.language, ?, false
                from customer_contact c join salesperson p on p.id = c.salesperson_id
                where c.active = true and p.status in ('ACTIVE', 'IN_RECOVERY')
                and not exists (select 1 from survey_invitation i where i.customer_id = c.id and i.invited_at > ?)""",
                cycle.cycleId().value(), now, restedSince);
        BulkInsert.inserted(entityManager, "survey_invitation", invited); // the mailer's batches are planned next
        return invited;
    }

    @Override
    public List<InvitationMail> dueMail(boolean reminders, long afterId, int limit, Instant claimsFrom) {
        String share = " and (mail_claimed_at is null or mail_claimed_at < ?)";
        // each ordered as its index is, so that a database reads the next batch and stops
        return reminders
                ? mails("remind = true and reminded_at is null and responded_at is null" + share,
                        "remind, reminded_at, id", true, afterId, limit, claimsFrom)
                : mails("mailed_at is null" + share, "mailed_at, id", false, afterId, limit, claimsFrom);
    }

    /**
     * From an id on, so that each batch starts where the last one ended instead of passing it again.
     * The batch's invitations are chosen first (a derived table), so that no database starts the
     * join from the contacts.
     */
    private List<InvitationMail> mails(String condition, String indexOrder, boolean reminder, long afterId, int limit,
                                       Instant claimsFrom) {
        return sql.query("select i.id, c.email, c.name, i.language, p.name, y.closes_at"
                        + " from (select id, cycle_id, customer_id, salesperson_id, language from survey_invitation"
                        + " where id > ? and " + condition
                        + " and cycle_id in (select id from survey_cycle where status = 'OPEN')"
                        + " order by " + indexOrder + " fetch first " + limit + " rows only) i"
                        + " join survey_cycle y on y.id = i.cycle_id"
                        + " join customer_contact c on c.id = i.customer_id"
                        + " join salesperson p on p.id = i.salesperson_id order by i.id",
                row -> new InvitationMail(row.getLong(1), reminder, row.getString(2), row.getString(3),
                        CustomerLanguage.valueOf(row.getString(4)), row.getString(5), instant(row, 6)),
                afterId, utc(claimsFrom));
    }

    @Override
    public List<IssuedLink> claim(List<IssuedLink> links, String claimant, Instant now, Instant claimsFrom) {
        return sql.work("Could not claim survey links", connection -> {
            try (PreparedStatement claim = connection.prepareStatement("update survey_invitation set mail_claimed_at = ?,"
                         + " mail_claimed_by = ? where id = ? and (mail_claimed_at is null or mail_claimed_at < ?)"
                         + " and (case when ? then reminded_at else mailed_at end) is null");
                 PreparedStatement store = connection.prepareStatement(
                         "insert into survey_link (token_hash, invitation_id, reminder, issued_at) values (?, ?, ?, ?)")) {
                for (IssuedLink link : links) {
                    claim.setObject(1, utc(now));
                    claim.setString(2, claimant);
                    claim.setLong(3, link.invitationId());
                    claim.setObject(4, utc(claimsFrom));
                    claim.setBoolean(5, link.reminder());
                    claim.addBatch();
                }
                int[] claimed = claim.executeBatch();
                List<IssuedLink> held = new ArrayList<>(links.size());
                for (int i = 0; i < links.size(); i++) {
                    if (claimed[i] != 0) {
                        IssuedLink link = links.get(i);
                        held.add(link);
                        store.setString(1, link.tokenHash());
                        store.setLong(2, link.invitationId());
                        store.setBoolean(3, link.reminder());
                        store.setObject(4, utc(now));
                        store.addBatch();
                    }
                }
                store.executeBatch();
                return held;
            }
        });
    }

    @Override
    public void mailed(List<IssuedLink> handed, List<IssuedLink> notHanded, Instant now) {
        sql.work("Could not record mailed links", connection -> {
            try (PreparedStatement first = connection.prepareStatement(
                         "update survey_invitation set mailed_at = ?, mail_claimed_at = null, mail_claimed_by = null"
                         + " where id = ?");
                 PreparedStatement reminder = connection.prepareStatement(
                         "update survey_invitation set reminded_at = ?, mail_claimed_at = null, mail_claimed_by = null"
                         + " where id = ?");
                 PreparedStatement release = connection.prepareStatement(
                         "update survey_invitation set mail_claimed_at = null, mail_claimed_by = null where id = ?")) {
                for (IssuedLink link : handed) {
                    PreparedStatement statement = link.reminder() ? reminder : first;
                    statement.setObject(1, utc(now));
                    statement.setLong(2, link.invitationId());
                    statement.addBatch();
                }
                for (IssuedLink link : notHanded) {
                    release.setLong(1, link.invitationId());
                    release.addBatch();
                }
                first.executeBatch();
                reminder.executeBatch();
                release.executeBatch();
                return null;
            }
        });
    }

    @Override
    public int releaseMailClaims(String claimant) {
        return sql.update("update survey_invitation set mail_claimed_at = null, mail_claimed_by = null"
                + " where mail_claimed_by = ?", claimant);
    }

    @Override
    public int requestReminders(SurveyCycleId cycleId) {
        return sql.update("update survey_invitation set remind = true where cycle_id = ? and responded_at is null"
                + " and mailed_at is not null", cycleId.value());
    }

    @Override
    public Optional<SurveyLink> link(String tokenHash) {
        return sql.first("select i.id, i.cycle_id, i.salesperson_id, c.name, i.language, i.responded_at,"
                        + " y.program_id, y.charter_id, y.status, y.closes_at"
                        + " from survey_link l join survey_invitation i on i.id = l.invitation_id"
                        + " join customer_contact c on c.id = i.customer_id join survey_cycle y on y.id = i.cycle_id"
                        + " where l.token_hash = ?",
                row -> new SurveyLink(new Invitation(row.getLong(1), new SurveyCycleId(row.getLong(2)), row.getLong(3),
                        row.getString(4), row.getString(5), instant(row, 6)), new ProgramId(row.getLong(7)),
                        row.getLong(8), SurveyCycleStatus.valueOf(row.getString(9)), instant(row, 10)), tokenHash);
    }

    @Override
    public boolean respond(Invitation invitation, SurveyAnswer answer, Instant now) {
        return sql.work("Could not store the response to invitation " + invitation.id(), connection -> {
            try (PreparedStatement claim = connection.prepareStatement(
                    "update survey_invitation set responded_at = ? where id = ? and responded_at is null")) {
                claim.setObject(1, utc(now));
                claim.setLong(2, invitation.id());
                if (claim.executeUpdate() == 0) {
                    return false; // answered by a concurrent request
                }
            }
            try (PreparedStatement response = connection.prepareStatement("insert into survey_response"
                    + " (invitation_id, cycle_id, salesperson_id, submitted_at, comment_text) values (?, ?, ?, ?, ?)")) {
                response.setLong(1, invitation.id());
                response.setLong(2, invitation.cycleId().value());
                response.setLong(3, invitation.salespersonId());
                response.setObject(4, utc(now));
                response.setString(5, answer.comment());
                response.executeUpdate();
            }
            try (PreparedStatement rating = connection.prepareStatement(
                    "insert into survey_rating (invitation_id, value_id, rating) values (?, ?, ?)")) {
                for (Map.Entry<Long, Integer> entry : answer.ratings().entrySet()) {
                    rating.setLong(1, invitation.id());
                    rating.setLong(2, entry.getKey());
                    rating.setInt(3, entry.getValue());
                    rating.addBatch();
                }
                rating.executeBatch();
            }
            return true;
        });
    }

    @Override
    public void computeScores(SurveyCycleId cycleId, long charterId) {
        sql.update("delete from survey_score where cycle_id = ?", cycleId.value());
        sql.update("""
                insert into survey_score (cycle_id, salesperson_id, value_id, responses, rating_sum, favourable)
                select i.cycle_id, i.salesperson_id, v.id, count(g.rating), coalesce(sum(g.rating), 0),
                       sum(case when g.rating >= ? then 1 else 0 end)
                from survey_invitation i
                join culture_value v on v.charter_id = ?
                left join survey_rating g on g.invitation_id = i.id and g.value_id = v.id
                where i.cycle_id = ?
                group by i.cycle_id, i.salesperson_id, v.id""", Score.FAVOURABLE_FROM, charterId, cycleId.value());
    }

    @Override
    public List<SalespersonScore> scores(SurveyCycleId cycleId) {
        return sql.query("""
                select s.salesperson_id, p.name, t.id, t.name, s.value_id, s.responses, s.rating_sum, s.favourable
                from survey_score s join salesperson p on p.id = s.salesperson_id join sales_team t on t.id = p.team_id
                where s.cycle_id = ? order by t.name, p.name, p.id, s.value_id""", JpaSurveyCycles::salespersonScore, cycleId.value());
    }

    @Override
    public List<SalespersonScore> scores(SurveyCycleId cycleId, PageRequest page) {
        return sql.query("""
                select s.salesperson_id, p.name, t.id, t.name, s.value_id, s.responses, s.rating_sum, s.favourable
                from (select p.id from salesperson p join sales_team t on t.id = p.team_id
                      where p.id in (select salesperson_id from survey_score where cycle_id = ?)
                      order by t.name, p.name, p.id offset ? rows fetch next ? rows only) shown
                join survey_score s on s.salesperson_id = shown.id and s.cycle_id = ?
                join salesperson p on p.id = s.salesperson_id join sales_team t on t.id = p.team_id
                order by t.name, p.name, p.id, s.value_id""", JpaSurveyCycles::salespersonScore,
                cycleId.value(), page.offset(), page.size(), cycleId.value());
    }

    private static SalespersonScore salespersonScore(ResultSet row) throws java.sql.SQLException {
        return new SalespersonScore(row.getLong(1), row.getString(2), row.getLong(3), row.getString(4),
                new Score(row.getLong(5), row.getInt(6), row.getInt(7), row.getInt(8)));
    }

    @Override
    public Optional<Integer> rowOf(SurveyCycleId cycleId, long salespersonId) {
        String scored = "p.id in (select salesperson_id from survey_score where cycle_id = ?)";
        return sql.first("select t.name, p.name from salesperson p join sales_team t on t.id = p.team_id where p.id = ? and "
                        + scored, row -> List.of(row.getString(1), row.getString(2)), salespersonId, cycleId.value())
                .map(own -> (int) sql.count("select count(*) from salesperson p join sales_team t on t.id = p.team_id where "
                                + scored + " and (t.name < ? or t.name = ? and (p.name < ? or p.name = ? and p.id < ?))",
                        cycleId.value(), own.get(0), own.get(0), own.get(1), own.get(1), salespersonId));
    }

    @Override
    public List<TeamScore> teamScores(SurveyCycleId cycleId) {
        return sql.query("""
                select t.id, t.name, m.salespeople, s.value_id, sum(s.responses), sum(s.rating_sum), sum(s.favourable)
                from survey_score s join salesperson p on p.id = s.salesperson_id join sales_team t on t.id = p.team_id
                join (select p.team_id, count(distinct s.salesperson_id) salespeople
                      from survey_score s join salesperson p on p.id = s.salesperson_id
                      where s.cycle_id = ? group by p.team_id) m on m.team_id = t.id
                where s.cycle_id = ? group by t.id, t.name, m.salespeople, s.value_id order by t.name, t.id, s.value_id""",
                row -> new TeamScore(row.getLong(1), row.getString(2), row.getInt(3),
                        new Score(row.getLong(4), row.getInt(5), row.getInt(6), row.getInt(7))), cycleId.value(), cycleId.value());
    }

    @Override
    public List<CycleScore> history(ProgramId programId, long salespersonId) {
        return sql.query("""
                select y.id, y.cycle_number, y.status, s.value_id, s.responses, s.rating_sum, s.favourable
                from survey_score s join survey_cycle y on y.id = s.cycle_id
                where y.program_id = ? and s.salesperson_id = ? order by y.cycle_number, s.value_id""",
                row -> new CycleScore(new SurveyCycleId(row.getLong(1)), row.getInt(2),
                        SurveyCycleStatus.valueOf(row.getString(3)),
                        new Score(row.getLong(4), row.getInt(5), row.getInt(6), row.getInt(7))),
                programId.value(), salespersonId);
    }

    @Override
    public List<ProgramId> programsScored(long salespersonId) {
        return sql.query("select y.program_id from survey_score s join survey_cycle y on y.id = s.cycle_id"
                + " where s.salesperson_id = ? group by y.program_id order by max(y.id) desc",
                row -> new ProgramId(row.getLong(1)), salespersonId);
    }

    /** Surveys ask only about approved charters, which never change: read once each. */
    private final Map<Long, List<Long>> valueIdsByCharter = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public List<Long> valueIds(long charterId) {
        return valueIdsByCharter.computeIfAbsent(charterId, id -> List.copyOf(sql.query(
                "select id from culture_value where charter_id = ? order by position", row -> row.getLong(1), id)));
    }

    @Override
    public long responded(SurveyCycleId cycleId) {
        return sql.count("select count(*) from survey_response where cycle_id = ?", cycleId.value());
    }

    @Override
    public Map<java.time.LocalDate, Long> respondedByDay(SurveyCycleId cycleId) {
        Map<java.time.LocalDate, Long> days = new LinkedHashMap<>();
        sql.query("select cast(submitted_at as date), count(*) from survey_response where cycle_id = ?"
                        + " group by cast(submitted_at as date) order by 1",
                row -> Map.entry(row.getObject(1, java.time.LocalDate.class), row.getLong(2)), cycleId.value())
                .forEach(day -> days.put(day.getKey(), day.getValue()));
        return days;
    }

    @Override
    public long responded(SurveyCycleId cycleId, long salespersonId) {
        return sql.count("select count(*) from survey_response where cycle_id = ? and salesperson_id = ?", cycleId.value(), salespersonId);
    }

    @Override
    public List<Long> surveyedSalespeople(SurveyCycleId cycleId) {
        return sql.query("select distinct salesperson_id from survey_invitation where cycle_id = ? order by salesperson_id",
                row -> row.getLong(1), cycleId.value());
    }

    @Override
    public long mailed(SurveyCycleId cycleId) {
        return sql.count("select count(*) from survey_invitation where cycle_id = ? and mailed_at is not null", cycleId.value());
    }

    @Override
    public List<String> comments(SurveyCycleId cycleId, long salespersonId) {
        return sql.query("select comment_text from survey_response where cycle_id = ? and salesperson_id = ?"
                        + " and comment_text is not null order by submitted_at desc, invitation_id desc",
                row -> row.getString(1), cycleId.value(), salespersonId);
    }

    @Override
    public FollowUpFiling fileForFollowUp(long invitationId, SurveyCycleId cycleId, long salespersonId, Instant now) {
        String openKey = cycleId.value() + ":" + salespersonId;
        lockFollowUps(salespersonId); // taken already by the answer; again, so filing never runs unlocked
        Long found = sql.first("select id from follow_up where open_key = ?", row -> row.getLong(1), openKey).orElse(null);
        return sql.work("Could not file response " + invitationId + " for a follow-up", connection -> {
            Long open = found;
            boolean opened = open == null;
            if (opened) {
                try (PreparedStatement insert = connection.prepareStatement("insert into follow_up"
                        + " (cycle_id, salesperson_id, open_key, opened_at) values (?, ?, ?, ?)", new String[]{"id"})) {
                    insert.setLong(1, cycleId.value());
                    insert.setLong(2, salespersonId);
                    insert.setString(3, openKey);
                    insert.setObject(4, utc(now));
                    insert.executeUpdate();
                    try (ResultSet key = insert.getGeneratedKeys()) {
                        key.next();
                        open = key.getLong(1);
                    }
                }
            }
            try (PreparedStatement file = connection.prepareStatement(
                    "insert into follow_up_response (invitation_id, follow_up_id) values (?, ?)")) {
                file.setLong(1, invitationId);
                file.setLong(2, open);
                file.executeUpdate();
            }
            return new FollowUpFiling(open, opened);
        });
    }

    @Override
    public void lockFollowUps(long salespersonId) {
        sql.query("select id from salesperson where id = ? for update", row -> row.getLong(1), salespersonId);
    }

    @Override
    public List<Long> followUpResponses(long followUpId) {
        return sql.query("select invitation_id from follow_up_response where follow_up_id = ? order by invitation_id",
                row -> row.getLong(1), followUpId);
    }

    @Override
    public Optional<Long> followUpOf(long invitationId) {
        return sql.first("select follow_up_id from follow_up_response where invitation_id = ?", row -> row.getLong(1), invitationId);
    }

    @Override
    public void closeFollowUp(long followUpId, Instant now) {
        long salespersonId = sql.count("select salesperson_id from follow_up where id = ?", followUpId);
        lockFollowUps(salespersonId); // as filing does: a response joins before the close or opens a new one
        sql.update("update follow_up set open_key = null, closed_at = ? where id = ? and closed_at is null", now, followUpId);
    }

    @Override
    public Optional<Response> response(long invitationId) {
        Map<Long, Integer> ratings = new LinkedHashMap<>();
        sql.query("select value_id, rating from survey_rating where invitation_id = ? order by value_id",
                row -> ratings.put(row.getLong(1), row.getInt(2)), invitationId);
        return sql.first("""
                select r.invitation_id, r.cycle_id, r.salesperson_id, c.name, c.organisation, c.email,
                       r.submitted_at, r.comment_text
                from survey_response r join survey_invitation i on i.id = r.invitation_id
                join customer_contact c on c.id = i.customer_id where r.invitation_id = ?""",
                row -> new Response(row.getLong(1), new SurveyCycleId(row.getLong(2)), row.getLong(3),
                        row.getString(4), row.getString(5), row.getString(6), instant(row, 7), Map.copyOf(ratings),
                        row.getString(8)), invitationId);
    }

    @Override
    public void recognise(SurveyCycleId cycleId, List<Recognition> recognised) {
        for (Recognition recognition : recognised) {
            sql.update("insert into cycle_recognition (cycle_id, value_id, salesperson_id) values (?, ?, ?)", cycleId.value(),
                    recognition.valueId(), recognition.salespersonId());
        }
    }

    @Override
    public List<Recognition> recognised(SurveyCycleId cycleId) {
        return sql.query("""
                select r.value_id, r.salesperson_id, p.name from cycle_recognition r join salesperson p on p.id = r.salesperson_id
                where r.cycle_id = ? order by r.value_id, p.name, p.id""",
                row -> new Recognition(row.getLong(1), row.getLong(2), row.getString(3)), cycleId.value());
    }
}
