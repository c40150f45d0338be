/**
 * Known XSS payloads, as data. Families follow DOMPurify's test vectors and OWASP's XSS filter
 * evasion cheat sheet. Every payload that could run tries to set `window.__xss`, so a single
 * check of that sentinel tells whether anything executed.
 */

/**
 * One payload a line, kept as raw text so backslashes and entities reach the elements unchanged;
 * `{BACKTICK}` stands for a backtick, which a raw template cannot hold.
 */
const markupPayloads = String.raw`<script>window.__xss=1</script>
<SCRIPT>window.__xss=1</SCRIPT>
<ScRiPt>window.__xss=1</sCrIpT>
<script src=data:text/javascript,window.__xss=1></script>
<script/src=data:,window.__xss=1></script>
<script type="text/javascript">window.__xss=1</script>
<script>top.__xss=1</script>
<script>parent.__xss=1</script>
<<script>window.__xss=1//<</script>
<script >window.__xss=1</script >
<scr<script>ipt>window.__xss=1</scr</script>ipt>
"><script>window.__xss=1</script>
'><script>window.__xss=1</script>
</title><script>window.__xss=1</script>
</textarea><script>window.__xss=1</script>
</style><script>window.__xss=1</script>
</noscript><script>window.__xss=1</script>
</template><script>window.__xss=1</script>
</script><script>window.__xss=1</script>
--><script>window.__xss=1</script>
]]><script>window.__xss=1</script>
<img src=x onerror="window.__xss=1">
<img src=x onerror=window.__xss=1>
<IMG SRC=x ONERROR=window.__xss=1>
<img src=x oNeRrOr="window.__xss=1">
<img src="x" onerror="top.__xss=1">
<img src=x onerror="parent.__xss=1">
<img/src=x/onerror=window.__xss=1>
<img src=x onerror=&#119;&#105;&#110;&#100;&#111;&#119;.__xss=1>
<img src=x onerror="&#x77;&#x69;&#x6E;&#x64;&#x6F;&#x77;.__xss=1">
<img src=x onerror="window['__xss']=1">
<img src=x onerror="eval('window.__xss=1')">
<img src=x onerror="eval(atob('d2luZG93Ll9feHNzPTE='))">
<img src=x onerror="setTimeout('window.__xss=1')">
<img src=x onerror="Function('window.__xss=1')()">
<img src onerror=window.__xss=1>
<img src=javascript:window.__xss=1>
<img dynsrc="javascript:window.__xss=1">
<img lowsrc="javascript:window.__xss=1">
<img src=x:x onerror=window.__xss=1>
<img """><script>window.__xss=1</script>">
<img src="x{BACKTICK}" onerror="window.__xss=1">
<img src=x onload=window.__xss=1 onerror=window.__xss=1>
<image src=x onerror=window.__xss=1>
<svg onload=window.__xss=1>
<svg/onload=window.__xss=1>
<svg onload="window.__xss=1"></svg>
<svg><script>window.__xss=1</script></svg>
<svg><script href="data:,window.__xss=1"></script></svg>
<svg><script xlink:href="data:,window.__xss=1"></script></svg>
<svg><a xlink:href="javascript:window.__xss=1"><text x="20" y="20">x</text></a></svg>
<svg><a href="javascript:window.__xss=1"><text>x</text></a></svg>
<svg><animate onbegin=window.__xss=1 attributeName=x dur=1s>
<svg><set attributeName=onload to=window.__xss=1 />
<svg><animate attributeName=href values=javascript:window.__xss=1 /><a><text>x</text></a></svg>
<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='window.__xss=1'/></svg>#x"/></svg>
<svg><foreignObject><iframe srcdoc="<script>parent.__xss=1</script>"></iframe></foreignObject></svg>
<svg><style><img src=x onerror=window.__xss=1></style></svg>
<svg></p><style><a id="</style><img src=x onerror=window.__xss=1>">
<svg><p><style><g title="</style><img src=x onerror=window.__xss=1>">
<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>
<math><mi><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=window.__xss=1 src=1>">
<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src onerror=window.__xss=1>"></style></h1>
<math href="javascript:window.__xss=1">x</math>
<math><maction actiontype="statusline" xlink:href="javascript:window.__xss=1">x</maction></math>
<form><math><mtext></form><form><mglyph><style></math><img src onerror=window.__xss=1>
<noscript><p title="</noscript><img src=x onerror=window.__xss=1>">
<noscript><style></noscript><img src=x onerror=window.__xss=1>
<noembed><img title="</noembed><img src=x onerror=window.__xss=1>">
<noframes><img title="</noframes><img src=x onerror=window.__xss=1>">
<xmp><img title="</xmp><img src=x onerror=window.__xss=1>">
<iframe><img title="</iframe><img src=x onerror=window.__xss=1>">
<textarea><img title="</textarea><img src=x onerror=window.__xss=1>">
<title><img title="</title><img src=x onerror=window.__xss=1>">
<template><img src=x onerror=window.__xss=1></template>
<template><script>window.__xss=1</script></template><img src=x onerror=window.__xss=1>
<style><img src=x onerror=window.__xss=1></style>
<style>@import 'javascript:window.__xss=1';</style>
<style>body{background:url("javascript:window.__xss=1")}</style>
<style>*{x:expression(window.__xss=1)}</style>
<div style="width:expression(window.__xss=1)">x</div>
<div style="background-image:url(javascript:window.__xss=1)">x</div>
<div style="background:url('javascript:window.__xss=1')">x</div>
<div style="behavior:url(x.htc)">x</div>
<div style="-moz-binding:url(data:text/xml,window.__xss=1)">x</div>
<p style="x:\65xpression(window.__xss=1)">x</p>
<body onload=window.__xss=1>
<body onpageshow=window.__xss=1>
<body onfocus=window.__xss=1 autofocus>
<body background="javascript:window.__xss=1">
<details open ontoggle=window.__xss=1>
<details ontoggle="window.__xss=1" open>x</details>
<video src=x onerror=window.__xss=1>
<video><source onerror="window.__xss=1"></video>
<video poster=javascript:window.__xss=1>
<audio src=x onerror=window.__xss=1>
<audio><source src=x onerror=window.__xss=1></audio>
<iframe src="javascript:window.parent.__xss=1">
<iframe src=javascript:parent.__xss=1></iframe>
<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>
<iframe srcdoc="&lt;img src=x onerror=parent.__xss=1&gt;"></iframe>
<iframe src="data:text/html,<script>parent.__xss=1</script>"></iframe>
<iframe onload=window.__xss=1>
<input autofocus onfocus=window.__xss=1>
<input onfocus=window.__xss=1 autofocus>
<input type=image src=x onerror=window.__xss=1>
<input type="text" value="" autofocus onfocus="window.__xss=1">
<select autofocus onfocus=window.__xss=1>
<textarea autofocus onfocus=window.__xss=1>
<keygen autofocus onfocus=window.__xss=1>
<marquee onstart=window.__xss=1>x</marquee>
<div onmouseover="window.__xss=1">x</div>
<div onpointerenter=window.__xss=1>x</div>
<a onmouseover=window.__xss=1>x</a>
<a href="javascript:window.__xss=1">x</a>
<a href="JaVaScRiPt:window.__xss=1">x</a>
<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;window.__xss=1">x</a>
<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;window.__xss=1">x</a>
<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058window.__xss=1">x</a>
<a href="jav&#x09;ascript:window.__xss=1">x</a>
<a href="jav&#x0A;ascript:window.__xss=1">x</a>
<a href=" &#14; javascript:window.__xss=1">x</a>
<a href="javascript&colon;window.__xss=1">x</a>
<a href="vbscript:window.__xss=1">x</a>
<a href="data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3M9MTwvc2NyaXB0Pg==">x</a>
<a href="data:text/html,<script>parent.__xss=1</script>">x</a>
<a id=x tabindex=1 onfocus=window.__xss=1></a>
<a href=# onclick=window.__xss=1>x</a>
<form action="javascript:window.__xss=1"><input type=submit></form>
<form><button formaction="javascript:window.__xss=1">x</button></form>
<form id=f></form><button form=f formaction=javascript:window.__xss=1>x</button>
<isindex type=image src=1 onerror=window.__xss=1>
<object data="javascript:window.__xss=1"></object>
<object data="data:text/html,<script>parent.__xss=1</script>"></object>
<object type="text/x-scriptlet" data="x"></object>
<embed src="javascript:window.__xss=1">
<embed src="data:text/html,<script>parent.__xss=1</script>">
<embed code="javascript:window.__xss=1"></embed>
<link rel=import href="data:text/html,<script>parent.__xss=1</script>">
<link rel=stylesheet href="javascript:window.__xss=1">
<meta http-equiv="refresh" content="0;url=javascript:window.__xss=1">
<meta http-equiv="refresh" content="0;url=data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3M9MTwvc2NyaXB0Pg==">
<meta http-equiv="Set-Cookie" content="x=1">
<base href="javascript:window.__xss=1//">
<base href="https://evil.example/">
<table background="javascript:window.__xss=1">
<td background="javascript:window.__xss=1">
<bgsound src="javascript:window.__xss=1">
<frameset onload=window.__xss=1>
<applet code="javascript:window.__xss=1"></applet>
<xss style="x:expression(window.__xss=1)">
<xml id=x><x><c><![CDATA[<img src=x onerror=window.__xss=1>]]></c></x></xml>
<![CDATA[<img src=x onerror=window.__xss=1>]]>
<!--<img src="--><img src=x onerror=window.__xss=1//">
<!-- --!><img src=x onerror=window.__xss=1> -->
<a title="a" href=""onclick="window.__xss=1">x</a>
" onmouseover="window.__xss=1
' onmouseover='window.__xss=1
" autofocus onfocus="window.__xss=1
"><img src=x onerror=window.__xss=1>
'><img src=x onerror=window.__xss=1>
"/><svg onload=window.__xss=1>
x" onerror="window.__xss=1
javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/"/+/onmouseover=1/+/[*/[]/+window.__xss=1//'>
jaVasCript:/*-/*{BACKTICK}/*\{BACKTICK}/*'/*"/**/(/* */oNcliCk=window.__xss=1 )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\x3csVg/<sVg/oNloAd=window.__xss=1//>\x3e
'"--></style></script><script>window.__xss=1</script>
';window.__xss=1;//
";window.__xss=1;//
\u003cimg src=x onerror=window.__xss=1\u003e
\x3cscript\x3ewindow.__xss=1\x3c/script\x3e
%3Cscript%3Ewindow.__xss=1%3C/script%3E
&lt;script&gt;window.__xss=1&lt;/script&gt;
&#60;script&#62;window.__xss=1&#60;/script&#62;
＜script＞window.__xss=1＜/script＞
<scrİpt>window.__xss=1</scrİpt>
{{constructor.constructor('window.__xss=1')()}}
\${window.__xss=1}
<div data-bind="text: window.__xss=1">x</div>
<a href="https://example.com" target="_blank">safe link</a>
<b>bold</b> and <i>italic</i> <strong onclick="window.__xss=1">strong</strong>`
  .split('\n')
  .map((payload) => payload.replaceAll('{BACKTICK}', '\u0060'));

