/**
 * The REST API under {@code /api}: JSON in and out, HTTP Basic, errors as
 * {@code {"errors":[{"field","message"}]}} with 400/401/403/404/409.
 */
package com.salesculture.web.rest;
