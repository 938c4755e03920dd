/**
 * Accounts, roles and sign-in state, and the sales force: teams, salespeople, joiners and
 * leavers.
 */
package com.salesculture.workflow.application.people;
