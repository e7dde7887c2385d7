using Axcelerate.HubSpot.AxcelerateApi.Internal;

namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>Implements <see cref="IAxcelerateCustomFieldsClient"/>.</summary>
internal sealed class AxcelerateCustomFieldsClient(AxcelerateTransport transport) : IAxcelerateCustomFieldsClient
{
    private const int PageSize = 100;

    public async Task<IReadOnlyList<AxcelerateCustomFieldDefinition>> ListAsync(AxcelerateCustomFieldTarget target, bool includeInactive = false, CancellationToken cancellationToken = default)
    {
        var linkTo = LinkTo(target);
        var fields = new List<AxcelerateCustomFieldDefinition>();
        var seen = new HashSet<long>();
        var offset = 0;
        while (true)
        {
            var query = new AxcelerateForm()
                .Add("linkTo", linkTo)
                .Add("includeAnyStatus", includeInactive ? true : null)
                .Add("offset", offset)
                .Add("limit", PageSize)
                .ToQuery();
            var page = await transport.GetListAsync<AxcelerateCustomFieldDefinition>(api => api.GetCustomFields(query, cancellationToken), cancellationToken).ConfigureAwait(false);
            var fresh = page.Where(f => seen.Add(f.Id)).ToList();
            fields.AddRange(fresh);
            if (page.Count < PageSize || fresh.Count == 0)
            {
                return fields;
            }

            offset += page.Count;
        }
    }

    internal static string LinkTo(AxcelerateCustomFieldTarget target) => target switch
    {
        AxcelerateCustomFieldTarget.Contact => "contact",
        AxcelerateCustomFieldTarget.Organisation => "organisation",
        AxcelerateCustomFieldTarget.ClassEnrolment => "classEnrolment",
        AxcelerateCustomFieldTarget.Class => "class",
        AxcelerateCustomFieldTarget.Workshop => "workshop",
        AxcelerateCustomFieldTarget.WorkshopBooking => "workshopBooking",
        AxcelerateCustomFieldTarget.MarketingAgent => "marketingAgent",
        AxcelerateCustomFieldTarget.Portfolio => "portfolio",
        AxcelerateCustomFieldTarget.StudentActivity => "studentActivity",
        AxcelerateCustomFieldTarget.EnrolmentGroup => "enrolmentGroup",
        AxcelerateCustomFieldTarget.UnitEnrolment => "unitEnrolment",
        _ => throw new ArgumentOutOfRangeException(nameof(target), target, "Unknown custom field target."),
    };
}
