package io.finseg.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionExecution;

class CommitFailuresTest {

	private final CommitFailures listener = new CommitFailures();

	@AfterEach
	void forget() {
		CommitFailures.forget();
	}

	@Test
	void aFailedCommitOfAWritingTransactionIsRemembered() {
		listener.afterCommit(transaction(false), new RuntimeException("link failure"));
		assertThat(CommitFailures.happened()).isTrue();
	}

	@Test
	void aFailedCommitOfAReadOnlyTransactionIsNot() {
		listener.afterCommit(transaction(true), new RuntimeException("link failure"));
		assertThat(CommitFailures.happened()).isFalse();
	}

	@Test
	void aCommitThatWorkedIsNot() {
		listener.afterCommit(transaction(false), null);
		assertThat(CommitFailures.happened()).isFalse();
	}

	private static TransactionExecution transaction(boolean readOnly) {
		TransactionExecution transaction = mock(TransactionExecution.class);
		when(transaction.isReadOnly()).thenReturn(readOnly);
		return transaction;
	}

}
