package io.finseg.clustering;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Words for a cluster from the features that most set it apart ("young, low income, high
 * balance"): the three largest distances from the population, each at least
 * {@value #NOTABLE} standard deviations.
 */
@NamedInterface(ClusteringWings.NAME)
@Component
public class ClusterLabeler {

	static final double NOTABLE = 0.3;

	static final int TOP = 3;

	private final MessageSource messages;

	private final ClusteringFeatures features;

	ClusterLabeler(MessageSource messages, ClusteringFeatures features) {
		this.messages = messages;
		this.features = features;
	}

	/** The features that most set the cluster apart, largest distance first. */
	public static List<FeatureProfile> distinguishing(List<FeatureProfile> profile) {
		return profile.stream()
			.filter(feature -> Math.abs(feature.z()) >= NOTABLE)
			.sorted(Comparator.comparingDouble((FeatureProfile feature) -> -Math.abs(feature.z())))
			.limit(TOP)
			.toList();
	}

	public String label(List<FeatureProfile> profile) {
		List<String> words = distinguishing(profile).stream().map(this::trait).toList();
		return words.isEmpty() ? text("clustering.trait.typical") : String.join(", ", words);
	}

	private String trait(FeatureProfile feature) {
		String direction = feature.z() > 0 ? "high" : "low";
		String specific = "clustering.trait." + feature.column() + "." + direction;
		String word = messages.getMessage(specific, null, null, Locale.ENGLISH);
		if (word != null) {
			return word;
		}
		String name = features.label(feature.column()).toLowerCase(Locale.ENGLISH);
		return messages.getMessage("clustering.trait." + direction, new Object[] { name }, Locale.ENGLISH);
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, Locale.ENGLISH);
	}

}
