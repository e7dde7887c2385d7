using System.Globalization;
using Axcelerate.HubSpot.AxcelerateApi;

namespace Axcelerate.HubSpot.Tests.AxcelerateApi.OverSandbox;

/// <summary>
/// Found by the chaos run: a HubSpot deal whose amount changed but not its stage became a forecast-only opportunity
/// update, which aXcelerate refuses (412, "OpportunityStatus is required when the task has a ForecastValue").
/// </summary>
public sealed class AxcelerateForecastOnlyUpdateTests
{
    [Fact]
    public async Task A_forecast_only_update_sends_the_tasks_current_status_with_it_and_changes_only_the_forecast()
    {
        await using var host = await SandboxHost.StartAsync();
        var ax = host.Sandbox.Axcelerate;
        var contact = ax.AddContact("Mia", "Tran", "mia@example.com");
        var task = ax.AddTask("Diploma enquiry", new Dictionary<string, string?>
        {
            ["MARKETINGCONTACTID"] = contact.Id.ToString(CultureInfo.InvariantCulture), ["OPPORTUNITYSTATUS"] = "Won", ["FORECASTVALUE"] = "100",
        });

        await host.Axcelerate.Tasks.UpdateAsync(task.Id, new AxcelerateTaskWrite { ForecastValue = 6350m });

        ax.GetTask(task.Id)!["FORECASTVALUE"].Should().Be("6350");
        ax.GetTask(task.Id)!["OPPORTUNITYSTATUS"].Should().Be("Won", "the status sent along is the one the task had");
    }
}
