package com.salesculture.web.cluster;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.core.InMemorySessionManagerFactory;
import jakarta.servlet.ServletContext;

/**
 * Sessions are distributable ({@code web.xml}) so that a cluster replicates them to the node that takes
 * over. A single node has no one to replicate to: it keeps them in Undertow's plain in-memory manager,
 * which costs the page tests a quarter less time than the distributable one.
 */
public class SingleNodeSessions implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        if (!ClusterMembership.clustered()) {
            deployment.setSessionManagerFactory(new InMemorySessionManagerFactory());
        }
    }
}
