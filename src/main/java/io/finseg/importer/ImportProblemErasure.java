package io.finseg.importer;

import java.util.List;
import java.util.Objects;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.finseg.customer.CustomerErased;

/**
 * Problem rows of rejected uploads quote the values they complain about, and they are not tied
 * to a customer id. When a customer is erased, any quoted value equal to their name, email,
 * phone, address or identification number is replaced by {@link #ERASED}.
 */
@Component
class ImportProblemErasure {

	static final String ERASED = "[erased]";

	/** Shorter values would blank unrelated text ("Al" in "Alpha"). */
	private static final int SHORTEST_VALUE = 4;

	private final JdbcClient jdbc;

	ImportProblemErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(CustomerErased event) {
		List<String> values = jdbc.sql("""
				SELECT name, email, phone, address, identification_number FROM customer WHERE customer_id = :id""")
			.param("id", event.customerId())
			.query((rs, row) -> List.of(Objects.toString(rs.getString(1), ""), Objects.toString(rs.getString(2), ""),
					Objects.toString(rs.getString(3), ""), Objects.toString(rs.getString(4), ""),
					Objects.toString(rs.getString(5), "")))
			.optional().orElse(List.of());
		long scrubbed = 0;
		for (String value : values) {
			if (value.length() >= SHORTEST_VALUE) {
				scrubbed += jdbc.sql("""
						UPDATE data_import_problem SET message_args = REPLACE(message_args, :value, :erased)
						WHERE LOCATE(:value, message_args) > 0""")
					.param("value", value).param("erased", ERASED).update();
			}
		}
		if (scrubbed > 0) {
			event.removed().add("data_import_problem_anonymised", scrubbed);
		}
	}

}
