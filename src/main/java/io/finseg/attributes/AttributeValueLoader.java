package io.finseg.attributes;

import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.finseg.attributes.AttributeKind.StoredValue;
import io.finseg.importer.ImportProblem;
import io.finseg.importer.ValueProblem;
import io.finseg.segment.CustomAttributesChanged;

/**
 * Custom attribute values for another room's import (a flat extract): each value checked and
 * shown as customer_attributes.csv would read it, and written in one transaction.
 */
@Component
public class AttributeValueLoader {

	private final NamedParameterJdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	AttributeValueLoader(NamedParameterJdbcTemplate jdbc, TransactionTemplate transactions,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.events = events;
	}

	/** Takes values to write: a blank text writes nothing. */
	public interface Values {

		void add(long customerId, AttributeDefinition attribute, String text);

	}

	/** Empty when the text is a value of the attribute (or blank), else the problem at that place. */
	public Optional<ImportProblem> check(AttributeDefinition attribute, String text, String fileName, long line,
			String column) {
		try {
			attribute.kind().read(text, attribute.listValues());
			return Optional.empty();
		}
		catch (ValueProblem bad) {
			return Optional.of(ImportProblem.at(fileName, line, column, bad.messageKey(), bad.args()));
		}
	}

	/** The value as it will be stored (a list value in its declared spelling, yes/no as yes or no), or the text when it is none. */
	public String asStored(AttributeDefinition attribute, String text) {
		try {
			StoredValue value = attribute.kind().read(text, attribute.listValues());
			if (value.isNone()) {
				return "";
			}
			if (attribute.kind() == AttributeKind.YES_NO) {
				return value.number().signum() == 0 ? "no" : "yes";
			}
			Object stored = value.number() != null ? value.number().stripTrailingZeros().toPlainString()
					: value.text() != null ? value.text() : value.date();
			return String.valueOf(stored);
		}
		catch (ValueProblem bad) {
			return text;
		}
	}

	/**
	 * Writes what {@code source} hands over in one transaction: every value or none. The values
	 * must have passed {@link #check} first.
	 *
	 * @return how many values were written
	 */
	public long write(Consumer<Values> source) {
		return write(source, true);
	}

	/**
	 * The same for customers this import has just created, who hold no values yet: nothing is
	 * replaced, so each value is one INSERT.
	 */
	public long writeForNewCustomers(Consumer<Values> source) {
		return write(source, false);
	}

	private long write(Consumer<Values> source, boolean replacing) {
		Long written = transactions.execute(status -> {
			AttributeValueWriter writer = new AttributeValueWriter(jdbc, replacing);
			source.accept((customerId, attribute, text) -> {
				StoredValue value = attribute.kind().read(text, attribute.listValues());
				if (!value.isNone()) {
					writer.add(customerId, attribute.key(), value);
				}
			});
			writer.flush();
			return writer.written();
		});
		long values = written == null ? 0 : written;
		if (values > 0) {
			events.publishEvent(new CustomAttributesChanged("extract import of " + values + " values"));
		}
		return values;
	}

}
