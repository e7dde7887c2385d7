namespace Axcelerate.HubSpot.PostgreSql.Tests;

/// <summary>A schema of its own in the server's database for one test, dropped with everything in it afterwards.</summary>
internal sealed class TempSchema : IDisposable
{
    public string Name { get; } = "t_" + Guid.NewGuid().ToString("N");

    public PostgreSqlStoreOptions Options => new() { Schema = Name };

    public void Dispose() => PostgresServer.ExecuteAsync($"DROP SCHEMA IF EXISTS \"{Name}\" CASCADE;").GetAwaiter().GetResult();
}

/// <summary>A database of its own on the server (for what concerns a whole database), dropped afterwards.</summary>
internal sealed class TempPostgresDatabase : IDisposable
{
    private TempPostgresDatabase(string name)
    {
        Name = name;
        ConnectionString = PostgresServer.ForDatabase(name);
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<TempPostgresDatabase> CreateAsync()
    {
        var database = new TempPostgresDatabase("axhs_" + Guid.NewGuid().ToString("N"));
        await PostgresServer.ExecuteAsync($"CREATE DATABASE \"{database.Name}\";");
        return database;
    }

    public void Dispose()
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        PostgresServer.ExecuteAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE);").GetAwaiter().GetResult();
    }
}
