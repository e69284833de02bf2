package id.kasir.adapters.persistence.ops;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL for {@code ops_exceptions} and {@code ops_exception_history}; the statements are in OpsExceptionMapper.xml. */
@Mapper
interface OpsExceptionMapper {

    /** Sets {@code row.id}; a dedup key stored before violates the unique key. */
    void insert(OpsExceptionRow row);

    /** 1 when stored, 0 when the stored state is not {@code expectedState} (or no such row). */
    int save(@Param("row") OpsExceptionRow row, @Param("expectedState") String expectedState);

    void insertStep(OpsExceptionStepRow row);

    List<OpsExceptionStepRow> history(@Param("id") long id);

    OpsExceptionRow byId(@Param("id") long id);

    OpsExceptionRow byDedupKey(@Param("dedupKey") String dedupKey);

    List<OpsExceptionRow> search(@Param("type") String type, @Param("states") List<String> states,
                                 @Param("gateway") String gateway, @Param("raisedBefore") Instant raisedBefore,
                                 @Param("owner") String owner, @Param("limit") int limit);

    List<OpsExceptionRow> bySubject(@Param("subject") String subject);

    long countOpen();

    List<TypeCountRow> countOpenByType();
}
