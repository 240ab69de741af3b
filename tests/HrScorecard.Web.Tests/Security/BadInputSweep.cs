using System.Net;
using System.Security.Cryptography;
using System.Text;
using AngleSharp.Html.Dom;
using HrScorecard.Web.Data;
using HrScorecard.Web.Tests.Periods;
using HrScorecard.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace HrScorecard.Web.Tests.Security;

/// <summary>
/// Every text, number and date field of every form on the main pages, found by reading the pages as a role that may
/// use them, receives each hostile value while the other fields keep valid values. The app must answer without a
/// server error, and either re-render with a message at that field and no row changed, or accept the value and
/// render it encoded afterwards. Failures are collected so one run lists them all.
/// </summary>
public sealed class BadInputSweep(SignedInClientsFactory factory, ITestOutputHelper output) : IClassFixture<SignedInClientsFactory>
{
    public const string Script = "<script>alert(1)</script>";

    public static IReadOnlyList<string> HostileValues { get; } =
    [
        "", "   \t ", new string('9', 10_000), "NaN", "Infinity", "-1e308", "1/0",
        "\u202Eمرحبا", "Ünïcödé 数据 😀", Script, "'; DROP TABLE Kpis;--",
    ];

    /// <summary>A form to sweep: who opens it, where, and (for create forms) valid values for the fields left empty.</summary>
    private sealed record FormUnderTest(string Principal, string Url, string Selector, string? Handler = null, bool Stateless = false,
        IReadOnlyDictionary<string, string>? Defaults = null);

    private static Dictionary<string, string> Valid(params (string Name, string Value)[] fields) => fields.ToDictionary(f => f.Name, f => f.Value);

    private static readonly SemaphoreSlim Arrange = new(1, 1);
    private static readonly Dictionary<SignedInClientsFactory, Task<Ids>> IdsByFactory = [];

    private sealed record Ids(TestScorecard Scorecard, int RootNodeId, int GroupNodeId, string UserId, int DemoKpiNodeId, int DemoPeriodId);

    public static TheoryData<string> Forms() =>
    [
        "ahp", "login", "users-create", "users-edit", "users-password", "scorecards-create", "scorecards-edit",
        "scorecards-clone", "node-create", "node-edit", "kpi-create", "kpi-edit", "weights", "periods-add",
        "actuals", "actions", "rounds-create",
    ];

