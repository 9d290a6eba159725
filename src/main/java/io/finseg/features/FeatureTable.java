package io.finseg.features;

/** The two twin features tables; the only table names features SQL ever uses. */
public enum FeatureTable {

	A("customer_features_a"), B("customer_features_b");

	private final String tableName;

	FeatureTable(String tableName) {
		this.tableName = tableName;
	}

	public String tableName() {
		return tableName;
	}

	FeatureTable other() {
		return this == A ? B : A;
	}

	static FeatureTable named(String tableName) {
		for (FeatureTable table : values()) {
			if (table.tableName.equals(tableName)) {
				return table;
			}
		}
		throw new IllegalStateException("The features pointer names an unknown table: " + tableName);
	}

}
