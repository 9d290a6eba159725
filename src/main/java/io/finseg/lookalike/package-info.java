/**
 * Look-alikes: from a frozen campaign's outcomes, a Weka decision tree (readable rules) and a
 * logistic regression (scores) learn which target members reached an outcome, are measured on a
 * held-out part (AUC, lift by decile); the chosen model scores every customer, and the tree's
 * chosen leaves or a score threshold are saved as a segment the builder can open
 * (docs/campaigns.md). Protected attributes stay out of credit-offer models
 * unless the user includes them, and such a model is flagged like a segment.
 */
@ApplicationModule(displayName = "Look-alikes",
		allowedDependencies = { "campaign", "outcomes", "segment", "features", "customer", "jobs", "audit" })
package io.finseg.lookalike;

import org.springframework.modulith.ApplicationModule;
