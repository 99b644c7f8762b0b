using Marketplace.Web.Api.Emergency;

namespace Marketplace.Web.Tests.Components.Emergency;

public sealed class BoardStateTests
{
    [Test]
    public void A_new_job_message_puts_the_job_on_top_and_in_the_banner()
    {
        var board = new BoardState();
        board.Load([Nearby(Guid.NewGuid(), "Chiller down")]);
        var id = Guid.NewGuid();

        var changed = board.Apply(Message("new_emergency_job", id, "Passenger elevator stuck"));

        Assert.That(changed, Is.True);
        Assert.That(board.Jobs[0].Id, Is.EqualTo(id));
        Assert.That(board.Jobs, Has.Count.EqualTo(2));
        Assert.That(board.Banner?.Title, Is.EqualTo("Passenger elevator stuck"));
        Assert.That(board.Banner?.IsOpen, Is.True);
    }

    [Test]
    public void A_filled_message_turns_the_banner_and_the_job_to_filled()
    {
        var board = new BoardState();
        var id = Guid.NewGuid();
        board.Apply(Message("new_emergency_job", id, "Passenger elevator stuck"));

        var changed = board.Apply(Message("emergency_job_filled", id, "Passenger elevator stuck", status: "filled"));

        Assert.That(changed, Is.True);
        Assert.That(board.Banner?.Status, Is.EqualTo("filled"));
        Assert.That(board.Jobs.Single(j => j.Id == id).Status, Is.EqualTo("filled"));
    }

    [TestCase("emergency_job_cancelled", "cancelled")]
    [TestCase("emergency_job_expired", "expired")]
    public void A_job_that_ends_otherwise_shows_how_it_ended(string type, string status)
    {
        var board = new BoardState();
        var id = Guid.NewGuid();
        board.Load([Nearby(id, "Chiller down")]);

        board.Apply(Message(type, id, "Chiller down", status: "open"));

        Assert.That(board.Jobs.Single().Status, Is.EqualTo(status));
        Assert.That(board.Banner, Is.Null, "a job that only ended never raises the new-job banner");
    }

    [TestCase("""{"type":"connected","region":"us-il"}""")]
    [TestCase("not json")]
    [TestCase("""{"type":"new_emergency_job","job":"x"}""")]
    [TestCase("""{"type":"new_emergency_job","job":{"title":"no id"}}""")]
    [TestCase("""{"type":"something_new","job":{"id":"0b6c7f62-90a4-4a43-9f0e-1f2b6c1d8e11","title":"x"}}""")]
    [TestCase("[1,2]")]
    public void Messages_the_board_does_not_know_change_nothing(string message)
    {
        var board = new BoardState();

        Assert.That(board.Apply(message), Is.False);
        Assert.That(board.Jobs, Is.Empty);
        Assert.That(board.Banner, Is.Null);
    }

    [Test]
    public void A_reload_keeps_the_answer_given_and_the_jobs_that_arrived_live()
    {
        var board = new BoardState();
        var nearby = Guid.NewGuid();
        var live = Guid.NewGuid();
        board.Load([Nearby(nearby, "Chiller down")]);
        board.Apply(Message("new_emergency_job", live, "Outside the search"));
        board.Answer(nearby, new TechnicianAnswer(Guid.NewGuid(), true, 20, null, DateTimeOffset.UtcNow), "open");

        board.Load([Nearby(nearby, "Chiller down")]);

        Assert.That(board.Jobs.Select(j => j.Id), Is.EqualTo(new[] { live, nearby }));
        Assert.That(board.Jobs.Single(j => j.Id == nearby).Answered?.EtaMinutes, Is.EqualTo(20));
    }

    [Test]
    public void A_reload_keeps_an_answered_job_that_was_filled_meanwhile()
    {
        var board = new BoardState();
        var id = Guid.NewGuid();
        board.Load([Nearby(id, "Chiller down")]);
        board.Answer(id, new TechnicianAnswer(Guid.NewGuid(), true, 20, null, DateTimeOffset.UtcNow), "open");
        board.Apply(Message("emergency_job_filled", id, "Chiller down", status: "filled"));

        board.Load([]);

        Assert.That(board.Jobs.Single().Status, Is.EqualTo("filled"));
    }

    [Test]
    public void An_answer_on_the_banner_job_shows_on_the_banner()
    {
        var board = new BoardState();
        var id = Guid.NewGuid();
        board.Apply(Message("new_emergency_job", id, "Passenger elevator stuck"));

        board.Answer(id, new TechnicianAnswer(Guid.NewGuid(), true, 15, null, DateTimeOffset.UtcNow), "open");

        Assert.That(board.Banner?.Answered?.EtaMinutes, Is.EqualTo(15));
    }

    [Test]
    public void Reconnecting_backs_off_from_one_second_doubling_to_thirty_seconds()
    {
        Assert.That(Enumerable.Range(0, 8).Select(a => BoardSocket.Backoff(a).TotalSeconds),
            Is.EqualTo(new double[] { 1, 2, 4, 8, 16, 30, 30, 30 }));
    }

    internal static string Message(string type, Guid id, string title, string status = "open") => $$"""
        {"type":"{{type}}","job":{"id":"{{id}}","title":"{{title}}","job_category":"elevator_mechanic","site_name":"Harbor Tower",
         "city":"Chicago","state_province":"IL","latitude":41.88,"longitude":-87.63,"region":"us-il","date_needed":"2026-12-01",
         "pay_rate":72.5,"pay_type":"hourly","currency":"USD","equipment_context":"Otis Gen2","status":"{{status}}",
         "posted_at":"2026-11-30T05:00:00Z","expires_at":"2026-11-30T17:00:00Z"} }
        """;

    internal static EmergencyJob Nearby(Guid id, string title) => new(
        id, Guid.NewGuid(), title, null, "hvac_technician", "Lakeview Plaza", null, "Chicago", "IL", "60601", new DateOnly(2026, 12, 1),
        null, null, null, [], null, 60, "hourly", "USD", 25, "open", DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddHours(4), 3, 0, null, null,
        2.4, null);
}
