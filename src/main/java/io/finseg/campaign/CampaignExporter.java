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
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

import io.finseg.audit.AuditAction;
import io.finseg.audit.AuditLog;

/**
 * Writes a frozen campaign's exportable members as CSV to a stream, in id-ordered chunks so that
 * memory stays flat at any size, with consent checked again for every row. The export's record
 * says COMPLETED with the file's SHA-256 only when the last byte was written; a download cut off
 * half-way is recorded as BROKEN_OFF.
 */
@Component
class CampaignExporter {

	static final int CHUNK = 5000;

	private final CampaignMemberRepository members;

	private final CampaignRepository records;

	private final CampaignService campaigns;

	private final AuditLog audit;

	private final Clock clock;

	CampaignExporter(CampaignMemberRepository members, CampaignRepository records, CampaignService campaigns, AuditLog audit,
			Clock clock) {
		this.members = members;
		this.records = records;
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
				chunk = members.exportable(campaign, after, CHUNK);
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

	private long start(Campaign campaign, String by, String fields, long newlySuppressed) {
		return records.startExport(campaign.id(), by, fields, newlySuppressed, LocalDateTime.now(clock));
	}

	private void finish(long exportId, String status, long rows, String checksum) {
		records.finishExport(exportId, status, rows, checksum, LocalDateTime.now(clock));
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
