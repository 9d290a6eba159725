package io.finseg.datagen;

import java.util.EnumMap;
import java.util.Map;

import io.finseg.customer.CustomerTable;

/** The next free id of each customer table, advanced chunk by chunk in customer order. */
record IdBases(Map<CustomerTable, Long> next) {

	IdBases {
		next = Map.copyOf(next);
	}

	long of(CustomerTable table) {
		return next.get(table);
	}

	IdBases after(GeneratedChunk chunk) {
		Map<CustomerTable, Long> advanced = new EnumMap<>(CustomerTable.class);
		for (CustomerTable table : CustomerTable.values()) {
			advanced.put(table, next.get(table) + chunk.rows(table).size());
		}
		return new IdBases(advanced);
	}

}
