using Marketplace.Testing;

namespace Marketplace.Matching.Tests;

/// <summary>Stops the shared PostgreSQL, RabbitMQ and Redis when the run ends.</summary>
[SetUpFixture]
public sealed class InfrastructureSetup
{
    [OneTimeTearDown]
    public async Task StopInfrastructure() => await (await TestInfrastructure.GetAsync()).DisposeAsync();
}
