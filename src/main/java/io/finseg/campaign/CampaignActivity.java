package io.finseg.campaign;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.finseg.consent.Channel;

/**
 * What happened lately with campaigns, for pages outside this room (the home dashboard): the
 * newest campaigns and the newest exports, and the consent share over all customers.
 */
@Component
public class CampaignActivity {

	private final JdbcClient jdbc;

	private final ConsentOverview consent;

	CampaignActivity(JdbcClient jdbc, ConsentOverview consent) {
		this.jdbc = jdbc;
		this.consent = consent;
	}

	@Transactional(readOnly = true)
	public List<RecentCampaign> recentCampaigns(int limit) {
		return jdbc.sql("""
				SELECT id, name, channel, status, created_at FROM campaign ORDER BY created_at DESC, id DESC LIMIT :limit""")
			.param("limit", limit)
			.query((rs, row) -> new RecentCampaign(rs.getLong(1), rs.getString(2), Channel.valueOf(rs.getString(3)),
					CampaignStatus.valueOf(rs.getString(4)), rs.getTimestamp(5).toLocalDateTime()))
			.list();
	}

	@Transactional(readOnly = true)
	public List<RecentExport> recentExports(int limit) {
		return jdbc.sql("""
				SELECT e.campaign_id, c.name, e.status, e.exported_by, e.started_at, e.row_count
				FROM campaign_export e JOIN campaign c ON c.id = e.campaign_id
				ORDER BY e.id DESC LIMIT :limit""")
			.param("limit", limit)
			.query((rs, row) -> new RecentExport(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5).toLocalDateTime(), rs.getLong(6)))
			.list();
	}

	/** Customers by consent status over all customers, as the consent overview counts them (cached per features build). */
	public ConsentOverview.Breakdown consentShare() {
		return consent.all();
	}

	public record RecentCampaign(long id, String name, Channel channel, CampaignStatus status, LocalDateTime createdAt) {
	}

	/** {@code status} is an export status name (RUNNING, COMPLETED, BROKEN_OFF). */
	public record RecentExport(long campaignId, String campaignName, String status, String exportedBy,
			LocalDateTime startedAt, long rows) {
	}

}
