package io.finseg.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The lift figures against numbers computed outside Java, with Python's standard library
 * (statistics.NormalDist; no scipy on this machine), by this script:
 *
 * <pre>
 * python3 - &lt;&lt;'EOF'
 * from statistics import NormalDist
 * from math import sqrt, log, exp
 * N=NormalDist(); z=N.inv_cdf(0.975)
 * def f(x1,n1,x2,n2):
 *     p1,p2=x1/n1,x2/n2; d=p1-p2
 *     se=sqrt(p1*(1-p1)/n1+p2*(1-p2)/n2)
 *     pp=(x1+x2)/(n1+n2); sep=sqrt(pp*(1-pp)*(1/n1+1/n2)); pv=2*N.cdf(-abs(d)/sep)
 *     lr=log(p1/p2); sel=sqrt(1/x1-1/n1+1/x2-1/n2)
 *     print(z, d, d-z*se, d+z*se, pv, p1/p2-1, exp(lr-z*sel)-1, exp(lr+z*sel)-1)
 * f(60,200,30,200); f(1234,9000,101,1000)
 * EOF
 * 1.9599639845400536 0.15 0.06948626353272794 0.23051373646727205 0.0003280163150135573 1.0 0.3514179622740916 1.959854102626415
 * 1.9599639845400536 0.036111111111111094 0.01612863288858345 0.05609358933363874 0.0014465222855867266 0.3575357535753574 0.120339904223425 0.6449501756458815
 * </pre>
 */
class LiftCalculatorTest {

	private static final double CLOSE = 1e-9;

	private static GroupTally group(long members, long withOutcome) {
		GroupTally tally = GroupTally.EMPTY;
		for (long i = 0; i < members; i++) {
			tally = tally.plus(i < withOutcome, 0);
		}
		return tally;
	}

	@Test
	void takesTheNormalQuantileFromCommonsMath() {
		assertThat(LiftCalculator.Z_95).isCloseTo(1.9599639845400536, within(1e-12));
	}

	@Test
	void matchesTheFiguresComputedInPythonForADoubledRate() {
		Lift lift = LiftCalculator.lift(group(200, 60), group(200, 30));
		assertThat(lift.absolute()).isCloseTo(0.15, within(CLOSE));
		assertThat(lift.absoluteLow()).isCloseTo(0.06948626353272794, within(CLOSE));
		assertThat(lift.absoluteHigh()).isCloseTo(0.23051373646727205, within(CLOSE));
		assertThat(lift.pValue()).isCloseTo(0.0003280163150135573, within(CLOSE));
		assertThat(lift.relative()).isCloseTo(1.0, within(CLOSE));
		assertThat(lift.relativeLow()).isCloseTo(0.3514179622740916, within(CLOSE));
		assertThat(lift.relativeHigh()).isCloseTo(1.959854102626415, within(CLOSE));
		assertThat(lift.incremental()).isCloseTo(30, within(CLOSE));
		assertThat(lift.tooSmall()).isFalse();
		assertThat(lift.clear()).isTrue();
	}

	@Test
	void matchesTheFiguresComputedInPythonForUnequalGroups() {
		Lift lift = LiftCalculator.lift(group(9000, 1234), group(1000, 101));
		assertThat(lift.absolute()).isCloseTo(0.036111111111111094, within(CLOSE));
		assertThat(lift.absoluteLow()).isCloseTo(0.01612863288858345, within(CLOSE));
		assertThat(lift.absoluteHigh()).isCloseTo(0.05609358933363874, within(CLOSE));
		assertThat(lift.pValue()).isCloseTo(0.0014465222855867266, within(CLOSE));
		assertThat(lift.relative()).isCloseTo(0.3575357535753574, within(CLOSE));
		assertThat(lift.relativeLow()).isCloseTo(0.120339904223425, within(CLOSE));
		assertThat(lift.relativeHigh()).isCloseTo(0.6449501756458815, within(CLOSE));
	}

	@Test
	void saysTheHoldoutIsTooSmallWithFewerThanFiveConversionsOrThirtyMembers() {
		assertThat(LiftCalculator.lift(group(2000, 300), group(25, 10)).tooSmall()).isTrue();
		assertThat(LiftCalculator.lift(group(2000, 300), group(200, 4)).tooSmall()).isTrue();
		assertThat(LiftCalculator.lift(group(2000, 300), group(200, 196)).tooSmall()).isTrue();
		assertThat(LiftCalculator.lift(group(2000, 300), group(200, 5)).tooSmall()).isFalse();
		assertThat(LiftCalculator.lift(group(2000, 300), group(25, 10)).clear()).as("never clear when too small").isFalse();
	}

	@Test
	void leavesTheRelativeLiftUndefinedWhenNoHoldoutMemberHasTheOutcome() {
		Lift lift = LiftCalculator.lift(group(200, 20), group(200, 0));
		assertThat(lift.hasRelative()).isFalse();
		assertThat(lift.absolute()).isCloseTo(0.1, within(CLOSE));
	}

	@Test
	void estimatesTheIncrementalValueFromTheMeanValuePerMember() {
		GroupTally target = GroupTally.EMPTY.plus(true, 100).plus(true, 300).plus(false, 0).plus(false, 0);
		GroupTally holdout = GroupTally.EMPTY.plus(true, 100).plus(false, 0);
		Lift lift = LiftCalculator.lift(target, holdout);
		// Mean per member 100 in the target, 50 in the holdout: 50 more per target member, 4 members.
		assertThat(lift.incrementalValue()).isCloseTo(200, within(CLOSE));
		// Sample variances: target (0² + 200² + 100² + 100²) / 3 = 20,000; holdout (50² + 50²) / 1 = 5,000.
		double seMean = Math.sqrt(20_000 / 4.0 + 5_000 / 2.0);
		assertThat(lift.incrementalValueLow()).isCloseTo((50 - 1.9599639845400536 * seMean) * 4, within(1e-6));
		assertThat(lift.incrementalValueHigh()).isCloseTo((50 + 1.9599639845400536 * seMean) * 4, within(1e-6));
	}

}
