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

    [Test]
    public void Escapes_inside_strings_do_not_end_them_and_numbers_stay_numbers()
    {
        var json = Encoding.UTF8.GetBytes("""[{"a": "ends with a backslash \\", "b": NaN, "c": "\\\" Infinity", "d": -12.5, "e": -Infinity, "Infinity": 1}]""");
        using var document = LenientJson.Parse(json);
        var row = document.RootElement[0];
        Assert.Multiple(() =>
        {
            Assert.That(row.GetProperty("a").GetString(), Is.EqualTo("ends with a backslash \\"));
            Assert.That(row.GetProperty("b").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(row.GetProperty("c").GetString(), Is.EqualTo("\\\" Infinity"));
            Assert.That(row.GetProperty("d").GetDouble(), Is.EqualTo(-12.5));
            Assert.That(row.GetProperty("e").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(row.GetProperty("Infinity").GetInt32(), Is.EqualTo(1));
        });
    }
}
