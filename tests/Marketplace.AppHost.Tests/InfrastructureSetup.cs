using Marketplace.Testing;

namespace Marketplace.AppHost.Tests;

/// <summary>Stops whatever infrastructure the tests left running when the run ends.</summary>
[SetUpFixture]
public sealed class InfrastructureSetup
{
    [OneTimeTearDown]
    public async Task StopInfrastructure() => await (await TestInfrastructure.GetAsync()).DisposeAsync();
}
