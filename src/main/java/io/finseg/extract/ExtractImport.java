package io.finseg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import io.finseg.attributes.AttributeDefinition;
import io.finseg.attributes.AttributeDefinitions;
import io.finseg.attributes.AttributeValueLoader;
import io.finseg.audit.AuditAction;
import io.finseg.audit.AuditLog;
import io.finseg.importer.ImportService;
import io.finseg.importer.ImportTable;

/**
 * A flat extract from upload to import: its columns and first rows, a first or saved mapping,
 * the preview, saved mappings, and the import, which the importer checks, reports and writes as
 * any upload (all or nothing).
 */
@Service
public class ExtractImport {

	static final int PREVIEW_ROWS = 20;

	static final int MAX_NAME = 100;

	private final ExtractFiles files;

	private final SavedMappingRepository saved;

	private final AttributeDefinitions definitions;

	private final AttributeValueLoader attributes;

	private final ImportService imports;

	private final AuditLog audit;

	private final Clock clock;

	ExtractImport(ExtractFiles files, SavedMappingRepository saved, AttributeDefinitions definitions,
			AttributeValueLoader attributes, ImportService imports, AuditLog audit, Clock clock) {
		this.audit = audit;
		this.files = files;
		this.saved = saved;
		this.definitions = definitions;
		this.attributes = attributes;
		this.imports = imports;
		this.clock = clock;
	}

	/** Where a column may go, for the mapping page's choices. */
	record Target(String value, String label, boolean attribute) {
	}

	/** Keeps the uploaded file and returns its token. */
	public String upload(InputStream content, String fileName) throws IOException {
		return files.save(content, fileName);
	}

	ExtractFiles.Sample sample(String token) {
		return files.sample(token, PREVIEW_ROWS);
	}

	String fileName(String token) {
		return files.fileName(token);
	}

	/** The saved mapping applied to this file's columns, or a first guess by column name. */
	ExtractMapping mappingFor(String token, Long savedId) {
		List<String> header = sample(token).header();
		if (savedId != null) {
			return savedMapping(savedId).mapping().appliedTo(header);
		}
		return ExtractMapping.guessed(header, declared().keySet());
	}

	SavedMapping savedMapping(long id) {
		return saved.find(id).orElseThrow(ExtractNotFoundException::new);
	}

	List<SavedMapping> savedMappings() {
		return saved.all();
	}

	List<Target> targets() {
		List<Target> targets = new ArrayList<>();
		ImportTable.CUSTOMER.columnNames().forEach(column -> targets.add(new Target(ColumnMapping.CUSTOMER + column, column,
				false)));
		definitions.all().forEach(definition -> targets.add(new Target(ColumnMapping.ATTRIBUTE + definition.key(),
				definition.label() + " (" + definition.key() + ")", true)));
		return targets;
	}

	/** @throws MappingProblem when the mapping cannot be used */
	ExtractPreview preview(String token, ExtractMapping mapping) {
		Map<String, AttributeDefinition> declared = declared();
		mapping.check(declared);
		String fileName = files.fileName(token);
		MappedRows reader = new MappedRows(mapping, declared, attributes, fileName);
		return ExtractPreview.of(mapping, reader, sample(token), fileName, attributes);
	}

	/** @throws MappingProblem when the name or the mapping cannot be used */
	long save(String name, ExtractMapping mapping, String username) {
		String trimmed = name == null ? "" : name.strip();
		if (trimmed.isEmpty()) {
			throw new MappingProblem("extract.name.required");
		}
		if (trimmed.length() > MAX_NAME || trimmed.chars().anyMatch(Character::isISOControl)) {
			throw new MappingProblem("extract.name.invalid", MAX_NAME);
		}
		mapping.check(declared());
		long id = saved.save(trimmed, mapping, username, LocalDateTime.now(clock));
		audit.record(AuditAction.IMPORT_MAPPING_SAVED, "IMPORT_MAPPING", id, "columns=" + mapping.columns().stream()
			.filter(column -> !column.ignored()).count());
		return id;
	}

	/**
	 * Starts the import of the file through the mapping; the file is gone once the import ends.
	 *
	 * @return the import's id, whose page shows its progress and problems
	 * @throws MappingProblem when the mapping cannot be used
	 */
	long start(String token, ExtractMapping mapping, String username) {
		Map<String, AttributeDefinition> declared = declared();
		mapping.check(declared);
		String fileName = files.fileName(token);
		ExtractConversion conversion = new ExtractConversion(files.file(token), fileName, mapping, declared, attributes,
				() -> files.delete(token));
		return imports.upload(conversion, fileName, username);
	}

	private Map<String, AttributeDefinition> declared() {
		Map<String, AttributeDefinition> byKey = new LinkedHashMap<>();
		definitions.all().forEach(definition -> byKey.put(definition.key(), definition));
		return byKey;
	}

}
