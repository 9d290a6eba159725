package io.finseg.campaign;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.finseg.customer.CustomerErased;

/**
 * Takes an erased customer out of every campaign snapshot, frozen ones included, so no later
 * export can name them. Exports already downloaded are outside FinSeg; the page that asks for
 * the erasure says which campaigns were exported.
 */
@Component
public class CampaignErasure {

	private final JdbcClient jdbc;

	CampaignErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The campaigns whose snapshot holds the customer, by name. */
	public List<Snapshot> snapshotsHolding(long customerId) {
		return jdbc.sql("""
				SELECT c.name, c.status, m.holdout,
				  (SELECT COUNT(*) FROM campaign_export e WHERE e.campaign_id = c.id AND e.status = 'COMPLETED') AS exports
				FROM campaign_member m JOIN campaign c ON c.id = m.campaign_id
				WHERE m.customer_id = :id ORDER BY c.name""")
			.param("id", customerId)
			.query((rs, row) -> new Snapshot(rs.getString("name"), CampaignStatus.valueOf(rs.getString("status")),
					rs.getBoolean("holdout"), rs.getLong("exports")))
			.list();
	}

	@EventListener
	void on(CustomerErased event) {
		event.removed().add("campaign_member",
				jdbc.sql("DELETE FROM campaign_member WHERE customer_id = :id").param("id", event.customerId()).update());
	}

	/** One campaign holding the customer: whether as a holdout and how often it was exported. */
	public record Snapshot(String campaign, CampaignStatus status, boolean holdout, long completedExports) {
	}

}
