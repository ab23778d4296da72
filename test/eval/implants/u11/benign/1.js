var Qrq=new Map([["UTC","UTC"],["Etc/UTC","UTC"],["Etc/GMT","UTC"],["GMT","UTC"]]);function Zrq(){let t=XIe();return Qrq.has(t)?"":`

<local_time_zone>
The user's local time zone is ${t}. When you show times, schedules or cron expressions, say which zone they are in.
</local_time_zone>`}