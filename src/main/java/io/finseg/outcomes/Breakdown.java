package io.finseg.outcomes;

import io.finseg.segment.Attribute;
import io.finseg.segment.AttributeType;

/**
 * How the results are split: not at all, by the value of an attribute (one with few values), or
 * by membership of a segment. Written in a URL as {@code attribute:life_stage} or {@code segment:12}.
 */
public record Breakdown(Kind kind, String attribute, Long segmentId) {

	public static final Breakdown NONE = new Breakdown(Kind.NONE, null, null);

	public enum Kind {
		NONE, ATTRIBUTE, SEGMENT
	}

	/** Attributes with a handful of values: enums, yes/no, age bands and the 1–5 RFM scores. */
	static boolean fitsBreakdown(Attribute attribute) {
		return attribute.type() == AttributeType.ENUM || attribute.type() == AttributeType.BOOLEAN
				|| attribute.type() == AttributeType.TEXT
				|| (attribute.type() == AttributeType.INTEGER && "score".equals(attribute.unit()));
	}

	/** What a URL parameter names; anything unknown means no breakdown (the caller checks names against the catalogue). */
	static Breakdown parse(String text) {
		if (text == null) {
			return NONE;
		}
		if (text.startsWith("attribute:")) {
			return new Breakdown(Kind.ATTRIBUTE, text.substring("attribute:".length()), null);
		}
		if (text.startsWith("segment:")) {
			try {
				return new Breakdown(Kind.SEGMENT, null, Long.valueOf(text.substring("segment:".length())));
			}
			catch (NumberFormatException e) {
				return NONE;
			}
		}
		return NONE;
	}

	public String value() {
		return switch (kind) {
			case NONE -> "";
			case ATTRIBUTE -> "attribute:" + attribute;
			case SEGMENT -> "segment:" + segmentId;
		};
	}

}
