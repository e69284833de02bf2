package id.kasir.adapters.persistence.operator;

import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL for {@code login_sources} (V15_1); the statements are in LoginSourceMapper.xml. */
@Mapper
interface LoginSourceMapper {

    /** Counts one more failure on an existing row; returns the rows changed (0: there is none yet). */
    int addFailure(@Param("username") String username, @Param("source") String source, @Param("at") Instant at);

    /** Marks a success on an existing row and clears its failures; returns the rows changed. */
    int markSuccess(@Param("username") String username, @Param("source") String source, @Param("at") Instant at);

    /** A new row; a concurrent insert of the same account and source violates the primary key. */
    void insert(@Param("username") String username, @Param("source") String source, @Param("failedCount") int failedCount,
                @Param("failedAt") Instant failedAt, @Param("succeededAt") Instant succeededAt);

    int countFailingSources(@Param("username") String username, @Param("since") Instant since);

    int countSuccesses(@Param("username") String username, @Param("source") String source, @Param("since") Instant since);

    int clearFailures(@Param("username") String username);

    int deleteOlderThan(@Param("cutoff") Instant cutoff);
}
