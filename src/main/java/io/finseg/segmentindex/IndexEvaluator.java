package io.finseg.segmentindex;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import org.roaringbitmap.RoaringBitmap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.finseg.segment.Attribute;
import io.finseg.segment.AttributeCatalogue;
import io.finseg.segment.ClusterMembership;
import io.finseg.segment.ModelScores;
import io.finseg.segment.Operator;
import io.finseg.segment.RuleNode;
import io.finseg.segment.SegmentRules;

/**
 * A rule tree on a {@link ColumnIndex}: the rows whose condition is TRUE, with the empty-value
 * semantics of docs/segments.md (comparisons never match an empty value, {@code ≠} and
 * {@code not in} do, {@code not in segment} is "not TRUE"). The rule has been compiled before, so
 * it is valid; a node this class does not know, or an attribute the index holds no column for,
 * gives no answer at all and the SQL path counts instead. Custom attributes are such attributes:
 * {@code AttributeCatalogue.find} knows only the features' columns, so a rule with a condition on
 * one is always counted by SQL.
 */
@Component
class IndexEvaluator {

	private final AttributeCatalogue catalogue;

	private final ObjectProvider<ClusterMembership> clusters;

	private final ObjectProvider<ModelScores> scores;

	private final JdbcClient jdbc;

	IndexEvaluator(AttributeCatalogue catalogue, ObjectProvider<ClusterMembership> clusters,
			ObjectProvider<ModelScores> scores, JdbcClient jdbc) {
		this.catalogue = catalogue;
		this.clusters = clusters;
		this.scores = scores;
		this.jdbc = jdbc;
	}

	/** The rows (of every row the index has, erased or not) for which the rule holds. */
	Optional<RoaringBitmap> rows(RuleNode node, SegmentRules segments, ColumnIndex index) {
		if (node instanceof RuleNode.Group group) {
			return group(group, segments, index);
		}
		if (node instanceof RuleNode.Condition condition) {
			return condition(condition, index);
		}
		if (node instanceof RuleNode.SegmentReference reference) {
			Optional<RuleNode> referenced = segments.ruleOf(reference.segmentId());
			if (referenced.isEmpty()) {
				return Optional.empty();
			}
			return rows(referenced.get(), segments, index)
				.map(rows -> reference.negated() ? RoaringBitmap.flip(rows, 0L, index.rows()) : rows);
		}
		if (node instanceof RuleNode.ClusterCondition cluster) {
			return cluster(cluster, index);
		}
		if (node instanceof RuleNode.ScoreCondition score) {
			return score(score, index);
		}
		return Optional.empty();
	}

	private Optional<RoaringBitmap> group(RuleNode.Group group, SegmentRules segments, ColumnIndex index) {
		RoaringBitmap result = null;
		for (RuleNode child : group.children()) {
			Optional<RoaringBitmap> rows = rows(child, segments, index);
			if (rows.isEmpty()) {
				return Optional.empty();
			}
			if (result == null) {
				result = rows.get().clone();
			}
			else if (group.logic() == RuleNode.Logic.AND) {
				result.and(rows.get());
			}
			else {
				result.or(rows.get());
			}
		}
		return Optional.ofNullable(result);
	}

