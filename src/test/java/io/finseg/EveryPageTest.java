package io.finseg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/** The every-page browser test cannot forget a page: each GET of the access table is opened or excluded with a reason. */
class EveryPageTest {

	@Test
	void opensEveryGetMappingOfTheAccessTableThatIsAPage() {
		Set<String> gets = AccessRulesTest.TABLE.stream()
			.filter(access -> access.method() == HttpMethod.GET)
			.map(AccessRulesTest.Access::pattern)
			.collect(Collectors.toCollection(TreeSet::new));
		Set<String> opened = EveryPage.pages(new EveryPage.Ids(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, "token")).stream()
			.map(EveryPage.Page::pattern)
			.collect(Collectors.toCollection(TreeSet::new));
		Set<String> accounted = new TreeSet<>(opened);
		accounted.addAll(EveryPage.NOT_PAGES.keySet());
		assertThat(accounted).as("pages the browser test opens, plus the downloads and fragments it leaves out")
			.isEqualTo(gets);
		assertThat(opened).as("a page is either opened or left out, not both").doesNotContainAnyElementsOf(EveryPage.NOT_PAGES.keySet());
	}

}
