package io.finseg.campaign;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.finseg.consent.Channel;
import io.finseg.segment.Operator;
import io.finseg.segment.Purpose;
import io.finseg.segment.RuleNode;
import io.finseg.segment.SegmentService;

/**
 * Not a test: the export benchmark of bench/export.sh, run on demand against the database in
 * FINSEG_DB_URL with a small heap (never by ./mvnw verify: its name matches no test pattern).
 * Freezes a campaign over every customer and writes its CSV export to a stream that only counts
 * bytes, through the same exporter the download uses; prints the time and the peak heap.
 */
@SpringBootTest(properties = "finseg.data-dir=target/bench")
class CampaignExportBenchmark {

	@Autowired
	CampaignService campaigns;

	@Autowired
	CampaignExporter exporter;

	@Autowired
	SegmentService segments;

	@Autowired
	JdbcClient jdbc;

	@Test
	void measure() throws Exception {
		long segment = segments.create("Everyone " + System.nanoTime(), null, Purpose.GENERAL, "bench",
				new RuleNode.Condition("products_count", Operator.GE, List.of("0")));
		long id = campaigns.create(new CampaignForm("Export bench " + System.nanoTime(), segment, Channel.EMAIL,
				Purpose.GENERAL, List.of(ExportField.CUSTOMER_ID, ExportField.NAME, ExportField.EMAIL), 0), "bench");
		long started = System.nanoTime();
		long members = campaigns.freeze(id, campaigns.get(id).version(), "bench");
		System.out.printf("BENCH freeze of %,d members: %.1f s%n", members, (System.nanoTime() - started) / 1e9);

		for (int run = 1; run <= 3; run++) {
			System.gc();
			ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
			long[] bytes = new long[1];
			OutputStream counting = new OutputStream() {
				@Override
				public void write(int b) {
					bytes[0]++;
				}

				@Override
				public void write(byte[] b, int off, int len) {
					bytes[0] += len;
				}
			};
			started = System.nanoTime();
			exporter.write(campaigns.get(id), counting, "bench", "127.0.0.1");
			double seconds = (System.nanoTime() - started) / 1e9;
			long rows = jdbc.sql("SELECT row_count FROM campaign_export WHERE campaign_id = :id ORDER BY id DESC LIMIT 1")
				.param("id", id).query(Long.class).single();
			long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
				.filter(pool -> pool.getType() == MemoryType.HEAP)
				.mapToLong(pool -> pool.getPeakUsage().getUsed())
				.sum();
			System.out.printf("BENCH export run %d: %,d rows, %,d bytes in %.1f s (%,.0f rows/s), peak heap %d MB of max %d MB%n",
					run, rows, bytes[0], seconds, rows / seconds, peakHeap >> 20, Runtime.getRuntime().maxMemory() >> 20);
		}
	}

}
