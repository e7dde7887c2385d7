using System.Text;
using System.Text.Json;
using Axcelerate.HubSpot.Linking;
using Axcelerate.HubSpot.Storage;

namespace Axcelerate.HubSpot.Sample.Commands;

/// <summary>The JSON documents of the link, export and deal commands (camelCase names, enum values camelCase).</summary>
internal static class LinkingJson
{
    public static string Result(LinkResult result) => Write(json =>
    {
        json.WriteString("entity", LinkingEntities.NameOf(result.Entity));
        json.WriteString("outcome", Name(result.Outcome));
        Number(json, "axcelerateId", result.AxcelerateId);
        json.WriteString("hubSpotId", result.HubSpotId);
        json.WriteString("address", result.Address?.ToString());
        json.WriteString("refusal", result.Refusal == LinkRefusal.None ? null : Name(result.Refusal));
        json.WriteString("reason", result.Reason);
    });

    public static string Links(MappedEntity entity, IReadOnlyList<RecordLink> links) => Write(json =>
    {
        json.WriteString("entity", LinkingEntities.NameOf(entity));
        json.WriteStartArray("links");
        foreach (var link in links)
        {
            json.WriteStartObject();
            json.WriteNumber("axcelerateId", link.AxcelerateId);
            json.WriteString("hubSpotId", link.HubSpotId);
            json.WriteString("linkedAt", link.LinkedAt);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    });

    public static string Unlinked(MappedEntity entity, long axcelerateId, bool unlinked) => Write(json =>
    {
        json.WriteString("entity", LinkingEntities.NameOf(entity));
        json.WriteNumber("axcelerateId", axcelerateId);
        json.WriteBoolean("unlinked", unlinked);
    });

    public static string Deals(MappedEntity entity, long axcelerateId, IReadOnlyList<RecordDeal> deals) => Write(json =>
    {
        json.WriteString("entity", LinkingEntities.NameOf(entity));
        json.WriteNumber("axcelerateId", axcelerateId);
        json.WriteStartArray("deals");
        foreach (var deal in deals)
        {
            json.WriteStartObject();
            json.WriteString("dealId", deal.DealId);
            json.WriteString("name", deal.Name);
            json.WriteString("amount", deal.Amount);
            json.WriteString("stageId", deal.StageId);
            json.WriteBoolean("linked", deal.IsLinked);
            Number(json, "linkedOpportunityId", deal.LinkedOpportunityId);
            Number(json, "marketingContactId", deal.MarketingContactId);
            json.WriteString("address", deal.Address.ToString());
            json.WriteEndObject();
        }

        json.WriteEndArray();
    });

    private static string Name<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static void Number(Utf8JsonWriter json, string name, long? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
