package com.salesculture.workflow.process.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.ClassNameFilter.includeClassNamePatterns;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The path tests leave no part of a model untried. This check runs every path test of this package itself
 * (in a JUnit launcher of its own, on the same engine), so it does not depend on which test classes the
 * build ran before it, or in what order; a path test deleted leaves its flows untaken and this fails.
 */
class EveryPathTakenTest {

    /** Every class named so in this package is a path test. */
    private static final String PATH_TESTS = ".*PathsTest";

    @Test
    @DisplayName("The path tests take every flow node and every sequence flow of every process model")
    void everyFlowNodeAndSequenceFlowIsTaken() {
        TakenPaths.forget();
        TestExecutionSummary run = runPathTests();

        assertThat(run.getTestsFoundCount()).as("path tests found").isPositive();
        assertThat(failures(run)).as("path tests that failed").isEmpty();
        Set<String> inModels = ModelElements.all();
        assertThat(inModels).as("flow nodes and sequence flows of the models").isNotEmpty();
        Set<String> neverTaken = new TreeSet<>(inModels);
        neverTaken.removeAll(TakenPaths.taken());
        assertThat(neverTaken).as("flow nodes and sequence flows no path test takes").isEmpty();
    }

    private static TestExecutionSummary runPathTests() {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectPackage(EveryPathTakenTest.class.getPackageName()))
                .filters(includeClassNamePatterns(PATH_TESTS))
                .build();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, summary);
        return summary.getSummary();
    }

    private static List<String> failures(TestExecutionSummary run) {
        return run.getFailures().stream()
                .map(failure -> failure.getTestIdentifier().getDisplayName() + ": " + failure.getException())
                .toList();
    }
}
