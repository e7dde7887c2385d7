using System.Text;
using System.Text.Json;
using Axcelerate.HubSpot.Import;

namespace Axcelerate.HubSpot.Sample.Commands;

/// <summary>
/// The <c>import --json</c> document: <c>entity</c>, the seven counts, and <c>records</c> (each with <c>hubSpotId</c>,
/// <c>axcelerateId</c>, <c>outcome</c> and <c>reason</c>). Written field by field so its shape is exactly this.
/// </summary>
internal static class ImportJson
{
    public static string Write(ImportReport report, string entityName)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("entity", entityName);
            json.WriteNumber("created", report.Created);
            json.WriteNumber("linked", report.Linked);
            json.WriteNumber("updated", report.Updated);
            json.WriteNumber("unchanged", report.Unchanged);
            json.WriteNumber("skipped", report.Skipped);
            json.WriteNumber("ambiguous", report.Ambiguous);
            json.WriteNumber("failed", report.Failed);
            json.WriteStartArray("records");
            foreach (var record in report.Records)
            {
                json.WriteStartObject();
                json.WriteString("hubSpotId", record.HubSpotId);
                if (record.AxcelerateId is { } id)
                {
                    json.WriteNumber("axcelerateId", id);
                }
                else
                {
                    json.WriteNull("axcelerateId");
                }

                json.WriteString("outcome", JsonNamingPolicy.CamelCase.ConvertName(record.Outcome.ToString()));
                json.WriteString("reason", record.Reason);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
