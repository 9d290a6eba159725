package io.finseg.segment;

import org.springframework.util.MultiValueMap;

/**
 * What the wings' tests need of the face's package-private parts, and the builder's posted
 * fields: the built-in catalogue, a problem at a node, a group or condition row as the builder
 * page posts it.
 */
public final class SegmentFixtures {

	private SegmentFixtures() {
	}

	/** The built-in attributes, without custom ones. */
	public static AttributeCatalogue catalogue() {
		return new AttributeCatalogue();
	}

	/** A problem the compiler reports at the node {@code path} (e.g. "1.0"). */
	public static RuleException problemAt(String messageKey, String path) {
		return new RuleException(messageKey).at(path);
	}

	public static void group(MultiValueMap<String, String> form, String path, String logic) {
		form.add("node", path);
		form.add("kind_" + path, "GROUP");
		form.add("logic_" + path, logic);
	}

	public static void condition(MultiValueMap<String, String> form, String path, String attribute, String operator,
			String... values) {
		form.add("node", path);
		form.add("kind_" + path, "CONDITION");
		form.add("attribute_" + path, attribute);
		form.add("operator_" + path, operator);
		for (String value : values) {
			form.add("value_" + path, value);
		}
	}

}
