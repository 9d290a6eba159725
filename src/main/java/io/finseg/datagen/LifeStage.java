package io.finseg.datagen;

/**
 * The life stage the generator draws for a customer. It is never stored: docs/data.md gives
 * the rules that derive it from age, products and household, and the generator draws only
 * customers those rules classify back into the same stage.
 */
public enum LifeStage {

	STUDENT, YOUNG_PROFESSIONAL, FAMILY, ESTABLISHED, RETIRED

}
