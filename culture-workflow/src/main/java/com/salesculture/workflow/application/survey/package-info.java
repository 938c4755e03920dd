/**
 * Customer perception: customers and their contacts, survey cycles and their schedule, the public
 * survey a customer answers through a personal link, scores, trends and follow-ups.
 */
package com.salesculture.workflow.application.survey;
