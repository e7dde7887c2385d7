using Axcelerate.HubSpot;
using Axcelerate.HubSpot.Sqlite;
using Microsoft.Extensions.Logging;

// Extensions of the builder live beside AddHubSpotIntegration's namespace so they are found without extra usings.
#pragma warning disable IDE0130
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Chooses the SQLite store for the integration.</summary>
public static class SqliteHubSpotIntegrationBuilderExtensions
{
    /// <summary>
    /// Keeps links, mappings, settings, checkpoints, OAuth tokens and the logs in a SQLite database file, created and
    /// migrated when the store is first resolved. It replaces any store chosen before, including the OAuth token store.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddHubSpotIntegration</c>.</param>
    /// <param name="connectionString">A Microsoft.Data.Sqlite connection string, e.g. <c>Data Source=axcelerate-hubspot.db</c>.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentException">The connection string is empty.</exception>
    public static HubSpotIntegrationBuilder UseSqliteStore(this HubSpotIntegrationBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return builder.UseSqliteStore(connectionString, _ => { });
    }

    /// <summary>
    /// Keeps the integration's state in a SQLite database file (see <see cref="UseSqliteStore(HubSpotIntegrationBuilder, string)"/>),
    /// with options, e.g. how long a write waits for another connection's lock (<see cref="SqliteStoreOptions.BusyTimeout"/>).
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddHubSpotIntegration</c>.</param>
    /// <param name="connectionString">A Microsoft.Data.Sqlite connection string, e.g. <c>Data Source=axcelerate-hubspot.db</c>.</param>
    /// <param name="configure">Sets the store's options.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentException">The connection string is empty.</exception>
    public static HubSpotIntegrationBuilder UseSqliteStore(this HubSpotIntegrationBuilder builder, string connectionString, Action<SqliteStoreOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new SqliteStoreOptions();
        configure(options);
        return builder.UseStore(provider => new SqliteIntegrationStore(
            connectionString,
            options,
            provider.GetService<TimeProvider>(),
            provider.GetService<ILoggerFactory>()?.CreateLogger<SqliteIntegrationStore>()));
    }
}
