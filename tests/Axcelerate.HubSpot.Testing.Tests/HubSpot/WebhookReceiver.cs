using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Axcelerate.HubSpot.Testing.Tests.HubSpot;

/// <summary>A tiny HTTP receiver on 127.0.0.1 that records webhook requests and answers a chosen status.</summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebhookReceiver(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    public Uri Url { get; }

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    public Queue<int> Statuses { get; } = new();

    /// <summary>Awaited before each answer (after the request is recorded), to hold requests in flight.</summary>
    public Func<Task>? Hold { get; set; }

    public static async Task<WebhookReceiver> StartAsync(string query = "")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        WebhookReceiver? receiver = null;
        app.MapPost("/hooks/hubspot", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            receiver!.Received.Enqueue(new ReceivedWebhook(
                context.Request.Method,
                $"{context.Request.Scheme}://{context.Request.Host}{context.Request.Path}{context.Request.QueryString}",
                body,
                context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase)));
            if (receiver.Hold is { } hold)
            {
                await hold();
            }

            int status;
            lock (receiver.Statuses)
            {
                status = receiver.Statuses.Count > 0 ? receiver.Statuses.Dequeue() : 200;
            }

            context.Response.StatusCode = status;
        });
        await app.StartAsync();
        receiver = new WebhookReceiver(app, new Uri(app.Urls.First().TrimEnd('/') + "/hooks/hubspot" + query));
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

internal sealed record ReceivedWebhook(string Method, string Uri, string Body, IReadOnlyDictionary<string, string> Headers);
