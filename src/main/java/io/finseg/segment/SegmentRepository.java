package io.finseg.segment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Repository;

@Repository
@NamedInterface(SegmentWings.NAME)
public class SegmentRepository {

	private final JdbcClient jdbc;

	private final SavedRules savedRules = new SavedRules();

	SegmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String name, String description, Purpose purpose, String owner, RuleNode rule, LocalDateTime now) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO segment (name, description, purpose, owner, rule_json, rule_schema_version, created_at, updated_at, version)
				VALUES (:name, :description, :purpose, :owner, :rule, :schema, :now, :now, 0)""")
			.param("name", name)
			.param("description", description)
			.param("purpose", purpose.name())
			.param("owner", owner)
			.param("rule", RuleJson.write(rule))
			.param("schema", RuleJson.SCHEMA_VERSION)
			.param("now", now)
			.update(key);
		return key.getKey().longValue();
	}

	/** Updates unless someone else changed the segment since {@code version} was read. */
	void update(long id, int version, String name, String description, Purpose purpose, RuleNode rule, String by,
			LocalDateTime now) {
		int rows = jdbc.sql("""
				UPDATE segment SET name = :name, description = :description, purpose = :purpose, rule_json = :rule,
				  rule_schema_version = :schema, updated_at = :now, updated_by = :by,
				  version = version + 1
				WHERE id = :id AND version = :version""")
			.param("name", name)
			.param("description", description)
			.param("purpose", purpose.name())
			.param("rule", RuleJson.write(rule))
			.param("schema", RuleJson.SCHEMA_VERSION)
			.param("now", now)
			.param("by", by)
			.param("id", id)
			.param("version", version)
			.update();
		if (rows == 0) {
			throw new OptimisticLockingFailureException("Segment " + id + " was changed by someone else");
		}
	}

	/** Deletes unless someone else changed the segment since {@code version} was read; sizes go with it. */
	void delete(long id, int version) {
		jdbc.sql("DELETE FROM segment_size WHERE segment_id = :id").param("id", id).update();
		int rows = jdbc.sql("DELETE FROM segment WHERE id = :id AND version = :version")
			.param("id", id)
			.param("version", version)
			.update();
		if (rows == 0) {
			throw new OptimisticLockingFailureException("Segment " + id + " was changed by someone else");
		}
	}

	public Optional<Segment> find(long id) {
		return jdbc.sql("SELECT * FROM segment WHERE id = :id").param("id", id).query(SegmentRepository::segment).optional();
	}

	public List<Segment> all() {
		return jdbc.sql("SELECT * FROM segment ORDER BY name").query(SegmentRepository::segment).list();
	}

	/**
	 * A saved segment's rule, parsed once per version: every count follows the rules its
	 * references name. Each call still asks the database for the segment's version (and creation
	 * time, in case an id is ever used again), so a rule changed or deleted here or on another
	 * instance is never served from memory; only the rule's text and its parsing are saved.
	 */
	public Optional<RuleNode> ruleOf(long id) {
		Optional<SavedRules.Stamp> stamp = jdbc.sql("SELECT version, created_at FROM segment WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> new SavedRules.Stamp(rs.getInt(1), rs.getTimestamp(2).toLocalDateTime()))
			.optional();
		if (stamp.isEmpty()) {
			savedRules.forget(id);
			return Optional.empty();
		}
		Optional<RuleNode> held = savedRules.held(id, stamp.get());
		if (held.isPresent()) {
			return held;
		}
		return jdbc.sql("SELECT rule_json, version, created_at FROM segment WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> savedRules.hold(id, new SavedRules.Stamp(rs.getInt(2), rs.getTimestamp(3).toLocalDateTime()),
					RuleJson.read(rs.getString(1))))
			.optional();
	}

	/** A segment's name, or its number in words when it no longer exists. */
	public String nameOf(long id) {
		return jdbc.sql("SELECT name FROM segment WHERE id = :id").param("id", id).query(String.class).optional()
			.orElse("#" + id);
	}

	/** Every segment's id and name, by name: for "in segment" choices. */
	public List<SegmentChoice> choices() {
		return jdbc.sql("SELECT id, name FROM segment ORDER BY name")
			.query((rs, row) -> new SegmentChoice(rs.getLong(1), rs.getString(2)))
			.list();
	}

	public boolean nameTaken(String name, Long exceptId) {
		return jdbc.sql("SELECT COUNT(*) FROM segment WHERE name = :name AND id <> :except")
			.param("name", name)
			.param("except", exceptId == null ? -1L : exceptId)
			.query(Long.class)
			.single() > 0;
	}

	private static Segment segment(ResultSet rs, int row) throws SQLException {
		return new Segment(rs.getLong("id"), rs.getString("name"), rs.getString("description"),
				Purpose.valueOf(rs.getString("purpose")), rs.getString("owner"), RuleJson.read(rs.getString("rule_json")),
				rs.getTimestamp("created_at").toLocalDateTime(), rs.getTimestamp("updated_at").toLocalDateTime(),
				rs.getString("updated_by"), rs.getInt("version"));
	}

}
