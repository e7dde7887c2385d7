using Axcelerate.HubSpot.AdoNet;

namespace Axcelerate.HubSpot.PostgreSql;

/// <summary>
/// Puts the store's schema into its SQL: statements name tables as <c>axhs.table</c>, replaced by the quoted schema,
/// so every table reference is qualified whatever the connection's <c>search_path</c>.
/// </summary>
internal sealed class PostgreSqlStoreSql
{
    public PostgreSqlStoreSql(string schema)
    {
        Schema = schema;
        QuotedSchema = "\"" + schema + "\"";
        _prefix = QuotedSchema + ".";
    }

    private readonly string _prefix;

    /// <summary>The schema name as validated (lower-case letters, digits, underscores).</summary>
    public string Schema { get; }

    /// <summary>The schema as an SQL identifier.</summary>
    public string QuotedSchema { get; }

    public string Apply(string sql) => sql.Replace(AdoStoreCore.TablePrefix, _prefix, StringComparison.Ordinal);
}
