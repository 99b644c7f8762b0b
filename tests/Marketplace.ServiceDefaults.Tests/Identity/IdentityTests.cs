using Marketplace.ServiceDefaults.Identity;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Marketplace.ServiceDefaults.Tests.Identity;

public sealed class IdentityTests
{
    [Test]
    public void Development_key_is_refused_outside_development_naming_the_setting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => DevelopmentKeyPolicy.EnsureAcceptable(new JwtSettings(), new Environment("Production")));
        Assert.That(error!.Message, Does.Contain("Jwt:Authority").And.Contain("Jwt:SigningKey"));
    }

    [TestCase("Development")]
    [TestCase("Testing")]
    public void Development_key_is_accepted_in_development(string environment) =>
        Assert.DoesNotThrow(() => DevelopmentKeyPolicy.EnsureAcceptable(new JwtSettings(), new Environment(environment)));

    [Test]
    public void Own_signing_key_is_accepted_in_production() =>
        Assert.DoesNotThrow(() => DevelopmentKeyPolicy.EnsureAcceptable(
            new JwtSettings { SigningKey = "a-production-secret-that-is-long-enough-0123456789" }, new Environment("Production")));

    [Test]
    public void Authority_is_accepted_in_production() =>
        Assert.DoesNotThrow(() => DevelopmentKeyPolicy.EnsureAcceptable(new JwtSettings { Authority = "https://login.example.com" }, new Environment("Production")));

    [Test]
    public void Uuid_subject_is_kept() =>
        Assert.That(ExternalId.ToGuid("iss", "3f2504e0-4f89-11d3-9a0c-0305e82c3301"), Is.EqualTo(Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301")));

    [Test]
    public void External_subject_maps_to_a_stable_uuid_per_issuer()
    {
        Assert.That(ExternalId.ToGuid("https://a", "auth0|5f1c"), Is.EqualTo(ExternalId.ToGuid("https://a", "auth0|5f1c")));
        Assert.That(ExternalId.ToGuid("https://a", "auth0|5f1c"), Is.Not.EqualTo(ExternalId.ToGuid("https://b", "auth0|5f1c")));
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "test";
        public string ContentRootPath { get; set; } = "/";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
