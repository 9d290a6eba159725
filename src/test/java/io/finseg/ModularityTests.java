package io.finseg;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The rooms of DESIGN.md §9 depend on each other only in the directions they declare. */
class ModularityTests {

	@Test
	void roomsDependOnlyOnTheRoomsTheyDeclare() {
		ApplicationModules.of(FinSegApplication.class).verify();
	}

}
