-- Demo sales force: two teams, twelve salespeople (sara and sven can sign in). Idempotent.
merge into sales_team t
using (values
    (1, 'North', 'lena'),
    (2, 'South', 'leo')
) as d (id, name, leader)
on t.id = d.id
when not matched then insert (id, name, name_key, leader, version) values (d.id, d.name, lower(d.name), d.leader, 1);

merge into salesperson p
using (values
    (1, 'Sara Svensson', 'sara@culture.example', 1, 'lena', 'sara'),
    (2, 'Sven Olsen', 'sven@culture.example', 2, 'leo', 'sven'),
    (3, 'Mia Keller', 'mia.keller@culture.example', 1, 'lena', null),
    (4, 'Jonas Weber', 'jonas.weber@culture.example', 1, 'lena', null),
    (5, 'Aisha Khan', 'aisha.khan@culture.example', 1, 'lena', null),
    (6, 'Tom Becker', 'tom.becker@culture.example', 1, 'lena', null),
    (7, 'Lucia Romano', 'lucia.romano@culture.example', 1, 'lena', null),
    (8, 'Noah Fischer', 'noah.fischer@culture.example', 2, 'leo', null),
    (9, 'Emma Wagner', 'emma.wagner@culture.example', 2, 'leo', null),
    (10, 'Omar Haddad', 'omar.haddad@culture.example', 2, 'leo', null),
    (11, 'Julia Novak', 'julia.novak@culture.example', 2, 'leo', null),
    (12, 'Felix Braun', 'felix.braun@culture.example', 2, 'leo', null)
) as d (id, name, email, team_id, manager, username)
on p.id = d.id
when not matched then insert (id, name, email, email_key, team_id, manager, status, username, version)
    values (d.id, d.name, d.email, lower(d.email), d.team_id, d.manager, 'ACTIVE', d.username, 1);
