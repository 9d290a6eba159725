package io.finseg.outcomes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.finseg.campaign.CampaignMembers;
import io.finseg.campaign.CampaignService;
import io.finseg.segment.Attribute;
import io.finseg.segment.AttributeCatalogue;

/**
 * The campaign's effect on a chosen outcome: target against holdout over all members (everyone
 * frozen into the campaign, whether or not the export reached them: the holdout was drawn from
 * all of them), and the same inside each group of a breakdown.
 */
@Service
public class CampaignResults {

	static final int MAX_GROUPS = 20;

	private final CampaignService campaigns;

	private final OutcomeRepository outcomes;

	private final MemberGroups groups;

	private final AttributeCatalogue catalogue;

	CampaignResults(CampaignService campaigns, OutcomeRepository outcomes, MemberGroups groups,
			AttributeCatalogue catalogue) {
		this.campaigns = campaigns;
		this.outcomes = outcomes;
		this.groups = groups;
		this.catalogue = catalogue;
	}

	@Transactional(readOnly = true)
	public Results results(long campaignId, Outcome outcome, Breakdown breakdown) {
		CampaignMembers members = campaigns.members(campaignId);
		Map<Integer, Double> values = outcomes.withOutcome(campaignId, outcome);
		Lift overall = lift(members, values, id -> "");
		List<ResultGroup> split = new ArrayList<>();
		Breakdown used = checked(breakdown);
		if (used.kind() != Breakdown.Kind.NONE) {
			MemberGroups.Grouping grouping = groups.grouping(members, used);
			Map<String, GroupTally[]> tallies = tallies(members, values, grouping::groupOf);
			tallies.entrySet().stream()
				.sorted(Comparator.comparingLong((Map.Entry<String, GroupTally[]> e) -> -(e.getValue()[0].members()
						+ e.getValue()[1].members())).thenComparing(Map.Entry::getKey))
				.limit(MAX_GROUPS)
				.forEach(e -> split.add(new ResultGroup(e.getKey(), grouping.labelKey(e.getKey()),
						LiftCalculator.lift(e.getValue()[0], e.getValue()[1]))));
		}
		return new Results(campaignId, outcome, overall, used, split, !values.isEmpty());
	}

	/** Attributes a breakdown may use. */
	public List<Attribute> breakdownAttributes() {
		return catalogue.all().stream().filter(Breakdown::fitsBreakdown).toList();
	}

	private Breakdown checked(Breakdown breakdown) {
		if (breakdown.kind() == Breakdown.Kind.ATTRIBUTE
				&& catalogue.find(breakdown.attribute()).filter(Breakdown::fitsBreakdown).isEmpty()) {
			return Breakdown.NONE;
		}
		return breakdown;
	}

	private static Lift lift(CampaignMembers members, Map<Integer, Double> values, IntFunction<String> group) {
		GroupTally[] both = tallies(members, values, group).getOrDefault("", new GroupTally[] { GroupTally.EMPTY, GroupTally.EMPTY });
		return LiftCalculator.lift(both[0], both[1]);
	}

	/** Group → {target, holdout}. */
	private static Map<String, GroupTally[]> tallies(CampaignMembers members, Map<Integer, Double> values,
			IntFunction<String> group) {
		Map<String, GroupTally[]> tallies = new HashMap<>();
		members.forEach((customer, holdout) -> {
			GroupTally[] pair = tallies.computeIfAbsent(group.apply(customer),
					g -> new GroupTally[] { GroupTally.EMPTY, GroupTally.EMPTY });
			Double value = values.get(customer);
			int side = holdout ? 1 : 0;
			pair[side] = pair[side].plus(value != null, value == null ? 0 : value);
		});
		return tallies;
	}

	/** The results page's figures. {@code anyOutcome} is false before any member has the chosen outcome. */
	public record Results(long campaignId, Outcome outcome, Lift overall, Breakdown breakdown, List<ResultGroup> groups,
			boolean anyOutcome) {
	}

}
