package io.finseg.segment.builder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import io.finseg.segment.AttributeCatalogue;
import io.finseg.segment.Operator;
import io.finseg.segment.Purpose;
import io.finseg.segment.RuleException;
import io.finseg.segment.RuleNode;
import io.finseg.segment.RuleNode.Condition;
import io.finseg.segment.RuleNode.Group;
import io.finseg.segment.RuleNode.Logic;
import io.finseg.segment.RuleNode.SegmentReference;
import io.finseg.segment.SegmentFixtures;

/** The rule tree and fields BuilderForm reads from posted builder fields, and what it makes of bad input; no Spring context. */
class BuilderFormTest {

	private final AttributeCatalogue catalogue = SegmentFixtures.catalogue();

	private final MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();

	private BuilderForm read() {
		return BuilderForm.read(fields, catalogue);
	}

	/** Posts the fields of a group row, as the builder page does ({@link SegmentFixtures#group}). */
	private BuilderFormTest group(String path, String logic) {
		SegmentFixtures.group(fields, path, logic);
		return this;
	}

	private BuilderFormTest condition(String path, String attribute, String operator, String... values) {
		SegmentFixtures.condition(fields, path, attribute, operator, values);
		return this;
	}

	private static Condition condition(String attribute, Operator operator, String... values) {
		return new Condition(attribute, operator, List.of(values));
	}

	@Test
	void aBlankFormIsOneAllOfGroupWithAnEmptyRowAndNoRuleYet() {
		BuilderForm.Pruned pruned = BuilderForm.blank().pruned();

		assertThat(pruned.rule()).isNull();
		assertThat(pruned.incomplete()).containsExactly("r-0");
	}

	@Test
	void readsTheTreeTheFieldsDescribeWithTheValuesTrimmed() {
		fields.add("name", "  Young savers ");
		fields.add("description", " under 30 ");
		fields.add("purpose", "CREDIT_OFFER");
		fields.add("version", "3");
		group("r", "OR").condition("r-0", "income", "GE", " 50000 ").group("r-1", "AND")
			.condition("r-1-0", "life_stage", "IN", "FAMILY", "RETIRED").condition("r-1-1", "has_savings", "EQ", "true");

		BuilderForm form = read();

		assertThat(form.getName()).isEqualTo("Young savers");
		assertThat(form.getDescription()).isEqualTo("under 30");
		assertThat(form.getPurpose()).isEqualTo(Purpose.CREDIT_OFFER);
		assertThat(form.getVersion()).isEqualTo(3);
		assertThat(form.pruned().rule()).isEqualTo(new Group(Logic.OR, List.of(condition("income", Operator.GE, "50000"),
				new Group(Logic.AND, List.of(condition("life_stage", Operator.IN, "FAMILY", "RETIRED"),
						condition("has_savings", Operator.EQ, "true"))))));
		assertThat(form.nodes()).extracting(BuilderNode::getPath).containsExactly("r", "r-0", "r-1", "r-1-0", "r-1-1");
	}

	@Test
	void aListTypedWithCommasIsSplitAndARangeKeepsTwoValues() {
		group("r", "AND").condition("r-0", "age_band", "IN", "18-25, 26-35,,").condition("r-1", "age", "BETWEEN", "30", " 40", "50");

		assertThat(read().pruned().rule()).isEqualTo(new Group(Logic.AND,
				List.of(condition("age_band", Operator.IN, "18-25", "26-35"), condition("age", Operator.BETWEEN, "30", "40"))));
	}

	@Test
	void aNewlyChosenAttributeGetsItsUsualComparisonAndNoValueFromTheOldOne() {
		group("r", "AND").condition("r-0", "has_mortgage", "GE", "50000").condition("r-1", "days_since_last_tx", "", "7")
			.condition("r-2", "life_stage", "LT", "3");

		List<BuilderNode> rows = read().getRoot().getChildren();

		assertThat(rows).extracting(BuilderNode::getOperator).containsExactly(Operator.EQ, Operator.WITHIN_LAST_DAYS, Operator.IN);
		assertThat(rows).extracting(BuilderNode::getValues).containsExactly(List.of("true"), List.of(), List.of());
		assertThat(rows).extracting(BuilderNode::missing)
			.containsExactly(null, "segment.builder.missing.value", "segment.builder.missing.value");
	}

	@Test
	void rowsStillWaitingForInputAreLeftOutOfTheRuleAndNamed() {
		group("r", "AND").condition("r-0", "income", "GE", "1000").condition("r-1", "", "").group("r-2", "OR")
			.condition("r-2-0", "not_an_attribute", "EQ", "1").condition("r-3", "age", "GT", " ");

		BuilderForm.Pruned pruned = read().pruned();

		assertThat(pruned.rule()).isEqualTo(new Group(Logic.AND, List.of(condition("income", Operator.GE, "1000"))));
		assertThat(pruned.incomplete()).containsExactly("r-1", "r-2-0", "r-3");
	}

