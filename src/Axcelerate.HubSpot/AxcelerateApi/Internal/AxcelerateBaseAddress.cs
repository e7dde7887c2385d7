namespace Axcelerate.HubSpot.AxcelerateApi.Internal;

/// <summary>Normalises the configured API root so relative paths land under its <c>/api</c> segment, with or without a trailing slash.</summary>
internal static class AxcelerateBaseAddress
{
    public static Uri From(Uri baseUrl)
    {
        var text = baseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');
        return new Uri(text, UriKind.Absolute);
    }
}
