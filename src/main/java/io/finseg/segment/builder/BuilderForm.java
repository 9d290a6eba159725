package io.finseg.segment.builder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.util.MultiValueMap;

import io.finseg.segment.AttributeCatalogue;
import io.finseg.segment.Purpose;
import io.finseg.segment.RuleException;
import io.finseg.segment.RuleNode;
import io.finseg.segment.Segment;

/**
 * The builder form: name, description, purpose and the rule tree as the marketer left it, read
 * from the posted fields (one set of fields per node, named by its path) with the button that
 * was pressed applied: add a condition, a group or an "in segment" row, remove a node.
 */
public class BuilderForm {

	static final int MAX_NODES = 200;

	private static final Pattern PATH = Pattern.compile("r(-\\d{1,3}){0,12}");

	private String name = "";

	private String description = "";

	private Purpose purpose = Purpose.GENERAL;

	private Integer version;

	private String search = "";

	private BuilderNode root;

	/** A new segment: one AND group with an empty condition to start from. */
	static BuilderForm blank() {
		BuilderForm form = new BuilderForm();
		form.root = BuilderNode.group(RuleNode.Logic.AND);
		form.root.getChildren().add(BuilderNode.condition(null, null, List.of()));
		form.root.renumber("r");
		return form;
	}

	static BuilderForm of(Segment segment) {
		BuilderForm form = new BuilderForm();
		form.name = segment.name();
		form.description = segment.description() == null ? "" : segment.description();
		form.purpose = segment.purpose();
		form.version = segment.version();
		RuleNode rule = segment.rule();
		form.root = rule instanceof RuleNode.Group ? BuilderNode.of(rule)
				: withChild(BuilderNode.group(RuleNode.Logic.AND), BuilderNode.of(rule));
		form.root.renumber("r");
		return form;
	}

	/** Reads the posted fields and applies the action of the button pressed, if any. */
	static BuilderForm read(MultiValueMap<String, String> fields, AttributeCatalogue catalogue) {
		BuilderForm form = new BuilderForm();
		form.name = trimmed(fields.getFirst("name"));
		form.description = trimmed(fields.getFirst("description"));
		form.purpose = parsePurpose(fields.getFirst("purpose"));
		form.version = parseInteger(fields.getFirst("version"));
		form.search = trimmed(fields.getFirst("q"));
		Map<String, BuilderNode> byPath = new HashMap<>();
		List<String> paths = fields.getOrDefault("node", List.of());
		for (String path : paths.subList(0, Math.min(paths.size(), MAX_NODES))) {
			if (!PATH.matcher(path).matches() || byPath.containsKey(path)) {
				continue;
			}
			BuilderNode parent = path.equals("r") ? null : byPath.get(path.substring(0, path.lastIndexOf('-')));
			if (!path.equals("r") && (parent == null || parent.getKind() != BuilderNode.Kind.GROUP)) {
				continue;
			}
			BuilderNode node = FormFields.node(fields, path, catalogue);
			byPath.put(path, node);
			if (parent == null) {
				form.root = node.getKind() == BuilderNode.Kind.GROUP ? node : withChild(BuilderNode.group(RuleNode.Logic.AND), node);
			}
			else {
				parent.getChildren().add(node);
			}
		}
		if (form.root == null) {
			form.root = blank().root;
		}
		form.apply(trimmed(fields.getFirst("action")), byPath, catalogue);
		form.root.renumber("r");
		return form;
	}

	private void apply(String action, Map<String, BuilderNode> byPath, AttributeCatalogue catalogue) {
		int colon = action.indexOf(':');
		if (colon < 0) {
			return;
		}
		String verb = action.substring(0, colon);
		String target = action.substring(colon + 1);
		if (verb.equals("addAttribute")) {
			catalogue.ruleAttribute(target).ifPresent(attribute -> root.getChildren()
				.add(BuilderNode.condition(attribute.column(), FormFields.defaultOperator(attribute), FormFields.defaultValues(attribute))));
			return;
		}
		BuilderNode node = byPath.get(target);
		if (node == null) {
			return;
		}
		switch (verb) {
			case "addCondition" -> addTo(node, BuilderNode.condition(null, null, List.of()));
			case "addGroup" -> addTo(node, withChild(BuilderNode.group(RuleNode.Logic.OR), BuilderNode.condition(null, null, List.of())));
			case "addSegment" -> addTo(node, BuilderNode.segment(null, false));
			case "addBehaviour" -> addTo(node, BuilderNode.behaviour(BehaviourFields.NEW_ROW));
			case "remove" -> remove(target, byPath);
			default -> {
			}
		}
	}

