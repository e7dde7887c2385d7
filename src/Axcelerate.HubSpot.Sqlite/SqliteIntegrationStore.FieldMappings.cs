using Axcelerate.HubSpot.Mapping;
using Axcelerate.HubSpot.Storage;
using Microsoft.Data.Sqlite;

namespace Axcelerate.HubSpot.Sqlite;

public sealed partial class SqliteIntegrationStore
{
    private const string UpsertMappingSql = """
        INSERT INTO field_mappings (entity, axcelerate_field, hubspot_property, type, is_active, rule, is_custom, position)
        VALUES ($entity, $ax, $hs, $type, $active, $rule, $custom, (SELECT COALESCE(MAX(position), 0) + 1 FROM field_mappings WHERE entity = $entity))
        ON CONFLICT (entity, axcelerate_field, hubspot_property) DO UPDATE SET
            axcelerate_field = excluded.axcelerate_field, hubspot_property = excluded.hubspot_property, type = excluded.type,
            is_active = excluded.is_active, rule = excluded.rule, is_custom = excluded.is_custom;
        """;

    private const string MarkConfiguredSql =
        "INSERT INTO field_mapping_entities (entity, configured_at) VALUES ($entity, $at) ON CONFLICT (entity) DO NOTHING;";

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<FieldMapping>> ListFieldMappingsAsync(MappedEntity entity, CancellationToken cancellationToken = default)
    {
        var rows = new List<FieldMapping>();
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var select = connection.Command(
                "SELECT axcelerate_field, hubspot_property, type, is_active, rule, is_custom FROM field_mappings WHERE entity = $entity ORDER BY position;");
            await using (select.ConfigureAwait(false))
            {
                select.With("$entity", SqliteCommands.Name(entity));
                var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        rows.Add(new FieldMapping(entity, reader.GetString(0), reader.GetString(1), reader.Enum<FieldType>(2))
                        {
                            IsActive = reader.GetBoolean(3),
                            Rule = reader.Enum<SyncRule>(4),
                            IsCustomField = reader.GetBoolean(5),
                        });
                    }
                }
            }
        }

        return rows;
    }

    /// <inheritdoc />
    public async ValueTask UpsertFieldMappingAsync(FieldMapping mapping, CancellationToken cancellationToken = default)
    {
        StoreArguments.FieldMapping(mapping);
        await InTransactionAsync(
            async (connection, transaction) =>
            {
                await UpsertMappingAsync(connection, transaction, mapping, cancellationToken).ConfigureAwait(false);
                await MarkConfiguredAsync(connection, transaction, mapping.Entity, cancellationToken).ConfigureAwait(false);
                return true;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<bool> SetFieldMappingActiveAsync(MappedEntity entity, string axcelerateField, string hubSpotProperty, bool isActive, CancellationToken cancellationToken = default) =>
        await ExecuteAsync(
            "UPDATE field_mappings SET is_active = $active WHERE entity = $entity AND axcelerate_field = $ax AND hubspot_property = $hs;",
            cancellationToken,
            ("$entity", SqliteCommands.Name(entity)),
            ("$ax", axcelerateField),
            ("$hs", hubSpotProperty),
            ("$active", isActive)).ConfigureAwait(false) > 0;

    /// <inheritdoc />
    public async ValueTask<bool> DeleteFieldMappingAsync(MappedEntity entity, string axcelerateField, string hubSpotProperty, CancellationToken cancellationToken = default) =>
        await ExecuteAsync(
            "DELETE FROM field_mappings WHERE entity = $entity AND axcelerate_field = $ax AND hubspot_property = $hs;",
            cancellationToken,
            ("$entity", SqliteCommands.Name(entity)),
            ("$ax", axcelerateField),
            ("$hs", hubSpotProperty)).ConfigureAwait(false) > 0;

    /// <inheritdoc />
    public async ValueTask ReplaceFieldMappingsAsync(MappedEntity entity, IReadOnlyList<FieldMapping> mappings, CancellationToken cancellationToken = default)
    {
        StoreArguments.MappingsBelongTo(entity, mappings, nameof(mappings));
        await InTransactionAsync(
            async (connection, transaction) =>
            {
                await ExecuteAsync(connection, transaction, "DELETE FROM field_mappings WHERE entity = $entity;", cancellationToken, ("$entity", SqliteCommands.Name(entity))).ConfigureAwait(false);
                foreach (var mapping in mappings)
                {
                    await UpsertMappingAsync(connection, transaction, mapping, cancellationToken).ConfigureAwait(false);
                }

                await MarkConfiguredAsync(connection, transaction, entity, cancellationToken).ConfigureAwait(false);
                return true;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<bool> SeedDefaultFieldMappingsAsync(MappedEntity entity, IReadOnlyList<FieldMapping> defaults, CancellationToken cancellationToken = default)
    {
        StoreArguments.MappingsBelongTo(entity, defaults, nameof(defaults));
        return await InTransactionAsync(
            async (connection, transaction) =>
            {
                if (!await MarkConfiguredAsync(connection, transaction, entity, cancellationToken).ConfigureAwait(false))
                {
                    return false;
                }

                foreach (var mapping in defaults)
                {
                    await UpsertMappingAsync(connection, transaction, mapping, cancellationToken).ConfigureAwait(false);
                }

                return true;
            },
            cancellationToken).ConfigureAwait(false);
    }

    private static ValueTask<int> UpsertMappingAsync(SqliteConnection connection, SqliteTransaction transaction, FieldMapping mapping, CancellationToken cancellationToken) =>
        ExecuteAsync(
            connection,
            transaction,
            UpsertMappingSql,
            cancellationToken,
            ("$entity", SqliteCommands.Name(mapping.Entity)),
            ("$ax", mapping.AxcelerateField),
            ("$hs", mapping.HubSpotProperty),
            ("$type", SqliteCommands.Name(mapping.Type)),
            ("$active", mapping.IsActive),
            ("$rule", SqliteCommands.Name(mapping.Rule)),
            ("$custom", mapping.IsCustomField));

    private async ValueTask<bool> MarkConfiguredAsync(SqliteConnection connection, SqliteTransaction transaction, MappedEntity entity, CancellationToken cancellationToken) =>
        await ExecuteAsync(connection, transaction, MarkConfiguredSql, cancellationToken, ("$entity", SqliteCommands.Name(entity)), ("$at", SqliteCommands.Ticks(Now))).ConfigureAwait(false) > 0;

    // One writer of this process at a time waits here, asynchronously and in turn, instead of in SQLite's busy handler,
    // which sleeps a blocked thread for up to 100 ms between tries and lets a waiter lose to newcomers (the ingest
    // benchmark's p99 acknowledgement was seconds with ten concurrent webhook deliveries). Other processes still meet
    // the busy timeout.
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    /// <summary>Runs <paramref name="work"/> in one <c>BEGIN IMMEDIATE</c> transaction, committed when it returns normally.</summary>
    private async ValueTask<T> InTransactionAsync<T>(Func<SqliteConnection, SqliteTransaction, ValueTask<T>> work, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await InTransactionCoreAsync(work, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private async ValueTask<T> InTransactionCoreAsync<T>(Func<SqliteConnection, SqliteTransaction, ValueTask<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                // Not deferred: take the write lock up front, so a concurrent writer waits instead of failing on lock upgrade.
                var transaction = connection.BeginTransaction(deferred: false);
                await using (transaction.ConfigureAwait(false))
                {
                    var result = await work(connection, transaction).ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    return result;
                }
            }
        }
        catch (SqliteException ex) when (IsBusy(ex))
        {
            throw Busy(ex);
        }
    }
}
