package io.finseg.attributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import io.finseg.segment.Operator;
import io.finseg.segment.Purpose;
import io.finseg.segment.RuleException;

/**
 * The custom attribute pages and their rules: form errors and conflicts as a user reads them,
 * the builder's catalogue, what analysts see, refused deletions and injection.
 */
abstract class AttributePagesContract extends AttributesFixture {

	@Test
	void keepsAnAttributeASegmentUsesAndRefusesAStaleEdit() {
		declare("duration_" + n, "Loan duration", AttributeKind.NUMBER, "months", null, false);
		long segment = segments.create("Long loans " + n, null, Purpose.GENERAL, "tester",
				condition("duration_" + n, Operator.GT, "24"));

		assertThatThrownBy(() -> definitions.delete("duration_" + n)).isInstanceOf(AttributeInUseException.class)
			.satisfies(e -> assertThat(((AttributeInUseException) e).segments()).containsExactly("Long loans " + n));

		AttributeForm opened = AttributeForm.of(definitions.get("duration_" + n));
		definitions.update("duration_" + n, withLabel(opened, "Term"));
		assertThatThrownBy(() -> definitions.update("duration_" + n, withLabel(opened, "Duration")))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(definitions.get("duration_" + n).label()).isEqualTo("Term");

		segments.delete(segment, segments.get(segment).version());
		definitions.delete("duration_" + n);
		assertThat(definitions.all()).noneMatch(definition -> definition.key().equals("duration_" + n));
	}

	@Test
	void showsDeclaredAttributesInTheBuilderUnderTheirGroupAndToAnAnalystWithoutEditing() {
		declare("duration_" + n, "Loan duration " + n, AttributeKind.NUMBER, "months", null, false);

		MvcTestResult builder = mvc.post().uri("/segments/new").param("action", "addAttribute:custom.duration_" + n)
			.with(csrf()).with(user("marketer").roles("MARKETER")).exchange();
		assertThat(builder).hasStatusOk();
		assertThat(builder).bodyText().contains("<h3 class=\"catalogue-group-title\">Loan</h3>", "Loan duration " + n,
				"value=\"custom.duration_" + n + "\" selected", "Value (months)");

		MvcTestResult list = mvc.get().uri("/attributes").with(user("ann").roles("ANALYST")).exchange();
		assertThat(list).hasStatusOk();
		assertThat(list).bodyText().contains("Loan duration " + n, "duration_" + n).doesNotContain("/admin/attributes/duration_" + n);
	}

	@Test
	void showsWhatIsWrongWithAFormAndWhenSomeoneElseSavedFirst() {
		MvcTestResult invalid = mvc.post().uri("/admin/attributes").param("key", "Bad Key; DROP TABLE customer")
			.param("label", "").param("kind", "LIST").param("listValues", "").param("version", "0")
			.with(csrf()).with(user("admin").roles("ADMIN")).exchange();
		assertThat(invalid).hasStatus(422);
		assertThat(invalid).bodyText().contains("Please correct", "A key is lower-case letters", "Please fill in this field");
		assertThat(definitions.all()).noneMatch(definition -> definition.label().isEmpty());

		declare("duration_" + n, "Loan duration", AttributeKind.NUMBER, "months", null, false);
		int opened = definitions.get("duration_" + n).version();
		definitions.update("duration_" + n, withLabel(AttributeForm.of(definitions.get("duration_" + n)), "Term"));
		MvcTestResult stale = mvc.post().uri("/admin/attributes/duration_" + n + "/edit").param("key", "duration_" + n)
			.param("label", "Duration").param("kind", "NUMBER").param("version", Integer.toString(opened))
			.with(csrf()).with(user("admin").roles("ADMIN")).exchange();
		assertThat(stale).hasStatus(409);
		assertThat(stale).bodyText().contains("Someone else changed this attribute");
		assertThat(definitions.get("duration_" + n).label()).isEqualTo("Term");
	}

	@Test
	void refusesInjectionInKeysAndBindsItInLabelsAndValues() throws Exception {
		String payload = "x' OR '1'='1";
		assertThat(validator.validate(new AttributeForm(payload, "Label", AttributeKind.TEXT, null, null, null, false, null, 0)))
			.extracting(violation -> violation.getPropertyPath().toString()).containsExactly("key");
		assertThatThrownBy(() -> segments.check(condition(payload, Operator.IS_EMPTY), null)).isInstanceOf(RuleException.class)
			.satisfies(e -> assertThat(((RuleException) e).messageKey()).isEqualTo("segment.problem.unknownAttribute"));

		declare("note_" + n, "<b>Note</b> " + payload, AttributeKind.TEXT, null, null, false);
		long customer = featureCustomers().get(0);
		assertImported(write("customer_attributes.csv", "customer_id,key,value\n" + customer + ",note_" + n + ",\"" + payload + "\"\n"));
		assertThat(count(condition("note_" + n, Operator.EQ, payload))).isEqualTo(1);
		assertThat(count(condition("note_" + n, Operator.CONTAINS, "%"))).as("LIKE wildcards are escaped").isZero();
		assertThat(mvc.get().uri("/attributes").with(user("ann").roles("ANALYST"))).bodyText()
			.contains("&lt;b&gt;Note&lt;/b&gt;").doesNotContain("<b>Note</b>");
	}

}