	private static void addTo(BuilderNode group, BuilderNode child) {
		if (group.getKind() == BuilderNode.Kind.GROUP) {
			group.getChildren().add(child);
		}
	}

	private static void remove(String path, Map<String, BuilderNode> byPath) {
		if (path.equals("r")) {
			return;
		}
		BuilderNode parent = byPath.get(path.substring(0, path.lastIndexOf('-')));
		parent.getChildren().remove(byPath.get(path));
	}

	private static BuilderNode withChild(BuilderNode group, BuilderNode child) {
		group.getChildren().add(child);
		return group;
	}

	/**
	 * The rule without the rows still waiting for an attribute or a segment (and groups left
	 * empty by them), with the form path of every node of that rule by its compiler path.
	 */
	Pruned pruned() {
		Map<String, String> formPaths = new HashMap<>();
		List<String> incomplete = new ArrayList<>();
		RuleNode rule = prune(root, "", formPaths, incomplete);
		return new Pruned(rule, formPaths, incomplete);
	}

	private static RuleNode prune(BuilderNode node, String rulePath, Map<String, String> formPaths, List<String> incomplete) {
		if (node.isIncomplete()) {
			incomplete.add(node.getPath());
			return null;
		}
		formPaths.put(rulePath, node.getPath());
		return switch (node.getKind()) {
			case CONDITION -> new RuleNode.Condition(node.getAttribute(), node.getOperator(), node.getValues());
			case SEGMENT -> new RuleNode.SegmentReference(node.getSegmentId(), node.isNegated());
			case CLUSTER -> new RuleNode.ClusterCondition(node.getRunId(), node.getCluster());
			case SCORE -> new RuleNode.ScoreCondition(node.getModelId(), node.getAtLeastPercent());
			case BEHAVIOUR -> node.getBehaviour();
			case GROUP -> {
				List<RuleNode> children = new ArrayList<>();
				for (BuilderNode child : node.getChildren()) {
					String childPath = rulePath.isEmpty() ? Integer.toString(children.size()) : rulePath + "." + children.size();
					RuleNode kept = prune(child, childPath, formPaths, incomplete);
					if (kept != null) {
						children.add(kept);
					}
				}
				yield children.isEmpty() ? null : new RuleNode.Group(node.getLogic(), children);
			}
		};
	}

	/**
	 * @param rule the complete part of the rule, or null when nothing is complete yet
	 * @param formPaths the form path of each node of {@code rule}, by its compiler path
	 * @param incomplete the form paths of the rows still waiting for input
	 */
	record Pruned(RuleNode rule, Map<String, String> formPaths, List<String> incomplete) {

		/** The form row a compiler problem concerns: the closest node the path names. */
		String formPathOf(RuleException problem) {
			String path = problem.path();
			while (!formPaths.containsKey(path) && !path.isEmpty()) {
				path = path.contains(".") ? path.substring(0, path.lastIndexOf('.')) : "";
			}
			return formPaths.getOrDefault(path, "r");
		}

	}

	/** Every node in the order of the form, for the hidden "node" fields. */
	public List<BuilderNode> nodes() {
		List<BuilderNode> nodes = new ArrayList<>();
		collect(root, nodes);
		return nodes;
	}

	private static void collect(BuilderNode node, List<BuilderNode> into) {
		into.add(node);
		node.getChildren().forEach(child -> collect(child, into));
	}

	private static String trimmed(String text) {
		return text == null ? "" : text.strip();
	}

	private static Purpose parsePurpose(String text) {
		return Arrays.stream(Purpose.values()).filter(p -> p.name().equals(text)).findFirst().orElse(Purpose.GENERAL);
	}

	static Integer parseInteger(String text) {
		try {
			return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	public String getName() {
		return name;
	}

	public String getDescription() {
		return description;
	}

	public Purpose getPurpose() {
		return purpose;
	}

	public Integer getVersion() {
		return version;
	}

	void setVersion(Integer version) {
		this.version = version;
	}

	void setName(String name) {
		this.name = name;
	}

	public String getSearch() {
		return search;
	}

	public BuilderNode getRoot() {
		return root;
	}

}
