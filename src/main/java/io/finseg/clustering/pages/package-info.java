/**
 * The clustering room's pages wing: the controller, its forms and page models (a run's page, the
 * compare table, keeping a cluster as a segment). It uses only the room's face, never the run wing.
 */
package io.finseg.clustering.pages;