	@Test
	void aProblemTheCompilerFindsIsShownOnTheFormRowItConcerns() {
		group("r", "AND").condition("r-0", "", "").condition("r-1", "income", "GE", "1").group("r-2", "OR")
			.condition("r-2-0", "age", "GT", "a lot");

		BuilderForm.Pruned pruned = read().pruned();

		// The empty row r-0 is pruned, so the compiler's "1.0" is the form's r-2-0.
		assertThat(pruned.formPathOf(SegmentFixtures.problemAt("segment.problem.notWholeNumber", "1.0"))).isEqualTo("r-2-0");
		assertThat(pruned.formPathOf(SegmentFixtures.problemAt("segment.problem.notWholeNumber", "1.7"))).isEqualTo("r-2");
		assertThat(pruned.formPathOf(new RuleException("segment.problem.tooDeep"))).isEqualTo("r");
	}

	@Test
	void badOrForgedFieldsAreIgnoredNotFollowed() {
		fields.add("purpose", "NOT_A_PURPOSE");
		fields.add("version", "three");
		group("r", "AND").condition("r-0", "income", "GE", "1");
		fields.add("node", "r-0");
		condition("r-9-0", "age", "GT", "1");
		condition("r-0-0", "age", "GT", "2");
		condition("x; DROP TABLE segment", "age", "GT", "3");
		condition("r-1", "age", "GT", "4");

		BuilderForm form = read();

		assertThat(form.getPurpose()).isEqualTo(Purpose.GENERAL);
		assertThat(form.getVersion()).isNull();
		assertThat(form.pruned().rule()).as("a repeated path, a row without its group, a row under a condition, a bad path")
			.isEqualTo(new Group(Logic.AND, List.of(condition("income", Operator.GE, "1"), condition("age", Operator.GT, "4"))));
	}

	@Test
	void readsAtMostTheNodeLimit() {
		group("r", "AND");
		for (int i = 0; i < BuilderForm.MAX_NODES + 50; i++) {
			condition("r-" + (i % 1000), "age", "GT", Integer.toString(i));
		}

		assertThat(read().nodes()).hasSize(BuilderForm.MAX_NODES);
	}

	@Test
	void aRootThatIsNotAGroupIsPutInAnAllOfGroup() {
		condition("r", "income", "GE", "1");

		assertThat(read().pruned().rule()).isEqualTo(new Group(Logic.AND, List.of(condition("income", Operator.GE, "1"))));
	}

	@Test
	void theButtonsAddAndRemoveRows() {
		group("r", "AND").condition("r-0", "income", "GE", "1").group("r-1", "OR").condition("r-1-0", "age", "GT", "30");

		fields.set("action", "addCondition:r-1");
		assertThat(read().getRoot().getChildren().get(1).getChildren()).hasSize(2);

		fields.set("action", "addGroup:r");
		BuilderNode added = read().getRoot().getChildren().get(2);
		assertThat(added.getKind()).isEqualTo(BuilderNode.Kind.GROUP);
		assertThat(added.getLogic()).isEqualTo(Logic.OR);
		assertThat(added.getChildren()).hasSize(1);

		fields.set("action", "addSegment:r");
		assertThat(read().getRoot().getChildren()).last().extracting(BuilderNode::getKind).isEqualTo(BuilderNode.Kind.SEGMENT);

		fields.set("action", "addAttribute:credit_score");
		BuilderNode attribute = read().getRoot().getChildren().get(2);
		assertThat(attribute.getAttribute()).isEqualTo("credit_score");
		assertThat(attribute.getOperator()).isEqualTo(Operator.GE);

		fields.set("action", "remove:r-0");
		assertThat(read().pruned().rule()).isEqualTo(new Group(Logic.AND,
				List.of(new Group(Logic.OR, List.of(condition("age", Operator.GT, "30"))))));
	}

	@Test
	void buttonsAimedAtNothingChangeNothing() {
		group("r", "AND").condition("r-0", "income", "GE", "1").condition("r-1", "age", "GT", "30");
		RuleNode untouched = read().pruned().rule();

		for (String action : List.of("remove:r", "remove:r-7", "addCondition:r-0", "addAttribute:password", "explode:r",
				"addGroup", "")) {
			fields.set("action", action);
			assertThat(read().pruned().rule()).as(action).isEqualTo(untouched);
		}
	}

	@Test
	void aSegmentRowReadsItsSegmentAndWhetherItIsNegated() {
		group("r", "AND");
		fields.add("node", "r-0");
		fields.add("kind_r-0", "SEGMENT");
		fields.add("segment_r-0", "12");
		fields.add("negated_r-0", "true");
		fields.add("node", "r-1");
		fields.add("kind_r-1", "SEGMENT");
		fields.add("segment_r-1", "twelve");

		BuilderForm.Pruned pruned = read().pruned();

		assertThat(pruned.rule()).isEqualTo(new Group(Logic.AND, List.of(new SegmentReference(12, true))));
		assertThat(pruned.incomplete()).containsExactly("r-1");
	}

}
