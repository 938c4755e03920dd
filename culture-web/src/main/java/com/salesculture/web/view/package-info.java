/**
 * Backing beans of the Faces pages: {@code @ViewScoped}, talking only to the workflow's
 * application services and their views, never to entities or the engine.
 */
package com.salesculture.web.view;
