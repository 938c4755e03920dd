package com.salesculture.it;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * One deployment for the whole run: the classes that deploy {@link Deployments#suite()} share it. The first
 * deploys it, the others find it deployed, and it goes when the server stops. A deployment per class cost
 * about 9 s of the server's time, the client's packing of the EAR and a cold start of the application's code.
 * Other archives (the benchmarks') deploy and undeploy per class as Arquillian does.
 */
public class OneDeployment implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Reuse.class);
    }

    /** Runs inside the deployment's context (after Arquillian sets it up), around the container's deploy. */
    public static class Reuse {

        /** The suite's deployment by container: what the first deploy answered. */
        private static final Map<String, ProtocolMetaData> DEPLOYED = new ConcurrentHashMap<>();

        @Inject
        @DeploymentScoped
        private InstanceProducer<ProtocolMetaData> protocolMetaData;

        @Inject
        @DeploymentScoped
        private InstanceProducer<Deployment> deploymentProducer;

        @Inject
        @DeploymentScoped
        private InstanceProducer<DeploymentDescription> descriptionProducer;

        public void deploy(@Observes(precedence = -1) EventContext<DeployDeployment> context) {
            Deployment deployment = context.getEvent().getDeployment();
            if (!Deployments.isSuite(deployment.getDescription().getArchive())) {
                context.proceed();
                return;
            }
            String container = context.getEvent().getContainer().getName();
            ProtocolMetaData deployed = DEPLOYED.get(container);
            if (deployed == null) {
                context.proceed();
                if (deployment.isDeployed() && !deployment.hasDeploymentError()) {
                    DEPLOYED.put(container, protocolMetaData.get());
                }
                return;
            }
            descriptionProducer.set(deployment.getDescription());
            deploymentProducer.set(deployment);
            protocolMetaData.set(deployed);
            deployment.deployed();
        }

        public void undeploy(@Observes(precedence = -1) EventContext<UnDeployDeployment> context) {
            if (!Deployments.isSuite(context.getEvent().getDeployment().getDescription().getArchive())) {
                context.proceed();
            }
        }
    }
}
