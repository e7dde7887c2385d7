namespace Axcelerate.HubSpot.Sample;

/// <summary>A command needs a setting that neither the environment nor appsettings.json provides.</summary>
internal sealed class MissingSettingException : Exception
{
    public MissingSettingException(string key)
        : base($"{key.Replace(":", "__", StringComparison.Ordinal)} is not set: set the environment variable, or {key} in appsettings.json beside the program, to run commands against configured services (run without arguments for the sandbox demo).")
    {
        Key = key;
    }

    /// <summary>The configuration key, e.g. <c>HubSpotIntegration:HubSpot:AccessToken</c>.</summary>
    public string Key { get; }
}
