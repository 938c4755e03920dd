package com.salesculture.workflow.application.people;

import java.io.Serializable;
/** A team as pages and the API show it. */
public record SalesTeamView(long id, String name, String leader, String leaderName, long headcount) implements Serializable {
}
