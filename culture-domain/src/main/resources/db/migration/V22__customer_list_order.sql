-- The customers list reads one page in this order (organisation, name, id): an index in that order
-- lets a database read the page without sorting every contact.
create index customer_contact_listed on customer_contact (organisation, name, id);
