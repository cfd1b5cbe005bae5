#!/usr/bin/env python3
"""Makes the format fixtures from the seed report (../shared/reports/quangang-2023.txt):

  seed.html          the seed as a web page with its chrome: head, style, script, nav, breadcrumb, header,
                     footer, hidden text, comments; entities for punctuation; source lines wrapped inside
                     sentences. The chrome holds numbers (地区生产总值999亿元): a leak shows as a wrong record.
  seed.docx          the seed as a Word document: runs split inside words, bookmarks, proofing marks, tracked
                     deletions and field codes holding numbers (which must not be read), a table.
  seed-gb18030.txt   the seed's text in GB18030.
  seed.pdf           the seed as a PDF (Type 0 font, ToUnicode map; no embedded glyphs: pdftotext needs none),
                     paragraphs wrapped at 36 ems a line (ASCII half an em) as a typeset page would be.

Run from anywhere: python3 make_fixtures.py SEED.txt. Deterministic (fixed random seed).
"""
import html, io, random, sys, zipfile, os

here = os.path.dirname(os.path.abspath(__file__))
seed_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, '../../../../../shared/reports/quangang-2023.txt')
text = open(seed_path, encoding='utf-8').read()
lines = [l.strip().strip('\u00a0').strip() for l in text.split('\n')]
paragraphs = [l for l in lines if l and l not in ('\u00a0',)]
rng = random.Random(16)

# ---------- HTML ----------
ENT = {'“': '&ldquo;', '”': '&rdquo;', '、': '&#12289;', '%': '&#x25;', '（': '&#65288;', '）': '&#xFF09;',
       '—': '&mdash;', '·': '&middot;', ':': '&#58;'}

def html_escape(s):
    out = []
    for ch in s:
        if ch in ENT and rng.random() < 0.7:
            out.append(ENT[ch])
        else:
            out.append(html.escape(ch, quote=False))
    return ''.join(out)

def wrap_source(s):
    # Break the source line inside the sentence between two Chinese characters, as editors do.
    out, run = [], 0
    for i, ch in enumerate(s):
        out.append(ch)
        run += 1
        nxt = s[i + 1] if i + 1 < len(s) else ''
        if run > 50 and '\u4e00' <= ch <= '\u9fff' and '\u4e00' <= nxt <= '\u9fff':
            out.append('\n        ')
            run = 0
    return ''.join(out)

body = []
for k, p in enumerate(paragraphs):
    inner = wrap_source(html_escape(p))
    if k % 7 == 3:
        inner = '<span class="TRS_Editor">' + inner + '</span>'
    if k % 11 == 5:
        # An unclosed <p>: the next block closes it.
        body.append('      <p style="text-indent:2em">' + inner)
    else:
        body.append('      <p style="text-indent:2em">' + inner + '</p>')
    if k == 10:
        body.append('      <!-- 地区生产总值888亿元，增长88% (a comment) -->')
        body.append('      <div style="display: none">地区生产总值777亿元，增长77%。</div>')
page = '''<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <title>关于泉港区2023年国民经济和社会发展计划执行情况 - 泉港区人民政府</title>
  <style>body { font-family: "SimSun"; } .nav > li:before { content: "地区生产总值999亿元"; }</style>
  <script>var gdp = "地区生产总值999亿元，增长99%"; if (a < b && c > d) { document.write("</p>"); }</script>
</head>
<body>
  <div class="header"><div class="logo">泉港区人民政府 2023年</div>
    <ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>
    <li><a href="/tj/">统计数据：地区生产总值999亿元</a></li></ul></div>
  <nav><a href="/a">2023年统计公报</a> | <a href="/b">工业增加值999亿元</a></nav>
  <div class="breadcrumb">当前位置：首页 &gt; 政务公开 &gt; 计划总结</div>
  <div class="main"><article>
    <header><h1 class="title">关于泉港区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划(草案)的报告</h1></header>
''' + '\n'.join(body) + '''
    <footer><p>【字体：大 中 小】 【打印本页】</p></footer>
  </article></div>
  <aside><h3>相关链接</h3><p>固定资产投资999亿元</p></aside>
  <footer class="site-footer">版权所有&copy;2023 泉港区人民政府 电话：0595-87999999 闽ICP备12345678号</footer>
  <script src="/js/stat.js"></script><noscript><p>地区生产总值999亿元</p></noscript>
</body>
</html>
'''
# The title is in the article's <h1>; the seed's own title line is a paragraph too (both are kept: the
# importer reads the first as the title).
open(os.path.join(here, 'seed.html'), 'w', encoding='utf-8').write(page)

