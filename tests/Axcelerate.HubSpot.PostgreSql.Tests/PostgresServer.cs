using System.Diagnostics;
using Npgsql;

namespace Axcelerate.HubSpot.PostgreSql.Tests;

/// <summary>
/// The PostgreSQL server the tests use. <c>AXCELERATE_HUBSPOT_POSTGRES</c> (a connection string) when set — CI sets it
/// to the cluster <c>.ci/run</c> starts. Otherwise, when the distribution's PostgreSQL binaries are installed, the first
/// test starts the throwaway cluster of <c>eng/postgres.sh</c> and the test process stops it when it exits (unless it
/// was running already; <c>halt</c>: its directory in /tmp stays, so the next run skips initdb, and
/// <c>eng/postgres.sh stop</c> deletes it). Without either, every test fails with a message saying how to get a server:
/// the tests never skip.
/// </summary>
internal static class PostgresServer
{
    public const string Variable = "AXCELERATE_HUBSPOT_POSTGRES";

    private static readonly Lazy<string> Server = new(() => Patient(Resolve()), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The server's connection string (its maintenance database).</summary>
    public static string ConnectionString => Server.Value;

    /// <summary>The connection string of another database on the same server.</summary>
    public static string ForDatabase(string database) =>
        new NpgsqlConnectionStringBuilder(ConnectionString) { Database = database }.ConnectionString;

    public static async Task ExecuteAsync(string sql, string? connectionString = null)
    {
        await using var connection = new NpgsqlConnection(connectionString ?? ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<List<T>> QueryAsync<T>(string sql, string? connectionString = null)
    {
        await using var connection = new NpgsqlConnection(connectionString ?? ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetFieldValue<T>(0));
        }

        return rows;
    }

    // The suite shares a busy machine with other test projects: connecting (a forked backend) and statements may take
    // far longer than Npgsql's 15 s / 30 s defaults without anything being wrong.
    private static string Patient(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.Timeout = Math.Max(builder.Timeout, 120);
        builder.CommandTimeout = Math.Max(builder.CommandTimeout, 300);
        return builder.ConnectionString;
    }

    private static string Resolve()
    {
        var given = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(given))
        {
            return given;
        }

        var script = FindScript();
        var hasBinaries = Directory.Exists("/usr/lib/postgresql") && Directory.EnumerateDirectories("/usr/lib/postgresql").Any(d => File.Exists(Path.Combine(d, "bin", "initdb")));
        if (script is null || !hasBinaries || OperatingSystem.IsWindows())
        {
            throw new InvalidOperationException(
                $"The PostgreSQL store tests need a PostgreSQL server. Set {Variable} to a connection string (e.g. Host=127.0.0.1;Port=5432;Username=postgres;Database=postgres), " +
                "or install the distribution's PostgreSQL (apt-get install postgresql) and run `eng/postgres.sh start` (`eval \"$(eng/postgres.sh env)\"` sets the variable); " +
                "with the binaries installed the tests start that throwaway cluster themselves.");
        }

        var wasRunning = Run(script, "status").StartsWith("running", StringComparison.Ordinal);
        var connectionString = Run(script, "start").Trim().Split('\n')[^1];
        if (!wasRunning)
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Run(script, "halt");
        }

        return connectionString;
    }

    private static string? FindScript()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "eng", "postgres.sh");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string Run(string script, string command)
    {
        var start = new ProcessStartInfo("bash", [script, command])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment.Remove(Variable);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0 && command == "start")
        {
            throw new InvalidOperationException($"`eng/postgres.sh start` failed (exit {process.ExitCode}): {error.Result}");
        }

        return output;
    }
}
