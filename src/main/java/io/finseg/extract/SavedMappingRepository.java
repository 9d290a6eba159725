package io.finseg.extract;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SavedMappingRepository {

	private final JdbcClient jdbc;

	SavedMappingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<SavedMapping> all() {
		return jdbc.sql("""
				SELECT id, name, columns_json, saved_by, saved_at FROM import_mapping ORDER BY name, id""")
			.query(SavedMappingRepository::mapping).list();
	}

	Optional<SavedMapping> find(long id) {
		return jdbc.sql("""
				SELECT id, name, columns_json, saved_by, saved_at FROM import_mapping WHERE id = :id""")
			.param("id", id).query(SavedMappingRepository::mapping).optional();
	}

	/** Saves under the name, replacing a mapping of that name; returns its id. */
	long save(String name, ExtractMapping mapping, String savedBy, LocalDateTime now) {
		String json = MappingJson.write(mapping);
		int updated = jdbc.sql("""
				UPDATE import_mapping SET columns_json = :json, saved_by = :by, saved_at = :at WHERE name = :name""")
			.param("json", json).param("by", savedBy).param("at", now).param("name", name).update();
		if (updated == 0) {
			jdbc.sql("""
					INSERT INTO import_mapping (name, columns_json, saved_by, saved_at) VALUES (:name, :json, :by, :at)""")
				.param("name", name).param("json", json).param("by", savedBy).param("at", now).update();
		}
		return jdbc.sql("SELECT id FROM import_mapping WHERE name = :name").param("name", name).query(Long.class).single();
	}

	private static SavedMapping mapping(ResultSet rs, int row) throws SQLException {
		return new SavedMapping(rs.getLong("id"), rs.getString("name"), MappingJson.read(rs.getString("columns_json")),
				rs.getString("saved_by"), rs.getTimestamp("saved_at").toLocalDateTime());
	}

}
