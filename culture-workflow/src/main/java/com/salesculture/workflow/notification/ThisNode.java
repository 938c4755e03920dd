package com.salesculture.workflow.notification;

/** This node, as the mail senders' claims name it: WildFly's node name, distinct per node of a cluster. */
final class ThisNode {

    static final String NAME = System.getProperty("jboss.node.name", "node");

    private ThisNode() {
    }
}
