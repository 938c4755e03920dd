/** What a person keeps about their task inbox: the filters they saved under a name. */
package com.salesculture.domain.model.inbox;
