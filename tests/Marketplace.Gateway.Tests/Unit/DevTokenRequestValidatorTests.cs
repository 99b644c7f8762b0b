using Marketplace.Gateway.DevTokens;

namespace Marketplace.Gateway.Tests.Unit;

public sealed class DevTokenRequestValidatorTests
{
    private static readonly DevTokenRequest Valid =
        new(Guid.NewGuid(), Guid.NewGuid(), ["technician"], ["network-1"], "us-ny", ["elevator"], true);

    [Test]
    public void Complete_request_has_no_errors() => Assert.That(DevTokenRequestValidator.Validate(Valid), Is.Empty);

    [Test]
    public void Only_sub_is_required() =>
        Assert.That(DevTokenRequestValidator.Validate(new DevTokenRequest(Guid.NewGuid(), null, null, null, null, null, null)), Is.Empty);

    [Test]
    public void Empty_uuids_are_rejected()
    {
        var errors = DevTokenRequestValidator.Validate(Valid with { Sub = Guid.Empty, OrgId = Guid.Empty });

        Assert.That(errors.Keys, Is.EquivalentTo(new[] { "sub", "org_id" }));
    }

    [Test]
    public void Unknown_roles_are_named()
    {
        var errors = DevTokenRequestValidator.Validate(Valid with { Roles = ["technician", "overlord"] });

        Assert.That(errors["roles"].Single(), Does.Contain("overlord").And.Not.Contain("Unknown roles: technician"));
    }

    [TestCase("")]
    [TestCase("two words")]
    [TestCase("a,b")]
    public void Claim_list_values_that_would_split_are_rejected(string value) =>
        Assert.That(DevTokenRequestValidator.Validate(Valid with { Trades = [value] }).Keys, Is.EquivalentTo(new[] { "trades" }));

    [Test]
    public void Blank_region_is_rejected() =>
        Assert.That(DevTokenRequestValidator.Validate(Valid with { Region = " " }).Keys, Is.EquivalentTo(new[] { "region" }));
}