# ---------- DOCX ----------
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

def xml_escape(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def runs(p):
    # Split the paragraph into runs at random points (Word splits on formatting, spelling marks, edits).
    cuts = sorted(rng.sample(range(1, len(p)), min(len(p) - 1, rng.randint(0, 4)))) if len(p) > 1 else []
    parts, last = [], 0
    for c in cuts + [len(p)]:
        parts.append(p[last:c])
        last = c
    out = []
    for i, part in enumerate(parts):
        space = ' xml:space="preserve"' if part != part.strip() else ''
        out.append('<w:r><w:rPr><w:rFonts w:hint="eastAsia"/><w:sz w:val="32"/></w:rPr>'
                   '<w:t%s>%s</w:t></w:r>' % (space, xml_escape(part)))
        if i == 0 and rng.random() < 0.3:
            out.append('<w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="%d" w:name="_Toc%d"/>'
                       '<w:bookmarkEnd w:id="%d"/>' % (i, rng.randint(1, 10 ** 6), i))
    return ''.join(out)

ps = []
for k, p in enumerate(paragraphs):
    extra = ''
    if k == 12:
        extra = ('<w:del w:id="901" w:author="a" w:date="2023-12-01T00:00:00Z"><w:r>'
                 '<w:delText>地区生产总值666亿元，增长66%。</w:delText></w:r></w:del>'
                 '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE 555 '
                 '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')
    ps.append('<w:p><w:pPr><w:ind w:firstLineChars="200"/></w:pPr>%s%s</w:p>' % (runs(p), extra))
    if k == 20:
        # A drawing with alternate content: the choice's text box is read once, the fallback not at all.
        ps.append('<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>'
                  '<w:p><w:r><w:t>图表说明</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice>'
                  '<mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>图表说明444亿元</w:t></w:r></w:p>'
                  '</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>')
table = ('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
         '<w:tr><w:tc><w:p><w:r><w:t>附表</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>说明</w:t></w:r></w:p></w:tc></w:tr>'
         '<w:tr><w:tc><w:p><w:r><w:t>资料</w:t></w:r></w:p><w:p><w:r><w:t>来源</w:t></w:r></w:p></w:tc>'
         '<w:tc><w:p><w:r><w:t>区发改局</w:t></w:r></w:p></w:tc></w:tr></w:tbl>')
document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:document xmlns:w="%s" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
            'xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"><w:body>%s%s'
            '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>') % (W, ''.join(ps), table)
