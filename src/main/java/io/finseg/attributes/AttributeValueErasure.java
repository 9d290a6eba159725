package io.finseg.attributes;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.finseg.customer.CustomerErased;

/** Removes an erased customer's custom attribute values, in the erasure's transaction. */
@Component
public class AttributeValueErasure {

	static final String TABLE = "customer_attribute";

	private final JdbcClient jdbc;

	AttributeValueErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** How many custom attribute values the customer has. */
	public long rowsHeld(long customerId) {
		return jdbc.sql("SELECT COUNT(*) FROM customer_attribute WHERE customer_id = :id").param("id", customerId)
			.query(Long.class).single();
	}

	@EventListener
	void on(CustomerErased event) {
		int rows = jdbc.sql("DELETE FROM customer_attribute WHERE customer_id = :id").param("id", event.customerId()).update();
		event.removed().add(TABLE, rows);
	}

}
