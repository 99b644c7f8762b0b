using Marketplace.Testing;

namespace Marketplace.Fuzz.Tests;

/// <summary>Stops the test infrastructure when the run ends.</summary>
[SetUpFixture]
public sealed class InfrastructureSetup
{
    [OneTimeTearDown]
    public async Task StopInfrastructure() => await (await TestInfrastructure.GetAsync()).DisposeAsync();
}
