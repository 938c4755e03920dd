/**
 * Authentication: form login for pages, HTTP Basic for the API, one identity store on the
 * application's user tables; groups are the roles of DESIGN §2.
 */
package com.salesculture.web.security;
