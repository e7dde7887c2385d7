// The standalone sandbox server: both emulators on 127.0.0.1, seeded with demo data, until Ctrl+C.
using Axcelerate.HubSpot.SandboxServer;
using System.Runtime.InteropServices;
using Axcelerate.HubSpot.Testing;
using Axcelerate.HubSpot.Testing.HubSpot.Webhooks;

SandboxServerArguments arguments;
try
{
    arguments = SandboxServerArguments.Parse(args);
}
catch (FormatException e)
{
    await Console.Error.WriteLineAsync($"error: {e.Message} {SandboxServerArguments.Usage}");
    return 2;
}

var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stopped.TrySetResult();
}

using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

await using var sandbox = await IntegrationSandbox.StartAsync(arguments.ToOptions());
if (arguments.WebhookUrl is not null)
{
    // The subscribed events of every HubSpot change from now on are delivered there, signed with the secret
    // (X-HubSpot-Signature-v3 over --webhook-signed-url when given, else the delivery URL).
    var webhooks = new HubSpotWebhookOptions { SignedUrl = arguments.WebhookSignedUrl };
    foreach (var subscribed in arguments.WebhookEvents)
    {
        webhooks.Events.Add(subscribed);
    }

    try
    {
        sandbox.HubSpot.SubscribeWebhooks(arguments.WebhookUrl, arguments.WebhookSecret!, webhooks);
    }
    catch (ArgumentException e)
    {
        await Console.Error.WriteLineAsync($"error: --webhook-events: {e.Message}");
        return 2;
    }
}

// Each line is exactly the base URL a client is configured with. The aXcelerate API also answers at the root, so
// the root URL printed here works as well as {root}/api (the counterpart of https://{sub}.app.axcelerate.com/api).
Console.WriteLine($"HubSpot sandbox: {sandbox.HubSpot.RootAddress.ToString().TrimEnd('/')}");
Console.WriteLine($"aXcelerate sandbox: {sandbox.Axcelerate.RootAddress.ToString().TrimEnd('/')}");
await Console.Out.FlushAsync();

// Runs until Ctrl+C (or the process is asked to end); then the sandbox is disposed and both servers stop.
await stopped.Task;

return 0;
