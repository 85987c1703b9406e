-- The standard launch checklist's tasks are named by their kind, which the console translates (issue 11): their title
-- is empty. A title is what a user types for a task of their own.
alter table campaign_tasks alter column title drop not null;
update campaign_tasks set title = null
 where (kind, title) in (('PRODUCT_SELECTION', '选品确认 / product selection'),
                         ('STOCK_CHECK', '库存核对（预计需求 vs 可用） / stock check against expected demand'),
                         ('PAGE_SETUP', '活动页面搭建 / campaign page set-up'),
                         ('CS_SCRIPT', '客服话术 / customer-service script'),
                         ('MULTI_TERMINAL_TEST', '多端测试（App、小程序、PC） / multi-terminal test'));
