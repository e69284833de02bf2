package id.kasir.adapters.persistence.ops;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL for {@code ops_exceptions}; the statements are in OpsExceptionMapper.xml. */
@Mapper
interface OpsExceptionMapper {

    /** Sets {@code row.id}; a dedup key stored before violates the unique key. */
    void insert(OpsExceptionRow row);

    int resolve(@Param("id") long id, @Param("by") String by, @Param("resolution") String resolution,
                @Param("at") Instant at);

    OpsExceptionRow byId(@Param("id") long id);

    OpsExceptionRow byDedupKey(@Param("dedupKey") String dedupKey);

    List<OpsExceptionRow> open(@Param("limit") int limit);

    List<OpsExceptionRow> bySubject(@Param("subject") String subject);

    long countOpen();
}
