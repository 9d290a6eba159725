package io.finseg.clustering;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.finseg.customer.CustomerErased;

/** Right to erasure: an erased customer leaves every clustering run's assignments, in the same transaction. */
@Component
class ClusterAssignmentErasure {

	private final JdbcClient jdbc;

	ClusterAssignmentErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(CustomerErased event) {
		event.removed().add("cluster_assignment", jdbc.sql("DELETE FROM cluster_assignment WHERE customer_id = :id")
			.param("id", event.customerId()).update());
	}

}
