// The demo console arrives with the configuration issue; until then it only proves the package composes.
using Microsoft.Extensions.DependencyInjection;

var services = new ServiceCollection();
services.AddHubSpotIntegration(o => o.HubSpot.AccessToken = "sandbox-hubspot-token");
Console.WriteLine("Axcelerate.HubSpot sample: the demo run is not built yet.");
return 1;
