using System.Net;
using System.Text.Json;
using Axcelerate.HubSpot.AxcelerateApi.Internal;

namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>Implements <see cref="IAxcelerateFollowUpsClient"/>.</summary>
internal sealed class AxcelerateFollowUpsClient(AxcelerateTransport transport) : IAxcelerateFollowUpsClient
{
    public async Task<IReadOnlyList<AxcelerateFollowUp>> ListAsync(long? contactId = null, long? ownerContactId = null, string? search = null, CancellationToken cancellationToken = default)
    {
        var query = new AxcelerateForm()
            .Add("search", search)
            .Add("WhoseTask_ContactID", ownerContactId)
            .Add("contactID", contactId)
            .ToQuery();
        return await transport.GetListAsync<AxcelerateFollowUp>(api => api.GetFollowUps(query, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    public async Task<AxcelerateFollowUp?> GetAsync(long id, bool legacyTask = true, CancellationToken cancellationToken = default)
    {
        var query = new AxcelerateForm().Add("legacyTask", legacyTask).ToQuery();
        JsonElement? root;
        try
        {
            root = await transport.SendAsync(api => api.GetFollowUp(id, query, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        catch (AxcelerateApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        if (root is not { ValueKind: JsonValueKind.Object } element)
        {
            return null;
        }

        // The documented sample wraps the record in legacy_response_format / new_response_format.
        var wrapper = legacyTask ? "legacy_response_format" : "new_response_format";
        if (element.TryGetProperty(wrapper, out var wrapped) && wrapped.ValueKind == JsonValueKind.Object)
        {
            element = wrapped;
        }

        return transport.Json.Read<AxcelerateFollowUp>(element);
    }
}
