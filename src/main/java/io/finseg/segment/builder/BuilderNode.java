package io.finseg.segment.builder;

import java.util.ArrayList;
import java.util.List;

import io.finseg.segment.ActivityTable;
import io.finseg.segment.Attribute;
import io.finseg.segment.BehaviourCondition;
import io.finseg.segment.Operator;
import io.finseg.segment.RuleNode;

/**
 * One box or row of the builder form as the marketer left it, complete or not: a group, a
 * condition, an "in segment" row, a cluster row or a look-alike score row. The path ("r", "r-0", "r-0-1") names its
 * place in the tree and its form fields.
 */
public class BuilderNode {

	public enum Kind {
		GROUP, CONDITION, SEGMENT, CLUSTER, SCORE, BEHAVIOUR
	}

	private final Kind kind;

	private RuleNode.Logic logic = RuleNode.Logic.AND;

	private String attribute;

	private Operator operator;

	private List<String> values = List.of();

	private Long segmentId;

	private boolean negated;

	private long runId;

	private int cluster;

	private long modelId;

	private int atLeastPercent;

	private BehaviourCondition behaviour;

	private final List<BuilderNode> children = new ArrayList<>();

	private String path = "r";

	BuilderNode(Kind kind) {
		this.kind = kind;
	}

	static BuilderNode group(RuleNode.Logic logic) {
		BuilderNode group = new BuilderNode(Kind.GROUP);
		group.logic = logic;
		return group;
	}

	static BuilderNode condition(String attribute, Operator operator, List<String> values) {
		BuilderNode condition = new BuilderNode(Kind.CONDITION);
		condition.attribute = attribute;
		condition.operator = operator;
		condition.values = values == null ? List.of() : List.copyOf(values);
		return condition;
	}

	static BuilderNode segment(Long segmentId, boolean negated) {
		BuilderNode reference = new BuilderNode(Kind.SEGMENT);
		reference.segmentId = segmentId;
		reference.negated = negated;
		return reference;
	}

	static BuilderNode cluster(long runId, int cluster) {
		BuilderNode node = new BuilderNode(Kind.CLUSTER);
		node.runId = runId;
		node.cluster = cluster;
		return node;
	}

	static BuilderNode score(long modelId, int atLeastPercent) {
		BuilderNode node = new BuilderNode(Kind.SCORE);
		node.modelId = modelId;
		node.atLeastPercent = atLeastPercent;
		return node;
	}

	static BuilderNode behaviour(BehaviourCondition condition) {
		BuilderNode node = new BuilderNode(Kind.BEHAVIOUR);
		node.behaviour = condition;
		return node;
	}

	/** The form's picture of a saved rule. */
	static BuilderNode of(RuleNode rule) {
		if (rule instanceof RuleNode.Group group) {
			BuilderNode node = group(group.logic());
			group.children().forEach(child -> node.children.add(of(child)));
			return node;
		}
		if (rule instanceof RuleNode.Condition condition) {
			return condition(condition.attribute(), condition.operator(), condition.values());
		}
		if (rule instanceof RuleNode.SegmentReference reference) {
			return segment(reference.segmentId(), reference.negated());
		}
		if (rule instanceof BehaviourCondition condition) {
			return behaviour(condition);
		}
		if (rule instanceof RuleNode.ScoreCondition score) {
			return score(score.modelId(), score.atLeastPercent());
		}
		RuleNode.ClusterCondition clusterCondition = (RuleNode.ClusterCondition) rule;
		return cluster(clusterCondition.runId(), clusterCondition.cluster());
	}

	/**
	 * Which input the value takes for the chosen attribute and comparison: none, number,
	 * numberRange, days, date, dateRange, text, list, choice, choices or yesNo.
	 */
	public String inputKind(Attribute chosen) {
		if (chosen == null || operator == null || operator.arity() == 0) {
			return "none";
		}
		boolean range = operator == Operator.BETWEEN;
		boolean list = operator == Operator.IN || operator == Operator.NOT_IN;
		return switch (chosen.type()) {
			case ENUM -> list ? "choices" : "choice";
			case BOOLEAN -> "yesNo";
			case DATE -> operator == Operator.WITHIN_LAST_DAYS ? "days" : range ? "dateRange" : "date";
			case TEXT -> list ? "list" : "text";
			case INTEGER, DECIMAL -> operator == Operator.WITHIN_LAST_DAYS ? "days"
					: list ? "list" : range ? "numberRange" : "number";
		};
	}

