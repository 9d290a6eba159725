/**
 * The clustering room's run wing: one run as a job (a sampling pass, Weka training on the
 * standardised sample, a streaming assignment pass that writes every customer's cluster and sums
 * up the profiles). It builds on the room's face ({@link io.finseg.clustering.RunWork}, the run
 * repository, the feature list) and nothing in the face or the pages wing knows it.
 */
package io.finseg.clustering.run;
