package id.kasir.bench.lists;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statements a request really ran, read from MyBatis' DEBUG lines in Kasir's log ({@code ==>  Preparing:} and
 * {@code ==> Parameters:}), with the parameters put back in, and what MariaDB does with each: {@code ANALYZE}
 * (MariaDB's EXPLAIN that also runs the statement and adds the rows it really read, {@code r_rows}). Reading the
 * log instead of copying the mappers' SQL here means the plan shown is the plan of the statement Kasir sends.
 */
final class SqlExplainer {

    private static final Pattern PREPARING = Pattern.compile("\\s(\\S+)\\s*:\\s==>\\s+Preparing: (.*)$");
    private static final Pattern PARAMETERS = Pattern.compile("==> Parameters: ?(.*)$");
    private static final Pattern PARAMETER = Pattern.compile("(null|.*?\\((\\w+)\\))(?:, |$)");

    /** One statement a request ran: the mapper statement's id (logger name) and its SQL with the values in. */
    record Ran(String statement, String sql) {
    }

    private SqlExplainer() {
    }

    /** The SELECTs logged between two sizes of the log file, in order, each once. */
    static List<Ran> ran(Path log, long from, long to) throws IOException {
        byte[] bytes = new byte[(int) (to - from)];
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            file.seek(from);
            file.readFully(bytes);
        }
        Map<String, Ran> found = new LinkedHashMap<>();
        String statement = null;
        String sql = null;
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            Matcher preparing = PREPARING.matcher(line);
            if (preparing.find()) {
                statement = preparing.group(1);
                sql = preparing.group(2).strip();
                continue;
            }
            Matcher parameters = PARAMETERS.matcher(line);
            if (parameters.find() && sql != null) {
                String full = bind(sql, parameters.group(1));
                if (full.regionMatches(true, 0, "SELECT", 0, 6)) {
                    found.putIfAbsent(statement + full, new Ran(statement, full));
                }
                sql = null;
            }
        }
        return new ArrayList<>(found.values());
    }

    private static String bind(String sql, String parameters) {
        List<String> values = new ArrayList<>();
        Matcher p = PARAMETER.matcher(parameters);
        while (!parameters.isBlank() && p.find() && p.end() > p.start()) {
            if (p.group(1).equals("null")) {
                values.add("NULL");
                continue;
            }
            String token = p.group(1);
            String value = token.substring(0, token.length() - p.group(2).length() - 2);
            values.add(switch (p.group(2)) {
                case "Integer", "Long", "BigDecimal", "Short", "Double", "Boolean" -> value;
                default -> "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
            });
        }
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            out.append(c == '?' && next < values.size() ? values.get(next++) : String.valueOf(c));
        }
        return out.toString();
    }

    /** One line of a plan, for the summary table: which table, how (type), by which index, rows read, Extra. */
    record PlanLine(String table, String type, String key, String rRows, String extra) {
    }

    /** The lines of MariaDB's {@code ANALYZE} of the statement (empty when it fails). */
    static List<PlanLine> plan(Connection db, String sql) {
        List<PlanLine> lines = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet r = st.executeQuery("ANALYZE " + sql)) {
            while (r.next()) {
                lines.add(new PlanLine(r.getString("table"), r.getString("type"), r.getString("key"),
                        r.getString("r_rows"), r.getString("Extra")));
            }
        } catch (SQLException e) {
            lines.add(new PlanLine("?", "?", "?", "?", "ANALYZE failed: " + e.getMessage()));
        }
        return lines;
    }

    /** MariaDB's {@code ANALYZE} of the statement as a Markdown table (id, table, type, key, rows, r_rows, Extra). */
    static String analyze(Connection db, String sql) {
        try (Statement st = db.createStatement(); ResultSet r = st.executeQuery("ANALYZE " + sql)) {
            ResultSetMetaData meta = r.getMetaData();
            List<String> wanted = List.of("id", "select_type", "table", "type", "possible_keys", "key", "key_len", "rows",
                    "r_rows", "filtered", "r_filtered", "Extra");
            List<Integer> columns = new ArrayList<>();
            StringBuilder md = new StringBuilder("| ");
            for (String name : wanted) {
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    if (meta.getColumnLabel(i).equalsIgnoreCase(name)) {
                        columns.add(i);
                        md.append(name).append(" | ");
                    }
                }
            }
            md.append("\n|").append(" --- |".repeat(columns.size())).append('\n');
            while (r.next()) {
                md.append("| ");
                for (int i : columns) {
                    String v = r.getString(i);
                    md.append(v == null ? "" : v.replace("|", "\\|")).append(" | ");
                }
                md.append('\n');
            }
            return md.toString();
        } catch (SQLException e) {
            return "(ANALYZE failed: " + e.getMessage() + ")\n";
        }
    }

    /** The SQL for reading: the long column list of a {@code SELECT} shortened to {@code …}. */
    static String shortened(String sql) {
        int from = sql.toUpperCase().indexOf(" FROM ");
        if (sql.regionMatches(true, 0, "SELECT ", 0, 7) && from > 120) {
            return "SELECT … " + sql.substring(from + 1);
        }
        return sql;
    }
}
