package io.finseg.importer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start-up, an import still checking or writing was cut off by the restart: its rows are
 * removed and it is marked failed, so no half import stays behind.
 */
@Component
class ImportRecovery {

	private static final Logger log = LoggerFactory.getLogger(ImportRecovery.class);

	private final DataImportRepository imports;

	private final ImportService service;

	ImportRecovery(DataImportRepository imports, ImportService service) {
		this.imports = imports;
		this.service = service;
	}

	@EventListener(ApplicationReadyEvent.class)
	void removeImportsCutOffByARestart() {
		for (ImportStatus unfinished : new ImportStatus[] { ImportStatus.CHECKING, ImportStatus.WRITING }) {
			for (DataImport cutOff : imports.inStatus(unfinished)) {
				log.warn("Import {} was interrupted by a restart; removing its rows", cutOff.id());
				service.removeRows(cutOff.id());
			}
		}
	}

}
