package io.finseg.segmentindex;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import io.finseg.customer.CustomerErased;

/**
 * Takes an erased customer out of the segment index as soon as the erasure has committed: the
 * features rows are gone then, and the index must not count what the database no longer holds.
 */
@Component
class IndexErasure {

	private final SegmentIndex index;

	IndexErasure(SegmentIndex index) {
		this.index = index;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(CustomerErased event) {
		index.erase(event.customerId());
	}

}
