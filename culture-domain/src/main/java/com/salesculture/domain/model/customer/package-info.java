/**
 * Customer contacts: the people outside the company who rate a salesperson against the values
 * through a personal survey link. Each contact is served by one salesperson.
 */
package com.salesculture.domain.model.customer;
