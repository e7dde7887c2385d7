using System.Data.Common;

namespace Axcelerate.HubSpot.AdoNet;

/// <summary>How the SQL stores bind values and read typed columns: times as UTC ticks, enums by name.</summary>
internal static class AdoValues
{
    public static DbCommand With(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return command;
    }

    public static long Ticks(DateTimeOffset value) => value.UtcTicks;

    public static long? Ticks(DateTimeOffset? value) => value?.UtcTicks;

    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => value.ToString();

    public static DateTimeOffset Time(this DbDataReader reader, int ordinal) => new(reader.GetInt64(ordinal), TimeSpan.Zero);

    public static DateTimeOffset? NullableTime(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.Time(ordinal);

    public static string? NullableString(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static long? NullableInt64(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);

    public static int? NullableInt32(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    public static TEnum Enum<TEnum>(this DbDataReader reader, int ordinal)
        where TEnum : struct, Enum => System.Enum.Parse<TEnum>(reader.GetString(ordinal));

    public static TEnum? NullableEnum<TEnum>(this DbDataReader reader, int ordinal)
        where TEnum : struct, Enum => reader.IsDBNull(ordinal) ? null : reader.Enum<TEnum>(ordinal);
}
