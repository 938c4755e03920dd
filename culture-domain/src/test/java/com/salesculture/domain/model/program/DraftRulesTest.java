package com.salesculture.domain.model.program;

import static com.salesculture.domain.model.shared.Refusals.errorsOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesculture.domain.model.shared.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules of the three drafts of a programme's set-up — the intent's deliverables, the values, the
 * compensation plan — row by row, with the exact errors each broken rule gives (the suite keeps one
 * HTTP case of each table).
 */
class DraftRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final Horizon HORIZON = new Horizon(TODAY, TODAY.plusMonths(36));
    private static final Set<Long> TEAMS = Set.of(1L, 2L);
    private static final List<String> VALUES = List.of("Customer first", "Deep relationships", "Spirited teamwork");

    // --- the intent's deliverables

    private static DeliverableInput deliverable() {
        return new DeliverableInput("REVENUE_GROWTH", "Revenue from existing clients in segment X", new BigDecimal("10"),
                new BigDecimal("12"), "%", TODAY.plusMonths(6), "Mid-size manufacturers", List.of(1L));
    }

    static Stream<Arguments> brokenDeliverables() {
        DeliverableInput d = deliverable();
        return Stream.of(
                Arguments.of("a vague metric", with(d, i -> new DeliverableInput(i.kind(), "grow", i.baseline(), i.target(),
                        i.unit(), i.dueDate(), i.customerGroup(), i.teams())), List.of(error("metric", "intent.metric.vague"))),
                Arguments.of("a slogan for a metric", with(d, i -> new DeliverableInput(i.kind(), "Be the best!", i.baseline(),
                        i.target(), i.unit(), i.dueDate(), i.customerGroup(), i.teams())), List.of(error("metric", "intent.metric.vague"))),
                Arguments.of("no metric", with(d, i -> new DeliverableInput(i.kind(), " ", i.baseline(), i.target(), i.unit(),
                        i.dueDate(), i.customerGroup(), i.teams())), List.of(error("metric", "intent.metric.required"))),
                Arguments.of("target equals baseline", with(d, i -> new DeliverableInput(i.kind(), i.metric(), i.baseline(),
                        new BigDecimal("10.0"), i.unit(), i.dueDate(), i.customerGroup(), i.teams())),
                        List.of(error("target", "intent.target.unchanged"))),
                Arguments.of("due after the horizon", with(d, i -> new DeliverableInput(i.kind(), i.metric(), i.baseline(),
                        i.target(), i.unit(), LocalDate.of(2099, 1, 1), i.customerGroup(), i.teams())),
                        List.of(error("dueDate", "intent.dueDate.outsideHorizon"))),
                Arguments.of("due in the past", with(d, i -> new DeliverableInput(i.kind(), i.metric(), i.baseline(),
                        i.target(), i.unit(), LocalDate.of(2020, 1, 1), i.customerGroup(), i.teams())),
                        List.of(error("dueDate", "intent.dueDate.outsideHorizon"))),
                Arguments.of("an unknown team", with(d, i -> new DeliverableInput(i.kind(), i.metric(), i.baseline(),
                        i.target(), i.unit(), i.dueDate(), i.customerGroup(), List.of(999_999L))),
                        List.of(error("teams", "intent.teams.unknown"))),
                Arguments.of("no team", with(d, i -> new DeliverableInput(i.kind(), i.metric(), i.baseline(), i.target(),
                        i.unit(), i.dueDate(), i.customerGroup(), List.of())), List.of(error("teams", "intent.teams.required"))),
                Arguments.of("a blank customer group", with(d, i -> new DeliverableInput(i.kind(), i.metric(), i.baseline(),
                        i.target(), i.unit(), i.dueDate(), " ", i.teams())), List.of(error("customerGroup", "intent.customerGroup.required"))),
                Arguments.of("an unknown kind", with(d, i -> new DeliverableInput("VIBES", i.metric(), i.baseline(), i.target(),
                        i.unit(), i.dueDate(), i.customerGroup(), i.teams())), List.of(error("kind", "intent.kind.unknown"))),
                Arguments.of("no unit", with(d, i -> new DeliverableInput(i.kind(), i.metric(), i.baseline(), i.target(), "",
                        i.dueDate(), i.customerGroup(), i.teams())), List.of(error("unit", "intent.unit.required"))),
                Arguments.of("no baseline", with(d, i -> new DeliverableInput(i.kind(), i.metric(), null, i.target(), i.unit(),
                        i.dueDate(), i.customerGroup(), i.teams())), List.of(error("baseline", "intent.baseline.required"))),
                Arguments.of("nothing at all", new DeliverableInput(null, null, null, null, null, null, null, null),
                        List.of(error("kind", "intent.kind.required"), error("metric", "intent.metric.required"),
                                error("baseline", "intent.baseline.required"), error("target", "intent.target.required"),
                                error("unit", "intent.unit.required"), error("dueDate", "intent.dueDate.required"),
                                error("customerGroup", "intent.customerGroup.required"), error("teams", "intent.teams.required"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDeliverables")
    @DisplayName("A vague or incomplete deliverable is refused naming exactly its broken fields; the draft keeps what it had")
    void deliverableRules(String problem, DeliverableInput broken, List<String> expected) {
        StrategicIntent intent = StrategicIntent.of(new ProgramId(7));
        intent.draft("Grow with our clients", List.of(deliverable()), "lena", HORIZON, TEAMS);

        List<FieldError> errors = errorsOf(() -> intent.draft("Changed", List.of(deliverable(), broken), "lena", HORIZON, TEAMS));

        assertThat(keys(errors)).containsExactlyElementsOf(expected.stream().map(e -> "deliverables[2]." + e).toList());
        assertThat(intent.statement()).as("nothing changed").isEqualTo("Grow with our clients");
        assertThat(intent.deliverables()).hasSize(1);
    }

    @Test
    @DisplayName("An intent has one to five deliverables")
    void deliverableCount() {
        StrategicIntent intent = StrategicIntent.of(new ProgramId(7));
        assertThat(keys(errorsOf(() -> intent.draft("S", List.of(), "lena", HORIZON, TEAMS))))
                .containsExactly("deliverables intent.deliverables.count");
        List<DeliverableInput> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(deliverable());
        }
        assertThat(keys(errorsOf(() -> intent.draft("S", six, "lena", HORIZON, TEAMS))))
                .containsExactly("deliverables intent.deliverables.count");
    }

    // --- the values

    private static List<ValueInput> values() {
        return new ArrayList<>(List.of(
                new ValueInput("Deep relationships", "We develop deep relationships with people.",
                        List.of("Knows what matters to me beyond the deal", "Follows up without being asked")),
                new ValueInput("Customer first", "We always act in favour of the customer.",
                        List.of("Recommends the cheaper option when it serves me better", "Tells me bad news early")),
                new ValueInput("Spirited teamwork", "We win together.",
                        List.of("Brings in the right colleague", "Speaks well of colleagues"))));
    }

    private static List<ValueInput> withThird(ValueInput third) {
        List<ValueInput> values = values();
        values.set(2, third);
        return values;
    }

    static Stream<Arguments> brokenValues() {
        List<String> two = List.of("Brings in the right colleague", "Speaks well of colleagues");
        return Stream.of(
                Arguments.of("two values", values().subList(0, 2), List.of("values values.count")),
                Arguments.of("four values", Stream.concat(values().stream(), Stream.of(new ValueInput("Fourth", "d",
                        List.of("x", "y")))).toList(), List.of("values values.count")),
                Arguments.of("the same name twice, case aside", withThird(new ValueInput("customer FIRST", "s", two)),
                        List.of("values[3].name values.name.repeated")),
                Arguments.of("no name", withThird(new ValueInput(" ", "s", two)), List.of("values[3].name values.name.required")),
                Arguments.of("a name of 61 characters", withThird(new ValueInput("x".repeat(61), "s", two)),
                        List.of("values[3].name values.name.required")),
                Arguments.of("no statement", withThird(new ValueInput("Third", "", two)),
                        List.of("values[3].statement values.statement.required")),
                Arguments.of("a statement of 281 characters", withThird(new ValueInput("Third", "x".repeat(281), two)),
                        List.of("values[3].statement values.statement.required")),
                Arguments.of("one behaviour", withThird(new ValueInput("Third", "s", List.of("One"))),
                        List.of("values[3].behaviours values.behaviours.count")),
                Arguments.of("six behaviours", withThird(new ValueInput("Third", "s", List.of("a", "b", "c", "d", "e", "f"))),
                        List.of("values[3].behaviours values.behaviours.count")),
                Arguments.of("a blank behaviour", withThird(new ValueInput("Third", "s", List.of("One", "  "))),
                        List.of("values[3].behaviours[2] values.behaviour.invalid")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenValues")
    @DisplayName("Values that break a rule are refused naming exactly the broken fields; nothing is stored")
    void valuesRules(String problem, List<ValueInput> broken, List<String> expected) {
        ValuesCharter charter = ValuesCharter.of(new ProgramId(7));

        assertThat(keys(errorsOf(() -> charter.draft(broken, "lena")))).containsExactlyElementsOf(expected);
        assertThat(charter.values()).as("nothing stored").isEmpty();
        charter.draft(values(), "lena");
        assertThat(charter.values()).as("the valid three are taken").hasSize(3);
    }

    // --- the compensation plan

    private static PlanInput plan(UnaryOperator<Map<String, BigDecimal>> weights) {
        Map<String, BigDecimal> given = new LinkedHashMap<>();
        given.put("Deep relationships", new BigDecimal("40"));
        given.put("Customer first", new BigDecimal("35"));
        given.put("Spirited teamwork", new BigDecimal("25"));
        return new PlanInput("Variable pay rewards living the values", new BigDecimal("30"), new BigDecimal("50"),
                weights.apply(given), TODAY.plusMonths(1));
    }

    static Stream<Arguments> brokenPlans() {
        PlanInput valid = plan(w -> w);
        return Stream.of(
                Arguments.of("no variable pay", new PlanInput(valid.description(), BigDecimal.ZERO, valid.valuesShare(),
                        valid.weights(), valid.effectiveDate()), List.of("variableShare plan.variableShare.range")),
                Arguments.of("variable share over 100 %", new PlanInput(valid.description(), new BigDecimal("101"),
                        valid.valuesShare(), valid.weights(), valid.effectiveDate()), List.of("variableShare plan.variableShare.range")),
                Arguments.of("no variable share", new PlanInput(valid.description(), null, valid.valuesShare(),
                        valid.weights(), valid.effectiveDate()), List.of("variableShare plan.variableShare.range")),
                Arguments.of("a negative values share", new PlanInput(valid.description(), valid.variableShare(),
                        new BigDecimal("-5"), valid.weights(), valid.effectiveDate()), List.of("valuesShare plan.valuesShare.range")),
                Arguments.of("a values share over 100 %", new PlanInput(valid.description(), valid.variableShare(),
                        new BigDecimal("100.5"), valid.weights(), valid.effectiveDate()), List.of("valuesShare plan.valuesShare.range")),
                Arguments.of("weights adding up to 95", plan(w -> {
                    w.put("Spirited teamwork", new BigDecimal("20"));
                    return w;
                }), List.of("weights plan.weights.sum")),
                Arguments.of("a value the charter does not have", plan(w -> {
                    w.remove("Spirited teamwork");
                    w.put("Other", new BigDecimal("25"));
                    return w;
                }), List.of("weights plan.weights.values")),
                Arguments.of("a weight of zero", plan(w -> {
                    w.put("Customer first", new BigDecimal("60"));
                    w.put("Spirited teamwork", BigDecimal.ZERO);
                    return w;
                }), List.of("weights[Spirited teamwork] plan.weight.positive")),
                Arguments.of("effective in the past", new PlanInput(valid.description(), valid.variableShare(),
                        valid.valuesShare(), valid.weights(), LocalDate.of(2020, 1, 1)), List.of("effectiveDate plan.effectiveDate.required")),
                Arguments.of("no effective date", new PlanInput(valid.description(), valid.variableShare(),
                        valid.valuesShare(), valid.weights(), null), List.of("effectiveDate plan.effectiveDate.required")),
                Arguments.of("a pay period of a month", new PlanInput(valid.description(), valid.variableShare(),
                        valid.valuesShare(), valid.weights(), valid.effectiveDate(), "MONTH", null),
                        List.of("payPeriod plan.payPeriod.invalid")),
                Arguments.of("a threshold under one half", new PlanInput(valid.description(), valid.variableShare(),
                        valid.valuesShare(), valid.weights(), valid.effectiveDate(), "YEAR", new BigDecimal("0.49")),
                        List.of("valuesThreshold plan.valuesThreshold.range")),
                Arguments.of("a threshold over 1", new PlanInput(valid.description(), valid.variableShare(),
                        valid.valuesShare(), valid.weights(), valid.effectiveDate(), "quarter", new BigDecimal("1.01")),
                        List.of("valuesThreshold plan.valuesThreshold.range")),
                Arguments.of("everything wrong at once", new PlanInput("x".repeat(2001), null, null, Map.of(), null),
                        List.of("description plan.description.tooLong", "variableShare plan.variableShare.range",
                                "valuesShare plan.valuesShare.range", "weights plan.weights.values",
                                "effectiveDate plan.effectiveDate.required")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenPlans")
    @DisplayName("A plan that breaks a rule is refused naming exactly the broken fields; nothing is stored")
    void planRules(String problem, PlanInput broken, List<String> expected) {
        CompPlan plan = CompPlan.of(new ProgramId(7), 1);

        assertThat(keys(errorsOf(() -> plan.draft(broken, VALUES, TODAY, "leo")))).containsExactlyElementsOf(expected);
        assertThat(plan.variableShare()).as("nothing stored").isNull();
        plan.draft(plan(w -> w), VALUES, TODAY, "leo");
        assertThat(plan.variableShare()).isEqualByComparingTo("30");
    }

    @Test
    @DisplayName("A plan names its pay period and threshold (a quarter and 0.80 unless it says otherwise); its periods run from the effective date")
    void planPaySettings() {
        CompPlan quarterly = CompPlan.of(new ProgramId(7), 1);
        quarterly.draft(plan(w -> w), VALUES, TODAY, "leo");
        assertThat(quarterly.payPeriod()).isEqualTo(com.salesculture.domain.model.pay.PayCadence.QUARTER);
        assertThat(quarterly.valuesThreshold()).isEqualByComparingTo("0.80");
        assertThat(quarterly.recognition()).as("recognition only when the plan asks for it").isFalse();
        assertThat(quarterly.periodOn(TODAY.plusMonths(5)).number()).isEqualTo(2);
        PlanInput valid = plan(w -> w);
        CompPlan yearly = CompPlan.of(new ProgramId(7), 1);
        yearly.draft(new PlanInput(valid.description(), valid.variableShare(), valid.valuesShare(), valid.weights(),
                valid.effectiveDate(), "year", new BigDecimal("0.9"), true), VALUES, TODAY, "leo");
        assertThat(yearly.payPeriod()).isEqualTo(com.salesculture.domain.model.pay.PayCadence.YEAR);
        assertThat(yearly.valuesThreshold()).isEqualByComparingTo("0.90");
        assertThat(yearly.nextVersion().valuesThreshold()).as("the next version starts from it").isEqualByComparingTo("0.90");
        assertThat(yearly.nextVersion().recognition()).isTrue();
        assertThat(yearly.periodOn(TODAY).start()).as("before it takes effect: the first period").isEqualTo(valid.effectiveDate());
    }

    @Test
    @DisplayName("A plan weighs the approved values: none approved, none to weigh")
    void planNeedsApprovedValues() {
        assertThat(keys(errorsOf(() -> CompPlan.of(new ProgramId(7), 1).draft(plan(w -> w), List.of(), TODAY, "leo"))))
                .containsExactly("weights plan.values.notApproved");
    }

    private static DeliverableInput with(DeliverableInput input, UnaryOperator<DeliverableInput> change) {
        return change.apply(input);
    }

    private static String error(String field, String key) {
        return field + " " + key;
    }

    private static List<String> keys(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + " " + e.message().key()).toList();
    }
}
