package io.finseg.segment;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

import io.finseg.features.FeatureService;


/**
 * Turns a rule tree into one SQL condition over the features table. Column names come only from
 * the {@link AttributeCatalogue} and operators only from {@link Operator}; every value is bound
 * (a custom attribute's key too, {@link CustomAttributeSql}). A reference to another segment becomes that
 * segment's own condition on the same row (what an IN sub-query would select, at the cost of the
 * rule alone); cycles, self references and trees deeper than {@value #MAX_DEPTH} are refused.
 */
@Component
@NamedInterface(SegmentWings.NAME)
public class RuleCompiler {

	public static final int MAX_DEPTH = 10;

	private final AttributeCatalogue catalogue;

	private final ObjectProvider<ClusterMembership> clusters;

	private final ObjectProvider<ModelScores> scores;

	/** The day "in the last N days" of a behavioural condition ends with: the features' as-of date. */
	private final Supplier<LocalDate> asOf;

	RuleCompiler(AttributeCatalogue catalogue, ObjectProvider<ClusterMembership> clusters) {
		this(catalogue, clusters, LocalDate::now);
	}

	@Autowired
	RuleCompiler(AttributeCatalogue catalogue, ObjectProvider<ClusterMembership> clusters,
			ObjectProvider<ModelScores> scores, FeatureService features) {
		this(catalogue, clusters, scores, () -> {
			LocalDate built = features.current().asOf();
			return built == null ? LocalDate.now() : built;
		});
	}

	RuleCompiler(AttributeCatalogue catalogue, ObjectProvider<ClusterMembership> clusters, Supplier<LocalDate> asOf) {
		this(catalogue, clusters, new StaticListableBeanFactory().getBeanProvider(ModelScores.class), asOf);
	}

	RuleCompiler(AttributeCatalogue catalogue, ObjectProvider<ClusterMembership> clusters,
			ObjectProvider<ModelScores> scores, Supplier<LocalDate> asOf) {
		this.catalogue = catalogue;
		this.clusters = clusters;
		this.scores = scores;
		this.asOf = asOf;
	}

	/**
	 * @param selfId the id of the segment the rule belongs to, or null for an unsaved rule
	 * @throws RuleException naming the node and what is wrong with it
	 */
	public CompiledRule compile(RuleNode root, SegmentRules segments, Long selfId) {
		return compile(root, segments, selfId, "");
	}

	/**
	 * As {@link #compile(RuleNode, SegmentRules, Long)}, with every parameter name starting with
	 * {@code parameterPrefix}: rules compiled with different prefixes share one query.
	 */
	public CompiledRule compile(RuleNode root, SegmentRules segments, Long selfId, String parameterPrefix) {
		Context context = new Context(segments, parameterPrefix);
		if (selfId != null) {
			context.visiting.push(selfId);
		}
		String condition = node(root, "f", "", 1, context);
		return new CompiledRule(condition, context.parameters);
	}

	private String node(RuleNode node, String alias, String path, int depth, Context context) {
		if (depth > MAX_DEPTH) {
			throw new RuleException("segment.problem.tooDeep", MAX_DEPTH).at(path);
		}
		if (node == null) {
			throw new RuleException("segment.problem.emptyNode").at(path);
		}
		if (node instanceof RuleNode.Group group) {
			return group(group, alias, path, depth, context);
		}
		if (node instanceof RuleNode.Condition condition) {
			return condition(condition, alias, path, context);
		}
		if (node instanceof RuleNode.ClusterCondition cluster) {
			return cluster(cluster, alias, path, context);
		}
		if (node instanceof RuleNode.ScoreCondition score) {
			return score(score, alias, path, context);
		}
		if (node instanceof BehaviourCondition behaviour) {
			return behaviour(behaviour, alias, path, context);
		}
		return reference((RuleNode.SegmentReference) node, alias, path, depth, context);
	}

	private String cluster(RuleNode.ClusterCondition cluster, String alias, String path, Context context) {
		ClusterMembership membership = clusters.getIfAvailable();
		String members = membership == null ? null
				: membership.membersQuery(cluster.runId(), cluster.cluster()).orElse(null);
		if (members == null) {
			throw new RuleException("segment.problem.unknownCluster", cluster.runId(), cluster.cluster()).at(path);
		}
		String query = members.replace(":run", context.bind(cluster.runId())).replace(":cluster", context.bind(cluster.cluster()));
		return "%s.customer_id IN (%s)".formatted(alias, query);
	}

	private String score(RuleNode.ScoreCondition score, String alias, String path, Context context) {
		ModelScores models = scores.getIfAvailable();
		String scored = models == null ? null : models.scoredAtLeastQuery(score.modelId()).orElse(null);
		if (scored == null) {
			throw new RuleException("segment.problem.unknownModel", score.modelId()).at(path);
		}
		String query = scored.replace(":model", context.bind(score.modelId())).replace(":minimum", context.bind(score.minimum()));
		return "%s.customer_id IN (%s)".formatted(alias, query);
	}

	private String behaviour(BehaviourCondition behaviour, String alias, String path, Context context) {
		try {
			return BehaviourSql.membership(behaviour, alias, context.asOf(), context::bind);
		}
		catch (RuleException e) {
			throw e.at(path);
		}
	}

	/**
	 * A query for one customer's matching rows of a behavioural condition: their count and total
	 * amount, with the customer bound as {@code :customer} ("why" shows them).
	 */
	public CompiledRule behaviourOfCustomer(BehaviourCondition behaviour) {
		Context context = new Context(id -> java.util.Optional.empty(), "");
		String query = BehaviourSql.perCustomer(behaviour, "customer", context.asOf(), context::bind);
		return new CompiledRule(query, context.parameters);
	}

