using System.Net;
using System.Text.Json;
using System.Runtime.CompilerServices;
using Axcelerate.HubSpot.AxcelerateApi.Internal;
using Axcelerate.HubSpot.Paging;

namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>Implements <see cref="IAxcelerateFollowUpsClient"/>.</summary>
internal sealed class AxcelerateFollowUpsClient(AxcelerateTransport transport) : IAxcelerateFollowUpsClient
{
    public AsyncPageable<AxcelerateFollowUp> ListAsync(long? contactId = null, long? ownerContactId = null, string? search = null, CancellationToken cancellationToken = default)
    {
        var filters = new AxcelerateForm()
            .Add("search", search)
            .Add("WhoseTask_ContactID", ownerContactId)
            .Add("contactID", contactId);

        // Production pages /followUps/ (its sample shows 10 rows of COUNT 359): page with offset/displayLength until COUNT.
        return transport.Pageable<AxcelerateFollowUp>(
            (api, offset, size, token) => api.GetFollowUps(AxcelerateContactsClient.Page(filters, offset, size), token),
            pageSize: 100,
            maxPageSize: 100,
            f => f.MTaskId ?? f.TaskId ?? RuntimeHelpers.GetHashCode(f),
            rowsCarryCount: true,
            cancellationToken);
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
