package io.finseg.segment;

import java.util.List;
import java.util.Optional;

/**
 * The custom attributes an admin declared: implemented as a bean by the room that keeps them
 * ({@code attributes}), so that rules may use them while segments never depend on that room.
 */
public interface CustomAttributes {

	/** Every declared attribute, as {@link Attribute#custom} builds it, in the order to show them. */
	List<Attribute> declared();

	/** The declared attribute with this key, if there is one. */
	Optional<Attribute> declared(String key);

}
