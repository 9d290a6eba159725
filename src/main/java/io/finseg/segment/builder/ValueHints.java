package io.finseg.segment.builder;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.finseg.features.FeatureService;
import io.finseg.features.FeaturesRebuilt;
import io.finseg.segment.Attribute;
import io.finseg.segment.AttributeCatalogue;
import io.finseg.segment.AttributeType;
import io.finseg.segment.MemberQueries;

/**
 * The smallest and largest value of every numeric attribute in the current features, as hints
 * for the builder's inputs: read in one query, kept until the next feature build.
 */
@Component
public class ValueHints {

	private final AttributeCatalogue catalogue;

	private final FeatureService features;

	private final MemberQueries queries;

	private final AtomicReference<Map<String, Range>> cached = new AtomicReference<>();

	ValueHints(AttributeCatalogue catalogue, FeatureService features, MemberQueries queries) {
		this.catalogue = catalogue;
		this.features = features;
		this.queries = queries;
	}

	/** A numeric attribute's range; both ends are null while no customer has a value. */
	public record Range(BigDecimal min, BigDecimal max) {
	}

	public Map<String, Range> ranges() {
		Map<String, Range> ranges = cached.get();
		if (ranges == null) {
			ranges = read();
			cached.set(ranges);
		}
		return ranges;
	}

	@EventListener
	void on(FeaturesRebuilt event) {
		cached.set(null);
	}

	private Map<String, Range> read() {
		List<String> columns = catalogue.all().stream()
			.filter(a -> a.type() == AttributeType.INTEGER || a.type() == AttributeType.DECIMAL)
			.map(Attribute::column)
			.toList();
		return queries.minAndMax(features.current().table(), columns, (rs, row) -> {
			Map<String, Range> ranges = new LinkedHashMap<>();
			for (int i = 0; i < columns.size(); i++) {
				ranges.put(columns.get(i), new Range(rs.getBigDecimal(2 * i + 1), rs.getBigDecimal(2 * i + 2)));
			}
			return ranges;
		});
	}

}
