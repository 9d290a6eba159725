package io.finseg.campaign;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.finseg.consent.ConsentRule;
import io.finseg.segment.SegmentService;

/** A campaign's frozen members: taken from the segment, read back, counted by consent and read for export. */
@Repository
class CampaignMemberRepository {

	private final JdbcClient jdbc;

	CampaignMemberRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Takes the segment's members into the campaign, each as target or holdout with whether the
	 * channel could reach them now.
	 *
	 * @return the number of members taken
	 */
	long freeze(Campaign campaign, SegmentService.Membership membership) {
		// Knuth's multiplicative hash of the id, mixed with the seed, gives a bucket 0-99 per customer.
		return jdbc.sql("""
				INSERT INTO campaign_member (campaign_id, customer_id, holdout, reason_at_freeze)
				SELECT :campaign, f.customer_id,
				  CASE WHEN FLOOR(MOD(f.customer_id * 2654435761 + :seed, 4294967296) / 42949673) < :holdout THEN TRUE ELSE FALSE END,
				  %s
				FROM %s f LEFT JOIN compliance cp ON cp.customer_id = f.customer_id
				WHERE %s""".formatted(ConsentRule.suppressionExpression(campaign.channel(), "cp"),
				membership.featuresTable(), membership.rule().condition()))
			.params(membership.rule().parameters())
			.param("campaign", campaign.id())
			.param("seed", campaign.holdoutSeed())
			.param("holdout", campaign.holdoutPercent())
			.update();
	}

	CampaignMembers members(long campaignId) {
		int total = jdbc.sql("SELECT COUNT(*) FROM campaign_member WHERE campaign_id = :id").param("id", campaignId)
			.query(Long.class).single().intValue();
		int[] ids = new int[total];
		BitSet holdout = new BitSet(total);
		int[] next = { 0 };
		jdbc.sql("SELECT customer_id, holdout FROM campaign_member WHERE campaign_id = :id ORDER BY customer_id")
			.param("id", campaignId)
			.query(rs -> {
				if (next[0] < total) {
					ids[next[0]] = rs.getInt(1);
					holdout.set(next[0], rs.getBoolean(2));
					next[0]++;
				}
			});
		return new CampaignMembers(next[0] == total ? ids : Arrays.copyOf(ids, next[0]), holdout);
	}

	/** Members by holdout, suppression at the freeze and suppression now (null: reachable). */
	List<AudienceGroup> audienceGroups(Campaign campaign) {
		String reasonNow = ConsentRule.suppressionExpression(campaign.channel(), "cp");
		return jdbc.sql("""
				SELECT m.holdout, m.reason_at_freeze, %s AS reason_now, COUNT(*) AS members
				FROM campaign_member m LEFT JOIN compliance cp ON cp.customer_id = m.customer_id
				WHERE m.campaign_id = :id
				GROUP BY m.holdout, m.reason_at_freeze, %s""".formatted(reasonNow, reasonNow))
			.param("id", campaign.id())
			.query((rs, row) -> new AudienceGroup(rs.getBoolean("holdout"), rs.getString("reason_at_freeze"),
					rs.getString("reason_now"), rs.getLong("members")))
			.list();
	}

	/**
	 * Up to {@code size} target members after a customer id whom the channel reaches now: the
	 * chosen fields made safe for a spreadsheet, then the id itself for the keyset.
	 */
	List<List<String>> exportable(Campaign campaign, long after, int size) {
		String columns = campaign.fields().stream().map(field -> "c." + field.column()).collect(Collectors.joining(", "));
		return jdbc.sql("""
				SELECT %s, m.customer_id AS keyset_id
				FROM campaign_member m JOIN customer c ON c.customer_id = m.customer_id
				LEFT JOIN compliance cp ON cp.customer_id = m.customer_id
				WHERE m.campaign_id = :id AND m.holdout = FALSE AND %s AND m.customer_id > :after
				ORDER BY m.customer_id LIMIT :size""".formatted(columns, ConsentRule.contactable(campaign.channel(), "cp")))
			.param("id", campaign.id())
			.param("after", after)
			.param("size", size)
			.query((rs, n) -> {
				List<String> row = new ArrayList<>(campaign.fields().size() + 1);
				for (int i = 0; i < campaign.fields().size(); i++) {
					row.add(campaign.fields().get(i).safe(rs.getString(i + 1)));
				}
				row.add(rs.getString("keyset_id"));
				return row;
			})
			.list();
	}

	record AudienceGroup(boolean holdout, String reasonAtFreeze, String reasonNow, long members) {
	}

}