    private async Task<FormUnderTest> FormAsync(string key)
    {
        var ids = await IdsAsync();
        var s = ids.Scorecard;
        return key switch
        {
            "ahp" => new(PageExpectations.Anonymous, "/Ahp", "#ahp-form", Stateless: true),
            "login" => new(PageExpectations.Anonymous, "/Account/Login", "#login-form", Stateless: true),
            "users-create" => new(Roles.Admin, "/Admin/Users/Create", "#user-form", Defaults: Valid(("Input.Roles", Roles.Manager))),
            "users-edit" => new(Roles.Admin, $"/Admin/Users/Edit/{ids.UserId}", "#user-form"),
            "users-password" => new(Roles.Admin, $"/Admin/Users/Edit/{ids.UserId}", "#password-form", "ResetPassword"),
            "scorecards-create" => new(Roles.HR, "/Scorecards/Create", "#scorecard-form",
                Defaults: Valid(("Input.OrganisationUnit", "Sweep unit"), ("Input.StartingPoint", "blank"))),
            "scorecards-edit" => new(Roles.HR, $"/Scorecards/Edit?id={s.Id}", "#scorecard-form"),
            "scorecards-clone" => new(Roles.HR, $"/Scorecards/Clone?id={s.Id}", "#clone-form"),
            "node-create" => new(Roles.HR, $"/Scorecards/Node?parentId={ids.RootNodeId}", "#node-form"),
            "node-edit" => new(Roles.HR, $"/Scorecards/Node?id={ids.GroupNodeId}", "#node-form"),
            "kpi-create" => new(Roles.HR, $"/Kpis/Edit?scorecardId={s.Id}&parentId={ids.GroupNodeId}", "#kpi-form"),
            "kpi-edit" => new(Roles.HR, $"/Kpis/Edit?nodeId={s.Kpi("FIN-1")}", "#kpi-form"),
            "weights" => new(Roles.HR, $"/Weights/Edit?scorecardId={s.Id}&parentId={ids.RootNodeId}", "#weights-form"),
            "periods-add" => new(Roles.HR, $"/Periods?scorecardId={s.Id}", "#add-period", "Add"),
            "actuals" => new(Roles.HR, $"/Actuals/Enter?scorecardId={s.Id}&periodId={s.LaterPeriodId}", "#entry-form"),
            "actions" => new(Roles.HR, $"/Actions/Edit?nodeId={ids.DemoKpiNodeId}&periodId={ids.DemoPeriodId}", "#actions-form",
                Defaults: Valid(("Input.NewAction.Description", "Sweep action"), ("Input.NewAction.Owner", "Sweep owner"))),
            "rounds-create" => new(Roles.HR, $"/Rounds/Create?scorecardId={s.Id}", "#round-form",
                Defaults: Valid(("Input.Directors[0].Selected", "true"))),
            _ => throw new ArgumentOutOfRangeException(nameof(key), key, null),
        };
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Hostile_values_in_every_field_never_break_the_page_or_half_write(string key)
    {
        var form = await FormAsync(key);
        var client = await factory.ClientForAsync(form.Principal);
        var first = await HtmlForm.GetPageAsync(client, form.Url);
        var fields = SweptFields(first, form.Selector);
        Assert.True(fields.Count > 0, $"No text, number or date field in {form.Selector} on {form.Url}.");
        var failures = new List<string>();
        var cases = 0;

        foreach (var field in fields)
            foreach (var value in HostileValues)
            {
                cases++;
                var page = await HtmlForm.GetPageAsync(client, form.Url);
                var post = HtmlForm.From(client, page, form.Url, form.Selector);
                FillValidValues(post, page, form.Selector, except: field);
                foreach (var (name, valid) in form.Defaults ?? new Dictionary<string, string>())
                    if (name != field) post.Set(name, valid);
                post.Set(field, value);
                var before = await SnapshotAsync();
                using var response = await post.PostAsync(form.Handler);
                var html = await response.Content.ReadAsStringAsync();
                var label = $"{form.Url} {form.Selector} {field} = {Describe(value)}: {(int)response.StatusCode}";

                if ((int)response.StatusCode >= 500) { failures.Add($"{label} server error"); continue; }
                if (html.Contains(Script, StringComparison.Ordinal)) failures.Add($"{label} renders the script unencoded");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    if (await SnapshotAsync() != before) failures.Add($"{label} re-rendered but changed rows");
                    var answer = HtmlForm.Parse(html);
                    var message = answer.QuerySelectorAll($"[data-valmsg-for='{field}']").Select(e => e.TextContent.Trim()).FirstOrDefault(t => t.Length > 0);
                    var otherError = answer.QuerySelectorAll(".field-validation-error, .validation-summary-errors li")
                        .Select(e => $"{e.GetAttribute("data-valmsg-for")}: {e.TextContent.Trim()}").FirstOrDefault(t => !t.EndsWith(": ", StringComparison.Ordinal));
                    var anyError = otherError is not null;
                    // A calculator (or sign-in) may legitimately accept the value and answer on the same page.
                    if (message is null && !(form.Stateless && (!anyError || field.EndsWith("Password", StringComparison.Ordinal))))
                        failures.Add($"{label} without a message at the field{(anyError ? $" (instead: {otherError})" : "")}");
                }
                else if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { } location)
                {
                    var shown = await client.GetStringAsync(location.IsAbsoluteUri ? location : new Uri(location.OriginalString, UriKind.Relative));
                    if (shown.Contains(Script, StringComparison.Ordinal)) failures.Add($"{label} accepted, then rendered the script unencoded at {location}");
                    var again = await client.GetStringAsync(new Uri(form.Url, UriKind.Relative));
                    if (again.Contains(Script, StringComparison.Ordinal)) failures.Add($"{label} accepted, then rendered the script unencoded on the form");
                }
                else failures.Add($"{label} unexpected status");
            }

