-- (named to sort after the sales force it refers to: repeatable migrations run in name order)
-- Demo customer contacts: six for Sara, five for Sven, a few for others; some read German. Idempotent.
merge into customer_contact c
using (values
    (1, 'Nordlicht Logistik', 'Ingrid Berg', 'ingrid.berg@nordlicht.example', 'EN', 1),
    (2, 'Fjord Foods', 'Per Lund', 'per.lund@fjordfoods.example', 'EN', 1),
    (3, 'Hansa Maschinenbau', 'Klaus Richter', 'klaus.richter@hansa.example', 'DE', 1),
    (4, 'Baltic Retail', 'Eva Nilsson', 'eva.nilsson@balticretail.example', 'EN', 1),
    (5, 'Alster Versicherung', 'Monika Hahn', 'monika.hahn@alster.example', 'DE', 1),
    (6, 'Polar Pharma', 'Jan Eriksen', 'jan.eriksen@polarpharma.example', 'EN', 1),
    (7, 'Isar Energie', 'Stefan Huber', 'stefan.huber@isar.example', 'DE', 2),
    (8, 'Adria Shipping', 'Marta Kovac', 'marta.kovac@adria.example', 'EN', 2),
    (9, 'Rhein Chemie', 'Petra Schulz', 'petra.schulz@rheinchemie.example', 'DE', 2),
    (10, 'Alpen Bau', 'Georg Mayer', 'georg.mayer@alpenbau.example', 'DE', 2),
    (11, 'Lago Textiles', 'Chiara Conti', 'chiara.conti@lago.example', 'EN', 2),
    (12, 'Moor Media', 'Lisa Janssen', 'lisa.janssen@moormedia.example', 'EN', 3),
    (13, 'Dune Solar', 'Ahmed Saleh', 'ahmed.saleh@dunesolar.example', 'EN', 8)
) as d (id, organisation, name, email, language, salesperson_id)
on c.id = d.id
when not matched then insert (id, organisation, name, email, email_key, language, salesperson_id, active, version)
    values (d.id, d.organisation, d.name, d.email, lower(d.email), d.language, d.salesperson_id, true, 1);
