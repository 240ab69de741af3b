using System.Net;
using System.Xml.Linq;
using HrScorecard.Web.Data;
using HrScorecard.Web.Evaluation;
using HrScorecard.Web.Tests.Dashboard;
using HrScorecard.Web.Tests.Scorecards;
using HrScorecard.Web.Tests.Support;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HrScorecard.Web.Tests.Deployment;

/// <summary>
/// Two instances behind a load balancer: each request may land on either, so whatever one instance issues (sign-in
/// cookie, antiforgery token) the other must accept. Both run on loopback against the same database.
/// </summary>
public sealed class TwoInstancesTests(TwoInstancesTests.Instances instances) : IClassFixture<TwoInstancesTests.Instances>
{
    [Fact]
    public async Task A_cookie_and_a_form_token_issued_by_one_instance_are_accepted_by_the_other()
    {
        var cookies = new CookieContainer();
        using var onA = instances.A.Client(cookies);
        using var onB = instances.B.Client(cookies);
        Assert.NotEqual(instances.A.Address.Port, instances.B.Address.Port);

        await onA.SignInAsync(SignIn.DemoAccountOf("HR"), SignIn.Password);
        // B never saw the sign-in; it reads A's cookie only because both take their keys from the shared database.
        var list = await onB.GetAsync(new Uri("/Scorecards/Index", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains("hr@demo.local", await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var page = await HtmlForm.GetPageAsync(onA, "/Scorecards/Create");
        var name = ScorecardPages.UniqueName("Two instances");
        var response = await HtmlForm.From(onB, page, "/Scorecards/Create", "#scorecard-form")
            .Set("Input.Name", name).Set("Input.OrganisationUnit", "Load-balanced unit").Set("Input.StartingPoint", "blank")
            .PostAsync();

        var id = ScorecardPages.IdFromTreeRedirect(response);
        Assert.Equal(name, await instances.A.InDbAsync(db => db.Scorecards.Where(s => s.Id == id).Select(s => s.Name).SingleAsync()));
    }

    [Fact]
    public async Task A_change_saved_through_one_instance_shows_at_once_on_the_other_instance_s_dashboard()
    {
        var cookies = new CookieContainer();
        using var onA = instances.A.Client(cookies);
        await onA.SignInAsync(SignIn.DemoAccountOf("Manager"), SignIn.Password);
        var scorecardId = await DemoScorecard.IdAsync(instances.A);
        var periodId = await DemoScorecard.PeriodIdAsync(instances.A, "2023");
        var kpi = await DemoScorecard.KpiNodeIdAsync(instances.A, "CUS-1");
        var url = $"/Dashboard/Index?scorecardId={scorecardId}&periodId={periodId}";
        async Task<string> KpiScoreOnA() =>
            (await HtmlForm.GetPageAsync(onA, url)).QuerySelector($"#node-{kpi} .node-score")!.TextContent.Trim();
        var before = await KpiScoreOnA(); // A now keeps the figures of this revision

        await instances.B.InDbAsync(async db =>
        {
            (await db.Actuals.SingleAsync(a => a.KpiNodeId == kpi && a.PeriodId == periodId)).Value = 2.25;
            return await db.SaveChangesAsync();
        });

        var expected = await instances.B.InDbAsync(db => ScorecardCalculation.EvaluateAsync(db, scorecardId, periodId));
        var score = expected.ByNodeId[kpi].Score!.Value.ToString("0.00", System.Globalization.CultureInfo.GetCultureInfo("en-US"));
        Assert.NotEqual(before, score);
        Assert.Equal(score, await KpiScoreOnA());
    }

    [Fact]
    public async Task An_instance_on_another_database_does_not_accept_the_cookie()
    {
        // The control: what makes B accept A's cookie is the shared key table, not something the test process shares.
        var otherFolder = AppInstance.NewDataFolder();
        try
        {
            using var other = AppInstance.Start(otherFolder);
            var cookies = new CookieContainer();
            using var onA = instances.A.Client(cookies);
            using var onOther = other.Client(cookies);
            await onA.SignInAsync(SignIn.DemoAccountOf("HR"), SignIn.Password);

            var response = await onOther.GetAsync(new Uri("/Scorecards/Index", UriKind.Relative));

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/Account/Login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            AppInstance.DeleteDataFolder(otherFolder);
        }
    }

    [Fact]
    public async Task Both_instances_keep_their_keys_in_the_database_table_and_none_in_files()
    {
        // Issuing an antiforgery token makes sure a key exists, whichever test runs first.
        using var anonymous = instances.A.Client();
        await HtmlForm.FromPageAsync(anonymous, "/Account/Login", "#login-form");

        var xml = await instances.A.InDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync());
        var inTable = xml.Select(x => Guid.Parse(XElement.Parse(x).Attribute("id")!.Value)).Order().ToList();

        Assert.NotEmpty(inTable);
        foreach (var instance in new[] { instances.A, instances.B })
        {
            var repository = instance.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository;
            Assert.IsType<EntityFrameworkCoreXmlRepository<ScorecardDbContext>>(repository);
            Assert.Equal(inTable, instance.Services.GetRequiredService<IKeyManager>().GetAllKeys().Select(k => k.KeyId).Order());
        }
        Assert.Empty(Directory.EnumerateFiles(instances.DataFolder, "*.xml", SearchOption.AllDirectories));
    }

    public sealed class Instances : IDisposable
    {
        public string DataFolder { get; } = AppInstance.NewDataFolder();
        public AppInstance A { get; }
        public AppInstance B { get; }

        public Instances()
        {
            // One after the other: A creates and migrates the database and loads the demo data, B finds all of it done.
            A = AppInstance.Start(DataFolder);
            B = AppInstance.Start(DataFolder);
        }

        public void Dispose()
        {
            B.Dispose();
            A.Dispose();
            AppInstance.DeleteDataFolder(DataFolder);
        }
    }
}
