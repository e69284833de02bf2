package id.kasir.adapters.persistence.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL for {@code notification_message_ids} (V15_3); the statements are in MessageIdMapper.xml. */
@Mapper
interface MessageIdMapper {

    /** A taken (gateway, partner, day, id) violates the unique key. */
    void insert(MessageIdRow row);

    MessageIdRow byId(@Param("gateway") String gateway, @Param("partner") String partner, @Param("day") LocalDate day,
                      @Param("messageId") String messageId);

    List<MessageIdRow> withContent(@Param("gateway") String gateway, @Param("contentHash") String contentHash,
                                   @Param("limit") int limit);

    int deleteBefore(@Param("cutoff") Instant cutoff);
}
