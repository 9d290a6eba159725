package io.finseg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.finseg.importer.ImportStatus;

/**
 * The mapping pages over HTTP with injection payloads everywhere an admin types or a file says
 * something: column names, values, targets, value maps and mapping names are bound or refused,
 * shown escaped, and never change the schema.
 */
abstract class ExtractPagesContract extends ExtractFixture {

	static final String DROP = "'); DROP TABLE customer; --";

	static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	@Autowired
	MockMvcTester mvc;

	@Test
	void bindsPayloadsInColumnNamesValuesAndMappingNamesAndRefusesTargetsOutsideTheWhitelist() throws Exception {
		String file = "\"id" + DROP + "\",\"<script>alert(1)</script>\",Purpose\n"
				+ firstId + ",\"" + DROP + "\",CAR\n"
				+ (firstId + 1) + ",\"<b>x</b>\",F\n";
		MvcTestResult uploaded = mvc.post().uri("/admin/extract")
			.multipart().file(new MockMultipartFile("file", "../../" + DROP + ".csv", "text/csv", file.getBytes(StandardCharsets.UTF_8)))
			.with(csrf()).with(ADMIN).exchange();
		assertThat(uploaded).hasStatus3xxRedirection();
		String page = uploaded.getResponse().getRedirectedUrl();
		assertThat(page).matches("/admin/extract/[0-9a-f-]{36}");

		MvcTestResult shown = mvc.get().uri(page).with(ADMIN).exchange();
		assertThat(shown).hasStatusOk();
		assertThat(shown).bodyText().contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");

		MvcTestResult refused = mvc.post().uri(page + "/preview").with(csrf()).with(ADMIN)
			.param("target[0]", "customer:customer_id").param("target[1]", "customer:name FROM customer; --")
			.param("target[2]", "").exchange();
		assertThat(refused).hasStatus(422);
		assertThat(refused).bodyText().contains("goes to something that is neither a customer column nor a declared attribute");

		String mappingName = "Monthly " + DROP + " " + n;
		MvcTestResult saved = mvc.post().uri(page + "/mappings").with(csrf()).with(ADMIN)
			.param("target[0]", "customer:customer_id").param("target[1]", "attribute:housing_" + n)
			.param("target[2]", "attribute:purpose_" + n).param("valueMap[1]", DROP + " = own\n<b>x</b> = rent")
			.param("valueMap[2]", "car = car\nF = furniture").param("name", mappingName).exchange();
		assertThat(saved).hasStatus3xxRedirection();
		long mappingId = Long.parseLong(saved.getResponse().getRedirectedUrl().replaceAll(".*mapping=", ""));
		assertThat(extracts.savedMapping(mappingId).name()).isEqualTo(mappingName);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'IMPORT_MAPPING_SAVED' AND target_id = :id")
			.param("id", Long.toString(mappingId)).query(Long.class).single()).isEqualTo(1);

		MvcTestResult started = mvc.post().uri(page + "/import").with(csrf()).with(ADMIN)
			.param("target[0]", "customer:customer_id").param("target[1]", "attribute:housing_" + n)
			.param("target[2]", "attribute:purpose_" + n).param("valueMap[1]", DROP + " = own\n<b>x</b> = rent")
			.param("valueMap[2]", "car = car\nF = furniture").exchange();
		assertThat(started).hasStatus3xxRedirection();
		long importId = Long.parseLong(started.getResponse().getRedirectedUrl().replace("/admin/import/", ""));
		jobs.awaitEnd(imports.get(importId).jobId(), Duration.ofSeconds(60));
		assertThat(imports.get(importId).status()).as("problems: %s", imports.problems(importId)).isEqualTo(ImportStatus.DONE);

		assertThat(texts("housing_" + n)).containsExactlyInAnyOrderEntriesOf(Map.of(firstId, "own", firstId + 1, "rent"));
		assertThat(texts("purpose_" + n)).containsExactlyInAnyOrderEntriesOf(Map.of(firstId, "car", firstId + 1, "furniture"));
		assertThat(jdbc.sql("SELECT name FROM customer WHERE customer_id = :id").param("id", firstId).query(String.class)
			.single()).isEqualTo("Customer " + firstId);
	}

	@Test
	void removesAnExtractNeverImportedTwoDaysAfterItsUpload(@Autowired ExtractFiles files) throws Exception {
		String old = upload("Applicant ID\n1\n");
		FileTime threeDaysAgo = FileTime.from(Instant.now().minus(Duration.ofDays(3)));
		Files.setLastModifiedTime(files.file(old), threeDaysAgo);
		Files.setLastModifiedTime(files.file(old).resolveSibling(old + ".name"), threeDaysAgo);
		String recent = upload("Applicant ID\n2\n");
		assertThat(files.exists(old)).isFalse();
		assertThat(files.exists(recent)).isTrue();
		assertThat(mvc.get().uri("/admin/extract/" + old).with(ADMIN)).hasStatus(404);
	}

	@Test
	void aMissingExtractIsA404AndAnEmptyUploadIsRefused() {
		assertThat(mvc.get().uri("/admin/extract/00000000-0000-0000-0000-000000000000").with(ADMIN)).hasStatus(404);
		assertThat(mvc.get().uri("/admin/extract/..%2F..%2Fetc%2Fpasswd").with(ADMIN).exchange().getResponse().getStatus())
			.isIn(400, 404);
		assertThat(mvc.post().uri("/admin/extract").with(csrf()).with(ADMIN)).hasStatus3xxRedirection()
			.hasRedirectedUrl("/admin/extract");
	}

}
