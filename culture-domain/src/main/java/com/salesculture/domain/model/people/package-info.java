/** The people who work in the programme and the roles (groups) they act in. */
package com.salesculture.domain.model.people;
