package io.finseg.segment;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Finds the conditions of a rule that use a protected attribute (DESIGN.md §4), so that a credit
 * offer built on them is flagged before it is saved.
 */
@Component
public class FairLendingCheck {

	private final AttributeCatalogue catalogue;

	FairLendingCheck(AttributeCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	/** The builder rows (by form path) whose condition uses a protected attribute directly. */
	List<BuilderNode> protectedConditions(BuilderForm form) {
		List<BuilderNode> found = new ArrayList<>();
		for (BuilderNode node : form.nodes()) {
			if (node.getKind() == BuilderNode.Kind.CONDITION && node.getAttribute() != null
					&& catalogue.find(node.getAttribute()).map(Attribute::isProtected).orElse(false)) {
				found.add(node);
			}
		}
		return found;
	}

}
