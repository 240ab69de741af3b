using System.Net;
using AngleSharp.Html.Dom;
using HrScorecard.Web.Data;
using HrScorecard.Web.Pages.Admin.Users;
using HrScorecard.Web.Tests.Support;

namespace HrScorecard.Web.Tests.Admin;

/// <summary>The Admin's user pages: list, create, change name and roles, unlock, new password.</summary>
public sealed class UserAdministrationTests(HrScorecardFactory factory) : IClassFixture<HrScorecardFactory>
{
    [Fact]
    public async Task The_user_list_shows_every_demo_account_with_its_name_and_role()
    {
        var admin = await factory.SignedInAsAsync(Roles.Admin);

        var page = await HtmlForm.GetPageAsync(admin, "/Admin/Users");

        foreach (var (email, name, role) in DemoData.Accounts)
        {
            var row = page.QuerySelector($"#users tr[data-email='{email}']");
            Assert.NotNull(row);
            Assert.Equal(name, row.QuerySelector(".user-name")?.TextContent.Trim());
            Assert.Equal(role, row.QuerySelector(".user-roles")?.TextContent.Trim());
            Assert.Equal("No", row.QuerySelector(".user-lockout")?.TextContent.Trim());
        }
    }

    [Fact]
    public async Task An_admin_creates_a_user_who_can_then_sign_in_with_the_chosen_roles()
    {
        var admin = await factory.SignedInAsAsync(Roles.Admin);
        var email = $"rina-{Guid.NewGuid():N}@rodaemas.co.id";
        var form = await HtmlForm.FromPageAsync(admin, "/Admin/Users/Create", "#user-form");

        var response = await form.Set("Input.Email", email).Set("Input.DisplayName", "Rina Wijaya").Set("Input.Password", "Rahasia#2026")
            .SetAll("Input.Roles", Roles.HR, Roles.Manager).PostAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await HtmlForm.GetPageAsync(admin, response.Headers.Location!.OriginalString);
        Assert.Contains($"Rina Wijaya ({email}) can now sign in as HR, Manager.", list.QuerySelector("#status-message")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("HR, Manager", list.QuerySelector($"#users tr[data-email='{email}'] .user-roles")?.TextContent.Trim());
        var (user, roles) = await factory.FindAsync(email);
        Assert.Equal("Rina Wijaya", user.DisplayName);
        Assert.Equal([Roles.HR, Roles.Manager], roles);
        await factory.AnonymousClient().SignInAsync(email, "Rahasia#2026");
    }

    [Fact]
    public async Task Create_shows_each_problem_next_to_its_field_and_creates_nothing()
    {
        var admin = await factory.SignedInAsAsync(Roles.Admin);
        var form = await HtmlForm.FromPageAsync(admin, "/Admin/Users/Create", "#user-form");

        var empty = await PostForPageAsync(form.Set("Input.Email", "not-an-address").SetAll("Input.Roles"));
        Assert.Equal("Enter an e-mail address such as name@company.co.id.", MessageFor(empty, "Input.Email"));
        Assert.Equal("Enter the user's name.", MessageFor(empty, "Input.DisplayName"));
        Assert.Equal("Choose an initial password; the user can be given a new one later.", MessageFor(empty, "Input.Password"));
        Assert.Equal("Choose at least one role; a user without a role can see nothing.", MessageFor(empty, "Input.Roles"));

        // Identity's own rules: a weak password (every broken rule at once), then a taken address, each shown where it belongs.
        var weak = await PostForPageAsync(form.Set("Input.Email", $"x-{Guid.NewGuid():N}@test.local").Set("Input.DisplayName", "Second HR")
            .Set("Input.Password", "lemah").SetAll("Input.Roles", Roles.HR));
        Assert.Contains("Passwords must be at least 6 characters.", MessageFor(weak, "Input.Password"), StringComparison.Ordinal);
        Assert.Contains("Passwords must have at least one digit ('0'-'9').", MessageFor(weak, "Input.Password"), StringComparison.Ordinal);
        var taken = await PostForPageAsync(form.Set("Input.Email", "hr@demo.local").Set("Input.Password", "Rahasia#2026"));
        Assert.Equal("Email 'hr@demo.local' is already taken.", MessageFor(taken, "Input.Email"));
        Assert.Equal("Demo HR", (await factory.FindAsync("hr@demo.local")).User.DisplayName);

        var unknownRole = await PostForPageAsync(form.Set("Input.Email", $"x-{Guid.NewGuid():N}@test.local").Set("Input.Password", "Rahasia#2026")
            .SetAll("Input.Roles", "Superuser"));
        Assert.Equal("Choose among Admin, HR, Director, Manager.", MessageFor(unknownRole, "Input.Roles"));
        Assert.Null(await factory.WithUsersAsync(users => users.FindByEmailAsync(form.Get("Input.Email")!)));
    }

    [Fact]
    public async Task An_admin_renames_a_user_and_changes_his_roles()
    {
        var email = await factory.CreateAsync(Roles.HR, "Budi");
        var admin = await factory.SignedInAsAsync(Roles.Admin);
        var form = await EditFormAsync(admin, email);
        Assert.Equal([Roles.HR], form.page.QuerySelectorAll("input[name='Input.Roles']:checked").Select(e => e.GetAttribute("value")));

        var response = await form.form.Set("Input.DisplayName", "Budi Santoso").SetAll("Input.Roles", Roles.Director, Roles.Manager).PostAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (user, roles) = await factory.FindAsync(email);
        Assert.Equal("Budi Santoso", user.DisplayName);
        Assert.Equal([Roles.Director, Roles.Manager], roles);
    }

    [Fact]
    public async Task An_admin_cannot_remove_his_own_Admin_role()
    {
        var email = await factory.CreateAsync(Roles.Admin);
        var admin = factory.AnonymousClient();
        await admin.SignInAsync(email, TestUsers.Password);
        var (form, _) = await EditFormAsync(admin, email);

        var page = await PostForPageAsync(form.SetAll("Input.Roles", Roles.HR));

        Assert.Equal(EditModel.OwnAdminRoleMessage, MessageFor(page, "Input.Roles"));
        Assert.Equal([Roles.Admin], (await factory.FindAsync(email)).Roles);
    }

    [Fact]
    public async Task An_admin_who_gives_himself_another_role_uses_it_at_once()
    {
        var email = await factory.CreateAsync(Roles.Admin);
        var admin = factory.AnonymousClient();
        await admin.SignInAsync(email, TestUsers.Password);
        var stampBefore = (await factory.FindAsync(email)).User.SecurityStamp;
        var (form, _) = await EditFormAsync(admin, email);

        Assert.Equal(HttpStatusCode.Redirect, (await form.SetAll("Input.Roles", Roles.Admin, Roles.HR).PostAsync()).StatusCode);

        var (user, roles) = await factory.FindAsync(email);
        Assert.Equal([Roles.Admin, Roles.HR], roles);
        Assert.NotEqual(stampBefore, user.SecurityStamp);
        var nav = (await HtmlForm.GetPageAsync(admin, "/")).QuerySelectorAll("nav[aria-label='Main'] a.nav-link").Select(a => a.TextContent.Trim());
        Assert.Contains("Scorecards", nav);
        Assert.Contains("Users", nav);
    }

    [Fact]
    public async Task Renaming_a_user_keeps_his_sessions()
    {
        var email = await factory.CreateAsync(Roles.Manager, "Agus");
        var stampBefore = (await factory.FindAsync(email)).User.SecurityStamp;
        var admin = await factory.SignedInAsAsync(Roles.Admin);
        var (form, _) = await EditFormAsync(admin, email);

        Assert.Equal(HttpStatusCode.Redirect, (await form.Set("Input.DisplayName", "Agus Salim").PostAsync()).StatusCode);

        var (user, roles) = await factory.FindAsync(email);
        Assert.Equal("Agus Salim", user.DisplayName);
        Assert.Equal([Roles.Manager], roles);
        Assert.Equal(stampBefore, user.SecurityStamp);
    }

    [Fact]
    public async Task An_admin_can_take_the_Admin_role_from_another_admin()
    {
        var email = await factory.CreateAsync(Roles.Admin);
        var admin = await factory.SignedInAsAsync(Roles.Admin);
        var (form, _) = await EditFormAsync(admin, email);

        Assert.Equal(HttpStatusCode.Redirect, (await form.SetAll("Input.Roles", Roles.HR).PostAsync()).StatusCode);
        Assert.Equal([Roles.HR], (await factory.FindAsync(email)).Roles);
    }

    [Fact]
    public async Task The_second_of_two_admins_editing_the_same_user_sees_a_conflict_with_the_current_values()
    {
        var email = await factory.CreateAsync(Roles.Manager, "Dewi");
        var first = await factory.SignedInAsAsync(Roles.Admin);
        var second = await factory.SignedInAsAsync(Roles.Admin);
        var (firstForm, _) = await EditFormAsync(first, email);
        var (secondForm, _) = await EditFormAsync(second, email);

        Assert.Equal(HttpStatusCode.Redirect, (await firstForm.Set("Input.DisplayName", "Dewi Lestari").SetAll("Input.Roles", Roles.Manager, Roles.Director).PostAsync()).StatusCode);
        var conflict = await PostForPageAsync(secondForm.Set("Input.DisplayName", "Dewi Kartika").SetAll("Input.Roles", Roles.HR));

        var summary = conflict.QuerySelector("#user-form .validation-summary-errors li")?.TextContent ?? "";
        Assert.Contains("Someone else changed this user", summary, StringComparison.Ordinal);
        Assert.Contains("\"Dewi Lestari\"", summary, StringComparison.Ordinal);
        Assert.Contains("Director, Manager", summary, StringComparison.Ordinal);
        var (user, roles) = await factory.FindAsync(email);
        Assert.Equal("Dewi Lestari", user.DisplayName);
        Assert.Equal([Roles.Director, Roles.Manager], roles);
        // The form keeps what the second admin typed and now carries the current stamp: saving again is a deliberate choice.
        Assert.Equal("Dewi Kartika", conflict.QuerySelector("#Input_DisplayName")?.GetAttribute("value"));
        var again = HtmlForm.From(second, conflict, $"/Admin/Users/Edit/{user.Id}", "#user-form");
        Assert.Equal(HttpStatusCode.Redirect, (await again.PostAsync()).StatusCode);
        Assert.Equal("Dewi Kartika", (await factory.FindAsync(email)).User.DisplayName);
    }

    [Fact]
    public async Task An_admin_unlocks_a_locked_out_account()
    {
        var email = await factory.CreateAsync(Roles.HR);
        await factory.WithUsersAsync(async users =>
        {
            var user = (await users.FindByEmailAsync(email))!;
            for (var i = 0; i < 5; i++) await users.AccessFailedAsync(user);
        });
        var admin = await factory.SignedInAsAsync(Roles.Admin);
        Assert.StartsWith("Locked until", (await HtmlForm.GetPageAsync(admin, "/Admin/Users")).QuerySelector($"tr[data-email='{email}'] .user-lockout")?.TextContent.Trim(), StringComparison.Ordinal);
        var (_, page) = await EditFormAsync(admin, email);
        var unlock = HtmlForm.From(admin, page, "/Admin/Users/Edit", "#unlock-form");

        var response = await unlock.PostAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await HtmlForm.GetPageAsync(admin, response.Headers.Location!.OriginalString);
        Assert.Equal("Not locked out.", after.QuerySelector("#lockout-state")?.TextContent.Trim());
        Assert.Null(after.QuerySelector("#unlock-form"));
        await factory.AnonymousClient().SignInAsync(email, TestUsers.Password);
    }

    [Fact]
    public async Task An_admin_gives_a_user_a_new_password_that_must_follow_the_password_rules()
    {
        var email = await factory.CreateAsync(Roles.Director);
        var admin = await factory.SignedInAsAsync(Roles.Admin);
        var (_, page) = await EditFormAsync(admin, email);
        var form = HtmlForm.From(admin, page, "/Admin/Users/Edit", "#password-form");

        var weak = await PostForPageAsync(form.Set("NewPassword.Password", "abcdefgh"));
        Assert.Contains("Passwords must have at least one uppercase ('A'-'Z').", MessageFor(weak, "NewPassword.Password"), StringComparison.Ordinal);
        Assert.Equal("Type the new password.", MessageFor(await PostForPageAsync(form.Set("NewPassword.Password", "")), "NewPassword.Password"));

        var response = await form.Set("NewPassword.Password", "Baru#2026x").PostAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await factory.AnonymousClient().SignInAsync(email, "Baru#2026x");
    }

    [Theory]
    [InlineData(Roles.HR)]
    [InlineData(Roles.Director)]
    [InlineData(Roles.Manager)]
    public async Task Other_roles_are_sent_to_access_denied(string role)
    {
        var client = await factory.SignedInAsAsync(role);

        foreach (var url in new[] { "/Admin/Users", "/Admin/Users/Create" })
        {
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/Account/AccessDenied", response.Headers.Location?.AbsolutePath);
        }
    }

    private async Task<(HtmlForm form, IHtmlDocument page)> EditFormAsync(HttpClient admin, string email)
    {
        var id = (await factory.FindAsync(email)).User.Id;
        var url = $"/Admin/Users/Edit/{id}";
        var page = await HtmlForm.GetPageAsync(admin, url);
        return (HtmlForm.From(admin, page, url, "#user-form"), page);
    }

    private static async Task<IHtmlDocument> PostForPageAsync(HtmlForm form)
    {
        var response = await form.PostAsync();
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected the form back with messages, got {(int)response.StatusCode}.");
        return HtmlForm.Parse(html);
    }

    private static string? MessageFor(IHtmlDocument page, string field) =>
        page.QuerySelector($"span[data-valmsg-for='{field}']")?.TextContent.Trim();
}
