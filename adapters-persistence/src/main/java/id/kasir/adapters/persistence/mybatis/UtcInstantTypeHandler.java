package id.kasir.adapters.persistence.mybatis;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;
import org.apache.ibatis.type.MappedTypes;

/**
 * Stores an {@link Instant} in a {@code DATETIME(6)} column as the UTC wall-clock time. MyBatis's own
 * handler goes through {@link java.sql.Timestamp}, which converts with the JVM's default time zone: a
 * node started in Asia/Jakarta would then write other values than one started in UTC.
 *
 * <p>The value is sent as the text {@code yyyy-MM-dd HH:mm:ss.SSSSSS}, which all three databases turn
 * into a {@code DATETIME(6)} (and compare with one) without any zone. Not as a {@code LocalDateTime}:
 * MySQL Connector/J drops the fraction for MariaDB 10.x, whose greeting version ("5.5.5-10.11…") it
 * takes for a MySQL without fractional seconds. Values are truncated to microseconds, the column's
 * precision, so what is read back equals what was written. Reading needs no trick: the drivers hand
 * the stored wall-clock time back as a {@code LocalDateTime} unchanged.
 */
@MappedTypes(Instant.class)
public class UtcInstantTypeHandler extends BaseTypeHandler<Instant> {

    private static final DateTimeFormatter COLUMN_TEXT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");

    public static LocalDateTime toColumn(Instant instant) {
        return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    public static Instant fromColumn(LocalDateTime value) {
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, Instant parameter, JdbcType jdbcType)
            throws SQLException {
        ps.setString(i, COLUMN_TEXT.format(toColumn(parameter)));
    }

    @Override
    public Instant getNullableResult(ResultSet rs, String columnName) throws SQLException {
        return fromColumn(rs.getObject(columnName, LocalDateTime.class));
    }

    @Override
    public Instant getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
        return fromColumn(rs.getObject(columnIndex, LocalDateTime.class));
    }

    @Override
    public Instant getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
        return fromColumn(cs.getObject(columnIndex, LocalDateTime.class));
    }
}
