package id.kasir.adapters.persistence.audit;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL for {@code audit_log}; the statements are in AuditMapper.xml. */
@Mapper
interface AuditMapper {

    void insert(AuditRow row);

    List<AuditRow> recent(@Param("beforeId") Long beforeId, @Param("limit") int limit);
}
