package io.finseg.attributes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The declared attributes, with optimistic locking on their version. */
@Repository
class AttributeDefinitionRepository {

	private static final String ALL = """
			SELECT id, attribute_key, label, attribute_type, unit, group_name, list_values, is_protected, description, version,
			  created_by, created_at
			FROM attribute_definition ORDER BY group_name, label, attribute_key""";

	private static final String BY_KEY = """
			SELECT id, attribute_key, label, attribute_type, unit, group_name, list_values, is_protected, description, version,
			  created_by, created_at
			FROM attribute_definition WHERE attribute_key = :key""";

	private final JdbcClient jdbc;

	AttributeDefinitionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<AttributeDefinition> all() {
		return jdbc.sql(ALL)
			.query(AttributeDefinitionRepository::definition).list();
	}

	Optional<AttributeDefinition> find(String key) {
		return jdbc.sql(BY_KEY)
			.param("key", key).query(AttributeDefinitionRepository::definition).optional();
	}

	boolean exists(String key) {
		return jdbc.sql("SELECT COUNT(*) FROM attribute_definition WHERE attribute_key = :key").param("key", key)
			.query(Long.class).single() > 0;
	}

	void insert(AttributeForm form, String createdBy, LocalDateTime at) {
		jdbc.sql("""
				INSERT INTO attribute_definition (attribute_key, label, attribute_type, unit, group_name, list_values,
				  is_protected, description, version, created_by, created_at)
				VALUES (:key, :label, :type, :unit, :group, :values, :protected, :description, 0, :by, :at)""")
			.param("key", form.key())
			.params(fields(form))
			.param("by", createdBy)
			.param("at", at)
			.update();
	}

	/** @throws OptimisticLockingFailureException when someone else changed it since {@code form.version()} */
	void update(String key, AttributeForm form) {
		int rows = jdbc.sql("""
				UPDATE attribute_definition SET label = :label, attribute_type = :type, unit = :unit, group_name = :group,
				  list_values = :values, is_protected = :protected, description = :description, version = version + 1
				WHERE attribute_key = :key AND version = :version""")
			.param("key", key)
			.param("version", form.version())
			.params(fields(form))
			.update();
		if (rows == 0) {
			throw new OptimisticLockingFailureException("Attribute " + key + " changed since version " + form.version());
		}
	}

	void delete(String key) {
		jdbc.sql("DELETE FROM customer_attribute WHERE attribute_key = :key").param("key", key).update();
		jdbc.sql("DELETE FROM attribute_definition WHERE attribute_key = :key").param("key", key).update();
	}

	/** How many customers have a value. */
	long valuesOf(String key) {
		return jdbc.sql("SELECT COUNT(*) FROM customer_attribute WHERE attribute_key = :key").param("key", key)
			.query(Long.class).single();
	}

	private static Map<String, Object> fields(AttributeForm form) {
		Map<String, Object> fields = new HashMap<>();
		fields.put("label", form.label().strip());
		fields.put("type", form.kind().name());
		fields.put("unit", blankToNull(form.unit()));
		fields.put("group", blankToNull(form.group()));
		fields.put("values", form.kind() == AttributeKind.LIST ? String.join("\n", form.values()) : null);
		fields.put("protected", form.protectedAttribute());
		fields.put("description", blankToNull(form.description()));
		return fields;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static AttributeDefinition definition(ResultSet rs, int row) throws SQLException {
		String values = rs.getString("list_values");
		return new AttributeDefinition(rs.getLong("id"), rs.getString("attribute_key"), rs.getString("label"),
				AttributeKind.valueOf(rs.getString("attribute_type")), rs.getString("unit"), rs.getString("group_name"),
				values == null ? List.of() : Arrays.stream(values.split("\n")).filter(v -> !v.isBlank()).toList(),
				rs.getBoolean("is_protected"), rs.getString("description"), rs.getInt("version"),
				rs.getString("created_by"), rs.getTimestamp("created_at").toLocalDateTime());
	}

}