	private String group(RuleNode.Group group, String alias, String path, int depth, Context context) {
		if (group.logic() == null || group.children().isEmpty()) {
			throw new RuleException("segment.problem.emptyGroup").at(path);
		}
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < group.children().size(); i++) {
			parts.add(node(group.children().get(i), alias, child(path, i), depth + 1, context));
		}
		return "(" + String.join(group.logic() == RuleNode.Logic.AND ? " AND " : " OR ", parts) + ")";
	}

	private String reference(RuleNode.SegmentReference reference, String alias, String path, int depth, Context context) {
		long id = reference.segmentId();
		if (context.visiting.contains(id)) {
			// Straight from the segment's own rule it is a self reference; through others, a cycle.
			throw new RuleException(context.visiting.size() == 1 ? "segment.problem.selfReference"
					: "segment.problem.cycle", id).at(path);
		}
		RuleNode referenced = context.segments.ruleOf(id)
			.orElseThrow(() -> new RuleException("segment.problem.unknownSegment", id).at(path));
		context.visiting.push(id);
		String condition;
		try {
			// The referenced segment's rule over the same customer's row is its membership: inlined,
			// it costs what the rule costs, where an IN (sub-query) made MariaDB scan the table twice.
			condition = node(referenced, alias, path, depth + 1, context);
		}
		catch (RuleException e) {
			throw e.path().isEmpty() ? e.at(path) : new RuleException("segment.problem.referencedSegmentInvalid", id).at(path);
		}
		context.visiting.pop();
		// A condition on an empty value is unknown: "not in" must still count that customer.
		return reference.negated() ? "((" + condition + ") IS NOT TRUE)" : "(" + condition + ")";
	}

	private String condition(RuleNode.Condition condition, String alias, String path, Context context) {
		try {
			return conditionSql(condition, alias, context);
		}
		catch (RuleException e) {
			throw e.at(path);
		}
	}

	private String conditionSql(RuleNode.Condition condition, String alias, Context context) {
		Attribute attribute = catalogue.ruleAttribute(condition.attribute())
			.orElseThrow(() -> new RuleException("segment.problem.unknownAttribute", String.valueOf(condition.attribute())));
		Operator operator = condition.operator();
		if (operator == null || !attribute.operators().contains(operator)) {
			throw new RuleException("segment.problem.operatorNotAllowed", String.valueOf(operator), attribute.column());
		}
		if (!operator.acceptsValueCount(condition.values().size())) {
			throw new RuleException("segment.problem.valueCount", operator, condition.values().size());
		}
		if (attribute.isCustom()) {
			return CustomAttributeSql.condition(attribute, operator, condition.values(), alias, context::bind, context.asOf());
		}
		String column = alias + "." + attribute.column();
		List<Object> values = condition.values().stream().map(text -> attribute.type().read(text, attribute)).toList();
		return switch (operator) {
			case EQ -> "%s = %s".formatted(column, context.bind(values.get(0)));
			case NE -> "(%s <> %s OR %s IS NULL)".formatted(column, context.bind(values.get(0)), column);
			case LT -> "%s < %s".formatted(column, context.bind(values.get(0)));
			case LE -> "%s <= %s".formatted(column, context.bind(values.get(0)));
			case GT -> "%s > %s".formatted(column, context.bind(values.get(0)));
			case GE -> "%s >= %s".formatted(column, context.bind(values.get(0)));
			case BETWEEN -> "%s BETWEEN %s AND %s".formatted(column, context.bind(values.get(0)), context.bind(values.get(1)));
			case IN -> "%s IN (%s)".formatted(column, context.bind(values));
			case NOT_IN -> "(%s NOT IN (%s) OR %s IS NULL)".formatted(column, context.bind(values), column);
			case IS_EMPTY -> column + " IS NULL";
			case IS_NOT_EMPTY -> column + " IS NOT NULL";
			case CONTAINS -> "%s LIKE CONCAT('%%', %s, '%%') ESCAPE '!'".formatted(column, context.bind(escapeLike(values.get(0))));
			case STARTS_WITH -> "%s LIKE CONCAT(%s, '%%') ESCAPE '!'".formatted(column, context.bind(escapeLike(values.get(0))));
			case WITHIN_LAST_DAYS -> "%s <= %s".formatted(column, context.bind(values.get(0)));
			case BEFORE -> "%s < %s".formatted(column, context.bind(values.get(0)));
			case AFTER -> "%s > %s".formatted(column, context.bind(values.get(0)));
		};
	}

	static String escapeLike(Object text) {
		return text.toString().replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

	private static String child(String path, int index) {
		return path.isEmpty() ? Integer.toString(index) : path + "." + index;
	}

	private final class Context {

		final SegmentRules segments;

		final Map<String, Object> parameters = new HashMap<>();

		final Deque<Long> visiting = new ArrayDeque<>();

		final String prefix;

		private LocalDate day;

		Context(SegmentRules segments, String prefix) {
			this.segments = segments;
			this.prefix = prefix;
		}

		/** Read once per rule, so that every condition of it ends on the same day. */
		LocalDate asOf() {
			if (day == null) {
				day = RuleCompiler.this.asOf.get();
			}
			return day;
		}

		/** Binds a value (or a list, for IN) under a fresh name and returns its placeholder. */
		String bind(Object value) {
			String name = prefix + "p" + (parameters.size() + 1);
			parameters.put(name, value);
			return ":" + name;
		}

	}

}
