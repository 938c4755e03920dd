package com.salesculture.workflow.engine;

import jakarta.enterprise.inject.spi.BeanManager;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/** The engine's expression language, with application beans reachable by their CDI name. */
final class CdiExpressionManager extends JuelExpressionManager {

    private final BeanManager beanManager;

    CdiExpressionManager(BeanManager beanManager) {
        this.beanManager = beanManager;
    }

    @Override
    protected ELResolver createElResolver() {
        CompositeELResolver resolver = new CompositeELResolver();
        resolver.add(super.createElResolver()); // process variables first, as in the engine's own CDI module
        resolver.add(new CdiBeanElResolver(beanManager));
        return resolver;
    }
}