/** The same sentinel script behind each way of naming an executable scheme. */
const scriptBody = 'window.__xss=1';
const schemeSpellings = [
  'javascript:',
  'JAVASCRIPT:',
  'JavaScript:',
  'jAvAsCrIpT:',
  'java\tscript:',
  'java\nscript:',
  'java\rscript:',
  'jav\u0009ascript:',
  'j\na\tv\ra\ns\tc\rr\ni\tp\rt:',
  '\u0000javascript:',
  '\u0001javascript:',
  '\u0008javascript:',
  '\u000Bjavascript:',
  '\u000Cjavascript:',
  '\u001Fjavascript:',
  ' \u0000 \u001F javascript:',
  '\u007Fjavascript:',
  'java\u0000script:',
  'javascript\t:',
  ' javascript:',
  '\t\njavascript:',
  'javascript&colon;',
  'javascript&#58;',
  'javascript&#x3A;',
  '&#106;avascript:',
  'java&#115;cript:',
  'javascript%3A',
  'vbscript:',
  'VBScript:',
  'vb\tscript:',
  '\u0000vbscript:',
  'livescript:',
  'mocha:',
];
const dataDocuments = [
  'data:text/html,<script>parent.__xss=1</script>',
  'DATA:TEXT/HTML,<script>parent.__xss=1</script>',
  'data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3M9MTwvc2NyaXB0Pg==',
  'data:text/html;charset=utf-8,<img src=x onerror=parent.__xss=1>',
  ' data:text/html,<script>parent.__xss=1</script>',
  '\u0000data:text/html,<script>parent.__xss=1</script>',
  'da\tta:text/html,<script>parent.__xss=1</script>',
  'data:image/svg+xml,<svg onload="parent.__xss=1"/>',
  'data:application/xhtml+xml,<html xmlns="http://www.w3.org/1999/xhtml"><script>parent.__xss=1</script></html>',
  'data:,window.__xss=1',
];
const unicodeAndTemplatePayloads = [
  '\u003Cscript\u003Ewindow.__xss=1\u003C/script\u003E',
  '<img src=x onerror=\u0060window.__xss=1\u0060>',
  '<svg onload=\u0060${window.__xss=1}\u0060>',
  '<img src=x onerror="\\u0077indow.__xss=1">',
  '<a href="\u2028javascript:window.__xss=1">x</a>',
  'javascript:\u2028window.__xss=1',
  '\uFEFFjavascript:window.__xss=1',
  '<img src=x\u0000onerror=window.__xss=1>',
  '<scr\u0000ipt>window.__xss=1</scr\u0000ipt>',
  '<img\u000Csrc=x\u000Conerror=window.__xss=1>',
];

export const schemePayloads: string[] = [
  ...schemeSpellings.map((scheme) => `${scheme}${scriptBody}`),
  ...dataDocuments,
  ...schemeSpellings.slice(0, 8).map((scheme) => `${scheme}void(window.__xss=1)//https://example.com/`),
];

/** Every payload, without duplicates. */
export const xssPayloads: readonly string[] = Array.from(
  new Set([...markupPayloads, ...unicodeAndTemplatePayloads, ...schemePayloads].filter((payload) => payload !== '')),
);
