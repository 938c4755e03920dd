/**
 * Performance reviews after each published cycle, their recommendation, outcome and recovery
 * plans.
 */
package com.salesculture.workflow.application.review;
