using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.AxcelerateApi.Internal;

/// <summary>Deserialises aXcelerate JSON with the account's time zone and attaches the raw record to each model.</summary>
internal sealed class AxcelerateJson
{
    private readonly JsonSerializerOptions _options;

    public AxcelerateJson(IOptions<HubSpotIntegrationOptions> options)
    {
        Zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.Axcelerate.TimeZone);
        _options = new JsonSerializerOptions(AxcelerateJsonContext.Default.Options)
        {
            TypeInfoResolver = AxcelerateJsonContext.Default,
        };
        _options.Converters.Add(new AccountDateTimeConverter(Zone));
        _options.MakeReadOnly();
    }

    public TimeZoneInfo Zone { get; }

    public T Read<T>(JsonElement element)
        where T : class
    {
        var value = element.Deserialize(_options.GetTypeInfo<T>())
            ?? throw new JsonException($"aXcelerate returned null for {typeof(T).Name}.");
        if (value is AxcelerateRecord record)
        {
            record.Raw = element;
        }

        return value;
    }

    /// <summary>Reads an array (or a single object) of records; null and non-objects give nothing.</summary>
    public List<T> ReadList<T>(JsonElement? root)
        where T : class
    {
        var items = new List<T>();
        if (root is not { } element)
        {
            return items;
        }

        if (element.ValueKind == JsonValueKind.Object)
        {
            items.Add(Read<T>(element));
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object)
                {
                    items.Add(Read<T>(item));
                }
            }
        }

        return items;
    }
}