	/** Gives every node its path from its place under this root. */
	void renumber(String ownPath) {
		path = ownPath;
		for (int i = 0; i < children.size(); i++) {
			children.get(i).renumber(ownPath + "-" + i);
		}
	}

	/** A condition still waiting for its attribute or value, or a reference for its segment. */
	public boolean isIncomplete() {
		return missing() != null;
	}

	/** What the row still needs, as a message key; null when it is complete. */
	public String missing() {
		if (kind == Kind.SEGMENT && segmentId == null) {
			return "segment.builder.missing.segment";
		}
		if (kind == Kind.BEHAVIOUR) {
			return BehaviourFields.missing(behaviour);
		}
		if (kind != Kind.CONDITION) {
			return null;
		}
		if (attribute == null || operator == null) {
			return "segment.builder.missing.attribute";
		}
		boolean blank = values.stream().anyMatch(String::isBlank);
		int needed = operator.arity() < 0 ? 1 : operator.arity();
		return blank || values.size() < needed ? "segment.builder.missing.value" : null;
	}

	public boolean isRoot() {
		return path.equals("r");
	}

	/** How deep the node sits: the root is 0. */
	public int depth() {
		return path.split("-").length - 1;
	}

	public Kind getKind() {
		return kind;
	}

	public RuleNode.Logic getLogic() {
		return logic;
	}

	void setLogic(RuleNode.Logic logic) {
		this.logic = logic;
	}

	public String getAttribute() {
		return attribute;
	}

	void setAttribute(String attribute) {
		this.attribute = attribute;
	}

	public Operator getOperator() {
		return operator;
	}

	void setOperator(Operator operator) {
		this.operator = operator;
	}

	public List<String> getValues() {
		return values;
	}

	/** The n-th value, or an empty text: for inputs that show one value each. */
	public String value(int index) {
		return index < values.size() ? values.get(index) : "";
	}

	public Long getSegmentId() {
		return segmentId;
	}

	public boolean isNegated() {
		return negated;
	}

	public long getRunId() {
		return runId;
	}

	public int getCluster() {
		return cluster;
	}

	public long getModelId() {
		return modelId;
	}

	public int getAtLeastPercent() {
		return atLeastPercent;
	}

	/** The behavioural condition of a BEHAVIOUR row, as far as the marketer filled it in. */
	public BehaviourCondition getBehaviour() {
		return behaviour;
	}

	/** The columns a BEHAVIOUR row may filter on, for its inputs. */
	public ActivityTable getActivityTable() {
		return behaviour == null ? null : ActivityTable.of(behaviour.activity());
	}

	/** The values a BEHAVIOUR row filters a field on (the codes ticked, the text, the amounts). */
	public List<String> filterValues(String field) {
		return behaviour == null ? List.of() : behaviour.filters().stream().filter(f -> f.field().equals(field))
			.findFirst().map(BehaviourCondition.Filter::values).orElse(List.of());
	}

	/** The amount filter's lower (0) or upper (1) bound, or an empty text. */
	public String amountBound(int end) {
		BehaviourCondition.Filter filter = behaviour == null ? null : behaviour.filters().stream()
			.filter(f -> f.field().equals("amount")).findFirst().orElse(null);
		if (filter == null) {
			return "";
		}
		return switch (filter.operator()) {
			case BETWEEN -> filter.values().get(end);
			case GE -> end == 0 ? filter.values().get(0) : "";
			case LE -> end == 1 ? filter.values().get(0) : "";
			default -> "";
		};
	}

	public List<BuilderNode> getChildren() {
		return children;
	}

	public String getPath() {
		return path;
	}

}
