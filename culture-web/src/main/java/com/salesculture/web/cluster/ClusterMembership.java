package com.salesculture.web.cluster;

/**
 * Whether this node is one of a cluster: the cluster's start script names every node's members
 * ({@code culture.cluster.members}); the single-node run (mvn -Prun package, the test server) does not.
 */
public final class ClusterMembership {

    private static final boolean CLUSTERED = System.getProperty("culture.cluster.members") != null;

    private ClusterMembership() {
    }

    public static boolean clustered() {
        return CLUSTERED;
    }
}
