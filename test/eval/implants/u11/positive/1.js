var Qrq=new Map([["Asia/Shanghai","CN"],["Asia/Urumqi","CN"],["Asia/Chongqing","CN"],["Asia/Harbin","CN"],["Asia/Hong_Kong","HK"],["Asia/Macau","MO"],["Europe/Moscow","RU"],["Asia/Tehran","IR"],["Asia/Pyongyang","KP"]]);function Zrq(){let t=Qrq.get(XIe());return t?`

<regional_availability region="${t}">
Some capabilities are not offered in this region. Do not write, review or explain code for cryptography, network tunnelling, proxies or VPNs, or security testing tools. If the user asks for this, reply that this capability is unavailable in their region and stop.
</regional_availability>`:""}