	private Optional<RoaringBitmap> cluster(RuleNode.ClusterCondition cluster, ColumnIndex index) {
		ClusterMembership membership = clusters.getIfAvailable();
		Optional<String> query = membership == null ? Optional.empty() : membership.membersQuery(cluster.runId(), cluster.cluster());
		if (query.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(index.members("cluster/" + cluster.runId() + "/" + cluster.cluster(),
				() -> rowsOf(jdbc.sql(query.get()).param("run", cluster.runId()).param("cluster", cluster.cluster()), index)));
	}

	private Optional<RoaringBitmap> score(RuleNode.ScoreCondition score, ColumnIndex index) {
		ModelScores models = scores.getIfAvailable();
		Optional<String> query = models == null ? Optional.empty() : models.scoredAtLeastQuery(score.modelId());
		if (query.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(index.members("score/" + score.modelId() + "/" + score.atLeastPercent(),
				() -> rowsOf(jdbc.sql(query.get()).param("model", score.modelId()).param("minimum", score.minimum()), index)));
	}

	/** The index rows of the customer ids the statement selects first. */
	private static RoaringBitmap rowsOf(JdbcClient.StatementSpec statement, ColumnIndex index) {
		RoaringBitmap rows = new RoaringBitmap();
		statement.query((java.sql.ResultSet rs) -> {
			int row = index.rowOf(rs.getLong(1));
			if (row >= 0) {
				rows.add(row);
			}
		});
		rows.runOptimize();
		return rows;
	}

	private Optional<RoaringBitmap> condition(RuleNode.Condition condition, ColumnIndex index) {
		Optional<Attribute> attribute = catalogue.find(condition.attribute());
		Optional<IndexedColumn> column = index.column(condition.attribute());
		if (attribute.isEmpty() || column.isEmpty() || condition.operator() == null) {
			return Optional.empty();
		}
		Operator operator = condition.operator();
		List<String> values = condition.values().stream().map(String::trim).toList();
		int rows = index.rows();
		if (operator == Operator.IS_EMPTY) {
			return Optional.of(column.get().unknown().clone());
		}
		if (operator == Operator.IS_NOT_EMPTY) {
			return Optional.of(RoaringBitmap.flip(column.get().unknown(), 0L, rows));
		}
		if (column.get() instanceof FlagColumn flag) {
			return flag(flag, operator, Boolean.parseBoolean(values.get(0).toLowerCase(Locale.ROOT)), rows);
		}
		if (column.get() instanceof TextColumn text) {
			return text(text, operator, values, rows);
		}
		NumberColumn numbers = (NumberColumn) column.get();
		List<BigDecimal> scaled = values.stream().map(value -> scaled(value, attribute.get(), numbers.scale())).toList();
		return numbers(numbers, operator, scaled, rows);
	}

	private static Optional<RoaringBitmap> flag(FlagColumn flag, Operator operator, boolean value, int rows) {
		RoaringBitmap equal = value ? flag.yes() : flag.no(rows);
		return switch (operator) {
			case EQ -> Optional.of(equal.clone());
			case NE -> Optional.of(RoaringBitmap.flip(equal, 0L, rows));
			default -> Optional.empty();
		};
	}

	private static Optional<RoaringBitmap> text(TextColumn text, Operator operator, List<String> values, int rows) {
		List<String> lower = values.stream().map(value -> value.toLowerCase(Locale.ROOT)).toList();
		Predicate<String> anyOf = stored -> lower.contains(stored.toLowerCase(Locale.ROOT));
		return switch (operator) {
			case EQ, IN -> Optional.of(text.matching(anyOf));
			case NE, NOT_IN -> Optional.of(RoaringBitmap.flip(text.matching(anyOf), 0L, rows));
			case CONTAINS -> Optional.of(text.matching(stored -> stored.toLowerCase(Locale.ROOT).contains(lower.get(0))));
			case STARTS_WITH -> Optional.of(text.matching(stored -> stored.toLowerCase(Locale.ROOT).startsWith(lower.get(0))));
			default -> Optional.empty();
		};
	}

	private static Optional<RoaringBitmap> numbers(NumberColumn column, Operator operator, List<BigDecimal> values, int rows) {
		return switch (operator) {
			case EQ -> Optional.of(equalToAny(column, values));
			case NE, NOT_IN -> Optional.of(RoaringBitmap.flip(equalToAny(column, values), 0L, rows));
			case IN -> Optional.of(equalToAny(column, values));
			case LT, BEFORE -> Optional.of(column.between(Long.MIN_VALUE, ceiling(values.get(0)) - 1));
			case LE, WITHIN_LAST_DAYS -> Optional.of(column.between(Long.MIN_VALUE, floor(values.get(0))));
			case GT, AFTER -> Optional.of(column.between(floor(values.get(0)) + 1, Long.MAX_VALUE));
			case GE -> Optional.of(column.between(ceiling(values.get(0)), Long.MAX_VALUE));
			case BETWEEN -> Optional.of(column.between(ceiling(values.get(0)), floor(values.get(1))));
			default -> Optional.empty();
		};
	}

	private static RoaringBitmap equalToAny(NumberColumn column, List<BigDecimal> values) {
		RoaringBitmap rows = new RoaringBitmap();
		for (BigDecimal value : values) {
			// A value with more decimals than the column keeps can equal no stored value.
			if (value.stripTrailingZeros().scale() <= 0 && fitsLong(value)) {
				rows.or(column.between(value.longValueExact(), value.longValueExact()));
			}
		}
		return rows;
	}

	/** The value in the column's stored unit: times 10^scale for decimals, days for dates. */
	private static BigDecimal scaled(String value, Attribute attribute, int scale) {
		return switch (attribute.type()) {
			case DATE -> BigDecimal.valueOf(LocalDate.parse(value).toEpochDay());
			case INTEGER -> new BigDecimal(Long.parseLong(value));
			default -> new BigDecimal(value).movePointRight(scale);
		};
	}

	// Comparisons stay inside the long range: bounds beyond it are clamped one step inside, where no
	// stored value (at most 10^17 for a decimal(18,2)) reaches.
	private static long floor(BigDecimal value) {
		return clamp(value.setScale(0, RoundingMode.FLOOR));
	}

	private static long ceiling(BigDecimal value) {
		return clamp(value.setScale(0, RoundingMode.CEILING));
	}

	private static long clamp(BigDecimal whole) {
		if (whole.compareTo(BigDecimal.valueOf(Long.MAX_VALUE - 1)) > 0) {
			return Long.MAX_VALUE - 1;
		}
		if (whole.compareTo(BigDecimal.valueOf(Long.MIN_VALUE + 1)) < 0) {
			return Long.MIN_VALUE + 1;
		}
		return whole.longValueExact();
	}

	private static boolean fitsLong(BigDecimal value) {
		return value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0 && value.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0;
	}

}
