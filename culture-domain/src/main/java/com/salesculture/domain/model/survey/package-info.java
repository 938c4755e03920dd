/**
 * Customer perception: survey cycles, personal links (only their hashes are kept), responses and the
 * scores per salesperson × value × cycle. Invitations and responses are rows handled in bulk.
 */
package com.salesculture.domain.model.survey;
