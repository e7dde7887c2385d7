using Npgsql;

namespace Axcelerate.HubSpot.PostgreSql;

/// <summary>Small helpers to build parameterised commands and read typed columns.</summary>
internal static class PostgreSqlCommands
{
    /// <summary>SQLSTATE of a unique-key violation.</summary>
    public const string UniqueViolation = "23505";

    public static NpgsqlCommand With(this NpgsqlCommand command, string name, object? value)
    {
        command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    public static long Ticks(DateTimeOffset value) => value.UtcTicks;

    public static DateTimeOffset Time(this NpgsqlDataReader reader, int ordinal) => new(reader.GetInt64(ordinal), TimeSpan.Zero);

    public static DateTimeOffset? NullableTime(this NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.Time(ordinal);

    public static string? NullableString(this NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static long? NullableInt64(this NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);

    public static int? NullableInt32(this NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    public static TEnum Enum<TEnum>(this NpgsqlDataReader reader, int ordinal)
        where TEnum : struct, Enum => System.Enum.Parse<TEnum>(reader.GetString(ordinal));

    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => value.ToString();

    /// <summary>Deadlock or serialization failure: the transaction was rolled back and may simply run again.</summary>
    public static bool IsRetryable(this PostgresException exception) => exception.SqlState is "40P01" or "40001";
}