        output.WriteLine($"{key}: {fields.Count} fields × {HostileValues.Count} values = {cases} cases, {failures.Count} failures.");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    /// <summary>Text, number, e-mail, password and date inputs and text areas a user can type into.</summary>
    private static List<string> SweptFields(IHtmlDocument page, string selector)
    {
        var form = (IHtmlFormElement)page.QuerySelector(selector)!;
        var names = new List<string>();
        foreach (var element in form.Elements)
            switch (element)
            {
                case IHtmlInputElement { Name: { Length: > 0 } name, IsReadOnly: false, IsDisabled: false } input
                    when input.Type is "text" or "number" or "email" or "password" or "date" or "search" or "tel" or "url":
                    names.Add(name);
                    break;
                case IHtmlTextAreaElement { Name: { Length: > 0 } name, IsReadOnly: false, IsDisabled: false }:
                    names.Add(name);
                    break;
            }
        return [.. names.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Valid values for the empty fields of a create form, so the swept field is the only one at fault.</summary>
    private static void FillValidValues(HtmlForm post, IHtmlDocument page, string selector, string except)
    {
        foreach (var name in SweptFields(page, selector).Where(n => n != except && string.IsNullOrEmpty(post.Get(n))))
        {
            var type = page.QuerySelector($"{selector} [name='{name}']")?.GetAttribute("type");
            string? value = name switch
            {
                _ when name.EndsWith("Email", StringComparison.Ordinal) => $"sweep-{Guid.NewGuid():N}@test.local",
                _ when name.EndsWith("Password", StringComparison.Ordinal) => TestUsers.Password,
                _ when type == "date" && name.Contains("End", StringComparison.Ordinal) => "2031-12-31",
                _ when type == "date" => "2031-01-01",
                _ when name.EndsWith("Name", StringComparison.Ordinal) || name.EndsWith("Code", StringComparison.Ordinal) => $"Sweep {Guid.NewGuid().ToString("N")[..6]}",
                _ => null,
            };
            if (value is not null) post.Set(name, value);
        }
    }

    /// <summary>Row counts and a hash of every row of every table: equal snapshots mean nothing was written.</summary>
    private async Task<string> SnapshotAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ScorecardDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var counts = new StringBuilder();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid";
            await using var reader = await command.ExecuteReaderAsync();
            var rows = 0;
            while (await reader.ReadAsync())
            {
                rows++;
                for (var i = 0; i < reader.FieldCount; i++)
                    hash.AppendData(Encoding.UTF8.GetBytes(Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) + "\u001F"));
            }
            counts.Append(table).Append('=').Append(rows).Append(' ');
        }
        return counts + Convert.ToHexString(hash.GetHashAndReset());
    }

    private async Task<Ids> IdsAsync()
    {
        await Arrange.WaitAsync();
        try
        {
            if (!IdsByFactory.TryGetValue(factory, out var ids))
                IdsByFactory[factory] = ids = CreateIdsAsync(factory);
            return await ids;
        }
        finally { Arrange.Release(); }
    }

    private static async Task<Ids> CreateIdsAsync(SignedInClientsFactory factory)
    {
        var scorecard = await TestScorecard.CreateAsync(factory, $"Sweep {Guid.NewGuid():N}");
        var email = await factory.CreateAsync(Roles.Manager);
        var (user, _) = await factory.FindAsync(email);
        return await factory.QueryAsync(async db =>
        {
            var root = await db.Nodes.Where(n => n.ScorecardId == scorecard.Id && n.ParentId == null).Select(n => n.Id).SingleAsync();
            var group = await db.Nodes.Where(n => n.ScorecardId == scorecard.Id && n.Name == "Financial").Select(n => n.Id).SingleAsync();
            var demoKpi = await db.Kpis.Where(k => k.Scorecard!.Name == DemoData.ScorecardName).OrderBy(k => k.NodeId).Select(k => k.NodeId).FirstAsync();
            var demoPeriod = await db.Periods.Where(p => p.Scorecard!.Name == DemoData.ScorecardName && p.Name == "2023").Select(p => p.Id).SingleAsync();
            return new Ids(scorecard, root, group, user.Id, demoKpi, demoPeriod);
        });
    }

    private static string Describe(string value) => value.Length > 40 ? $"{value.Length} characters" : $"\"{value}\"";
}

/// <summary>
/// Every property of a valid body of each JSON API endpoint (every leaf of the JSON tree, walked, so a property added
/// later is swept too) replaced by each hostile value, as a JSON string and where it parses as a number: a 400
/// problem+json that names the place, or a 200 when the value is legitimately valid; never a 5xx.
/// </summary>
public sealed class ApiBadInputSweep(HrScorecardFactory factory, ITestOutputHelper output) : IClassFixture<HrScorecardFactory>
{
    private static readonly string[] OptionalProperties = ["method", "respondentWeights", "scoreCap", "thresholds"];

