package id.kasir.adapters.persistence.audit;

import id.kasir.domain.audit.AuditSearch;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL for {@code audit_log}; the statements are in AuditMapper.xml. */
@Mapper
interface AuditMapper {

    void insert(AuditRow row);

    List<AuditRow> recent(@Param("beforeId") Long beforeId, @Param("limit") int limit);

    /** {@code actors}: the stored actor texts to match (empty: any); {@code actionFamily}: LIKE pattern or null. */
    List<AuditRow> search(@Param("q") AuditSearch search, @Param("actors") List<String> actors,
                          @Param("actionFamily") String actionFamily);
}
