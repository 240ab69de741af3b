using System.Globalization;

namespace HrScorecard.LoadTests;

/// <summary>
/// What one worker does over and over against one endpoint. Each call is one timed operation; it throws
/// <see cref="UnexpectedAnswerException"/> when the app answers anything but what a user would get.
/// </summary>
public delegate Task Operation();

/// <summary>An endpoint under load: a name, and for worker n the operation it repeats.</summary>
public sealed record Endpoint(string Name, string Request, Func<int, Task<Operation>> WorkerAsync);

/// <summary>The signed-in users and seeded data the endpoints are driven with.</summary>
public sealed record LoadContext(Session Manager, Session Hr, IReadOnlyList<Session> Directors,
    IReadOnlyList<SeededScorecard> Scorecards, IReadOnlyList<(int RoundId, int SetId)> ComparisonSets);

public static class Endpoints
{
    public static IReadOnlyList<Endpoint> All(LoadContext context) =>
    [
        Baseline(context), Dashboard(context), KpiDetail(context), PdfReport(context), DataEntrySave(context), QuestionnaireSave(context),
    ];

    /// <summary>
    /// The login page requested by a signed-in user: routing, localisation, cookie authentication, antiforgery and the
    /// layout, but no database query — what every page costs before it does its own work.
    /// </summary>
    private static Endpoint Baseline(LoadContext context) => new("Baseline: minimal page", "GET /Account/Login (signed in)",
        _ =>
        {
            var session = context.Manager.Fork();
            return Task.FromResult<Operation>(async () => Expect(await session.PageAsync("/Account/Login"), "login-form"));
        });

    private static Endpoint Dashboard(LoadContext context)
    {
        var urls = context.Scorecards.Select(s => $"/Dashboard/Index?scorecardId={s.Id}").ToArray();
        return new("Dashboard", "GET /Dashboard/Index?scorecardId=…", worker => RoundRobin(context.Manager, urls, worker, "overall-index"));
    }

    private static Endpoint KpiDetail(LoadContext context)
    {
        var urls = context.Scorecards.SelectMany(s => s.KpiNodeIds).Select(id => $"/Dashboard/Kpi?nodeId={id}").ToArray();
        return new("KPI detail", "GET /Dashboard/Kpi?nodeId=…", worker => RoundRobin(context.Manager, urls, worker, "formula-heading"));
    }

    private static Endpoint PdfReport(LoadContext context)
    {
        var urls = context.Scorecards.Select(s => $"/Reports/Pdf?scorecardId={s.Id}&periodId={s.PeriodIds[^1]}").ToArray();
        return new("PDF report", "GET /Reports/Pdf?scorecardId=…&periodId=…", worker =>
        {
            var (session, next) = (context.Manager.Fork(), worker);
            return Task.FromResult<Operation>(async () =>
            {
                var url = urls[next++ % urls.Length];
                using var response = await session.Client.GetAsync(new Uri(url, UriKind.Relative));
                var pdf = await response.Content.ReadAsByteArrayAsync();
                if (response.StatusCode != System.Net.HttpStatusCode.OK || pdf.Length < 5 || pdf[0] != '%' || pdf[1] != 'P')
                    throw new UnexpectedAnswerException($"GET {url} answered {(int)response.StatusCode} without a PDF");
            });
        });
    }

    /// <summary>
    /// Every worker owns one period of one scorecard (two people saving the same period would rightly get a
    /// conflict) and saves the whole 40-row form with one actual changed: post, redirect, get — the page it comes
    /// back to carries the new concurrency versions for the next save.
    /// </summary>
    private static Endpoint DataEntrySave(LoadContext context)
    {
        var periods = context.Scorecards.SelectMany(s => s.PeriodIds.Select(p => (Scorecard: s.Id, Period: p)))
            .OrderBy(x => x.Period).ToArray(); // round robin over scorecards first
        return new("Save period data entry", "POST /Actuals/Enter (40 rows) → 302 → GET", async worker =>
        {
            if (worker >= periods.Length) throw new InvalidOperationException($"Only {periods.Length} periods for {worker + 1} workers: seed more.");
            var (scorecardId, periodId) = periods[worker];
            var hr = context.Hr.Fork();
            var url = $"/Actuals/Enter?scorecardId={scorecardId}&periodId={periodId}";
            var form = FormFields.Of(await hr.PageAsync(url), "entry-form");
            return async () =>
            {
                form.Set("Input.Rows[0].Actual", form["Input.Rows[0].Actual"] == "61" ? "62" : "61");
                var page = await hr.SaveAsync(url, form);
                form = FormFields.Of(page, "entry-form"); // the new versions, even if the check below fails
                Expect(page, "Saved 1 change for ");
            };
        });
    }

    /// <summary>
    /// Every worker is one director answering one comparison set of an open round (his own answer: no conflicts),
    /// saving a complete draft (priorities and CR computed on save): post, redirect, get the new version.
    /// </summary>
    private static Endpoint QuestionnaireSave(LoadContext context) => new("Save questionnaire answer",
        "POST /Questionnaires/Answer?handler=Save → 302 → GET", async worker =>
        {
            var director = context.Directors[worker % context.Directors.Count].Fork();
            var index = worker / context.Directors.Count;
            if (index >= context.ComparisonSets.Count) throw new InvalidOperationException("Not enough comparison sets: seed more scorecards.");
            var (roundId, setId) = context.ComparisonSets[index];
            var url = $"/Questionnaires/Answer?roundId={roundId}&setId={setId}";
            var page = await director.PageAsync(url);
            var pairs = CountOf(page, "class=\"pair");
            var form = FormFields.Of(page, "questionnaire");
            var attempt = 0;
            return async () =>
            {
                attempt++;
                for (var k = 0; k < pairs; k++)
                    form.Set($"Input.Points[{k}]", ((k + attempt) % 3 == 0 ? 3 : k % 2 == 0 ? 2 : 1).ToString(CultureInfo.InvariantCulture));
                var saved = await director.SaveAsync(url + "&handler=Save", form);
                form = FormFields.Of(saved, "questionnaire");
                Expect(saved, "Draft saved.");
            };
        });

    private static Task<Operation> RoundRobin(Session session, string[] urls, int worker, string marker)
    {
        var (own, next) = (session.Fork(), worker);
        return Task.FromResult<Operation>(async () => Expect(await own.PageAsync(urls[next++ % urls.Length]), marker));
    }

    private static void Expect(string page, string marker)
    {
        if (!page.Contains(marker, StringComparison.Ordinal)) throw new UnexpectedAnswerException($"The page lacks \"{marker}\"");
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
