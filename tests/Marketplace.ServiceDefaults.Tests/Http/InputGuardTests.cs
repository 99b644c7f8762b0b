using System.Text;
using Marketplace.ServiceDefaults.Http;

namespace Marketplace.ServiceDefaults.Tests.Http;

public sealed class InputGuardTests
{
    [TestCase("""{"title":"a\u0000b"}""", "title")]
    [TestCase("""{"criteria":{"city":"x\u0000"}}""", "criteria.city")]
    [TestCase("""{"skills":["ok","\u0000"]}""", "skills[1]")]
    public void Nul_character_in_a_json_string_is_named(string json, string field) =>
        Assert.That(InputGuard.Scan(Encoding.UTF8.GetBytes(json))?.Field, Is.EqualTo(field));

    [TestCase("""{"visibility_cascade":[null]}""", "visibility_cascade[0]")]
    [TestCase("""{"criteria":{"manufacturers":["Otis",null]}}""", "criteria.manufacturers[1]")]
    public void Null_list_element_is_named(string json, string field) =>
        Assert.That(InputGuard.Scan(Encoding.UTF8.GetBytes(json))?.Field, Is.EqualTo(field));

    [TestCase("""{"title":null,"skills":[],"nested":{"a":[1,{"b":"c"}]}}""")]
    [TestCase("")]
    public void Ordinary_json_passes(string json) =>
        Assert.That(InputGuard.Scan(Encoding.UTF8.GetBytes(json)), Is.Null);
}
