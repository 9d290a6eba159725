package io.finseg.admin;

/**
 * What a signed-in person may do (DESIGN.md §6). Each level is a Spring Security role of the
 * same name.
 */
public enum AccessLevel {

	/** Everything a marketer may do, plus users, data, jobs, the audit log and approvals. */
	ADMIN,

	/** Segments, clustering, campaigns and exports. */
	MARKETER,

	/** Reads segments, clusters and aggregates; sees customers without personal details. */
	ANALYST;

	public String role() {
		return "ROLE_" + name();
	}

}
