using Axcelerate.HubSpot;
using Axcelerate.HubSpot.PostgreSql;
using Microsoft.Extensions.Logging;
using Npgsql;

// Extensions of the builder live beside AddHubSpotIntegration's namespace so they are found without extra usings.
#pragma warning disable IDE0130
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Chooses the PostgreSQL store for the integration.</summary>
public static class PostgreSqlHubSpotIntegrationBuilderExtensions
{
    /// <summary>
    /// Keeps links, mappings, settings, checkpoints, OAuth tokens, leases, rate budgets and the logs in a PostgreSQL
    /// database that several host instances may share; the schema is created and migrated (under an advisory lock)
    /// when the store is first resolved. It replaces any store chosen before, including the OAuth token store.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddHubSpotIntegration</c>.</param>
    /// <param name="connectionString">An Npgsql connection string, e.g. <c>Host=db;Database=integration;Username=app;Password=…</c>.</param>
    /// <param name="configure">Sets the store's options (e.g. its schema); optional.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentException">The connection string is empty.</exception>
    public static HubSpotIntegrationBuilder UsePostgreSqlStore(this HubSpotIntegrationBuilder builder, string connectionString, Action<PostgreSqlStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var options = Options(configure);
        return builder.UseStore(provider => new PostgreSqlIntegrationStore(
            connectionString,
            options,
            provider.GetService<TimeProvider>(),
            provider.GetService<ILoggerFactory>()?.CreateLogger<PostgreSqlIntegrationStore>()));
    }

    /// <summary>
    /// Like <see cref="UsePostgreSqlStore(HubSpotIntegrationBuilder, string, Action{PostgreSqlStoreOptions}?)"/>, over
    /// a data source the host built and owns (e.g. with its own password provider or logging); the store never
    /// disposes it.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddHubSpotIntegration</c>.</param>
    /// <param name="dataSource">The host's Npgsql data source.</param>
    /// <param name="configure">Sets the store's options (e.g. its schema); optional.</param>
    /// <returns>The same builder.</returns>
    public static HubSpotIntegrationBuilder UsePostgreSqlStore(this HubSpotIntegrationBuilder builder, NpgsqlDataSource dataSource, Action<PostgreSqlStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(dataSource);
        var options = Options(configure);
        return builder.UseStore(provider => new PostgreSqlIntegrationStore(
            dataSource,
            options,
            provider.GetService<TimeProvider>(),
            provider.GetService<ILoggerFactory>()?.CreateLogger<PostgreSqlIntegrationStore>()));
    }

    private static PostgreSqlStoreOptions Options(Action<PostgreSqlStoreOptions>? configure)
    {
        var options = new PostgreSqlStoreOptions();
        configure?.Invoke(options);

        // A bad schema name fails here, where the host is configured, not on first use.
        options.ValidatedSchema();
        return options;
    }
}
