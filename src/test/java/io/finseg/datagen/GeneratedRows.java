package io.finseg.datagen;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.finseg.customer.CustomerTable;

/** Counts and sums over the rows of a range of customer ids, straight from the tables. */
final class GeneratedRows {

	private GeneratedRows() {
	}

	static long count(JdbcClient jdbc, CustomerTable table, long first, long last) {
		String sql = switch (table) {
			case TRANSACTIONS, PAYMENTS -> "SELECT COUNT(*) FROM " + table.tableName()
					+ " x JOIN account a ON a.account_id = x.account_id WHERE a.customer_id BETWEEN :first AND :last";
			case RELATIONSHIPS -> "SELECT COUNT(*) FROM relationships WHERE customer1_id BETWEEN :first AND :last";
			default -> "SELECT COUNT(*) FROM " + table.tableName() + " WHERE customer_id BETWEEN :first AND :last";
		};
		return jdbc.sql(sql).param("first", first).param("last", last).query(Long.class).single();
	}

	static Map<YearMonth, Double> monthlyDebits(JdbcClient jdbc, long first, long last) {
		Map<YearMonth, Double> spend = new TreeMap<>();
		jdbc.sql("""
				SELECT YEAR(t.transaction_date), MONTH(t.transaction_date), SUM(t.amount)
				FROM transactions t JOIN account a ON a.account_id = t.account_id
				WHERE a.customer_id BETWEEN :first AND :last AND t.transaction_type = 'DEBIT'
				GROUP BY YEAR(t.transaction_date), MONTH(t.transaction_date)""")
			.param("first", first).param("last", last)
			.query(rs -> {
				spend.put(YearMonth.of(rs.getInt(1), rs.getInt(2)), rs.getBigDecimal(3).doubleValue());
			});
		return spend;
	}

	/** Per drawn life stage, each debit category's share of that stage's debits. */
	static Map<LifeStage, Map<String, Double>> categoryShares(JdbcClient jdbc, long first, long last,
			IntFunction<LifeStage> drawnByIndex) {
		Map<LifeStage, Map<String, Double>> counts = new EnumMap<>(LifeStage.class);
		jdbc.sql("""
				SELECT a.customer_id, t.category, COUNT(*)
				FROM transactions t JOIN account a ON a.account_id = t.account_id
				WHERE a.customer_id BETWEEN :first AND :last AND t.transaction_type = 'DEBIT'
				GROUP BY a.customer_id, t.category""")
			.param("first", first).param("last", last)
			.query(rs -> {
				LifeStage stage = drawnByIndex.apply((int) (rs.getLong(1) - first));
				counts.computeIfAbsent(stage, s -> new HashMap<>()).merge(rs.getString(2), rs.getDouble(3), Double::sum);
			});
		counts.values().forEach(byCategory -> {
			double total = byCategory.values().stream().mapToDouble(Double::doubleValue).sum();
			byCategory.replaceAll((category, count) -> count / total);
		});
		return counts;
	}

}