content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                 'wordprocessingml.document.main+xml"/></Types>')
rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>')
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
    for name, data in [('[Content_Types].xml', content_types), ('_rels/.rels', rels),
                       ('word/document.xml', document)]:
        info = zipfile.ZipInfo(name, date_time=(2023, 12, 27, 9, 9, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, data.encode('utf-8'))
open(os.path.join(here, 'seed.docx'), 'wb').write(buf.getvalue())

# ---------- GB18030 ----------
open(os.path.join(here, 'seed-gb18030.txt'), 'wb').write(text.encode('gb18030'))

# ---------- PDF ----------
chars = sorted(set(''.join(paragraphs)))
cid = {ch: i + 1 for i, ch in enumerate(chars)}
measure = 36.0  # ems a line; ASCII characters are half an em wide, as in a real Chinese font

def em(ch):
    return 0.5 if ord(ch) < 128 else 1.0

page_lines = []
for p in paragraphs:
    line, used = '', 0.0
    for ch in p:
        if used + em(ch) > measure:
            page_lines.append(line)
            line, used = '', 0.0
        line += ch
        used += em(ch)
    page_lines.append(line)
    page_lines.append(None)  # paragraph gap
per_page = 48
pages = [page_lines[i:i + per_page] for i in range(0, len(page_lines), per_page)]
objects = []

def add(body):
    objects.append(body)
    return len(objects)

font_file = None
cmap_lines = ['/CIDInit /ProcSet findresource begin', '12 dict begin', 'begincmap',
              '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
              '/CMapName /Adobe-Identity-UCS def', '/CMapType 2 def',
              '1 begincodespacerange', '<0000> <FFFF>', 'endcodespacerange']
items = sorted(cid.items(), key=lambda kv: kv[1])
for i in range(0, len(items), 100):
    chunk = items[i:i + 100]
    cmap_lines.append('%d beginbfchar' % len(chunk))
    for ch, c in chunk:
        cmap_lines.append('<%04X> <%s>' % (c, ch.encode('utf-16-be').hex().upper()))
    cmap_lines.append('endbfchar')
cmap_lines += ['endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end']
cmap = '\n'.join(cmap_lines).encode('ascii')
tounicode = add(b'<< /Length %d >>\nstream\n' % len(cmap) + cmap + b'\nendstream')
descriptor = add(b'<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -140 1000 860] /ItalicAngle 0 '
                 b'/Ascent 860 /Descent -140 /CapHeight 700 /StemV 80 >>')
cidfont = add(b'<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) '
              b'/Ordering (Identity) /Supplement 0 >> /FontDescriptor %d 0 R /DW 1000 /W [%s] /CIDToGIDMap /Identity >>'
              % (descriptor, b' '.join(b'%d [500]' % c for ch, c in sorted(cid.items(), key=lambda kv: kv[1])
                                       if ord(ch) < 128)))
font = add(b'<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [%d 0 R] '
           b'/ToUnicode %d 0 R >>' % (cidfont, tounicode))
page_ids = []
pages_id_placeholder = len(objects) + 1
add(b'')  # the Pages object, filled in below
for pl in pages:
    ops = [b'BT', b'/F1 14 Tf', b'16 TL', b'60 790 Td']
    for line in pl:
        if line is None:
            ops.append(b'T*')
            continue
        ops.append(b'<' + ''.join('%04X' % cid[ch] for ch in line).encode('ascii') + b'> Tj T*')
    ops.append(b'ET')
    stream = b'\n'.join(ops)
    content = add(b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream')
    page_ids.append(add(b'<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R >> >> '
                        b'/Contents %d 0 R >>' % (pages_id_placeholder, font, content)))
objects[pages_id_placeholder - 1] = (b'<< /Type /Pages /Kids [' + b' '.join(b'%d 0 R' % p for p in page_ids)
                                     + b'] /Count %d >>' % len(page_ids))
catalog = add(b'<< /Type /Catalog /Pages %d 0 R >>' % pages_id_placeholder)
out = io.BytesIO()
out.write(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
offsets = []
for i, body in enumerate(objects):
    offsets.append(out.tell())
    out.write(b'%d 0 obj\n' % (i + 1) + body + b'\nendobj\n')
xref = out.tell()
out.write(b'xref\n0 %d\n0000000000 65535 f \n' % (len(objects) + 1))
for o in offsets:
    out.write(b'%010d 00000 n \n' % o)
out.write(b'trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objects) + 1, catalog, xref))
open(os.path.join(here, 'seed.pdf'), 'wb').write(out.getvalue())
print('wrote seed.html, seed.docx, seed-gb18030.txt, seed.pdf')
