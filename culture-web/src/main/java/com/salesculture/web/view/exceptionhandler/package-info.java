/** How failures reach a person on a page: refusals as clean 403/404 pages, never a server error. */
package com.salesculture.web.view.exceptionhandler;
