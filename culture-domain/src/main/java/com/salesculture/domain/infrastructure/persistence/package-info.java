/**
 * JPA (EclipseLink) repositories and the Flyway schema migrations, all on the one
 * datasource that the process engine shares, so that one JTA transaction covers both.
 */
package com.salesculture.domain.infrastructure.persistence;
