package io.finseg.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Reading, filtering, paging and downloading the audit log, on every database. */
abstract class AuditLogContract {

	@Autowired
	AuditLog auditLog;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	String actor;

	@BeforeEach
	void uniqueActor() {
		actor = "auditor-" + System.nanoTime();
	}

	@Test
	void pagesNewestFirstWithoutGapsOrRepeats() {
		for (int i = 1; i <= 120; i++) {
			auditLog.recordAs(actor, "10.0.0.1", AuditAction.USER_CREATED, "PAGING_TEST", i, "n=" + i);
		}
		AuditQuery mine = new AuditQuery(actor, null, null, null, null, null);
		List<AuditEntry> first = auditLog.page(mine, 50);
		List<AuditEntry> second = auditLog.page(new AuditQuery(actor, null, null, null, first.get(49).id(), null), 50);
		List<AuditEntry> third = auditLog.page(new AuditQuery(actor, null, null, null, second.get(49).id(), null), 50);
		List<AuditEntry> backToSecond = auditLog.page(new AuditQuery(actor, null, null, null, null, third.get(0).id()), 50);

		assertThat(first).extracting(AuditEntry::details).startsWith("n=120", "n=119");
		assertThat(second).extracting(AuditEntry::details).startsWith("n=70");
		assertThat(third).hasSize(20).extracting(AuditEntry::details).endsWith("n=1");
		assertThat(backToSecond).isEqualTo(second);
		assertThat(auditLog.count(mine)).isEqualTo(120);
	}

	@Test
	void filtersByUserActionAndDateRange() {
		insertAt(LocalDateTime.of(2026, 1, 10, 9, 0), AuditAction.LOGIN);
		insertAt(LocalDateTime.of(2026, 1, 20, 23, 59), AuditAction.LOGIN);
		insertAt(LocalDateTime.of(2026, 1, 21, 0, 0), AuditAction.LOGIN);
		insertAt(LocalDateTime.of(2026, 1, 15, 12, 0), AuditAction.LOCKOUT);

		AuditQuery logins = new AuditQuery(actor, AuditAction.LOGIN, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 20),
				null, null);
		assertThat(auditLog.page(logins, 50)).extracting(AuditEntry::occurredAt)
			.containsExactly(LocalDateTime.of(2026, 1, 20, 23, 59), LocalDateTime.of(2026, 1, 10, 9, 0));
	}

	@Test
	void showsTheLogToAnAdministratorWithFiltersAndPaging() {
		for (int i = 1; i <= 55; i++) {
			auditLog.recordAs(actor, "10.0.0.2", AuditAction.LOGIN_FAILED, null, null, "reason=BadCredentialsException");
		}
		assertThat(mvc.get().uri("/admin/audit").param("user", actor).with(user("boss").roles("ADMIN")))
			.hasStatusOk()
			.bodyText()
			.contains("55 entries", "Sign-in failed", "10.0.0.2", "rel=\"next\"")
			.doesNotContain("rel=\"prev\"");
	}

	@Test
	void downloadsTheFilteredLogAsSpreadsheetSafeCsvAndRecordsTheDownload() throws Exception {
		auditLog.recordAs(actor, "10.0.0.3", AuditAction.USER_CREATED, "CSV_TEST", 7, "=HYPERLINK(\"http://evil\")");
		auditLog.recordAs(actor, "10.0.0.3", AuditAction.LOGIN, "CSV_TEST", 7, null);

		var response = mvc.get().uri("/admin/audit/export").param("user", actor).with(user("boss").roles("ADMIN"))
			.exchange().getResponse();

		assertThat(response.getContentType()).startsWith("text/csv");
		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment;");
		List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().get()
			.parse(new StringReader(response.getContentAsString())).getRecords();
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).get("action")).isEqualTo("LOGIN");
		assertThat(rows.get(1).get("details")).isEqualTo("'=HYPERLINK(\"http://evil\")");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE actor = 'boss' AND action = 'AUDIT_LOG_EXPORTED' AND details LIKE :d")
			.param("d", "user=" + actor + "%")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private void insertAt(LocalDateTime when, AuditAction action) {
		jdbc.sql("INSERT INTO audit_log (occurred_at, actor, action) VALUES (:at, :actor, :action)")
			.param("at", when)
			.param("actor", actor)
			.param("action", action.name())
			.update();
	}

}
