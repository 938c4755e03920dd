/**
 * How failures reach a person on a page: one handler for every refused use case (messages beside
 * their fields, or a clean 403/404 page), read the way the API reads them, never a server error.
 */
package com.salesculture.web.view.exceptionhandler;
