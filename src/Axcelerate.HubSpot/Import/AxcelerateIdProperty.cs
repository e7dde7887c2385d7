using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Axcelerate.HubSpot.HubSpotApi;
using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.Import;

/// <summary>
/// The HubSpot property <see cref="ImportOptions.AxcelerateIdProperty"/>: checks once per object type and process that
/// it exists (creating it as a unique-valued number when missing), and writes the linked aXcelerate ids in batches of
/// 100, only where HubSpot's value differs.
/// </summary>
internal sealed class AxcelerateIdProperty(IHubSpotClient hubSpot, ILogger<AxcelerateIdProperty> logger)
{
    private const string Name = ImportOptions.AxcelerateIdProperty;
    private readonly ConcurrentDictionary<string, bool> _exists = new(StringComparer.Ordinal);

    /// <summary>Whether the property exists on the object type; asks HubSpot until it is known to exist.</summary>
    public async Task<bool> ExistsAsync(string objectType, CancellationToken cancellationToken)
    {
        if (_exists.ContainsKey(objectType))
        {
            return true;
        }

        var property = await hubSpot.Properties.GetAsync(objectType, Name, cancellationToken).ConfigureAwait(false);
        if (property is null)
        {
            return false;
        }

        if (!property.HasUniqueValue)
        {
            ImportLog.AxcelerateIdNotUnique(logger, objectType, Name);
        }

        _exists[objectType] = true;
        return true;
    }

    /// <summary>Creates the property when it is missing (a number with unique values, in the object's information group).</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="exists">What a check made just before found, to save asking again; null to ask.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    public async Task EnsureAsync(string objectType, bool? exists, CancellationToken cancellationToken)
    {
        if (_exists.ContainsKey(objectType) || (exists ?? await ExistsAsync(objectType, cancellationToken).ConfigureAwait(false)))
        {
            return;
        }

        var create = new HubSpotPropertyCreate
        {
            Name = Name,
            Label = "aXcelerate ID",
            Type = "number",
            FieldType = "number",
            GroupName = GroupOf(objectType),
            Description = "The id of the linked aXcelerate record, written by the aXcelerate integration; it restores the link when the integration's store is lost.",
            HasUniqueValue = true,
        };
        try
        {
            await hubSpot.Properties.CreateAsync(objectType, create, cancellationToken).ConfigureAwait(false);
            ImportLog.AxcelerateIdCreated(logger, objectType, Name);
        }
        catch (HubSpotApiException ex) when (ex.StatusCode == HttpStatusCode.Conflict)
        {
            // Created meanwhile by another process: it exists now.
        }

        _exists[objectType] = true;
    }

    /// <summary>Writes the aXcelerate ids whose HubSpot value differs, 100 per request; returns the ids HubSpot refused, with why.</summary>
    /// <param name="objects">The object type's client.</param>
    /// <param name="wanted">HubSpot id → aXcelerate id.</param>
    /// <param name="current">HubSpot id → the record as read (with the property), to skip values already right.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(
        IHubSpotObjectClient objects,
        IReadOnlyDictionary<string, long> wanted,
        IReadOnlyDictionary<string, HubSpotObject> current,
        CancellationToken cancellationToken)
    {
        var updates = wanted
            .Where(w => !current.TryGetValue(w.Key, out var record) || Parse(record.GetProperty(Name)) != w.Value)
            .Select(w => new HubSpotObjectUpdate
            {
                Id = w.Key,
                Properties = new Dictionary<string, string?> { [Name] = w.Value.ToString(CultureInfo.InvariantCulture) },
            })
            .ToList();
        if (updates.Count == 0)
        {
            return new Dictionary<string, string>();
        }

        var result = await objects.BatchUpdateAsync(updates, cancellationToken).ConfigureAwait(false);
        var refused = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var error in result.Errors)
        {
            var id = error.Id ?? (error.InputIndex is { } index && index >= 0 && index < updates.Count ? updates[index].Id : null);
            if (id is not null)
            {
                refused[id] = error.Message;
                ImportLog.AxcelerateIdRefused(logger, objects.ObjectType, id, error.Message);
            }
        }

        return refused;
    }

    /// <summary>The aXcelerate id a HubSpot value holds (HubSpot may return a number as "12" or "12.0"), or null.</summary>
    public static long? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
        {
            return id;
        }

        return decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) && number == decimal.Truncate(number) && number is > 0 and <= long.MaxValue
            ? (long)number
            : null;
    }

    private static string GroupOf(string objectType) => objectType switch
    {
        "contacts" => "contactinformation",
        "companies" => "companyinformation",
        "deals" => "dealinformation",
        _ => objectType.TrimEnd('s') + "information",
    };
}
