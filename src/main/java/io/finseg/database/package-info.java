/**
 * What FinSeg needs from the database beyond plain JDBC: a transaction that a cluster refuses
 * for a transient reason (a Galera certification conflict, a deadlock, a node that went away
 * before the commit) is run again, a few times, with growing pauses (docs/deployment.md).
 * Every {@code @Transactional} method and the shared {@code TransactionTemplate} get this
 * without depending on this room; other rooms need not name it.
 */
@ApplicationModule(displayName = "Database", allowedDependencies = {})
package io.finseg.database;

import org.springframework.modulith.ApplicationModule;
