package com.salesculture.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The DMN table {@code performance-recommendation} as the engine evaluates it: each rule, and the edges between them. */
class PerformanceRecommendationTest {

    private static DmnEngine dmn;
    private static DmnDecision decision;
    private static final List<String> MATCHED = new ArrayList<>();

    @BeforeAll
    static void parse() throws Exception {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionTableEvaluationListeners(List.of(new DmnDecisionTableEvaluationListener() {
            @Override
            public void notify(DmnDecisionTableEvaluationEvent event) {
                MATCHED.clear();
                event.getMatchingRules().forEach(rule -> MATCHED.add(rule.getId()));
            }
        }));
        dmn = configuration.buildEngine();
        try (InputStream model = PerformanceRecommendationTest.class.getResourceAsStream("/bpmn/performance-recommendation.dmn")) {
            decision = dmn.parseDecision("performance-recommendation", model);
        }
    }

    @ParameterizedTest(name = "[{index}] plan {0}, sufficient {1}, lowest {2}, trend {3} -> {4} ({5})")
    @DisplayName("Each rule, and the values at its edges")
    @CsvSource({
            // a failed plan decides whatever the scores
            "failed,    true,  0.95,  0.10, exit-review, FailedRecovery",
            "failed,    false,     ,  0.00, exit-review, FailedRecovery",
            // too few ratings: an open plan continues; otherwise nothing speaks against the values
            "open,      false, 0.20,  0.00, recovery,    OpenRecoveryUnjudged",
            "none,      false,     ,  0.00, meets,       InsufficientSample",
            "succeeded, false, 0.10,  0.00, meets,       InsufficientSample",
            // a value lived by fewer than half: below 0.5, not at it
            "none,      true,  0.49,  0.00, recovery,    ValueNotLived",
            "none,      true,  0.50,  0.00, meets,       ValuesLived",
            "succeeded, true,  0.40,  0.30, recovery,    ValueNotLived",
            // slipping: below 0.7 and down 0.2 or more
            "none,      true,  0.69, -0.20, recovery,    ValueSlipping",
            "none,      true,  0.69, -0.19, meets,       ValuesLived",
            "none,      true,  0.70, -0.50, meets,       ValuesLived",
            "open,      true,  0.50, -0.60, recovery,    ValueSlipping",
            // every value lived
            "none,      true,  1.00,  0.00, meets,       ValuesLived",
            "succeeded, true,  0.80,  0.20, meets,       ValuesLived"
    })
    void recommends(String plan, boolean sufficient, Double lowest, double trend, String recommendation, String rule) {
        DmnDecisionTableResult result = dmn.evaluateDecisionTable(decision, Variables.createVariables()
                .putValue("recoveryPlan", plan).putValue("sampleSufficient", sufficient)
                .putValue("lowestConsistency", lowest).putValue("trend", trend));
        assertThat(result.getSingleResult().<String>getEntry("recommendation")).isEqualTo(recommendation);
        assertThat(result.getSingleResult().<String>getEntry("rationale")).isNotBlank();
        assertThat(MATCHED).as("first matching rule").first().isEqualTo(rule);
    }
}
