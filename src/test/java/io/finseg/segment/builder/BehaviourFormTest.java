package io.finseg.segment.builder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import io.finseg.segment.AttributeCatalogue;
import io.finseg.segment.BehaviourCondition;
import io.finseg.segment.BehaviourCondition.Activity;
import io.finseg.segment.BehaviourCondition.Filter;
import io.finseg.segment.BehaviourCondition.Measure;
import io.finseg.segment.BehaviourCondition.Period;
import io.finseg.segment.Operator;
import io.finseg.segment.Purpose;
import io.finseg.segment.RuleNode;
import io.finseg.segment.Segment;
import io.finseg.segment.SegmentFixtures;

/** The builder form's behavioural rows: what a marketer's inputs become, and a saved one shown again. */
class BehaviourFormTest {

	private final AttributeCatalogue catalogue = SegmentFixtures.catalogue();

	@Test
	void addsABehaviouralRowThatCountsAPaymentInTheLastNinetyDays() {
		MultiValueMap<String, String> fields = root();
		fields.add("action", "addBehaviour:r");
		BuilderForm form = BuilderForm.read(fields, catalogue);
		assertThat(form.getRoot().getChildren()).singleElement().satisfies(row -> {
			assertThat(row.getKind()).isEqualTo(BuilderNode.Kind.BEHAVIOUR);
			assertThat(row.getPath()).isEqualTo("r-0");
		});
		assertThat(form.pruned().rule()).isEqualTo(new RuleNode.Group(RuleNode.Logic.AND, List.of(
				new BehaviourCondition(Activity.PAYMENTS, Measure.AT_LEAST, "1", List.of(), Period.lastDays(90)))));
	}

	@Test
	void readsTheTickedCodesTheTextAndTheAmountsOfTheChosenActivity() {
		MultiValueMap<String, String> fields = behaviourRow("PAYMENTS", "AT_LEAST", " 3 ");
		fields.add("f_r-0_method", "CARD");
		fields.add("f_r-0_method", "TRANSFER");
		fields.add("f_r-0_recipient", " gym ");
		fields.add("min_r-0", "10");
		fields.add("max_r-0", "");
		fields.add("period_r-0", "BETWEEN");
		fields.add("from_r-0", "2026-01-01");
		fields.add("to_r-0", "2026-03-31");
		fields.add("f_r-0_channel", "EMAIL");
		assertThat(BuilderForm.read(fields, catalogue).pruned().rule()).isEqualTo(group(new BehaviourCondition(
				Activity.PAYMENTS, Measure.AT_LEAST, "3",
				List.of(new Filter("method", Operator.IN, List.of("CARD", "TRANSFER")),
						new Filter("recipient", Operator.CONTAINS, List.of("gym")),
						new Filter("amount", Operator.GE, List.of("10"))),
				Period.between("2026-01-01", "2026-03-31"))));
	}

	@Test
	void leavesARowWithoutItsNumberOutOfTheCountAndSaysWhatItNeeds() {
		MultiValueMap<String, String> fields = behaviourRow("COMMUNICATIONS", "AT_MOST", "");
		fields.add("period_r-0", "LAST_DAYS");
		fields.add("days_r-0", "30");
		BuilderForm form = BuilderForm.read(fields, catalogue);
		assertThat(form.pruned().rule()).isNull();
		assertThat(form.pruned().incomplete()).containsExactly("r-0");
		assertThat(form.getRoot().getChildren().get(0).missing()).isEqualTo("segment.builder.missing.threshold");
	}

	@Test
	void showsASavedBehaviouralConditionAsItWasSaved() {
		BehaviourCondition travel = new BehaviourCondition(Activity.TRANSACTIONS, Measure.TOTAL_AT_LEAST, "500",
				List.of(new Filter("category", Operator.IN, List.of("TRAVEL")), new Filter("amount", Operator.BETWEEN, List.of("20", "900"))),
				Period.ever());
		Segment segment = new Segment(4, "Travellers", null, Purpose.GENERAL, "marketer",
				group(travel, new RuleNode.Condition("age", Operator.GE, List.of("30"))), LocalDateTime.now(), null, null, 1);
		BuilderNode row = BuilderForm.of(segment).getRoot().getChildren().get(0);
		assertThat(row.getKind()).isEqualTo(BuilderNode.Kind.BEHAVIOUR);
		assertThat(row.filterValues("category")).containsExactly("TRAVEL");
		assertThat(row.amountBound(0)).isEqualTo("20");
		assertThat(row.amountBound(1)).isEqualTo("900");
		assertThat(row.getActivityTable().fields()).containsOnlyKeys("type", "category", "amount");
		assertThat(BuilderForm.of(segment).pruned().rule()).isEqualTo(segment.rule());
	}

	private static RuleNode.Group group(RuleNode... children) {
		return new RuleNode.Group(RuleNode.Logic.AND, List.of(children));
	}

	private static MultiValueMap<String, String> root() {
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		fields.add("node", "r");
		fields.add("kind_r", "GROUP");
		fields.add("logic_r", "AND");
		return fields;
	}

	private static MultiValueMap<String, String> behaviourRow(String activity, String measure, String threshold) {
		MultiValueMap<String, String> fields = root();
		fields.add("node", "r-0");
		fields.add("kind_r-0", "BEHAVIOUR");
		fields.add("activity_r-0", activity);
		fields.add("measure_r-0", measure);
		fields.add("threshold_r-0", threshold);
		return fields;
	}

}
