package io.finseg.lookalike;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.finseg.customer.CustomerErased;

/** Right to erasure: an erased customer's look-alike scores go in the same transaction. */
@Component
class LookalikeScoreErasure {

	private final LookalikeScoreRepository scores;

	LookalikeScoreErasure(LookalikeScoreRepository scores) {
		this.scores = scores;
	}

	@EventListener
	void on(CustomerErased event) {
		event.removed().add("lookalike_score", scores.eraseCustomer(event.customerId()));
	}

}
