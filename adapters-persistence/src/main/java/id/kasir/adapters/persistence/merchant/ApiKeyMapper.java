package id.kasir.adapters.persistence.merchant;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL for {@code api_keys}; the statements are in ApiKeyMapper.xml. */
@Mapper
interface ApiKeyMapper {

    /** Sets {@code row.id}; a hash stored before violates the unique key. */
    void insert(ApiKeyRow row);

    ApiKeyRow byHash(@Param("keyHash") String keyHash);

    List<ApiKeyRow> byPrefix(@Param("prefix") String prefix);

    ApiKeyRow byId(@Param("id") long id);

    List<ApiKeyRow> all();

    int revoke(@Param("id") long id, @Param("at") Instant at);

    int markUsed(@Param("id") long id, @Param("at") Instant at);
}