    public static TheoryData<string> Endpoints() => [.. EndpointExpectations.Requests.Where(r => r.JsonBody is not null).Select(r => r.Pattern)];

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Hostile_values_in_every_property_answer_a_problem_never_a_server_error(string pattern)
    {
        var request = EndpointExpectations.Requests.Single(r => r.Pattern == pattern);
        var client = factory.AnonymousClient();
        var valid = System.Text.Json.Nodes.JsonNode.Parse(request.JsonBody!)!;
        var leaves = Leaves(valid).ToList();
        // Properties the valid body leaves out (optional ones) are swept too, on the top-level object.
        var optional = OptionalProperties.Where(p => valid[p] is null).ToList();
        var failures = new List<string>();
        var cases = 0;

        foreach (var path in leaves.Select(l => l.GetPath()).Concat(optional.Select(p => "$." + p)))
            foreach (var replacement in Replacements())
            {
                cases++;
                var body = valid.DeepClone();
                Replace(body, path, replacement?.DeepClone());
                using var response = await client.PostAsync(new Uri(request.Url, UriKind.Relative),
                    new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
                var text = await response.Content.ReadAsStringAsync();
                var label = $"{request.Url} {path} = {Describe(replacement)}: {(int)response.StatusCode}";
                if ((int)response.StatusCode >= 500) failures.Add($"{label} server error {text[..Math.Min(200, text.Length)]}");
                else if (response.StatusCode == HttpStatusCode.BadRequest)
                {
                    if (response.Content.Headers.ContentType?.MediaType != "application/problem+json") failures.Add($"{label} is not problem+json");
                }
                else if (response.StatusCode != HttpStatusCode.OK) failures.Add($"{label} unexpected status");
                // JSON echoes names as data; what matters is that a browser can never take the answer for HTML.
                if (text.Contains(BadInputSweep.Script, StringComparison.Ordinal)
                    && !(response.Content.Headers.ContentType?.MediaType is "application/json" or "application/problem+json"
                         && response.Headers.TryGetValues("X-Content-Type-Options", out var sniff) && sniff.Single() == "nosniff"))
                    failures.Add($"{label} echoes the script in a response a browser could sniff as HTML");
            }

        output.WriteLine($"{pattern}: {leaves.Count + optional.Count} properties × {Replacements().Count()} values = {cases} cases, {failures.Count} failures.");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(50)));
    }

    /// <summary>Each hostile value as a JSON string, and as a JSON number where it is one; also null, an object and an array.</summary>
    private static IEnumerable<System.Text.Json.Nodes.JsonNode?> Replacements()
    {
        foreach (var value in BadInputSweep.HostileValues)
            yield return System.Text.Json.Nodes.JsonValue.Create(value);
        yield return System.Text.Json.Nodes.JsonValue.Create(-1e308);
        yield return System.Text.Json.Nodes.JsonValue.Create(1e308);
        yield return System.Text.Json.Nodes.JsonValue.Create(-1);
        yield return null;
        yield return new System.Text.Json.Nodes.JsonObject();
        yield return new System.Text.Json.Nodes.JsonArray();
    }

    private static IEnumerable<System.Text.Json.Nodes.JsonNode> Leaves(System.Text.Json.Nodes.JsonNode node) => node switch
    {
        System.Text.Json.Nodes.JsonObject o => o.Select(p => p.Value).OfType<System.Text.Json.Nodes.JsonNode>().SelectMany(Leaves),
        System.Text.Json.Nodes.JsonArray a => a.OfType<System.Text.Json.Nodes.JsonNode>().SelectMany(Leaves),
        _ => [node],
    };

    /// <summary>Sets the node at a path such as $.root.children[0].kpi.target (as JsonNode.GetPath writes it).</summary>
    private static void Replace(System.Text.Json.Nodes.JsonNode body, string path, System.Text.Json.Nodes.JsonNode? value)
    {
        var steps = System.Text.RegularExpressions.Regex.Matches(path, @"\.(\w+)|\[(\d+)\]|\['([^']+)'\]").Select(m =>
            m.Groups[2].Success ? (object)int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : m.Groups[1].Success ? m.Groups[1].Value : m.Groups[3].Value).ToList();
        var parent = body;
        foreach (var step in steps[..^1])
            parent = step is int i ? parent[i]! : parent[(string)step]!;
        if (steps[^1] is int index) parent.AsArray()[index] = value;
        else parent.AsObject()[(string)steps[^1]] = value;
    }

    private static string Describe(System.Text.Json.Nodes.JsonNode? value)
    {
        var json = value?.ToJsonString() ?? "null";
        return json.Length > 40 ? $"{json.Length} characters" : json;
    }
}
