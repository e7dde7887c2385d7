using Npgsql;

namespace Axcelerate.HubSpot.PostgreSql;

/// <summary>The PostgreSQL error codes (SQLSTATE) the store acts on.</summary>
internal static class PostgreSqlCommands
{
    /// <summary>SQLSTATE of a unique-key violation.</summary>
    public const string UniqueViolation = "23505";

    /// <summary>Deadlock or serialization failure: the transaction was rolled back and may simply run again.</summary>
    public static bool IsRetryable(this PostgresException exception) => exception.SqlState is "40P01" or "40001";
}
