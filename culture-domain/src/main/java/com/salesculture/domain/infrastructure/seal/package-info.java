/**
 * Keys the database never sees: the decision log's seal (HMAC-SHA256), from the environment or a key
 * file of the server's own.
 */
package com.salesculture.domain.infrastructure.seal;
