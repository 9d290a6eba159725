package io.finseg.features;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.finseg.customer.PersonalDetails;

/**
 * List rows for given customers (a segment's members, a sample), in id order, with name and
 * email only for people who may see personal details: the one way other rooms show customers
 * next to their current features.
 */
@Service
public class CustomerRows {

	private static final int MAX_IDS = 500;

	private final JdbcClient jdbc;

	private final FeatureService features;

	CustomerRows(JdbcClient jdbc, FeatureService features) {
		this.jdbc = jdbc;
		this.features = features;
	}

	@Transactional(readOnly = true)
	public List<CustomerRow> of(Collection<Long> ids, Authentication viewer) {
		if (ids.isEmpty()) {
			return List.of();
		}
		if (ids.size() > MAX_IDS) {
			throw new IllegalArgumentException("At most " + MAX_IDS + " customers at a time, not " + ids.size());
		}
		List<CustomerRow> rows = jdbc.sql("""
				SELECT c.customer_id, c.name, c.email, c.city, f.age_band, f.life_stage, f.consent_status, f.rfm_group,
				       f.total_balance
				FROM customer c LEFT JOIN %s f ON f.customer_id = c.customer_id
				WHERE c.customer_id IN (:ids)""".formatted(features.current().table().tableName()))
			.param("ids", List.copyOf(ids))
			.query((rs, row) -> new CustomerRow(rs.getLong("customer_id"), rs.getString("name"), rs.getString("email"),
					rs.getString("city"), rs.getString("age_band"), rs.getString("life_stage"),
					rs.getString("consent_status"), rs.getString("rfm_group"), rs.getBigDecimal("total_balance")))
			.list();
		boolean personal = PersonalDetails.visibleTo(viewer);
		return rows.stream()
			.map(row -> personal ? row : row.withoutPersonalDetails())
			.sorted(Comparator.comparingLong(CustomerRow::id))
			.toList();
	}

	/** True when the viewer may see names, emails and the other personal details. */
	public static boolean personalDetailsVisibleTo(Authentication viewer) {
		return PersonalDetails.visibleTo(viewer);
	}

}
