package io.finseg.lookalike;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The planted signal of the look-alike tests: members with an income above the median convert with 60 %, the others with 8 %. */
final class PlantedOutcomes {

	private PlantedOutcomes() {
	}

	static List<Long> convertersByIncome(JdbcClient jdbc, String featuresTable, long campaign, long seed) {
		Map<Long, BigDecimal> income = new LinkedHashMap<>();
		jdbc.sql("SELECT m.customer_id, f.income FROM campaign_member m JOIN " + featuresTable
				+ " f ON f.customer_id = m.customer_id WHERE m.campaign_id = :id ORDER BY m.customer_id")
			.param("id", campaign).query(rs -> {
				income.put(rs.getLong(1), rs.getBigDecimal(2));
			});
		List<BigDecimal> sorted = income.values().stream().filter(v -> v != null).sorted().toList();
		BigDecimal median = sorted.get(sorted.size() / 2);
		Random random = new Random(seed);
		List<Long> converters = new ArrayList<>();
		income.forEach((customer, value) -> {
			boolean high = value != null && value.compareTo(median) > 0;
			if (random.nextDouble() < (high ? 0.6 : 0.08)) {
				converters.add(customer);
			}
		});
		return converters;
	}

	static String csv(List<Long> converters) {
		StringBuilder csv = new StringBuilder("customer_id,outcome,date\n");
		converters.forEach(c -> csv.append(c).append(",CONVERTED,").append(LocalDate.now()).append('\n'));
		return csv.toString();
	}

}
