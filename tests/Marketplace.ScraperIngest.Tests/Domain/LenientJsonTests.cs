using System.Text;
using System.Text.Json;
using Marketplace.ScraperIngest.Api.Import;

namespace Marketplace.ScraperIngest.Tests.Domain;

public sealed class LenientJsonTests
{
    [Test]
    public void Bare_NaN_and_infinities_read_as_null_but_strings_are_untouched()
    {
        var json = Encoding.UTF8.GetBytes("""{"a": NaN, "b": [Infinity, -Infinity], "c": "NaN \" NaN"}""");
        using var document = LenientJson.Parse(json);
        var root = document.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("a").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(root.GetProperty("b")[1].ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(root.GetProperty("c").GetString(), Is.EqualTo("NaN \" NaN"));
        });
    }
}
