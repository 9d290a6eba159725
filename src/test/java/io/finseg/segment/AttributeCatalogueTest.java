package io.finseg.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The catalogue a marketer chooses from: every attribute and value has words, and the protected ones are flagged. */
class AttributeCatalogueTest {

	private final AttributeCatalogue catalogue = new AttributeCatalogue();

	@Test
	void labelsEveryAttributeAndEveryChoice() throws IOException {
		Properties messages = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages.properties"))) {
			messages.load(reader);
		}
		for (Attribute attribute : catalogue.all()) {
			assertThat(messages).containsKey(attribute.labelKey());
			for (String value : attribute.values()) {
				assertThat(messages).containsKey(attribute.valueLabelKey(value));
			}
			if (attribute.unit() != null) {
				assertThat(messages).containsKey("unit." + attribute.unit());
			}
		}
		for (AttributeGroup group : AttributeGroup.values()) {
			assertThat(messages).containsKey("AttributeGroup." + group.name());
		}
		for (Operator operator : Operator.values()) {
			assertThat(messages).containsKey("operator." + operator.name());
		}
		for (Purpose purpose : Purpose.values()) {
			assertThat(messages).containsKey("Purpose." + purpose.name());
		}
	}

	@Test
	void flagsAgeAndWhatIsDerivedFromItAsProtected() {
		assertThat(catalogue.all().stream().filter(Attribute::isProtected).map(Attribute::column))
			.containsExactlyInAnyOrder("age", "age_band", "life_stage");
	}

	@Test
	void offersWithinTheLastDaysOnlyForAttributesCountedInDays() {
		assertThat(catalogue.all().stream().filter(a -> a.operators().contains(Operator.WITHIN_LAST_DAYS)).map(Attribute::column))
			.containsExactlyInAnyOrder("days_since_last_tx", "days_since_last_contact");
	}

}
