using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.AxcelerateApi.Internal;

/// <summary>Adds the <c>apitoken</c> and <c>wstoken</c> headers aXcelerate requires on every request.</summary>
internal sealed class AxcelerateAuthHandler(IOptionsMonitor<HubSpotIntegrationOptions> options) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var axcelerate = options.CurrentValue.Axcelerate;
        request.Headers.Remove("apitoken");
        request.Headers.Remove("wstoken");
        request.Headers.TryAddWithoutValidation("apitoken", axcelerate.ApiToken);
        request.Headers.TryAddWithoutValidation("wstoken", axcelerate.WsToken);
        if (request.Headers.Accept.Count == 0)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        }

        return base.SendAsync(request, cancellationToken);
    }
}
