package id.kasir.adapters.persistence.operator;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL for {@code users}; the statements are in OperatorAccountMapper.xml. */
@Mapper
interface OperatorAccountMapper {

    long count();

    OperatorAccountRow byUsername(@Param("username") String username);

    OperatorAccountRow byId(@Param("id") long id);

    List<OperatorAccountRow> all();

    /** Sets {@code row.id}; a taken username violates the unique key. */
    void insert(OperatorAccountRow row);

    /** Writes the row if its version is still {@code row.version}; returns the rows changed (0 when stale). */
    int update(OperatorAccountRow row);
}
