using System.Data.Common;
using Axcelerate.HubSpot.HubSpotApi.Auth;
using Axcelerate.HubSpot.Storage;

namespace Axcelerate.HubSpot.AdoNet;

/// <summary>Maps a row of the shared column lists to the store's records.</summary>
internal static class AdoRows
{
    /// <summary><c>hubspot_owner_id, axcelerate_contact_id, email, method, linked_at</c>.</summary>
    public static UserLink UserLink(DbDataReader reader) =>
        new(reader.GetString(0), reader.NullableInt64(1), reader.NullableString(2), reader.Enum<UserLinkMethod>(3), reader.Time(4));

    /// <summary><c>entity, cursor, created, linked, updated, skipped, ambiguous, failed, is_complete, started_at, updated_at, version</c>.</summary>
    public static ImportCheckpoint Checkpoint(DbDataReader reader) =>
        new(reader.Enum<MappedEntity>(0), reader.NullableString(1), new ImportCounts(reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5), reader.GetInt32(6), reader.GetInt32(7)))
        {
            IsComplete = reader.GetBoolean(8),
            StartedAt = reader.Time(9),
            UpdatedAt = reader.Time(10),
            Version = reader.GetInt64(11),
        };

    /// <summary><c>access_token, refresh_token, expires_at, hub_id, scopes, invalidated_at, invalid_reason</c>.</summary>
    public static HubSpotTokenSet Tokens(DbDataReader reader)
    {
        var scopes = reader.GetString(4);
        return new HubSpotTokenSet(reader.GetString(0), reader.GetString(1), reader.Time(2))
        {
            HubId = reader.NullableInt64(3),
            Scopes = scopes.Length == 0 ? [] : scopes.Split(' '),
            InvalidatedAt = reader.NullableTime(5),
            InvalidReason = reader.NullableString(6),
        };
    }

    /// <summary><c>entity, axcelerate_id, hubspot_id, linked_at, to_hubspot_hash, to_hubspot_at, to_axcelerate_hash, to_axcelerate_at</c>.</summary>
    public static RecordLink RecordLink(DbDataReader reader) =>
        new(reader.Enum<MappedEntity>(0), reader.GetInt64(1), reader.GetString(2), reader.Time(3))
        {
            LastSyncedToHubSpot = reader.IsDBNull(4) ? null : new SyncStamp(reader.GetString(4), reader.Time(5)),
            LastSyncedToAxcelerate = reader.IsDBNull(6) ? null : new SyncStamp(reader.GetString(6), reader.Time(7)),
        };

    /// <summary>The incoming log's columns (<c>AdoStoreCore.IncomingColumns</c>).</summary>
    public static IncomingLogEntry Incoming(DbDataReader reader) =>
        new(
            reader.GetInt64(0),
            reader.GetInt64(1),
            reader.GetString(2),
            reader.GetString(3),
            reader.Time(4),
            reader.GetString(5),
            reader.Enum<IncomingStatus>(6),
            reader.GetInt32(7),
            reader.Time(8),
            reader.Time(9))
        {
            PortalId = reader.NullableInt64(10),
            Error = reader.NullableString(11),
            Result = reader.NullableString(12),
            NextAttemptAt = reader.NullableTime(13),
            LeaseExpiresAt = reader.NullableTime(14),
        };

    /// <summary>The outgoing log's columns (<c>AdoStoreCore.OutgoingColumns</c>).</summary>
    public static OutgoingLogEntry Outgoing(DbDataReader reader) =>
        new(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.Enum<OutgoingStatus>(3), reader.Time(4))
        {
            Entity = reader.NullableEnum<MappedEntity>(5),
            RecordId = reader.NullableString(6),
            HttpStatus = reader.NullableInt32(7),
            Response = reader.NullableString(8),
            Error = reader.NullableString(9),
            Service = reader.NullableEnum<RemoteService>(10),
            Method = reader.NullableString(11),
            Path = reader.NullableString(12),
            Duration = reader.IsDBNull(13) ? null : TimeSpan.FromTicks(reader.GetInt64(13)),
            Attempt = reader.NullableInt32(14),
            CorrelationId = reader.NullableString(15),
            RequestBody = reader.NullableString(16),
        };
}
