package io.finseg.segment;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Repository;

/**
 * The size history: every saved segment's size and contactable sizes as of each feature build
 * ({@link SegmentSizes} records them; the pages read them).
 */
@Repository
@NamedInterface(SegmentWings.NAME)
public class SegmentSizeRepository {

	private final JdbcClient jdbc;

	SegmentSizeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<SegmentSize> history(long segmentId) {
		return jdbc.sql("""
				SELECT as_of, customers, contactable_email, contactable_sms, contactable_phone, contactable_post
				FROM segment_size WHERE segment_id = :id ORDER BY as_of, id""")
			.param("id", segmentId)
			.query((rs, row) -> new SegmentSize(rs.getObject(1, LocalDate.class), new SegmentCount(rs.getLong(2),
					rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6))))
			.list();
	}

	/** Every sized segment's latest recorded size, by segment id. */
	public Map<Long, RecordedSize> latest() {
		Map<Long, RecordedSize> latest = new HashMap<>();
		jdbc.sql("""
				SELECT s.segment_id, s.as_of, s.customers, s.contactable_email, s.contactable_sms, s.contactable_phone,
				  s.contactable_post, s.recorded_at
				FROM segment_size s
				JOIN (SELECT segment_id, MAX(id) AS last_id FROM segment_size GROUP BY segment_id) m ON m.last_id = s.id""")
			.query((rs, row) -> latest.put(rs.getLong(1), new RecordedSize(new SegmentSize(rs.getObject(2, LocalDate.class),
					new SegmentCount(rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7))),
					rs.getTimestamp(8).toLocalDateTime())))
			.list();
		return latest;
	}

	void record(long segmentId, LocalDate asOf, SegmentCount count, LocalDateTime now) {
		jdbc.sql("""
				INSERT INTO segment_size (segment_id, as_of, customers, contactable_email, contactable_sms,
				  contactable_phone, contactable_post, recorded_at)
				VALUES (:id, :asOf, :customers, :email, :sms, :phone, :post, :now)""")
			.param("id", segmentId).param("asOf", asOf).param("customers", count.customers())
			.param("email", count.email()).param("sms", count.sms()).param("phone", count.phone())
			.param("post", count.post()).param("now", now)
			.update();
	}

	/** A segment's size as of a feature build. */
	public record SegmentSize(LocalDate asOf, SegmentCount count) {
	}

	/** A size and when it was recorded: a segment changed after that has another size now. */
	public record RecordedSize(SegmentSize size, LocalDateTime recordedAt) {
	}

}
