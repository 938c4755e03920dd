/**
 * Building blocks every aggregate shares: field-level validation and the outcomes
 * (invalid, not found, not allowed, conflict) that the interfaces turn into 400/404/403/409.
 * Each outcome is an EJB application exception that rolls the transaction back.
 */
package com.salesculture.domain.model.shared;
