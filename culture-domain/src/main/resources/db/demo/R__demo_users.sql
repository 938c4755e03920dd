-- Demo users for the embedded default; every password is "demo" (stored only as a PBKDF2 hash).
-- Repeatable and idempotent: it runs after the schema migrations and adds what is missing.
merge into app_user u
using (values
    ('lena', 'Lena Lindqvist', 'lena@culture.example', 'PBKDF2WithHmacSHA256:10000:KBawu+yEBeKTqpzoWt8/jeTDPoXv3t5q9Xoc48y6H5A=:sk5mZXDZyJIWI8ZhtdI9yqPf+udXy400Bp55zuB9fmM='),
    ('leo', 'Leo Brandt', 'leo@culture.example', 'PBKDF2WithHmacSHA256:10000:8s7v83As0evEZjtM0Wma2+YGRgPEukd4nWnKrURGol4=:ucFPkYvrg1MpwJ928cTFXTxXLzVtplgprgIxN2MVrxE='),
    ('eric', 'Eric Castell', 'eric@culture.example', 'PBKDF2WithHmacSHA256:10000:hsQii4GX5FxUQE3EnPrObXYIvzhpDNAhaNDP1/Lywvk=:Hz5xrKoely6raUXafrIpqCTNKJr0uexldUq+dpHeoNQ='),
    ('ella', 'Ella Moreau', 'ella@culture.example', 'PBKDF2WithHmacSHA256:10000:COpHwxQSTmvvBgSQfAwfs6S8YIviKyhV/7bWnFqTjg0=:WvZZCrzkZYsP8P0pNObvIRkz0tThKoDuOo0EaRd5Qdk='),
    ('hana', 'Hana Okafor', 'hana@culture.example', 'PBKDF2WithHmacSHA256:10000:afa34/+Bjb/McQrvLby0nJUelkd/+zi9hspYtFsIDdA=:AX9xU04Xdqro4EPkFNRalf5zW9fDXhIE4JSJDBLWNBw='),
    ('hugo', 'Hugo Pereira', 'hugo@culture.example', 'PBKDF2WithHmacSHA256:10000:eHrgE2nUT7TpKxbKFhTZGbOwhSNWtK8pIxUyTk4frAY=:wXXG/u5tipQZJi1YORsY37ATn0i17jCRm2sMANG9kEA='),
    ('finn', 'Finn Keller', 'finn@culture.example', 'PBKDF2WithHmacSHA256:10000:cps692PsPxRVj1nOXBXaeCDU4AI3j5ZyxDKiROqQ6nc=:HduWsJqc2fdx4ROZtkF+wtsRKxr8W2XUehiR0UFUmso='),
    ('aude', 'Aude Laurent', 'aude@culture.example', 'PBKDF2WithHmacSHA256:10000:RihDHLntK8m8j1k1aodUzhTl4XNn8fWn1xJ9kUc1ljY=:40c+nL2q/AF/sqJA+wy6ojwGqeJjvWAK9wwHleIQ5OY='),
    ('adam', 'Adam Novak', 'adam@culture.example', 'PBKDF2WithHmacSHA256:10000:d9BZZaD1kHAEQ/D7V0ykOjzTQIkqd4W6JozAdwvpkXw=:qMBVQ6snOsaQzMMBrvu8G6Pp0HFasxr0ZMOJ6BOhrjM='),
    ('sara', 'Sara Svensson', 'sara@culture.example', 'PBKDF2WithHmacSHA256:10000:4sDi3e/ORjW3Q7RVK23Vn7YFrFE7t8/LxGuDC23Sq8k=:GSVO68CI19j8gzSyU++lfPELYf7HRzka5sU2zJtKMjE='),
    ('sven', 'Sven Richter', 'sven@culture.example', 'PBKDF2WithHmacSHA256:10000:/UaedhFAliEejGq/EF95aaYwSXQqwpGTDubW0tBmTAA=:2O13LesKG/HKB4EYG0NtzXpBwOGWLhjBDOcnpKY+sEg=')
) as d (username, display_name, email, password_hash)
on u.username = d.username
when not matched then insert (username, display_name, email, password_hash)
    values (d.username, d.display_name, d.email, d.password_hash);

merge into app_user_group g
using (values
    ('lena', 'sales-leader'),
    ('leo', 'sales-leader'),
    ('eric', 'executive'),
    ('ella', 'executive'),
    ('hana', 'hr'),
    ('hugo', 'hr'),
    ('finn', 'finance'),
    ('aude', 'auditor'),
    ('adam', 'admin'),
    ('sara', 'salesperson'),
    ('sven', 'salesperson')
) as d (username, group_name)
on g.username = d.username and g.group_name = d.group_name
when not matched then insert (username, group_name) values (d.username, d.group_name);

-- Two demo users read their mails in German.
update app_user set language = 'de' where username in ('leo', 'hugo');

-- Their password is the published one until its owner changes it: the server warns while any is enabled.
update app_user set demo_password = true where username in
    ('lena', 'leo', 'eric', 'ella', 'hana', 'hugo', 'finn', 'aude', 'adam', 'sara', 'sven')
    and password_hash like 'PBKDF2WithHmacSHA256:10000:%';
