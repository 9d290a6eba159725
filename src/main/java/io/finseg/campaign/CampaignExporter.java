package io.finseg.campaign;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import io.finseg.audit.AuditAction;
import io.finseg.audit.AuditLog;
import io.finseg.consent.ConsentRule;

/**
 * Writes a frozen campaign's exportable members as CSV to a stream, in id-ordered chunks so that
 * memory stays flat at any size, with consent checked again for every row. The export's record
 * says COMPLETED with the file's SHA-256 only when the last byte was written; a download cut off
 * half-way is recorded as BROKEN_OFF.
 */
@Component
class CampaignExporter {

	static final int CHUNK = 5000;

	private final JdbcClient jdbc;

	private final CampaignService campaigns;

	private final AuditLog audit;

	private final Clock clock;

	CampaignExporter(JdbcClient jdbc, CampaignService campaigns, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.campaigns = campaigns;
		this.audit = audit;
		this.clock = clock;
	}

	/** Checks that the campaign can be exported before the response starts. */
	Campaign exportable(long id) {
		Campaign campaign = campaigns.get(id);
		if (!campaign.isFrozen()) {
			throw new CampaignException("campaign.problem.notFrozen");
		}
		return campaign;
	}

	void write(Campaign campaign, OutputStream target, String by, String clientAddress) throws IOException {
		long newlySuppressed = campaigns.audience(campaign.id()).newlySuppressedTotal();
		String fieldNames = campaign.fields().stream().map(ExportField::name).collect(Collectors.joining(","));
		long exportId = start(campaign, by, fieldNames, newlySuppressed);
		MessageDigest sha256 = sha256();
		long rows = 0;
		try {
			DigestOutputStream digesting = new DigestOutputStream(target, sha256);
			Writer writer = new OutputStreamWriter(digesting, StandardCharsets.UTF_8);
			CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
				.setHeader(campaign.fields().stream().map(ExportField::column).toArray(String[]::new))
				.get());
			long after = 0;
			List<List<String>> chunk;
			do {
				chunk = chunk(campaign, after);
				for (List<String> row : chunk) {
					csv.printRecord(row.subList(0, row.size() - 1));
				}
				rows += chunk.size();
				if (!chunk.isEmpty()) {
					after = Long.parseLong(chunk.get(chunk.size() - 1).get(chunk.get(chunk.size() - 1).size() - 1));
				}
				csv.flush();
			}
			while (chunk.size() == CHUNK);
			csv.close();
		}
		catch (IOException | RuntimeException broken) {
			finish(exportId, "BROKEN_OFF", rows, null);
			audit.recordAs(by, clientAddress, AuditAction.CAMPAIGN_EXPORT_BROKEN_OFF, "campaign", campaign.id(),
					"export=" + exportId + ", rows=" + rows + ", fields=" + fieldNames);
			throw broken;
		}
		String checksum = HexFormat.of().formatHex(sha256.digest());
		finish(exportId, "COMPLETED", rows, checksum);
		audit.recordAs(by, clientAddress, AuditAction.CAMPAIGN_EXPORTED, "campaign", campaign.id(),
				"export=" + exportId + ", rows=" + rows + ", fields=" + fieldNames + ", sha256=" + checksum
						+ ", newlySuppressed=" + newlySuppressed);
	}

	/** The next rows after a customer id: the chosen fields, then the id itself for the keyset. */
	private List<List<String>> chunk(Campaign campaign, long after) {
		String columns = campaign.fields().stream().map(field -> "c." + field.column()).collect(Collectors.joining(", "));
		return jdbc.sql("""
				SELECT %s, m.customer_id AS keyset_id
				FROM campaign_member m JOIN customer c ON c.customer_id = m.customer_id
				LEFT JOIN compliance cp ON cp.customer_id = m.customer_id
				WHERE m.campaign_id = :id AND m.holdout = FALSE AND %s AND m.customer_id > :after
				ORDER BY m.customer_id LIMIT :size""".formatted(columns, ConsentRule.contactable(campaign.channel(), "cp")))
			.param("id", campaign.id())
			.param("after", after)
			.param("size", CHUNK)
			.query((rs, n) -> {
				List<String> row = new ArrayList<>(campaign.fields().size() + 1);
				for (int i = 0; i < campaign.fields().size(); i++) {
					row.add(campaign.fields().get(i).safe(rs.getString(i + 1)));
				}
				row.add(rs.getString("keyset_id"));
				return row;
			})
			.list();
	}

	private long start(Campaign campaign, String by, String fields, long newlySuppressed) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO campaign_export (campaign_id, status, exported_by, started_at, row_count, export_fields, newly_suppressed)
				VALUES (:campaign, 'RUNNING', :by, :now, 0, :fields, :newly)""")
			.param("campaign", campaign.id()).param("by", by).param("now", LocalDateTime.now(clock))
			.param("fields", fields).param("newly", newlySuppressed)
			.update(key);
		return key.getKey().longValue();
	}

	private void finish(long exportId, String status, long rows, String checksum) {
		jdbc.sql("""
				UPDATE campaign_export SET status = :status, row_count = :rows, sha256 = :sha, finished_at = :now
				WHERE id = :id""")
			.param("status", status).param("rows", rows).param("sha", checksum).param("now", LocalDateTime.now(clock))
			.param("id", exportId)
			.update();
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java has SHA-256", e);
		}
	}

}
