using Axcelerate.HubSpot.AxcelerateApi.Internal;
using Axcelerate.HubSpot.Paging;

namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>Implements <see cref="IAxcelerateCustomFieldsClient"/>.</summary>
internal sealed class AxcelerateCustomFieldsClient(AxcelerateTransport transport) : IAxcelerateCustomFieldsClient
{
    private const int PageSize = 100;

    public AsyncPageable<AxcelerateCustomFieldDefinition> ListAsync(AxcelerateCustomFieldTarget target, bool includeInactive = false, CancellationToken cancellationToken = default)
    {
        var linkTo = LinkTo(target);
        return transport.Pageable<AxcelerateCustomFieldDefinition>(
            (api, offset, size, token) =>
            {
                // /customFields pages with offset + limit ("both needed"), not displayLength.
                var query = new AxcelerateForm()
                    .Add("linkTo", linkTo)
                    .Add("includeAnyStatus", includeInactive ? true : null)
                    .Add("offset", offset)
                    .Add("limit", size)
                    .ToQuery();
                return api.GetCustomFields(query, token);
            },
            PageSize,
            PageSize,
            f => f.Id,
            rowsCarryCount: false,
            cancellationToken);
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
