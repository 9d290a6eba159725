package io.finseg;

import java.util.List;
import java.util.Map;

/**
 * Every HTML page of the app, named by its URL pattern in {@link AccessRulesTest#TABLE}, with the
 * URL that opens it once {@link EveryPageBrowserIT} has made one of each thing. {@link EveryPageTest}
 * checks that a new GET mapping is either here or among the {@link #NOT_PAGES}.
 */
final class EveryPage {

	/** GET mappings that are no page of their own, and why. */
	static final Map<String, String> NOT_PAGES = Map.of(
			"/admin/audit/export", "a CSV download",
			"/admin/import/templates/{table}.csv", "a CSV download",
			"/campaigns/{id}/export.csv", "a CSV download",
			"/admin/jobs/{id}/progress", "an htmx fragment inside the job page, checked there",
			"/admin/import/{id}/progress", "an htmx fragment inside the import page, checked there",
			"/clustering/{id}/progress", "an htmx fragment inside the run page, checked there",
			"/campaigns/{id}/lookalikes/{model}/progress", "an htmx fragment inside the look-alike model page, checked there");

	/** The custom attribute {@link EveryPageBrowserIT} declares, for the page that edits one. */
	static final String EXAMPLE_ATTRIBUTE = "loan_purpose";

	private EveryPage() {
	}

	/** Who opens the page: signed out, only an admin, or an admin and then an analyst (who sees masked data). */
	enum Viewer {
		SIGNED_OUT, ADMIN, ADMIN_AND_ANALYST
	}

	/** A page: its pattern in the access table, the URL to open, who opens it. */
	record Page(String pattern, String url, Viewer viewer) {

		/**
		 * Sections are the pages the navigation leads to (and the password page, which belongs to no
		 * section); anything deeper names itself and its section.
		 */
		boolean isError() {
			return pattern.startsWith("error ");
		}

		boolean isSection() {
			if (pattern.equals("/account/password")) {
				return true;
			}
			String path = pattern.startsWith("/admin/") ? pattern.substring("/admin".length()) : pattern;
			return path.chars().filter(c -> c == '/').count() <= 1;
		}

	}

	/** The things the pages show, made by the test before it opens them. */
	record Ids(long user, long job, long importId, long customer, long segment, long member, long campaign, long run, long otherRun, long lookalike,
			String extract) {
	}

	/** Pages no mapping names: what a user sees at a URL they may not use and at a thing that is gone. */
	static List<Page> errorPages() {
		return List.of(new Page("error 403", "/no-such-page", Viewer.ADMIN_AND_ANALYST),
				new Page("error 404", "/segments/987654", Viewer.ADMIN_AND_ANALYST));
	}

	static List<Page> pages(Ids ids) {
		Viewer admin = Viewer.ADMIN;
		Viewer both = Viewer.ADMIN_AND_ANALYST;
		return List.of(
				new Page("/login", "/login", Viewer.SIGNED_OUT),
				new Page("/", "/", both),
				new Page("/account/password", "/account/password", both),
				new Page("/admin/users", "/admin/users", admin),
				new Page("/admin/users/new", "/admin/users/new", admin),
				new Page("/admin/users/{id}", "/admin/users/" + ids.user(), admin),
				new Page("/admin/audit", "/admin/audit", admin),
				new Page("/admin/jobs", "/admin/jobs", admin),
				new Page("/admin/jobs/{id}", "/admin/jobs/" + ids.job(), admin),
				new Page("/admin/import", "/admin/import", admin),
				new Page("/admin/import/{id}", "/admin/import/" + ids.importId(), admin),
				new Page("/admin/extract", "/admin/extract", admin),
				new Page("/admin/extract/{token}", "/admin/extract/" + ids.extract(), admin),
				new Page("/admin/data", "/admin/data", admin),
				new Page("/attributes", "/attributes", both),
				new Page("/admin/attributes/new", "/admin/attributes/new", admin),
				new Page("/admin/attributes/import", "/admin/attributes/import", admin),
				new Page("/admin/attributes/{key}/edit", "/admin/attributes/" + EXAMPLE_ATTRIBUTE + "/edit", admin),
				new Page("/customers", "/customers", both),
				new Page("/customers/{id}", "/customers/" + ids.customer(), both),
				new Page("/admin/customers/{id}/erase", "/admin/customers/" + ids.customer() + "/erase", admin),
				new Page("/segments", "/segments", both),
				new Page("/segments/new", "/segments/new", admin),
				new Page("/segments/{id}/edit", "/segments/" + ids.segment() + "/edit", admin),
				new Page("/segments/{id}/copy", "/segments/" + ids.segment() + "/copy", admin),
				new Page("/segments/overlap", "/segments/overlap", both),
				new Page("/segments/{id}", "/segments/" + ids.segment(), both),
				new Page("/segments/{id}/members/{customerId}/why",
						"/segments/" + ids.segment() + "/members/" + ids.member() + "/why", both),
				new Page("/segments/{id}/delete", "/segments/" + ids.segment() + "/delete", admin),
				new Page("/campaigns", "/campaigns", both),
				new Page("/campaigns/new", "/campaigns/new?segment=" + ids.segment(), admin),
				new Page("/campaigns/{id}", "/campaigns/" + ids.campaign(), both),
				new Page("/campaigns/{id}/outcomes", "/campaigns/" + ids.campaign() + "/outcomes", both),
				new Page("/campaigns/{id}/lookalikes", "/campaigns/" + ids.campaign() + "/lookalikes", both),
				new Page("/campaigns/{id}/lookalikes/{model}", "/campaigns/" + ids.campaign() + "/lookalikes/" + ids.lookalike(), both),
				new Page("/consent", "/consent", both),
				new Page("/clustering", "/clustering", both),
				new Page("/clustering/new", "/clustering/new", both),
				new Page("/clustering/compare", "/clustering/compare?a=" + ids.run() + "&b=" + ids.otherRun(), both),
				new Page("/clustering/{id}", "/clustering/" + ids.run(), both));
	}

}
